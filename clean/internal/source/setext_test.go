package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSetextHeadings(t *testing.T) {
	cases := []struct {
		name, text string
		heading    string // the heading's content; "" for none
		level      int
		lines      int // the heading block's lines
	}{
		{"underlined with =", "git-jump\n========\n\nGit-jump is a script.\n", "git-jump", 1, 2},
		{"underlined with -", "\nUsing git-jump\n--------------\n\nTo use it, drop it in your PATH.\n", "Using git-jump", 2, 2},
		{"over- and underlined", "=========\n TRIGGERS\n=========\n\nA trigger is a facility.\n", "TRIGGERS", 1, 3},
		{"text right under a rule of its length", "Command-line Flags\n------------------\nChromium has flags.\n", "Command-line Flags", 2, 2},
		{"a short rule over a blank line", "Introduction\n===\n\nD-Bus is a bus.\n", "Introduction", 1, 2},
		{"a short rule over text", "Introduction\n===\nD-Bus is a bus.\n", "", 0, 0},
		{"a psql result", "SELECT 2+5;\n\n ?column?\n----------\n        7\n(1 row)\n", "", 0, 0},
		{"a list item over a rule", "- the first item\n----------------\n\n", "", 0, 0},
		{"a rule of two signs", "Notes\n--\n\n", "", 0, 0},
		{"an indented block", "    Usage\n    -----\n\n", "", 0, 0},
		{"a sentence over a rule", "This is a long sentence of far more than twelve words that a rule of dashes follows.\n---\n\n", "", 0, 0},
		{"mixed signs", "Notes\n-=-=-\n\n", "", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var d Doc
			require.NoError(t, Text(&d, c.text, false, Limits{MaxLines: 100}))
			found := -1
			for i, b := range d.Blocks {
				if b.Markup.Heading > 0 {
					found = i
				}
			}
			if c.heading == "" {
				assert.Equal(t, -1, found, "no heading")
				return
			}
			require.GreaterOrEqual(t, found, 0, "a heading")
			b := d.Blocks[found]
			assert.Equal(t, c.heading, b.Markup.Content)
			assert.Equal(t, c.level, b.Markup.Heading)
			assert.Equal(t, c.lines, b.Lines)
			assert.Equal(t, c.lines, strings.Count(b.Text, "\n")+1, "printed as it was, rules and all")

			// A reading of the block as printed gives the same markup.
			m, blank := ParseMarkup(b.Text)
			assert.False(t, blank)
			assert.Equal(t, b.Markup, m)
		})
	}
}
