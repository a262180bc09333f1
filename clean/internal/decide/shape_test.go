package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEndsWithPeriod: a sentence that ends with a full stop, of any
// script, before closing quotes; not one that asks or exclaims.
func TestEndsWithPeriod(t *testing.T) {
	for s, want := range map[string]bool{
		"The pier will be repaired.":        true,
		"He said it would be “repaired.”":   true,
		"市议会决定修复旧石码头。":                      true,
		"नगर परिषद ने फैसला किया।":          true,
		"Քաղաքային խորհուրդը որոշեց։":       true,
		"ក្រុមប្រឹក្សាក្រុងបានសម្រេចចិត្ត។": true,
		"Will the pier be repaired?":        false,
		"Repair the pier!":                  false,
		"“Repair it,” he said":              false,
	} {
		assert.Equal(t, want, endsWithPeriod(s), s)
	}
}

// TestChapterHeading: a numbered chapter's heading over its contents, with
// its sections numbered under its number below, is the page's headline in
// text; a numbered list's items, and a chapter's entry in a contents list
// with its sections' entries right under it, are no chapter's heading.
func TestChapterHeading(t *testing.T) {
	sections := []string{"13.1. Overview", "13.2. Building the Bridge", "13.3. Testing the Load"}
	m, p := decideText(t, manualChapter("Prev   Up   Home   Next", "13. Bridges: how a city crosses its river", sections))
	title := -1
	for i := range m.Lines {
		if p.Lines[i].Verdict == Headline {
			title = i
		}
	}
	require.GreaterOrEqual(t, title, 0, "no title")
	assert.Equal(t, "Bridges: how a city crosses its river", m.Lines[title].Content)
	assert.True(t, chapterHeading(p, title))

	para := "The council said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city."
	list := "1. Use a strong password\n\n" + para + "\n\n2. Update your apps\n\nIn short, " + para + "\n"
	toc := "Contents\n\n1. Background\n1.1. How do you say its name?\n2. Building it\n2.1. Why does make fail?\n\n" + para + "\n"
	for _, doc := range []string{list, toc} {
		m, p := decideText(t, doc)
		for i := range m.Lines {
			assert.False(t, chapterHeading(p, i), "%q at line %d", m.Lines[i].Text, i)
		}
	}
}

// TestSectionNumberShape: a section's number over words is no row of
// numbers: a manual's node's heading has a headline's shape; a rating and
// a version over one word still have none.
func TestSectionNumberShape(t *testing.T) {
	for s, want := range map[string]bool{
		"2.4 Multiple ABIs":      true,
		"10.2.1. Running DHAT":   true,
		"5.0 out of 5 stars":     false,
		"1.0.0 · Source":         false,
		"2.4 3.5 7.1 Multiple 9": false,
	} {
		m, _ := decideText(t, s+"\n")
		assert.Equal(t, want, headlineShape(&m.Lines[0]), s)
	}
}

// TestPictureCounter: a gallery's count of its pictures opens its row of
// controls ("1/32 Alle foto's Plattegrond Video"), which is no headline;
// a date, a fraction of a headline's and a line without a count are not.
func TestPictureCounter(t *testing.T) {
	for _, s := range []string{"1/32 Alle foto's Plattegrond Video", "1 / 12 Fotos", "1/8"} {
		assert.True(t, pictureCounter(s), s)
	}
	for _, s := range []string{"12/03 Kickoff in Berlin", "1/32nd scale model trains", "Lindenlaan 14", "24/7 support for every customer", "1 of 32"} {
		assert.False(t, pictureCounter(s), s)
	}
}
