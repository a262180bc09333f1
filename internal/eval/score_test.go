package eval

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokens(t *testing.T) {
	assert.Equal(t, []string{"Don", "t", "stop_me", "über", "東京都", "42"}, tokens("Don't stop_me — über/東京都 42!"))
	assert.Empty(t, tokens(" … — "))
	// Marks are not \w in Python: a Devanagari vowel sign splits a token.
	assert.Equal(t, []string{"\u0915", "\u0930"}, tokens("\u0915\u093f\u0930"))
}

func TestShingles(t *testing.T) {
	assert.Equal(t, map[string]int{"a\x00b\x00c\x00d": 1, "b\x00c\x00d\x00e": 1}, shingles("a b c d e"))
	assert.Equal(t, map[string]int{"a\x00b": 1}, shingles("a b"), "short texts have one short shingle")
	assert.Empty(t, shingles("..."))
	assert.Equal(t, map[string]int{"a\x00a\x00a\x00a": 2}, shingles("a a a a a"), "a multiset")
}

func TestScoreShingles(t *testing.T) {
	// truth: a b c d e f -> abcd bcde cdef; pred: a b c d x -> abcd bcdx
	s := ScoreShingles("a b c d x", "a b c d e f")
	assert.InDelta(t, 1.0/4, s.TP, 1e-9)
	assert.InDelta(t, 1.0/4, s.FP, 1e-9)
	assert.InDelta(t, 2.0/4, s.FN, 1e-9)
	assert.Equal(t, Shingle{}, ScoreShingles("", ""))
	assert.Equal(t, Shingle{FN: 1}, ScoreShingles("", "a b c d"))
}

func TestShingleMetrics(t *testing.T) {
	pages := []Shingle{
		{TP: 0.5, FP: 0.25, FN: 0.25}, // P 2/3, R 2/3
		{FN: 1},                       // no prediction: recall 0, left out of precision
		{},                            // both empty: 1 and 1
	}
	m := ShingleMetrics(pages)
	assert.InDelta(t, (2.0/3+1)/2, m.Precision, 1e-9)
	assert.InDelta(t, (2.0/3+0+1)/3, m.Recall, 1e-9)
	assert.InDelta(t, 2*m.Precision*m.Recall/(m.Precision+m.Recall), m.F1, 1e-9)
}

func TestShingleF1(t *testing.T) {
	assert.InDelta(t, 2.0/3, Shingle{TP: 0.5, FP: 0.25, FN: 0.25}.F1(), 1e-9)
	assert.Equal(t, 1.0, Shingle{}.F1(), "both empty")
	assert.Equal(t, 0.0, Shingle{FN: 1}.F1(), "nothing extracted: 0, not NaN")
	assert.Equal(t, 0.0, Shingle{FP: 1}.F1(), "an empty truth: 0, not NaN")
}

func TestScoreSnippets(t *testing.T) {
	s := ScoreSnippets("The  quick\nbrown fox jumps.", []string{"quick brown", "lazy dog"}, []string{"fox  jumps", "Cookie"})
	assert.Equal(t, Snippet{TP: 1, FN: 1, FP: 1, TN: 1}, s)
	m := SnippetMetrics([]Snippet{s, {TP: 1, TN: 1}})
	assert.InDelta(t, 2.0/3, m.Precision, 1e-9)
	assert.InDelta(t, 2.0/3, m.Recall, 1e-9)
	assert.InDelta(t, 4.0/6, m.Accuracy, 1e-9)
}

func TestGroups(t *testing.T) {
	in := &Input{Set: "s", Name: "html", Method: ByShingles}
	rep := &Report{Input: in}
	for i, typ := range []string{"forum", "article", "forum", "", "article", "forum"} {
		f1 := Shingle{TP: 1}
		if typ == "forum" {
			f1 = Shingle{TP: 0.5, FP: 0.5}
		}
		rep.Pages = append(rep.Pages, PageResult{Page: &Page{ID: strconv.Itoa(i), Type: typ}, Shingle: f1})
	}
	g := rep.Groups(func(p *Page) string { return p.Type })
	require.Len(t, g, 2, "pages without a type are left out")
	assert.Equal(t, "forum", g[0].Key, "most pages first")
	assert.Len(t, g[0].Pages, 3)
	assert.InDelta(t, 0.5, g[0].Metrics.Precision, 1e-9)
	assert.Equal(t, "article", g[1].Key)
	assert.InDelta(t, 1.0, g[1].Metrics.F1, 1e-9)
	assert.Len(t, rep.WorstOf(g[0].Pages, 2), 2)
}

func TestTitleMatches(t *testing.T) {
	for _, c := range []struct {
		got, want string
		ok        bool
	}{
		{"Machine learning, explained", "Machine learning, explained", true},
		{"Recent Trends in Photography", "8 Recent Trends in Photography - Flatworld Solutions", true},           // the site's name and a number left out
		{"The Best Tax Prep Software of 2025 | NerdWallet Reviews", "The Best Tax Prep Software of 2025", false}, // a <title>, not the headline
		{"Sign in or join", "Machine Learning Engineer | Google Skills", false},
		{"Solutions", "8 Recent Trends in Photography - Flatworld Solutions", false}, // a word of it
		{"Recent Trends in Photography and Video Editing for Beginners", "Recent Trends in Photography", false},
		{"", "Machine learning, explained", false},
		{"Machine learning, explained", "", false},
	} {
		assert.Equal(t, c.ok, TitleMatches(c.got, c.want), "%q / %q", c.got, c.want)
	}
}
