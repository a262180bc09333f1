package decide

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// TestRuleTable checks the rule table itself: every identity has a row
// with a well-formed name and a doc, names are unique, line rules vote
// (by a function or a phrase), passes and reasons do not, and every
// chrome phrase table is read by exactly one rule.
func TestRuleTable(t *testing.T) {
	name := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]Rule{}
	readers := map[lang.Table][]Rule{}
	for r := Rule(1); r < NumRules; r++ {
		row := &rules[r]
		require.Regexp(t, name, row.name, "rule %d has no name, or a bad one", int(r))
		assert.NotEmpty(t, row.doc, "%s has no doc", r)
		if prev, ok := seen[row.name]; ok {
			t.Errorf("%s and %d share the name %q", prev, int(r), row.name)
		}
		seen[row.name] = r
		switch row.kind {
		case LineRule:
			assert.True(t, row.vote != nil || row.phrase != 0, "line rule %s has no vote", r)
			assert.False(t, row.vote != nil && row.phrase != 0, "line rule %s votes twice", r)
			assert.True(t, row.phrase == 0 || row.table != lang.NoTable, "%s votes on a phrase of no table", r)
		default:
			assert.Nil(t, row.vote, "%s is not a line rule but votes", r)
			assert.Zero(t, row.phrase, "%s is not a line rule but votes", r)
		}
		if row.table != lang.NoTable {
			readers[row.table] = append(readers[row.table], r)
		}
	}
	for tb := lang.Table(1); tb < lang.NumTables; tb++ {
		assert.Len(t, readers[tb], 1, "phrase table %s must be read by one rule", tb)
	}
	d := New(Config{})
	assert.LessOrEqual(t, len(d.html.list), 64, "the vote loop holds line rules in a 64-bit set")
	r, ok := ByName("share-bar")
	assert.True(t, ok)
	assert.Equal(t, ShareBar, r)
	_, ok = ByName("no-such-rule")
	assert.False(t, ok)
}

// fixturePages measures the text fixtures of the clean package.
func fixturePages(t *testing.T) []*measure.Page {
	t.Helper()
	x, err := lang.Load()
	require.NoError(t, err)
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	require.NotEmpty(t, files)
	var pages []*measure.Page
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var d source.Doc
		require.NoError(t, source.Text(&d, string(b), true, source.Limits{MaxLines: 1 << 20}))
		m := &measure.Page{}
		measure.Measure(m, &d, x, measure.Options{})
		pages = append(pages, m)
	}
	return pages
}

// TestNeeds checks that a rule that names the facts it needs (see
// row.needs) has no opinion on a line without any of them: otherwise the
// vote loop, which does not ask it about such lines, would miss a vote.
func TestNeeds(t *testing.T) {
	extra := []string{"By Jane Doe", "Tags: a, b", "12 Comments", "[Go]", "**Title** _summary_", "4 min read", "x & y <span>", "a@b.org", "...", "Home > News > World"}
	pages := fixturePages(t)
	x, _ := lang.Load()
	var d source.Doc
	require.NoError(t, source.Text(&d, strings.Join(extra, "\n"), false, source.Limits{MaxLines: 100}))
	m := &measure.Page{}
	measure.Measure(m, &d, x, measure.Options{})
	pages = append(pages, m)
	asked := 0
	for _, m := range pages {
		p := &Page{m: m, Lines: make([]Line, len(m.Lines))}
		for i := range m.Lines {
			f := &m.Lines[i]
			if f.Blank {
				continue
			}
			has := facts(f)
			for r := Rule(1); r < NumRules; r++ {
				row := &rules[r]
				if row.vote == nil || row.needs == 0 || has&row.needs != 0 {
					continue
				}
				asked++
				assert.Zero(t, row.vote(f, p), "%s votes on %q without the facts it needs", r, f.Content)
			}
		}
	}
	assert.Greater(t, asked, 1000)
}

// refWireDateline is the regular expression wireDateline reads by hand.
var refWireDateline = regexp.MustCompile(`^[A-Z][A-Z .,'-]{2,} - [A-Z]{3,} \d{1,2}: `)

func FuzzWireDateline(f *testing.F) {
	for _, s := range []string{"WASHINGTON, DC - NOVEMBER 19: Jennifer Williams", "NEW YORK - DEC 3: x", "A - B - JAN 1: y", "AB - JAN 12: z", "PARIS - MAY 123: no"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wireDateline(s), refWireDateline.MatchString(s); got != want {
			t.Fatalf("wireDateline(%q) = %v, the expression says %v", s, got, want)
		}
	})
}
