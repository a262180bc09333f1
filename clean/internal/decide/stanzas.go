package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// A poem's first stanza above the span's first line (see findSpan).

// stanzaHead reports whether line i, right above the span's first line
// with no blank line between, is a line of the span's first paragraph
// that its text breaks, not its renderer: a poem's stanza, whose lines
// end with no stop ("At dusk she climbs the winding stair" over "with oil
// and wick and patient hands,"), and which had opened the span only at
// its first sentence's end, its lines above lost and the third taken for
// the headline. Both lines are a verse's: three to maxStanzaWords words,
// with a stopword and no digit; and line i is no chrome by any rule, no
// list item, heading, date or byline. A share bar right above a story's
// first paragraph ("Email Twitter Facebook fb-messenger") is none, nor a
// byline row ("05/10/2018 - Publicado por: ...").
func stanzaHead(p *Page, i int) bool {
	if i+1 >= len(p.Lines) || p.f(i).Blank || p.f(i+1).Blank {
		return false
	}
	f, l := p.f(i), &p.Lines[i]
	return verseShape(f) && verseShape(p.f(i+1)) && l.class != chrome && l.bad == NoRule && f.Marker == source.MarkNone && f.Heading == 0 &&
		!f.Dateline() && byline(f, p) >= 0
}

// verseShape reports whether f is as a verse's line is: three to
// maxStanzaWords words, with a stopword and no digit.
func verseShape(f *measure.Line) bool {
	return f.Words >= 3 && f.Words <= maxStanzaWords && f.Stops > 0 && f.Digits == 0
}

// maxStanzaWords is the most words of a line of verse (see stanzaHead).
const maxStanzaWords = 14
