package decide

import "strings"

// The page's h1 as the headline where the span opens under it, or where
// a page of items is named by it (see findHeadline).

// h1Opening returns the h1 among the first h1Reach non-blank lines of the
// span, if it reads as a headline; else -1. The span opened a few lines
// above the article's own headline (a promotion, a kicker), and the h1 is
// the headline: findHeadline takes it, and the article starts below it,
// unless the page gave an h1 or h2 just before the span, a headline of its
// own. A text rendering marks headings only in markdown (html2text).
// Across the benchmarks this rights the titles of Q&A pages in h2t
// ("### more stack exchange communities" became the question) and moves
// no page by more than 0.03; taking an h1 deeper in the span cut an
// article that ran above its h1 (trafilatura html 0.9246 -> 0.9228).
func h1Opening(p *Page) int {
	seen := 0
	for i := p.Start; i <= p.End && seen < h1Reach; i++ {
		f := p.f(i)
		if f.Blank {
			continue
		}
		seen++
		if isH1(p, i) {
			if _, ok := titleScore(p, i); ok {
				return i
			}
			return -1
		}
	}
	return -1
}

// h1Above returns the nearest h1 above the span that reads as a
// headline, or -1. On a page of items (see spanItems) findHeadline takes
// it over the line titleBefore chose: that line is the first entry's
// title, or a menu's, and the h1 names the listing ("Science news",
// "Hacker News"; of the wceb truths' titles, html found 233, then 234).
func h1Above(p *Page) int {
	for i := p.Start - 1; i >= 0; i-- {
		if isH1(p, i) {
			if _, ok := titleScore(p, i); ok {
				return i
			}
		}
	}
	return -1
}

// isH1 reports whether line i is the page's h1: marked so in HTML or in
// markdown, or in a text the first heading that ends with its permalink's
// sign (see pilcrowH1).
func isH1(p *Page, i int) bool { return p.f(i).Heading == 1 || i == pilcrowH1(p) }

// pilcrowH1 returns the first line of a text that ends with a pilcrow
// ("Tasks¶", "Logging HOWTO¶"), or -1: documentation generators (Sphinx,
// MkDocs, pdoc) put a permalink after each heading, the first of which is
// the page's h1, and a text renderer prints its sign after the heading's
// words. A text marks no heading else (w3m), and a manual's name, short
// and given again by its menu, had rated below a menu's line or an
// announcement above it, or as nothing. In HTML the permalink is no text
// of the heading (see source's walk). A line that is only the sign, or
// that holds it among its words, is none, and so is a paragraph of
// several lines of the input that ends with it: the title is one line
// (the fuzz test found a wrapped paragraph ending in a byte that a
// legacy encoding reads as "¶" taken for the title).
func pilcrowH1(p *Page) int {
	if p.pilcrow == 0 {
		p.pilcrow = -1
		for i := 0; i < len(p.Lines) && !p.m.HTML; i++ {
			if c := p.f(i).Content; len(c) > len("¶") && strings.HasSuffix(c, "¶") && !strings.HasSuffix(c, " ¶") && p.m.InputLine(i+1)-p.m.InputLine(i) == 1 {
				p.pilcrow = i + 1
				break
			}
		}
	}
	return p.pilcrow - 1
}

// h1Reach is how many non-blank lines from the span's start h1Opening
// looks at.
const h1Reach = 6
