package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// TestIntroBefore: a run of paragraphs above a box is the article's
// introduction; in text it takes three, in HTML two; a heading that closes
// an article between them stops it.
func TestIntroBefore(t *testing.T) {
	para := func() (Line, measure.Line) {
		return Line{class: content, ruleClass: content, good: Prose}, measure.Line{Counts: measure.Counts{Words: 35}}
	}
	boxLine := func() (Line, measure.Line) {
		return Line{class: chrome, bad: NavLabel, strong: true}, measure.Line{Counts: measure.Counts{Words: 2}}
	}
	heading := func() (Line, measure.Line) {
		return Line{class: chrome, bad: RelatedBlock, strong: true}, measure.Line{Counts: measure.Counts{Words: 3}}
	}
	type mk func() (Line, measure.Line)
	build := func(html bool, intro int, closed bool) *Page {
		var lines []mk
		for range intro {
			lines = append(lines, para)
		}
		if closed {
			lines = append(lines, heading)
		}
		for range 10 {
			lines = append(lines, boxLine)
		}
		start := len(lines)
		for range 5 {
			lines = append(lines, para)
		}
		m := &measure.Page{HTML: html, Lines: make([]measure.Line, len(lines))}
		p := &Page{m: m, Lines: make([]Line, len(lines)), Start: start, End: len(lines) - 1}
		for i, f := range lines {
			p.Lines[i], m.Lines[i] = f()
		}
		return p
	}
	cases := []struct {
		name       string
		html       bool
		intro      int
		closed     bool
		wantStart  int
		wantBoxEnd int
	}{
		{"three paragraphs in text", false, 3, false, 0, 13},
		{"two paragraphs in text are none", false, 2, false, 12, 0},
		{"two paragraphs in HTML", true, 2, false, 0, 12},
		{"a closing heading between", true, 3, true, 14, 0},
	}
	for _, c := range cases {
		p := build(c.html, c.intro, c.closed)
		introBefore(p, paramsFor(Balanced))
		assert.Equal(t, c.wantStart, p.Start, c.name)
		assert.Equal(t, c.wantBoxEnd, p.boxTo, c.name)
		if c.wantBoxEnd > 0 {
			assert.Equal(t, c.intro, p.boxFrom, c.name)
		}
	}
}
