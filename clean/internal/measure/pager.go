package measure

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markPagerLists gives the items of a pager printed as a list, an item a
// line, the table of list controls (lang.ListControl): a forum's pages
// over its first post, "• 1", "• 2", "• Siguiente", which w3m prints from
// the list of links that forums' templates write, had stayed as the
// thread's first lines. A pager list is a run of bulleted lines, one
// after the other, each a page's number, an ellipsis or a word of the
// next or previous tables (see lang.Next), with two numbers and one such
// word at least. A list of numbers alone is no pager (a recipe's
// servings, a table's column), nor is one with any other item.
//
// A list control interrupts the content without ending it (see decide's
// list-control), as a pager between a thread's first post and its
// replies does. Given the pagers' table (lang.PrevNext), whose strong
// chrome ends a span, a student forum's pager under its first post had
// cut the thread's replies from it (wceb text-w3m 0577 -0.18); as list
// controls it gains +0.001, and no other output of the shared sets
// changes.
func (p *Page) markPagerLists() {
	for i := 0; i < len(p.Lines); {
		if p.Lines[i].Blank || p.Lines[i].Marker != source.MarkBullet {
			i++
			continue
		}
		j, numbers, words, pager := i, 0, 0, true
		for ; j < len(p.Lines) && !p.Lines[j].Blank && p.Lines[j].Marker == source.MarkBullet; j++ {
			switch l := &p.Lines[j]; {
			case l.Key != "" && allDigits(l.Key):
				numbers++
			case l.Key == "" && strings.Trim(l.Content, "….· ") == "":
				// an ellipsis between the numbers
			case l.Words == 1 && (p.Lex.In(lang.Next, l.Key, p.Lang) || p.Lex.In(lang.Previous, l.Key, p.Lang)):
				words++
			default:
				pager = false
			}
		}
		if pager && numbers >= 2 && words >= 1 {
			for k := i; k < j; k++ {
				if p.Lines[k].Table == lang.NoTable {
					p.Lines[k].Table = lang.ListControl
				}
			}
		}
		i = j
	}
}
