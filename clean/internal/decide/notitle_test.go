package decide

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestContentsEntry: the entries of a contents list printed without
// markers, each given again below as a section's heading over its text,
// are no headline, and the last section keeps its heading in the body; a
// breadcrumb's steps given again as a run at the foot, and a picture's
// name under each of its pictures, are no such list.
func TestContentsEntry(t *testing.T) {
	sections := []string{"4.1. Overview", "4.2. Building the Bridge", "4.3. Testing the Load", "4.4. Opening the Bridge to Traffic"}
	m, p := decideText(t, manualChapter("Previous   Up   Home   Next", "4. Bridges over Rivers", sections))
	lastHeading := -1
	for i := range m.Lines {
		c := m.Lines[i].Content
		for n, s := range sections {
			if c != s {
				continue
			}
			top := i < 10 // the list, lines 6 to 9
			assert.Equal(t, top, contentsEntry(p, i), "%q at line %d", c, i)
			if top {
				assert.NotEqual(t, Headline, p.Lines[i].Verdict, "%q at line %d", c, i)
			} else if n == len(sections)-1 {
				lastHeading = i
			}
		}
	}
	require.GreaterOrEqual(t, lastHeading, 0)
	assert.Equal(t, Keep, p.Lines[lastHeading].Verdict, "the last section's heading")

	para := "The council said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city."
	trail := "Home\nGuides\nBridges over Rivers\n\n"
	m, p = decideText(t, trail+para+"\n\n"+para+"\n\n"+trail)
	for i := range m.Lines {
		if !m.Lines[i].Blank {
			assert.False(t, contentsEntry(p, i), "%q at line %d: a trail given again", m.Lines[i].Content, i)
		}
	}

	// lynx parts a contents list's groups with blank lines; its entries
	// are still a list's, the last one no headline.
	grouped := strings.Replace(manualChapter("Prev   Up   Home   Next", "4. Bridges over Rivers", sections), "4.2. Building the Bridge\n", "4.2. Building the Bridge\n\n", 1)
	m, p = decideText(t, grouped)
	for i := range m.Lines {
		if m.Lines[i].Content == sections[len(sections)-1] {
			assert.True(t, contentsEntry(p, i), "the grouped list's last entry")
			break
		}
	}

	name := strings.Repeat("Essential Toolkit\n", 4)
	m, p = decideText(t, name+"\n"+para+"\n\n"+name)
	for i := range m.Lines {
		if !m.Lines[i].Blank {
			assert.False(t, contentsEntry(p, i), "%q at line %d: a picture's name", m.Lines[i].Content, i)
		}
	}
}

// manualChapter returns a manual's chapter as a text renderer prints it:
// its pager, its heading, its contents list, and each section's heading
// over a paragraph of its own.
func manualChapter(pager, chapter string, sections []string) string {
	para := "The council said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city."
	var b strings.Builder
	b.WriteString(pager + "\n\n" + chapter + "\n\nTable of Contents\n\n" + strings.Join(sections, "\n") + "\n\n")
	for n, s := range sections {
		fmt.Fprintf(&b, "%s\n\nIn its %d stage, %s\n\n", s, n+1, para)
	}
	return b.String()
}

// TestUsageIsNoHeadline: a command's synopsis of one line, which no block
// of code around it marks as code, is no headline; its summary above is.
func TestUsageIsNoHeadline(t *testing.T) {
	doc := "npm-help @11.19.1\n\nGet help on npm\n\nSynopsis\n\nnpm help <term> [<terms..>]\n\n" +
		"If supplied a topic, then show the appropriate documentation page. If the topic does not exist, or if multiple terms are provided, then npm will run the help-search command to find a match.\n"
	m, p := decideText(t, doc)
	for i := range m.Lines {
		switch m.Lines[i].Content {
		case "npm help <term> [<terms..>]":
			_, ok := titleScore(p, i)
			assert.False(t, ok, "the synopsis")
		case "Get help on npm":
			_, ok := titleScore(p, i)
			assert.True(t, ok, "the summary")
		}
	}
}

// TestListRootIsNoListedSection: a reference's contents list gives the
// page's title first, its sections nested under it; that title, right over
// the article, may be its headline, where a list of sibling sections names
// none (see TestListedSection).
func TestListRootIsNoListedSection(t *testing.T) {
	para := "The module provides utilities for parsing and formatting URL query strings, and it can be accessed by any script that requires it by name."
	doc := "Table of contents\n\n  • Query string\n      □ querystring.decode()\n      □ querystring.encode()\n      □ querystring.escape(str)\n\n" +
		"Query string\n\nStability: 2 - Stable\n\n" + para + "\n\nquerystring.decode()\n\nThe decode function is an alias of the parse function, kept for the scripts that still call it by that name.\n\n" +
		"querystring.encode()\n\nThe encode function is an alias of the stringify function, kept for the scripts that still call it by that name.\n\n" +
		"querystring.escape(str)\n\nThe escape method performs URL percent-encoding on the given string in a manner that is optimized for URL query strings.\n"
	m, p := decideText(t, doc)
	for i := range m.Lines {
		if m.Lines[i].Content == "Query string" && m.Lines[i].Marker == source.MarkNone {
			assert.False(t, listedSection(p, i), "the list's root")
			_, ok := titleScore(p, i)
			assert.True(t, ok, "the headline")
		}
	}
}
