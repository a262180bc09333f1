package decide

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// TestListedSection: a section's heading that a contents list above it
// names, with two sections or more after it, is no headline; the page's
// headline above the list is, and so is a section's heading where no list
// names the sections.
func TestListedSection(t *testing.T) {
	sections := []string{"Introduction to Bridge Design", "Bridge Design Principles", "How to Design a Bridge", "Useful Takeaways for Designers"}
	para := "The council said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city."
	body := func(toc bool) string {
		var b strings.Builder
		b.WriteString("How to Design a Bridge: a Complete Guide\n\nBy Jane Doe\n\n")
		if toc {
			for _, s := range sections {
				b.WriteString("  * " + s + "\n")
			}
			b.WriteString("\n")
		}
		for _, s := range sections {
			b.WriteString(s + "\n\n" + para + "\n\n")
		}
		return b.String()
	}
	for _, toc := range []bool{true, false} {
		m, p := decideText(t, body(toc))
		for i := range m.Lines {
			switch c := m.Lines[i].Content; {
			case (c == sections[0] || c == sections[1]) && m.Lines[i].Marker == source.MarkNone:
				assert.Equal(t, toc, listedSection(p, i), "%q, contents list %v", c, toc)
			case c == sections[len(sections)-1] && m.Lines[i].Marker == source.MarkNone:
				assert.False(t, listedSection(p, i), "%q: no section follows it", c)
			case strings.HasPrefix(c, "How to Design a Bridge:"):
				assert.False(t, listedSection(p, i), "%q", c)
			}
		}
	}
}
