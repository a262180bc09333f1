package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReferenceLinks checks that a line that is one markdown link by
// reference alone is a link, its text the line's content, when the
// document defines its label, in any case and spacing; and that w3m's
// pictures side by side, which no line defines, stay pictures, as a line
// does whose label the document does not define.
func TestReferenceLinks(t *testing.T) {
	text := "## Contributing\n\n" +
		"* [Working Groups][]\n" +
		"* [the project's guide][Contributing]\n" +
		"* [Strategic initiatives][]\n" +
		"[logo][banner]\n" +
		"[Undefined][]\n" +
		"\n" +
		"[working  groups]: https://example.org/wg\n" +
		"[contributing]: CONTRIBUTING.md\n" +
		"[Strategic initiatives]:\n"
	var d Doc
	require.NoError(t, Text(&d, text, false, testLimits))
	got := map[string]Markup{}
	for _, b := range d.Blocks {
		got[b.Text] = b.Markup
	}
	for _, line := range []string{"* [Working Groups][]", "* [the project's guide][Contributing]"} {
		m := got[line]
		assert.False(t, m.Image || m.Widget, line)
		assert.True(t, m.Ref, line)
		assert.Equal(t, len(m.Content), m.Links, line)
	}
	for line, why := range map[string]string{
		"* [Strategic initiatives][]": "a definition without its target on its line",
		"[logo][banner]":              "pictures side by side",
		"[Undefined][]":               "a label the document does not define",
	} {
		m := got[line]
		assert.True(t, m.Image || m.Widget, why)
	}

	// Read again as lines that no longer define the labels (an output
	// without the definitions), the links are what their brackets show.
	links := d.Blocks[2].Markup
	require.True(t, links.Ref)
	d.ReadReferences([]string{"* [Working Groups][]", "* [the project's guide][Contributing]"})
	assert.False(t, d.Blocks[2].Markup.Ref)
	assert.True(t, d.Blocks[2].Markup.Image || d.Blocks[2].Markup.Widget)
	assert.Zero(t, d.Blocks[2].Markup.Links)
	d.ReadReferences(strings.Split(text, "\n"))
	assert.Equal(t, links, d.Blocks[2].Markup, "read again with the definitions")

	require.NoError(t, Text(&d, "[logo][banner]\n\n[the project's guide][Contributing]\n", false, testLimits))
	for _, b := range d.Blocks {
		assert.True(t, b.Blank || b.Markup.Image || b.Markup.Widget, "a document read after one that defined labels: %q", b.Text)
	}
}
