package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFrontMatter(t *testing.T) {
	for text, want := range map[string]int{
		"---\ntitle: npm-install\nsection: 1\ndescription: Install a package\n---\n\n### Synopsis\n": 5,
		"---\ntitle: \"Go, Backwards Compatibility\"\nlayout: article\n...\nText.\n":                 4,
		"---\ntags:\n  - go\n- docs\n# a comment\n\nauthor: Jane\n---\n":                             8,
		"---\ntitle: npm-install\n": 0, // not closed
		"---\n---\n":                0, // nothing between
		"---\nThe council approved the bridge.\n---\n":                         0, // a paragraph between rules
		"---\nNote:the bridge\n---\n":                                          0, // no space after the colon
		"---\nRead this first: the bridge is closed.\n---\n":                   0, // a key of several words
		"Intro\n---\ntitle: npm-install\n---\n":                                0, // not at the top
		"---\ntitle: a\n" + strings.Repeat("x: 1\n", maxFrontMatter) + "---\n": 0, // too long
	} {
		var d Doc
		require.NoError(t, Text(&d, text, false, testLimits))
		assert.Equal(t, want, d.Meta.FrontMatter, "%q", text)
		if want > 0 {
			for i := range want {
				assert.Equal(t, 1, max(1, d.Blocks[i].Lines), "line %d of %q is a block of its own", i, text)
				assert.Zero(t, d.Blocks[i].Markup.Heading, "line %d of %q", i, text)
			}
		}
	}
}
