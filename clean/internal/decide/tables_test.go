package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// TestRowsAfterAndTheirConclusion: the span takes in the rows of a table
// right after it, and the paragraph right under them when strong chrome
// (the page's footer) or nothing follows it; not when more of the page
// does, nor a paragraph under rows that were in the span already.
func TestRowsAfterAndTheirConclusion(t *testing.T) {
	para := func() (Line, measure.Line) {
		return Line{class: content, ruleClass: content, good: Prose}, measure.Line{Counts: measure.Counts{Words: 30, Tokens: 30}}
	}
	row := func() (Line, measure.Line) {
		return Line{class: uncertain}, measure.Line{Counts: measure.Counts{Words: 6, Tokens: 6}, TableRow: true}
	}
	footer := func() (Line, measure.Line) {
		return Line{class: chrome, bad: NavLabel, strong: true}, measure.Line{Counts: measure.Counts{Words: 2, Tokens: 2}}
	}
	type mk func() (Line, measure.Line)
	for _, c := range []struct {
		name    string
		lines   []mk
		end     int // the span's last line before
		wantEnd int
	}{
		{"a conclusion over the footer", []mk{para, row, row, row, para, footer}, 0, 4},
		{"a conclusion at the page's end", []mk{para, row, row, row, para}, 0, 4},
		{"more of the page under the paragraph", []mk{para, row, row, row, para, para}, 0, 3},
		{"no rows taken in", []mk{para, row, row, row, para, footer}, 3, 3},
	} {
		m := &measure.Page{Lines: make([]measure.Line, len(c.lines))}
		p := &Page{m: m, Lines: make([]Line, len(c.lines)), Start: 0, End: c.end}
		for i, f := range c.lines {
			p.Lines[i], m.Lines[i] = f()
		}
		rowsAfter(p)
		assert.Equal(t, c.wantEnd, p.End, c.name)
	}
}
