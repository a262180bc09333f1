package measure

import "github.com/cleanseeds/cleanseeds/clean/internal/lang"

// markFacets gives the lines of a shop's or a listing's filters, between
// the list control that opens them and the one that closes them, the
// table of list controls (lang.ListControl): "Filter", then "Marke",
// "• Lowa (12)", "• Meindl (9)", "Größe", "• 37", then "Alle Filter
// zurücksetzen". A text rendering prints the facets where the page's
// markup put them in a sidebar, and a German category page in w3m had
// kept them over its grid. The lines between are short (maxFacetWords
// words at most, none a sentence, none an amount of money: a grid's cards
// give their prices), at most maxFacetLines of them, and two or more end
// with a count in brackets, as facets give how many items each holds.
func (p *Page) markFacets() {
	for i := range p.Lines {
		if p.Lines[i].Table != lang.ListControl || p.Lines[i].Words > maxFacetWords {
			continue
		}
		j, n, counts := i+1, 0, 0
		for ; j < len(p.Lines) && n < maxFacetLines; j++ {
			l := &p.Lines[j]
			if l.Blank {
				continue
			}
			if l.Table == lang.ListControl {
				break
			}
			if l.Table != lang.NoTable || l.Words > maxFacetWords || l.End == EndSentence || l.Punct&PunctMoney != 0 {
				n = maxFacetLines // no facet: the run is none
				break
			}
			if _, _, bracketed, ok := withoutCount(l); ok && bracketed {
				counts++ // "Lowa (12)"
			}
			n++
		}
		if n == 0 || n >= maxFacetLines || j >= len(p.Lines) || counts < minFacetCounts {
			continue
		}
		for k := i + 1; k < j; k++ {
			if !p.Lines[k].Blank {
				p.Lines[k].Table = lang.ListControl
			}
		}
	}
}

// The facets between two list controls (see markFacets): the most lines
// and the most words of each, and the fewest that give a count.
const (
	maxFacetLines  = 40
	maxFacetWords  = 4
	minFacetCounts = 2
)
