package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// titlesAfter widens a text's span that ends on a run of titles over the
// rest of the run: minTitles lines or more after its last line, each
// alone between blank lines, of two to maxTitleWords words, no heading,
// no list item, no sentence and no label, that the rules did not take for
// chrome (see titleLine); the span must hold two of them at least. A
// listing rendered as text gives its entries' titles so ("Spaghetti and
// Meatballs", "Butter Chicken Recipe" under a collection's introduction),
// and each reads as a short line the rules leave in doubt: the span had
// kept the first few of them. A news story's last paragraph is no title:
// the teasers under it ("On Our Radar", "Gronk's SI girlfriend tells
// all") stay out. wceb text-h2t 0.8115 -> 0.8122, listing 0.6760 ->
// 0.6865 (a collection of recipes, 0.360 -> 0.883); no other page of any
// set moves, and of the typed documents a reference of error codes keeps
// 44 more of them. Without the two titles in the span, teasers under news
// stories came in (-0.04 to -0.07 on two scrapinghub pages).
func titlesAfter(p *Page) {
	last := p.End
	if p.m.HTML || last < 2 || last >= len(p.Lines) || last-2 < p.Start || !titleLine(p, last) || !titleLine(p, last-2) {
		return // the span holds two titles of the run at least, the last its last line
	}
	end, titles := -1, 0
	for i := last + 1; i < len(p.Lines); i += 2 {
		if !p.f(i).Blank || i+1 >= len(p.Lines) || !titleLine(p, i+1) {
			break
		}
		end, titles = i+1, titles+1
	}
	if titles >= minTitles {
		widenEndTo(p, end)
	}
}

// titleLine reports whether line i is a title of a run that titlesAfter
// reads: alone between blank lines, of two to maxTitleWords words, no list
// item, no sentence, no label, and no chrome.
func titleLine(p *Page, i int) bool {
	f, l := p.f(i), &p.Lines[i]
	return !f.Blank && f.Marker == source.MarkNone && f.Heading == 0 && f.Words >= 2 && f.Words <= maxTitleWords && f.End == measure.EndNone && l.class != chrome &&
		(i == 0 || p.f(i-1).Blank) && (i+1 == len(p.Lines) || p.f(i+1).Blank)
}

// A run of titles that titlesAfter takes holds minTitles lines or more, of
// maxTitleWords words or fewer.
const (
	minTitles     = 5
	maxTitleWords = 16
)
