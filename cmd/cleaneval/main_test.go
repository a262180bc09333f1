package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/internal/eval"
)

// report builds a report of input with a page for each score: an F1 of 0
// or 1 by shingles, or a number of wrong snippets, negated.
func report(set, name string, method eval.Method, scores map[string]float64) *eval.Report {
	r := &eval.Report{Input: &eval.Input{Set: set, Name: name, Method: method}}
	for id, s := range scores {
		p := eval.PageResult{Page: &eval.Page{ID: id}}
		if method == eval.BySnippets {
			p.Snippet.FN = int(-s)
		} else {
			p.Shingle = eval.Shingle{TP: s, FP: 1 - s}
		}
		r.Pages = append(r.Pages, p)
	}
	return r
}

// TestPagesAgainst writes a run's pages, reads them back and compares a
// later run with them: the pages that moved, the largest falls first,
// counted per input; a page the file does not hold moves nowhere.
func TestPagesAgainst(t *testing.T) {
	dir := t.TempDir()
	first := []*eval.Report{
		report("wceb", "html", eval.ByShingles, map[string]float64{"0001": 1, "0002": 0, "0003": 1}),
		report("trafilatura", "text-w3m", eval.BySnippets, map[string]float64{"a": -1, "b": 0}),
	}
	path := filepath.Join(dir, "pages")
	require.NoError(t, writePages(path, first))
	before, err := readPages(path)
	require.NoError(t, err)
	assert.Equal(t, map[pageKey]float64{
		{"wceb/html", "0001"}: 1, {"wceb/html", "0002"}: 0, {"wceb/html", "0003"}: 1,
		{"trafilatura/text-w3m", "a"}: -1, {"trafilatura/text-w3m", "b"}: 0,
	}, before)

	later := []*eval.Report{
		report("wceb", "html", eval.ByShingles, map[string]float64{"0001": 0, "0002": 1, "0003": 1, "0004": 0}),
		report("trafilatura", "text-w3m", eval.BySnippets, map[string]float64{"a": -1, "b": -2}),
	}
	moved, up, down := changes(before, later)
	require.Len(t, moved, 3)
	assert.Equal(t, pageKey{"trafilatura/text-w3m", "b"}, moved[0].key, "the largest fall first")
	assert.Equal(t, pageKey{"wceb/html", "0001"}, moved[1].key)
	assert.Equal(t, pageKey{"wceb/html", "0002"}, moved[2].key)
	assert.Equal(t, map[string]int{"wceb/html": 1}, up)
	assert.Equal(t, map[string]int{"wceb/html": 1, "trafilatura/text-w3m": 1}, down)

	var out bytes.Buffer
	printChanges(&out, path, before, later)
	assert.Contains(t, out.String(), "3 pages moved")
	assert.Contains(t, out.String(), "wceb/html                  1 up, 1 down")
}

// TestReadPagesErrors: a line that is not three fields, or whose score is
// no number, is an error naming the file and the line.
func TestReadPagesErrors(t *testing.T) {
	dir := t.TempDir()
	for _, bad := range []string{"wceb/html\t0001\n", "wceb/html\t0001\t1.0\nwceb/html\t0002\tmany\n"} {
		path := filepath.Join(dir, "pages")
		require.NoError(t, os.WriteFile(path, []byte(bad), 0o644))
		_, err := readPages(path)
		require.Error(t, err)
		n := strings.Count(bad, "\n")
		assert.Contains(t, err.Error(), path+":"+string(rune('0'+n)))
	}
	_, err := readPages(filepath.Join(dir, "missing"))
	assert.Error(t, err)
}
