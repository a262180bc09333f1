package decide

import "github.com/cleanseeds/cleanseeds/clean/internal/source"

// The runs of paragraphs, and the sections of a product's features, kept
// apart from the article span, which the decider runs after the headline
// pass (see keepRunsApart and keepSectionsApart).

// keepRunsApart keeps, outside the span, each run of the page's own
// paragraphs that reads as an article of its own: at least reopenRun
// paragraphs in a row (blank lines aside), each prose by its own votes
// and after the context pass, in no list and, in HTML, in no box or
// element whose class names chrome, of minApartWords words or more
// together. The span is one run of lines, and a page may give two: a
// product's description or an excerpt of a book above the boxes of other
// products, and its reviews below them; a thread's next post past the
// boxes between posts. Below the span, no run after a heading that closes
// articles counts: a comment section's long comments, the teasers of a
// related block. Teasers, menus and captions do not come three paragraphs
// in a row, and a run of fewer words is a box's blurb. A run kept takes
// the lines around it that belong to it (see extendApart).
//
// Across the benchmarks (cleaneval -pages before and after), with 3
// paragraphs and 150 words: an online shop's book page +0.31 (html),
// +0.28 (text-w3m) and +0.27 (text-h2t), its description and excerpt kept
// beside its reviews; a travel forum's thread +0.08 (html); a German
// wine page's two snippets in each trafilatura mode; no page falls, and
// scrapinghub does not move. With 2 paragraphs or 100 words, scrapinghub
// text-w3m fell 0.9416 -> 0.9405 and 0.9410 (an article's sidebar of
// short pieces); with 300 words, or 4 paragraphs, only the shop's page
// moved, or it and the thread.
func keepRunsApart(p *Page, prm params) {
	if p.Start > p.End || p.clean {
		return
	}
	run, words := p.idx[:0], 0
	flush := func() {
		if len(run) >= prm.reopenRun && words >= minApartWords {
			for _, k := range run {
				p.Lines[k].apart = true
			}
			extendApart(p, run[0], -1)
			extendApart(p, run[len(run)-1], 1)
		}
		run, words = run[:0], 0
	}
	scan := func(from, to int, below bool) {
		defer flush()
		for i := from; i < to; i++ {
			f, l := p.f(i), &p.Lines[i]
			switch {
			case f.Blank:
			case below && l.class == chrome && l.bad.closes():
				return // nothing below such a heading counts
			case l.ruleClass == content && l.class == content && l.good == Prose && f.Marker == source.MarkNone &&
				f.DOM.Region == source.NoRegion && f.DOM.Hint == source.NoHint:
				run = append(run, i)
				words += f.Words
			default:
				flush()
			}
		}
	}
	scan(0, p.Start, false)
	scan(p.End+1, len(p.Lines), true)
	p.idx = run[:0]
}

// extendApart keeps, from line i (the first or the last paragraph of a run
// kept apart) in direction dir, the lines of the run's piece that its
// paragraphs leave out, up to the first line that is chrome, the headline
// or in the span: above the run, the lines that head it; below
// it, what goes on from it. A book's description on a shop's page, kept
// apart from the reviews that are the span, had lost its tagline and
// heading above and its "Learn how to:", its points and its last
// paragraph below (wceb 0613 +0.024 in each mode; a German wine page's
// snippet in trafilatura html and text-w3m; no page falls). Going up, a
// paragraph of its own is another piece's, and ends it: up to it, a
// Jamaican page's run had taken the sections of another article above it
// (one wrong snippet more). What trimEdges drops at the edges of what is
// kept stays dropped.
func extendApart(p *Page, i, dir int) {
	for j := i + dir; j >= 0 && j < len(p.Lines) && (j < p.Start || j > p.End); j += dir {
		f, l := p.f(j), &p.Lines[j]
		if f.Blank {
			continue
		}
		if l.class == chrome || j == p.Title || dir < 0 && l.ruleClass == content && l.good == Prose {
			return
		}
		l.apart = true
	}
}

// minApartWords is the fewest words of a run of paragraphs apart from the
// span that keepRunsApart keeps.
const minApartWords = 150

// keepSectionsApart keeps, above the span, each section of the page's own
// under a heading that names one (see sectionName: "Features", "Product
// details", "Specifications") whose lines are a list that holds content
// enough: at least reopenRun items that are content, minApartWords words
// of them, and more such items than lines that are no list item. The
// span is one run of lines, and a product's page gives its features in a
// list of short items, apart from its reviews, the span, by boxes of
// other products and offers. The section runs to the first chrome line, heading of
// another such section or line in the span, maxSectionApart lines at
// most. Below the span, such a heading may head another box's teasers
// ("Features"); above it, teasers are no list. The heading stays with
// its section (trimEdges would take it, as a line in doubt at an edge).
//
// Across the shared sets and renderings, a shop's backpack in w3m (its
// two renderings) keeps its fourteen features and its specifications
// over its reviews: wceb text-w3m 0.8023 -> 0.8032, that page 0 ->
// 0.156; no other output of the shared sets, their renderings, the
// typed documents or the manuals on this machine changes.
func keepSectionsApart(p *Page, prm params) {
	if p.Start > p.End || p.clean {
		return
	}
	for i := 0; i < p.Start; i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || i == p.Title || l.class == chrome && l.strong || !sectionName(p, f) {
			continue
		}
		last, items, other, words, seen := -1, 0, 0, 0, 0
		for j := i + 1; j < p.Start && seen < maxSectionApart; j++ {
			g, m := p.f(j), &p.Lines[j]
			if g.Blank {
				continue
			}
			seen++
			if m.class == chrome || sectionName(p, g) || j == p.Title {
				break
			}
			switch {
			case g.Marker == source.MarkNone:
				other++
			case m.class == content:
				items, words = items+1, words+g.Words
			}
			last = j
		}
		if last < 0 || items < prm.reopenRun || words < minApartWords || other >= items {
			continue
		}
		for j := i; j <= last; j++ {
			if !p.f(j).Blank {
				p.Lines[j].apart = true
			}
		}
		p.Lines[i].extended = true // the section's name heads what is kept (see trimEdges)
		i = last
	}
}

// maxSectionApart is the most lines of a section that keepSectionsApart
// keeps.
const maxSectionApart = 60
