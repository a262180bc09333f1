package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/stopwords"
)

// TestPhraseTables checks the phrase tables themselves: each is sorted,
// each entry names a language and reads as a key, and no key is claimed by
// two rules for the same kind of match.
func TestPhraseTables(t *testing.T) {
	owner := map[string]string{}
	for _, tab := range phraseTables {
		texts := make([]string, len(tab.table))
		for i, ph := range tab.table {
			texts[i] = ph.text
			assert.NotEmpty(t, ph.lang, "%s: %q has no language", tab.rule, ph.text)
			k, _ := keyOf(ph.text, nil)
			assert.NotEmpty(t, k, "%s: %q has no words", tab.rule, ph.text)
			assert.Equal(t, strings.ToLower(ph.text), ph.text, "%s: write %q in lower case", tab.rule, ph.text)
			id := string(rune('0'+ph.kind)) + k
			if prev, ok := owner[id]; ok && prev != tab.rule {
				t.Errorf("%q is in both %s and %s", ph.text, prev, tab.rule)
			}
			owner[id] = tab.rule
		}
		assert.True(t, slices.IsSorted(texts), "%s: table not sorted", tab.rule)
	}
}

func TestPhraseMatch(t *testing.T) {
	cases := []struct{ line, rule string }{
		{"Share this article", "share-bar"},
		{"SEE ALSO: U.S. vows to move more forces", "related-link"},
		{"Previous Article Trump’s legacy lives on", "prev-next"},
		{"Get breaking news alerts and special reports delivered to your inbox.", "newsletter"},
		{"More Great WIRED Stories", "related-block"},
		{"The minister said more on Tuesday.", ""},
		{"Share prices fell sharply on Monday.", ""},
	}
	for _, c := range cases {
		l := line{text: c.line}
		parseMarkup(&l, c.line)
		var s scratch
		var masks []stopwords.Set
		measure(&l, &s, &masks, 0)
		got, _ := phrases().match(&l)
		assert.Equal(t, c.rule, got, c.line)
	}
}
