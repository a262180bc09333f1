package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean"
)

func TestLineCeiling(t *testing.T) {
	lines := func(texts ...string) *clean.Result {
		r := &clean.Result{}
		for i, s := range texts {
			// The verdicts are the cleaner's; the ceiling does not read them.
			r.Lines = append(r.Lines, clean.Line{Num: i + 1, Text: s, Verdict: clean.Drop})
		}
		return r
	}
	truth := "the first line of the article text\nand the second line of the article text"
	page := &Page{Body: truth}

	// Chrome goes, the article's lines stay, whatever was decided.
	pr := PageResult{Page: page, Result: lines("Home News Sport Weather Contact",
		"the first line of the article text", "and the second line of the article text", "Copyright 2024 Example Ltd All rights reserved")}
	assert.Equal(t, 1.0, LineCeiling(pr).F1())

	// A line the truth holds less than half of goes, and costs its part.
	pr = PageResult{Page: page, Result: lines("the first line of the article text",
		"and the second line of the article text plus a long tail of words the truth does not hold at all")}
	s := LineCeiling(pr)
	assert.Zero(t, s.FP, "the mixed line is dropped")
	assert.Greater(t, s.FN, 0.0, "and its part of the truth is lost")

	// A line at least half in the truth stays, with its chrome.
	pr = PageResult{Page: page, Result: lines("the first line of the article text share on facebook",
		"and the second line of the article text")}
	assert.Greater(t, LineCeiling(pr).FP, 0.0, "the line is kept: its chrome is the only false positive")

	// A page that could not be cleaned scores as an empty extraction.
	assert.Equal(t, Shingle{FN: 1}, LineCeiling(PageResult{Page: page}))
}

func TestCeilingMetrics(t *testing.T) {
	page := &Page{Body: "one two three four five"}
	good := PageResult{Page: page, Result: &clean.Result{Lines: []clean.Line{{Text: "one two three four five"}}}}
	none := PageResult{Page: page, Result: &clean.Result{Lines: []clean.Line{{Text: "menu"}}}}
	r := &Report{Input: &Input{Method: ByShingles}, Pages: []PageResult{good, none}}
	r.AddCeilings()
	m := CeilingMetrics(r.Pages)
	assert.InDelta(t, 1.0, m.Precision, 1e-9, "a page with nothing kept counts in recall only")
	assert.InDelta(t, 0.5, m.Recall, 1e-9)
}
