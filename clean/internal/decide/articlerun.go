package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Whether a page holds an article, a run of paragraphs, or is a page of
// records (see findSpan).

// hasArticleRun reports whether p holds an article's run of paragraphs:
// n plain content lines of 15 words or more in a row, or two of 25 words or
// more, ads and captions between them aside. Numbered paragraphs of 25
// words count as long ones: a listicle's items are its paragraphs (a news
// digest of ten numbered stories had been read as a page of records:
// scrapinghub text-h2t one page 0.48 -> 0.90, wceb one article +0.04 in
// text-w3m and +0.006 in html, trafilatura one page 0 -> 1). The rest of a
// paragraph that a renderer broke onto the next line (see
// continuesParagraph) is the same paragraph: w3m breaks a paragraph at
// 1,024 columns, and one summary so broken had made a blog's index of
// teasers, dates, authors and tags an article, its span a sidebar (wceb
// text-w3m 0.742 -> 0.957). Only the lines before end count: the page's
// footer starts there (see footerStart).
func hasArticleRun(p *Page, n, end int) bool {
	run, long := 0, 0
	for i := range p.Lines[:end] {
		f, l := p.f(i), &p.Lines[i]
		switch {
		case f.Blank:
		case run > 0 && continuesParagraph(p, i):
			// the rest of the paragraph above, which a renderer broke
		case l.ruleClass == content && f.Marker == source.MarkOrdered && f.Words >= 25:
			long++ // a numbered paragraph: a listicle's item
			if long >= 2 {
				return true
			}
		case l.ruleClass == content && f.Marker == source.MarkNone && f.Words >= 15:
			run++
			if f.Words >= 25 {
				long++
			} else {
				long = 0
			}
			if run >= n || long >= 2 {
				return true
			}
		case l.class == chrome && l.bad.interrupts():
		default:
			run, long = 0, 0
		}
	}
	return false
}

// continuesParagraph reports whether line i goes on with the sentence the
// line right above it left open: no blank line between them, the line
// above ends without a stop and line i opens with a lower-case letter
// (see runsOn). A text renderer breaks a paragraph too long for its
// margin so (w3m's 1,024 columns: a newsletter's summary of an issue
// printed on three lines had made a blog's index of teasers an article).
func continuesParagraph(p *Page, i int) bool {
	f := p.f(i)
	return i > 0 && !f.Gap && f.Marker == source.MarkNone && p.f(i-1).End == measure.EndNone && runsOn(p, i-1)
}

// footerStart returns the index of the line where the page's footer
// starts, or len(p.Lines): the label a site gives its footer ("Footer",
// "Apple Footer", "Footer navigation"; see footerLabel) in the last half
// of its lines, or its copyright notice (see copyrightNotice) in the last
// fifth. No article goes on past it:
//   - A site's legal paragraphs under its notice (licences, lending
//     partners, a notice to readers of screen readers) had made a page of
//     house listings an article, its span those paragraphs (wceb: that
//     page 0 -> 0.34 in text-w3m, 0 -> 0.40 in text-h2t; two more pages
//     +0.015 and +0.024 in text-w3m, one -0.012 in text-h2t, whose cookie
//     settings under the notice had made it an article). The last fifth:
//     in the wceb text renderings, what the truths hold past such a
//     notice there is a few lines on six pages (references, a citation, a
//     cookie notice), where past a notice in the last half four pages
//     hold paragraphs of it (a book's excerpt under a shop's notice, an
//     article under a heading that opens with "Copyright").
//   - A shop's footnotes under its footer's label, long sentences of fine
//     print, had been a product page's span (wceb text-w3m and text-h2t
//     0.008 -> 0.28). Ten more wceb pages give such a label, at 0.70 to
//     0.99 of their lines, and no truth holds a line past it. So does the
//     heading of a footer's column of links, "Quick Links": a company's
//     news releases had kept its footer's menus under it (scrapinghub
//     text-h2t and text-htmltext, two pages 0.69 -> 0.75 and 0.71 ->
//     0.77). On the other shared pages that give it in their last half,
//     nothing under it is kept; in their first half it heads a menu.
//
// The page ends where the list of link addresses that lynx prints after
// it starts (see measure.Line.LinkRef): the list, often longer than the
// page, had put pages' copyright notices out of their last fifth, and
// the fine print under them stayed (lynx renderings: a city's house
// listings 0 -> 0.34, a product page 0.01 -> 0.20, a news page 0.953 ->
// 0.998; no page falls).
func footerStart(p *Page) int {
	n := len(p.Lines)
	for n > 0 && (p.f(n-1).Blank || p.f(n-1).LinkRef) {
		n--
	}
	for i := n / 2; i < n; i++ {
		if footerLabel(p, i) || 5*i >= 4*n && p.Lines[i].class == chrome && p.Lines[i].bad == Copyright && copyrightNotice(p, i) {
			return i
		}
	}
	return len(p.Lines)
}

// finePrint returns the first line of the page's fine print, or footer
// when it has none: the paragraphs, one to maxFinePrint of them, right
// above the footer's start (see footerStart), with nothing but blank lines
// between them and chrome right above the first. They are a site's
// disclaimers ("This material is not intended to replace the advice of a
// qualified advisor", "These statements have not been evaluated by the
// Food and Drug Administration"), and they add finePrintMass of their
// words to a span: a meal plan's three opening paragraphs over its
// recipes, which read as fragments, under a newsletter prompt, had lost
// to its site's four paragraphs of disclaimers (scrapinghub text-w3m,
// text-h2t and text-htmltext: 0 -> 0.75, 0 -> 0.08 and 0 -> 0.76), and
// under lynx a news story of one paragraph to its footer's paragraph on
// customer service (0.24 -> 1.0). A short article that runs to the notice
// under its headline counts half as well: the rule reads 38 of the 1,521
// text renderings of the shared sets and 9 of their 826 HTML pages, and
// moves no other page. A list item or a line in doubt among them, or no
// chrome above, and there is no fine print: the paragraphs are a page's
// own.
func finePrint(p *Page, footer int) int {
	if footer >= len(p.Lines) {
		return footer
	}
	first, n := footer, 0
	for i := p.nonBlank(footer-1, -1); i >= 0; i = p.nonBlank(i-1, -1) {
		f, l := p.f(i), &p.Lines[i]
		if l.class == chrome {
			if n > 0 && n <= maxFinePrint {
				return first
			}
			return footer
		}
		if l.class != content || f.Marker != source.MarkNone {
			return footer
		}
		first, n = i, n+1
	}
	return footer
}

// maxFinePrint is the most paragraphs of a page's fine print.
const maxFinePrint = 4

// footerLabel reports whether line i labels the page's footer: a line of
// maxFooterLabel words or fewer that holds a word of the FooterLabels
// list ("Footer", "Board footer", "Second Footer Menu"). A longer line
// speaks of footers: "Example of a footer design".
func footerLabel(p *Page, i int) bool {
	f := p.f(i)
	return f.Words > 0 && f.Words <= maxFooterLabel && has(f.All, lang.FooterLabels) && p.m.Lex.Find(lang.FooterLabels, f.Key, f.Bloom, p.m.Lang)
}

// maxFooterLabel is the most words of a footer's label.
const maxFooterLabel = 3

// copyrightNotice reports whether line i, which the copyright rule took,
// is a site's notice rather than a picture's credit ("Stau © aremac /
// Clipdealer", "© Karina Hessland-Wissel", "Bundesminister Cem Özdemir
// eröffnet das 15. Zukunftsforum. © BMEL / Photothek"): it gives a year,
// or a phrase of the copyright list ("All rights reserved", "Copyright by
// ...").
func copyrightNotice(p *Page, i int) bool {
	f := p.f(i)
	return f.Digits >= 4 && hasYear(f.Content) || p.m.Lex.Find(lang.Copyright, f.Key, f.Bloom, p.m.Lang)
}

// entryLink reports whether line i, a related block's heading by its
// phrase, is rather the link that ends each entry of a list: minEntryLinks
// lines of that rule or more open with its first two words and go on, each
// with another name ("More on Foetus", "More on Goblin Band", "More on
// Rosalía", under the reviews of a music magazine's chart). A block's
// heading stands once, or is repeated word for word. Such a link had
// closed the chart after its first reviews (wceb 0402 text-w3m 0.794 ->
// 0.855, text-h2t 0.763 -> 0.861, html2text with its links 0.16 -> 0.82);
// no other page of the benchmarks or of the other renderings moves, the
// other pages that give such a phrase three times ("More from ...",
// "More articles ...") among them. It reads the counts that
// countEntryLeads made.
//
// Only the span's masses read it. The lines under such a link still go as
// a box's (see dropBoxes): the chart's next album title and artist, which
// its truth leaves out (text-w3m 0.855 -> 0.847 on that page when they
// stayed), and the teasers under a shop's "More from ..." (-0.02 and
// -0.03 in text). And a thread's widening still stops at it (see
// spreadThread): a news front's "More in World", "More in Politics" end
// boxes of teasers, and going on past them took the next boxes in (a
// scrapinghub page 0.95 -> 0.31).
func entryLink(p *Page, i int) bool {
	if l := &p.Lines[i]; l.class != chrome || l.bad != RelatedBlock {
		return false
	}
	lead, ok := entryLead(p.f(i).Key)
	return ok && p.leads[lang.HashString(lead)] >= minEntryLinks
}

// countEntryLeads counts, for entryLink, the related block's lines of p
// that open with each pair of words.
func countEntryLeads(p *Page) {
	if p.leads == nil {
		p.leads = map[uint64]int{}
	}
	clear(p.leads)
	for i := range p.Lines {
		if l := &p.Lines[i]; l.class == chrome && l.bad == RelatedBlock {
			if lead, ok := entryLead(p.f(i).Key); ok {
				p.leads[lang.HashString(lead)]++
			}
		}
	}
}

// entryLead returns the first two words of key with the space after them
// ("more on "), and whether more words follow.
func entryLead(key string) (string, bool) {
	first := strings.IndexByte(key, ' ')
	if first < 0 {
		return "", false
	}
	second := strings.IndexByte(key[first+1:], ' ')
	if second < 0 {
		return "", false // the phrase alone: "More on"
	}
	return key[:first+second+2], true
}

// minEntryLinks is how many lines must open with the same two words of a
// related block's phrase for them to be entries' links (see entryLink).
const minEntryLinks = 3
