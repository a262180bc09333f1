package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestCutShort(t *testing.T) {
	full := "Our certificate courses give you job-role training and workplace skills. In three hours you can complete any course."
	cases := []struct {
		name, short string
		want        bool
	}{
		{"cut in a word", "Our certificate courses give you job-role training and workplace skills. In three hours you can com...", true},
		{"cut after a word, with its control", "Our certificate courses give you job-role training and workplace skills … Read more", true},
		{"in other case and spacing", "OUR CERTIFICATE COURSES  give you job-role training and workplace...", true},
		{"too few words", "Our certificate courses give you...", false},
		{"no ellipsis", "Our certificate courses give you job-role training and workplace skills. In three hours", false},
		{"other words", "Our diploma courses give you job-role training and workplace skills. In three hours you can com...", false},
		{"the whole text: full, read in its place, loses nothing", full + "..", true},
		{"words full does not have", full + " And more words ...", false},
		{"a word that full only begins", "Our certificate courses give you job-role training and workplace skill…", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, cutShort(c.short, full))
		})
	}
}

// textUpTo reads a subtree's text as textOf does, up to a bound: the
// readers of labels and of texts cut short read no more than they need,
// however deep the boxes around the text.
func TestTextUpTo(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div><p>alpha <b>beta</b></p><script>skip</script><p>gamma</p></div>`))
	require.NoError(t, err)
	div := doc.FirstChild.LastChild.FirstChild // html > body > div
	whole := textOf(div)
	got, ok := textUpTo(div, len(whole))
	assert.True(t, ok)
	assert.Equal(t, whole, got)
	got, ok = textUpTo(div, 8)
	assert.False(t, ok)
	assert.Equal(t, whole[:8], got)
	assert.NotContains(t, whole, "skip")
	got, ok = textUpTo(div, 0)
	assert.False(t, ok)
	assert.Empty(t, got)
}
