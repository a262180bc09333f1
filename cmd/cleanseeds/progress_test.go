package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An error line clears the bar first: the two never share a line.
func TestProgressClearsItselfForErrors(t *testing.T) {
	var w bytes.Buffer
	p := startProgress(&w, false, 1)
	p.setTotal([]input{{path: "a", size: 4 << 20}, {path: "b", size: 4 << 20}})
	p.startPass()
	p.done(outcome{job: &job{in: &input{path: "a", size: 4 << 20}}})
	p.draw()
	bar := w.String()
	assert.True(t, strings.HasPrefix(bar, "[##########----------] 1/2 files, 4.2/8.4 MB, "), bar)
	assert.Contains(t, bar, "left")
	p.printf("b: broken gzip data\n")
	rest := strings.TrimPrefix(w.String(), bar)
	assert.Equal(t, "\r"+strings.Repeat(" ", len(bar))+"\rb: broken gzip data\n", rest)
	w.Reset()
	p.printf("c: another\n")
	assert.Equal(t, "c: another\n", w.String(), "no bar on screen: nothing to clear")
}
