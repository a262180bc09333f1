// Package eval measures extraction quality on the benchmark sets of
// ../shared/bench, with each set's own scoring method (see its README.md).
package eval

import (
	"strings"
	"unicode"
)

// shingleSize is the number of tokens in a shingle.
const shingleSize = 4

// tokens returns the \w+ tokens of s, as Python's re module finds them in
// a str: runs of letters, numbers and underscores. Case is kept, as the
// benchmark's evaluate.py keeps it.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles returns the multiset of the 4-token shingles of s. A text of one
// to three tokens has one shorter shingle, as in evaluate.py.
func shingles(s string) map[string]int {
	toks := tokens(s)
	m := make(map[string]int, len(toks))
	n := max(1, len(toks)-shingleSize+1)
	for i := range n {
		sh := toks[i:min(len(toks), i+shingleSize)]
		if len(sh) > 0 {
			m[strings.Join(sh, "\x00")]++
		}
	}
	return m
}

// Shingle is a page's score by shingle matching: true positives, false
// positives and false negatives, normalised to sum to 1.
type Shingle struct {
	TP, FP, FN float64
}

// ScoreShingles scores an extraction against the truth.
func ScoreShingles(pred, truth string) Shingle {
	p, t := shingles(pred), shingles(truth)
	var s Shingle
	for k, n := range p {
		s.TP += float64(min(n, t[k]))
		s.FP += float64(max(0, n-t[k]))
	}
	for k, n := range t {
		s.FN += float64(max(0, n-p[k]))
	}
	if sum := s.TP + s.FP + s.FN; sum > 0 {
		s.TP, s.FP, s.FN = s.TP/sum, s.FP/sum, s.FN/sum
	}
	return s
}

// Metrics are a set's precision, recall and F1.
type Metrics struct {
	Precision, Recall, F1 float64
	// Accuracy is given by snippet scoring only.
	Accuracy float64
	// Titles is the share of the pages whose truth gives a title on which
	// the cleaner's Title matches it (see TitleMatches); TitlePages is
	// the number of those pages, 0 in sets that give no titles.
	Titles     float64
	TitlePages int
}

// ShingleMetrics averages page scores as the benchmark does: precision over
// pages with tp+fp > 0, recall over pages with tp+fn > 0; a page whose
// extraction and truth are both empty counts 1 in both.
func ShingleMetrics(pages []Shingle) Metrics {
	var p, r float64
	var np, nr int
	for _, s := range pages {
		if s.TP+s.FP+s.FN == 0 {
			p, r, np, nr = p+1, r+1, np+1, nr+1
			continue
		}
		if s.TP+s.FP > 0 {
			p += s.precision()
			np++
		}
		if s.TP+s.FN > 0 {
			r += s.recall()
			nr++
		}
	}
	var m Metrics
	if np > 0 {
		m.Precision = p / float64(np)
	}
	if nr > 0 {
		m.Recall = r / float64(nr)
	}
	m.F1 = f1(m.Precision, m.Recall)
	return m
}

func (s Shingle) precision() float64 {
	if s.FP == 0 && s.FN == 0 {
		return 1
	}
	return s.TP / (s.TP + s.FP)
}

func (s Shingle) recall() float64 {
	if s.FP == 0 && s.FN == 0 {
		return 1
	}
	return s.TP / (s.TP + s.FN)
}

// F1 returns the page's own F1, for ranking pages: 1 when extraction
// and truth are both empty, 0 when they share nothing (an empty
// extraction of a page with a truth scores 0, not 0/0).
func (s Shingle) F1() float64 {
	if s.TP+s.FP+s.FN == 0 {
		return 1
	}
	if s.TP == 0 {
		return 0
	}
	return f1(s.precision(), s.recall())
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TitleMatches reports whether got, the title the cleaner found, is the
// page's title want: most of its words (80%) are the title's, and they
// are at least half of the title's, compared as case-folded \w+ tokens
// with repeats. A title in the truth often carries the site's name, as
// the <title> element does ("8 Recent Trends in Photography - Flatworld
// Solutions"), where the page's headline does not.
func TitleMatches(got, want string) bool {
	g, w := tokens(strings.ToLower(got)), tokens(strings.ToLower(want))
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	count := map[string]int{}
	for _, t := range w {
		count[t]++
	}
	common := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	return 5*common >= 4*len(g) && 2*common >= len(w)
}

// Snippet is a page's score by snippet matching: counts of snippets.
type Snippet struct {
	TP, FN, FP, TN int
}

// collapse joins runs of white space into one space, for snippet matching.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ScoreSnippets scores an extraction: each "with" snippet found is a true
// positive, else a false negative; each "without" snippet found is a false
// positive, else a true negative. Matching is substring search after
// collapsing white space.
func ScoreSnippets(pred string, with, without []string) Snippet {
	text := collapse(pred)
	var s Snippet
	for _, w := range with {
		if strings.Contains(text, collapse(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if strings.Contains(text, collapse(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

// SnippetMetrics sums the counts of all pages, then computes the metrics.
func SnippetMetrics(pages []Snippet) Metrics {
	var t Snippet
	for _, s := range pages {
		t.TP, t.FN, t.FP, t.TN = t.TP+s.TP, t.FN+s.FN, t.FP+s.FP, t.TN+s.TN
	}
	var m Metrics
	if t.TP+t.FP > 0 {
		m.Precision = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		m.Recall = float64(t.TP) / float64(t.TP+t.FN)
	}
	if n := t.TP + t.FN + t.FP + t.TN; n > 0 {
		m.Accuracy = float64(t.TP+t.TN) / float64(n)
	}
	m.F1 = f1(m.Precision, m.Recall)
	return m
}
