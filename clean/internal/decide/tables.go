package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widenings of a span over the tables beside it: rows above its first
// line, rows and a table's heading after its last (see findSpan).

// tableAfter widens the span over a table that follows its last line, as
// the rows of a table of figures go on from the paragraph that introduces
// it ("... can be found here:"): rows of a table (see
// measure.Line.TableRow) that hold a word or a number, up to the first
// line that is not one, or is strong chrome. Each row costs what it adds,
// so that a table after the article's last paragraph was never in its
// span. A border drawn under the span's last row (w3m's "└──┴──┘") closes
// its table, and goes with it. A table that a line a little after the
// span introduces (see introAfter) goes on from that line: the span is
// widened over the lines up to it, then over its rows.
//
// The span pass calls it again once the span has widened over the lists
// after it (see listsAfter): a list can stand between the article and
// such a table ("Project Resources:" and its links, then "Comparison with
// Other Tools:" over its table). wceb html: that page 0.966 -> 0.977; in
// the other corpora, a Cargo manual's dependency tree (w3m, lynx) and a
// protocol's example code (plain text) join their spans; no other page of
// any corpus moves. Widening over the lists again after that took in a
// consultancy's product lists under its last call to action.
func tableAfter(p *Page) {
	rowsAfter(p)
	if h := tableHeadingAfter(p); h > p.End {
		widenEndTo(p, h)
		rowsAfter(p)
		return
	}
	if intro := introAfter(p, func(_, j int) bool { return p.f(j).TableRow }); intro > p.End {
		widenEndTo(p, intro)
		rowsAfter(p)
	}
}

// tableHeadingAfter returns the section heading right after the span
// over a table's rows (a product's "Specifications" over its table of
// figures), or -1: in HTML an h2 or lower, in text an h2 or lower as
// markdown marks it ("## When it is not") or a line of up to
// maxTableHeading words that ends no sentence; not chrome that is strong
// or closes an article, with the table's first row the next non-blank
// line, a blank line between at most, or the one after the table's top
// border (a settings table that w3m drew under its heading had stayed out
// of a documentation page's span).
func tableHeadingAfter(p *Page) int {
	i := p.nonBlank(p.End+1, 1)
	if i < 0 {
		return -1
	}
	f, l := p.f(i), &p.Lines[i]
	if l.class == chrome && (l.strong || l.bad.closes()) || f.TableRow || f.Marker != source.MarkNone {
		return -1
	}
	switch {
	case p.m.HTML || f.Heading > 0: // an h2 or lower, in HTML or as markdown marks it ("## Pricing")
		if f.Heading < 2 {
			return -1
		}
	case f.Words > maxTableHeading || f.End == measure.EndSentence || f.End == measure.EndComma:
		return -1
	}
	j := p.nonBlank(i+1, 1)
	if j >= 0 && j <= i+2 && p.f(j).TableRow && p.f(j).Tokens == 0 {
		j = p.nonBlank(j+1, 1) // the table's top border, which w3m draws: "┌───┬───┐"
	}
	if j < 0 || j > i+3 || !p.f(j).TableRow || p.f(j).Tokens == 0 {
		return -1
	}
	return i
}

// maxTableHeading is the most words of a heading over a table in text (see
// tableHeadingAfter).
const maxTableHeading = 4

// rowsBefore widens the span over the rows of a table right above its
// first line, a blank line between at most, of minRowsBefore rows or more
// with a word or a number and minCellsBefore cells, up to the first line
// that is no row, or is strong chrome: a league's table over its legend
// ("In verde le squadre qualificate ..."), which had been the page's
// article, and its table, the page's content, left out. A layout table's
// rows, a headline with a box beside it, have two cells: a news story's
// headline and date above its first paragraph had come in (scrapinghub
// text-w3m, one page -0.019). No shared page moves.
func rowsBefore(p *Page) {
	start, rows := -1, 0
	for i := p.Start - 1; i >= 0; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank && (i == p.Start-1 || f.TableRow) {
			continue
		}
		if f.Blank || !f.TableRow || l.class == chrome && l.strong && f.Tokens > 0 {
			break // a border, a row without a word, goes on (a line without letters is strong chrome)
		}
		if f.Tokens > 0 {
			if rowCells(f.Content) < minCellsBefore {
				return // a layout table's line, a headline and a box beside it: no table of the article's
			}
			start, rows = i, rows+1
		}
	}
	if rows >= minRowsBefore {
		widenTo(p, start)
	}
}

// The fewest rows of a table that rowsBefore takes, and the fewest cells
// of each.
const (
	minRowsBefore  = 3
	minCellsBefore = 3
)

// rowCells counts the cells of a table's row: the parts its bars make, or
// else the runs of text that gaps of two spaces or more part (see
// gappedRuns).
func rowCells(content string) int {
	content = strings.TrimSpace(content)
	if strings.Contains(content, "|") {
		return strings.Count(content, "|") + 1
	}
	return gappedRuns(content, "  ")
}

// rowsAfter widens the span over the rows of a table right after it, and
// the border under them (see tableAfter); then, when it took rows in, over
// the paragraph right under them that its rules read as prose, if strong
// chrome (the page's footer) or nothing follows it: a conclusion after the
// table ("The library complements existing tools ...", "Note that the
// compatibility policy for this feature might change in the future."),
// which the span had left out with the table (wceb html: a .NET library's
// page 0.977 -> 0.983; two Rust manuals in their three forms; no other
// page of any corpus moves).
func rowsAfter(p *Page) {
	before := p.End
	for i := p.End + 1; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank && (i == p.End+1 || f.TableRow) { // a blank line inside an exploded table (see measure.Line.TableRow)
			continue
		}
		if f.Blank || !f.TableRow || l.class == chrome && l.strong {
			break
		}
		if f.Tokens > 0 {
			p.End, l.extended = i, true
		}
	}
	if i := p.End + 1; p.f(p.End).TableRow && i < len(p.Lines) && p.f(i).TableRow && p.f(i).Tokens == 0 {
		p.End, p.Lines[i].extended = i, true
	}
	if p.End == before || !p.f(p.End).TableRow {
		return
	}
	// The paragraph right under the rows, content by its own votes, over
	// strong chrome or nothing: the table's conclusion.
	if i := lineBelow(p); i >= 0 && readsAsText(&p.Lines[i]) && p.Lines[i].ruleClass == content && lastOnPage(p, i) {
		widenEndTo(p, i)
	}
}
