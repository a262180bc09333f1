package decide

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
		if f.Heading == 1 {
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
		if p.f(i).Heading == 1 {
			if _, ok := titleScore(p, i); ok {
				return i
			}
		}
	}
	return -1
}

// h1Reach is how many non-blank lines from the span's start h1Opening
// looks at.
const h1Reach = 6
