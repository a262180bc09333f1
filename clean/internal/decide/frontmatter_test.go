package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
