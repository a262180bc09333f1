package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFrontMatterIsNoHeadline checks that no field of a Markdown
// document's front matter may be its headline: read as text, the block's
// closing fence underlined its last field as a setext heading, and npm's
// docs were titled "description: ...". The same lines under a line of
// text open no front matter, and their setext heading is what it was.
func TestFrontMatterIsNoHeadline(t *testing.T) {
	front := "---\ntitle: npm-outdated\nsection: 1\ndescription: Check for outdated packages\n---\n"
	rest := "\n### Synopsis\n\n```bash\nnpm outdated [<package-spec> ...]\n```\n\n### Description\n\n" +
		"This command will check the registry to see if any installed packages are currently outdated.\n"
	m, p := decideText(t, front+rest)
	assert.Equal(t, 5, m.FrontMatter)
	for i := range m.FrontMatter {
		_, ok := titleScore(p, i)
		assert.False(t, ok, "line %d", i)
	}

	m, p = decideText(t, "Check the packages.\n"+front+rest)
	assert.Zero(t, m.FrontMatter)
	i := 4 // "description: ..." over its fence, one line
	assert.Equal(t, 2, m.Lines[i].Heading)
	_, ok := titleScore(p, i)
	assert.True(t, ok, m.Lines[i].Content)
}

// TestFrontMatterIsNoFirstLine checks that the line under a document's
// front matter is its first, as a renderer shows it: a title over a blank
// line there is the headline, as it is at the top of a text.
func TestFrontMatterIsNoFirstLine(t *testing.T) {
	page := "---\ntitle: guides\n---\n\nThe guides of the project\n\n" +
		"Each guide of this project is a file of its own, and the list below gives them all, one a line.\n\n" +
		"Read the first guide before the others: it says how the project is run, and who decides what.\n"
	m, p := decideText(t, page)
	require.Equal(t, 3, m.FrontMatter)
	require.GreaterOrEqual(t, p.Title, 0, "a headline")
	assert.Equal(t, "The guides of the project", m.Lines[p.Title].Content)
}
