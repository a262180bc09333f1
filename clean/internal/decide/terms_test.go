package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// TestDefinedTerms checks that a definition list's terms stay over their
// definitions, where alone the rules took them for chrome: options the
// page lists twice, a specifier that reads as a share button ("X"). A
// term over a poster's card ("Posts: 214") or over a table of contents'
// links stays chrome, and a <dt> without a <dd> defines nothing.
func TestDefinedTerms(t *testing.T) {
	intro := `<p>The program measures the resources that another program uses, and prints them when that program exits, in a format that the user may set.</p>`
	page := `<html><body><main>` + intro +
		`<p>Options: -f format, -p, -v.</p>` +
		`<dl><dt>-f format</dt><dd>Use format as the format string.</dd>` +
		`<dt>-p</dt><dd><p>Use the portable format that the standard requires of every implementation of the program.</p></dd>` +
		`<dt>X</dt><dd>Average size of the process's shared text, in Kilobytes.</dd></dl>` +
		`<p>The options may be given in any order, and the last format given wins over the ones before it.</p>` +
		`<dl><dt>-f format</dt><dd>Use format as the format string.</dd><dt>-p</dt><dd>Use the portable format.</dd></dl>` +
		`<dl><dt><a href="/u/alice">alice</a></dt><dd>Posts: 214</dd></dl>` +
		`<dl><dt><a href="#s1">Background</a></dt><dd><a href="#s11">1.1. How do you pronounce the name of the program?</a></dd></dl>` +
		`<dl><dt>Downloads</dt></dl>` +
		`</main></body></html>`
	m, p := decideHTML(t, page)
	reasons := map[string][]Rule{}
	for i := range m.Lines {
		if !m.Lines[i].Blank {
			reasons[m.Lines[i].Content] = append(reasons[m.Lines[i].Content], p.Lines[i].Reason)
		}
	}
	for _, term := range []string{"-f format", "-p", "X"} {
		require.NotEmpty(t, reasons[term], term)
		assert.Equal(t, DefinedTerm, reasons[term][0], "%s: %v", term, reasons[term])
	}
	for _, line := range []string{"alice", "Background", "Downloads"} {
		require.NotEmpty(t, reasons[line], line)
		assert.NotEqual(t, DefinedTerm, reasons[line][0], line)
	}
	// Turned off, the pass leaves the rules' verdicts: "X" alone reads as
	// a share button, and goes.
	var off Config
	off.Disabled[DefinedTerm] = true
	q := &Page{}
	New(off).Decide(q, m, nil)
	i := lineOf(t, m, "X")
	assert.Equal(t, Keep, p.Lines[i].Verdict)
	assert.Equal(t, Drop, q.Lines[i].Verdict)
	assert.Equal(t, ShareBar, q.Lines[i].Reason)
}

// TestCardValueGoesWithItsLabel checks that the value under a label of a
// poster's card goes with the label: "Aug 24, 2006" under "Joined" is no
// date of the thread's, though alone it reads as one.
func TestCardValueGoesWithItsLabel(t *testing.T) {
	text := `<p>I have used the tablet for a month now, and the screen is the best I have seen on any device that I have owned so far.</p>` +
		`<p>The keyboard is expensive for what it is, and the battery lasts a day of work, but not much more than that on most days.</p>`
	page := `<html><body><main>` + text +
		`<div class="user"><a href="/u/alice">alice</a><dl><dt>Joined</dt><dd>Aug 24, 2006</dd></dl></div>` + text +
		`</main></body></html>`
	m, p := decideHTML(t, page)
	i := lineOf(t, m, "Aug 24, 2006")
	assert.Equal(t, Drop, p.Lines[i].Verdict)
	assert.Equal(t, PostMeta, p.Lines[i].Reason)
}

// lineOf returns the index of the line of m whose content is text; the
// test fails unless there is exactly one.
func lineOf(t *testing.T, m *measure.Page, text string) int {
	t.Helper()
	at := -1
	for i := range m.Lines {
		if m.Lines[i].Content == text {
			require.Equal(t, -1, at, "%q twice", text)
			at = i
		}
	}
	require.NotEqual(t, -1, at, "no line %q", text)
	return at
}
