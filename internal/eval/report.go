package eval

import (
	"cmp"
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

// Worst returns the n worst pages of r, worst first: by page F1 for
// shingle scoring, by the number of wrong snippets for snippet scoring.
func (r *Report) Worst(n int) []PageResult {
	return r.WorstOf(r.Pages, n)
}

// WorstOf returns the n worst of pages, a part of r's, as Worst orders
// them.
func (r *Report) WorstOf(pages []PageResult, n int) []PageResult {
	pages = slices.Clone(pages)
	switch r.Input.Method {
	case ByShingles:
		slices.SortStableFunc(pages, func(a, b PageResult) int { return cmp.Compare(a.Shingle.F1(), b.Shingle.F1()) })
	case BySnippets:
		slices.SortStableFunc(pages, func(a, b PageResult) int {
			return cmp.Compare(b.Snippet.FN+b.Snippet.FP, a.Snippet.FN+a.Snippet.FP)
		})
	}
	return pages[:min(n, len(pages))]
}

// Cost is a line's share of a page's errors: chrome that was kept, or
// article that was dropped.
type Cost struct {
	Line clean.Line
	Kept bool // kept chrome; false for dropped article
	// Shingles is the number of the line's own shingles that are wrong, for
	// shingle scoring.
	Shingles int
	// Snippet is the snippet the line holds, for snippet scoring.
	Snippet string
}

// Costs returns the lines of a page that cost the most, at most n, most
// costly first.
func Costs(pr PageResult, method Method, n int) []Cost {
	if pr.Result == nil {
		return nil
	}
	var costs []Cost
	switch method {
	case ByShingles:
		truth := shingles(pr.Page.Body)
		for _, l := range pr.Result.Lines {
			kept := l.Verdict == clean.Keep
			wrong := 0
			for sh := range shingles(l.Text) {
				if (truth[sh] > 0) != kept {
					wrong++
				}
			}
			if wrong > 0 {
				costs = append(costs, Cost{Line: l, Kept: kept, Shingles: wrong})
			}
		}
		slices.SortStableFunc(costs, func(a, b Cost) int { return cmp.Compare(b.Shingles, a.Shingles) })
	case BySnippets:
		body := collapse(pr.Result.Body)
		for _, w := range pr.Page.With {
			if !strings.Contains(body, collapse(w)) {
				costs = append(costs, snippetCost(pr.Result, w, false))
			}
		}
		for _, w := range pr.Page.Without {
			if strings.Contains(body, collapse(w)) {
				costs = append(costs, snippetCost(pr.Result, w, true))
			}
		}
	}
	return costs[:min(n, len(costs))]
}

// snippetCost finds the line that holds a snippet: the kept line for a
// "without" snippet found, any line for a "with" snippet lost.
func snippetCost(r *clean.Result, snippet string, kept bool) Cost {
	s := collapse(snippet)
	for _, l := range r.Lines {
		if (!kept || l.Verdict == clean.Keep) && strings.Contains(collapse(l.Text), s) {
			return Cost{Line: l, Kept: kept, Snippet: snippet}
		}
	}
	return Cost{Kept: kept, Snippet: snippet}
}
