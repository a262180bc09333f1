package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
