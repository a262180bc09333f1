package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// sectionsAbove widens a span that opens on a section heading (an h2 or
// lower, or in text a markdown heading, "## ...") over the sections above
// it under headings of the same level, up to the headline: a recipe's
// ingredients, short lines that no vote made content, above its method,
// where the span had opened; a product's specifications above its
// description. Where the span opens on a subsection's heading ("###
// Étape 1"), the section's heading right above it ("## Préparation")
// sets the level. The lines it takes are no strong chrome nor a heading
// that closes an article, no heading of a higher level, at most
// maxSectionsAbove of them, and in HTML in the article element and in no
// region or box whose class names chrome; a byline or share bar under
// the headline stops it. They are kept whatever their votes, as
// trimEdges would take short lines at the span's edge. wceb text-h2t
// 0.7986 -> 0.7987 (five pages up by up to 0.007, one down by 0.002),
// html one page -0.0008; no other set moves.
func sectionsAbove(p *Page) {
	if p.Start <= 0 || p.Start > p.End {
		return
	}
	html := p.m.HTML
	h := p.f(p.Start).Heading
	if h < 2 || html && !p.f(p.Start).DOM.Article {
		return
	}
	top := -1
	if i := p.nonBlank(p.Start-1, -1); i > p.Title && p.f(i).Heading >= 2 && p.f(i).Heading < h && !p.Lines[i].strong && !p.Lines[i].bad.closes() {
		top, h = i, p.f(i).Heading // the section's heading over its first subsection's
	}
	for i, seen := p.Start-1, 0; i > p.Title; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || i == top {
			continue
		}
		seen++
		if seen > maxSectionsAbove || l.strong || l.bad.closes() || html && !inArticleBox(f) || f.Heading > 0 && f.Heading < h {
			break
		}
		if f.Heading == h {
			top = i
		}
	}
	if top >= 0 {
		keepEntries(p, top, p.Start-1)
		p.Start = top
	}
}

// sectionsBelow widens a span that ends right above a section heading (an
// h2 or h3, or in text a markdown heading, "## ...") over the sections
// that follow under headings of that level or lower: a hotel's or a
// service's page, whose introduction the span found, then its rooms, its
// services and what its guests say, in short lines that no vote made
// content. It takes no strong chrome but a card's button, no heading of a
// higher level and no heading that closes an article; it stops at them,
// after at most
// maxSectionsBelow lines, and at a section with nothing the rules left
// uncertain or content. Only under a span without sections of its own,
// and under an h2 or h3: after an article's sections, such headings open
// boxes that no lexicon names ("Leadership", a team's bios; an h6 over a
// footer's menus), and taking them moved 30 pages, wceb text-h2t 0.7987
// -> 0.7981 and scrapinghub text-h2t 0.9393 -> 0.9388; so restricted,
// one scrapinghub text-h2t page rises, +0.012, and no other page moves.
// In HTML the sections are in the article element and in no region or box
// whose class names chrome, and a span that opens on its section's heading
// has no sections of its own for that; a row of strong chrome that the
// page repeats is a card's buttons ("Details ansehen Zimmer buchen" under
// each room), which it takes, not a box's end. A line taken that only its
// neighbours made chrome (a room's name and facts between its card's
// buttons) is the span's, as its own votes leave it. A German hotel's
// rooms, amenities and guests' words had gone in HTML
// (TestSectionsBelowTheSpanInHTML); no page of the shared sets moves.
func sectionsBelow(p *Page) {
	if p.Start > p.End {
		return
	}
	html := p.m.HTML
	first := p.nonBlank(p.End+1, 1)
	if first < 0 {
		return
	}
	h := p.f(first).Heading
	if h < 2 || h > 3 || p.Lines[first].strong || p.Lines[first].bad.closes() {
		return
	}
	for i := p.Start; i <= p.End; i++ {
		if p.f(i).Heading >= 2 && !(html && i == p.Start) {
			return // the span has sections of its own: what follows them is another box
		}
	}
	last, held := -1, false // the last line of the last section that holds something
	for i, seen := first, 0; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if seen++; seen > maxSectionsBelow || l.bad.closes() || f.Heading > 0 && f.Heading < h ||
			html && !inArticleBox(f) ||
			l.class == chrome && l.strong && l.bad != RepeatedButton && l.bad != CallToAction && !(html && f.Repeats > 0) {
			break
		}
		if f.Heading == h {
			held = false
			continue
		}
		if f.Heading == 0 && l.class != chrome {
			held, last = true, i
		} else if held {
			last = i
		}
	}
	if last >= 0 {
		keepEntries(p, first, last)
		for i := first; i <= last; i++ {
			if l := &p.Lines[i]; l.class == chrome && l.ruleClass != chrome && !l.strong {
				l.class = uncertain // chrome only by its neighbours, a card's buttons
			}
		}
		p.End = last
	}
}

// inArticleBox reports whether f is in the article element (HTML) and in
// no region (nav, aside, footer, ...) nor box whose class names chrome: a
// line a span may take in past its own.
func inArticleBox(f *measure.Line) bool {
	return f.DOM.Article && f.DOM.Region == source.NoRegion && f.DOM.Hint == source.NoHint
}

// maxSectionsBelow is the most lines that sectionsBelow takes in.
const maxSectionsBelow = 60

// maxSectionsAbove is the most lines that sectionsAbove takes in.
const maxSectionsAbove = 40
