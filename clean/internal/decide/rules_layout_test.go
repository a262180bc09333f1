package decide

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// TestRepeatedLeavesLabels checks that a label repeated in each section of
// an article, ending with a colon, is not voted against as a menu entry
// rendered twice is.
func TestRepeatedLeavesLabels(t *testing.T) {
	entry := measure.Line{Counts: measure.Counts{Words: 1}, Repeats: 2}
	label := measure.Line{Counts: measure.Counts{Words: 3, End: measure.EndColon}, Repeats: 9}
	assert.Negative(t, repeated(&entry, nil))
	assert.Zero(t, repeated(&label, nil))
}

// TestRepeatedLeavesSentencesGivenTwice checks that a sentence of eight
// words or more that the page gives twice, apart, is not voted against (a
// product's description repeated in a tab), while one next to its copy (a
// picture's alt text over its caption), one given three times, and a
// headline given twice, which ends with a question mark, are.
func TestRepeatedLeavesSentencesGivenTwice(t *testing.T) {
	sentence := measure.Line{Content: "Three layers of flowy dress with a zip on the side.", Counts: measure.Counts{Words: 11, End: measure.EndSentence}, Repeats: 1}
	assert.Zero(t, repeated(&sentence, nil))
	caption := sentence
	caption.NextToCopy = true
	thrice := sentence
	thrice.Repeats = 2
	question := sentence
	question.Content = "Does the ambassador have a net worth of 17 million dollars?"
	for _, l := range []measure.Line{caption, thrice, question} {
		assert.Negative(t, repeated(&l, nil), l.Content)
	}
}

// TestShortLabelLeavesCode checks that a short title-case line is voted
// against as a label, but not when it is a line of a block of code, as a
// call or a setting in title case is.
func TestShortLabelLeavesCode(t *testing.T) {
	label := measure.Line{Content: "Privacy Policy", Counts: measure.Counts{Words: 2, Alpha: 2, Caps: 2}}
	call := measure.Line{Content: `builder.Services.AddHttpClient("MyApi")`, Counts: measure.Counts{Words: 4, Alpha: 4, Caps: 4}}
	assert.Negative(t, shortLabel(&label, nil))
	assert.Negative(t, shortLabel(&call, nil), "not marked as code, it reads as a label")
	call.Code = true
	assert.Zero(t, shortLabel(&call, nil))
}

// TestCardTitleLeavesNumberedHeadings checks that a heading in a bulleted
// list item is a teaser card's title, while a numbered heading ("1.
// Introduction", a section's number; a ranking's entry) is not voted
// against.
func TestCardTitleLeavesNumberedHeadings(t *testing.T) {
	card := measure.Line{Marker: source.MarkBullet, Heading: 5}
	numbered := measure.Line{Marker: source.MarkOrdered, Heading: 2}
	assert.Negative(t, cardTitle(&card, nil))
	assert.Zero(t, cardTitle(&numbered, nil))
}

// TestNavMenuLeavesFields checks that a list item that is a field of a
// specification ("Width: 30 1/8") is not voted against as a menu's
// entry, while a currency switcher's entry ("USD: $149.64") and a menu's
// entry are.
func TestNavMenuLeavesFields(t *testing.T) {
	field := measure.Line{Content: "Width: 30 1/8", Marker: source.MarkBullet, Counts: measure.Counts{Words: 4, Alpha: 1, Caps: 1, Digits: 4}}
	currency := measure.Line{Content: "USD: $149.64", Marker: source.MarkBullet, Counts: measure.Counts{Words: 2, Alpha: 1, Caps: 1, Digits: 5, Punct: measure.PunctMoney}}
	entry := measure.Line{Content: "Real Estate", Marker: source.MarkBullet, Counts: measure.Counts{Words: 2, Alpha: 2, Caps: 2}}
	assert.Zero(t, navMenu(&field, nil))
	assert.Negative(t, navMenu(&currency, nil))
	assert.Negative(t, navMenu(&entry, nil))
}

// TestTeaserInMainContainer checks that a paragraph cut in a word is a
// teaser that outvotes prose, but in the page's main container (HTML) only
// uncertain: a paywall cuts an article's last paragraph so. So it is as a
// plain paragraph, no list item and no link, inside an element whose class
// names the content ("entry-content"): a writer trails off so ("Die Stadt
// steht schwarz und schweiget…"). A list item there, a teaser's card
// classed "post", outvotes prose still.
func TestTeaserInMainContainer(t *testing.T) {
	cut := measure.Line{Content: "Still, Mr. Garrett, who was the first pick of the draft, has bee…", Counts: measure.Counts{Words: 12, End: measure.EndEllipsis}}
	inMain := cut
	inMain.DOM.Main = true
	inContent := cut
	inContent.DOM.Content = true
	card := inContent
	card.Marker = source.MarkBullet
	const paragraph = 1.5 // prose's vote for a paragraph
	assert.Less(t, teaser(&cut, nil), -paragraph)
	assert.Greater(t, teaser(&inMain, nil), -paragraph)
	assert.Negative(t, teaser(&inMain, nil))
	assert.Greater(t, teaser(&inContent, nil), -paragraph)
	assert.Less(t, teaser(&card, nil), -paragraph)
}

// TestOptionIsNoTeaser checks that one token cut with an ellipsis, a
// program's option ("--trace-children-skip=patt1,patt2,..."), is no
// teaser, nor a comment in a block of code, while a link's words that
// html2text joins with underscores are.
func TestOptionIsNoTeaser(t *testing.T) {
	option := measure.Line{Content: "--trace-children-skip=patt1,patt2,...", Counts: measure.Counts{Words: 5, End: measure.EndEllipsis}}
	assert.Zero(t, teaser(&option, nil))
	joined := measure.Line{Content: "Major_health_warning_issued_after_DEADLY_PLAGUE_confirmed_in_wild_a...", Counts: measure.Counts{Words: 10, End: measure.EndEllipsis}}
	assert.Negative(t, teaser(&joined, nil))
	// Nor is a comment in a block of code: "// Generate Alice's keys...".
	m, _ := decideText(t, "const { createECDH } = require('node:crypto');\n// Generate Alice's keys...\nconst alice = createECDH('secp521r1');\n")
	require.True(t, m.Lines[1].Code)
	assert.Zero(t, teaser(&m.Lines[1], nil))
}

// TestCodeInPreIsContent checks that in HTML the lines of a <pre> are
// content where a rule reads them as chrome: an interpreter's output
// that the page repeats ("True"), markup the block quotes ("</div>").
// The same words outside the <pre>, in a list of links, are not.
func TestCodeInPreIsContent(t *testing.T) {
	page := `<html><body><ul><li><a href="/">Home</a></li><li><a href="/a">True</a></li></ul>` +
		`<p>The function returns a value that tells whether the path exists, and the shell prints it after the call.</p>` +
		"<pre>&gt;&gt;&gt; p.exists()\nTrue\n&gt;&gt;&gt; p.is_dir()\nTrue\n&lt;/div&gt;</pre></body></html>"
	m, p := decideHTML(t, page)
	inPre := 0
	for i := range m.Lines {
		l := &m.Lines[i]
		if l.Blank {
			continue
		}
		if l.Code {
			inPre++
			assert.Equal(t, content, p.Lines[i].ruleClass, l.Content)
		} else if l.Words == 1 {
			assert.NotEqual(t, content, p.Lines[i].ruleClass, l.Content)
		}
	}
	assert.Equal(t, 5, inPre)
}

// TestCodeRepeatedInPre checks that lines of code stay however often the
// page's blocks give them: a tutorial writes a comprehension right, then
// wrong, and the interpreter echoes the wrong line in its error
// ("[x, x**2 for x in range(6)]" three times, as its words go). The page
// prints its blocks verbatim; outside them, a line given three times
// keeps its first copy only (see maxArticleCopies).
func TestCodeRepeatedInPre(t *testing.T) {
	right, wrong := "[(x, x**2) for x in range(6)]", "[x, x**2 for x in range(6)]"
	var b strings.Builder
	b.WriteString("<html><body><div>")
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Part %d of the tutorial shows how a list comprehension builds a list from another one, and what the interpreter says when it is written wrong.</p>", i+1)
	}
	b.WriteString("</div><div><pre>&gt;&gt;&gt; " + html.EscapeString(right) + "\n[(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25)]</pre>")
	b.WriteString("<p>Without the parentheses around the tuple, the interpreter stops at the comma and says so.</p>")
	b.WriteString("<pre>&gt;&gt;&gt; " + html.EscapeString(wrong) + "\n  File \"&lt;stdin&gt;\", line 1\n    " + html.EscapeString(wrong) + "\n       ^^^^^^^\nSyntaxError: did you forget parentheses around the comprehension target?</pre></div>")
	b.WriteString("<p>© 2025 The Tutorial Foundation. All rights reserved.</p></body></html>")
	m, p := decideHTML(t, b.String())
	copies := 0
	for i := range m.Lines {
		if strings.HasSuffix(m.Lines[i].Content, wrong) {
			copies++
			assert.Equal(t, Keep, p.Lines[i].Verdict, "%q: %s", m.Lines[i].Content, rules[p.Lines[i].Reason].name)
		}
	}
	assert.Equal(t, 2, copies)
}

// decideText reads, measures and decides a text page.
func decideText(t *testing.T, page string) (*measure.Page, *Page) {
	t.Helper()
	return decideDoc(t, func(doc *source.Doc) error {
		return source.Text(doc, page, false, source.Limits{MaxLines: 1 << 20})
	})
}

// decideHTML reads, measures and decides an HTML page.
func decideHTML(t *testing.T, page string) (*measure.Page, *Page) {
	t.Helper()
	return decideDoc(t, func(doc *source.Doc) error {
		return source.HTML(doc, []byte(page), "", source.Limits{MaxLines: 1 << 20, MaxDepth: 512, MaxNodes: 1 << 20})
	})
}

// decideDoc measures and decides the page that read gives.
func decideDoc(t *testing.T, read func(*source.Doc) error) (*measure.Page, *Page) {
	t.Helper()
	x, err := lang.Load()
	require.NoError(t, err)
	var doc source.Doc
	require.NoError(t, read(&doc))
	m := &measure.Page{}
	measure.Measure(m, &doc, x, measure.Options{})
	p := &Page{}
	New(Config{}).Decide(p, m, nil)
	return m, p
}

// TestNameListLeavesNumberedHeadings checks that a document's numbered
// heading with a slash in it ("3.1. Raw Request/Response Capture") is no
// list of names, while a photo's credit and a date over a site's name
// ("24. März 2004, 19:49 | Genesis": one level, a day) still are.
func TestNameListLeavesNumberedHeadings(t *testing.T) {
	line := func(s string) *measure.Line {
		m, _ := decideText(t, s+"\n")
		return &m.Lines[0]
	}
	assert.Zero(t, nameList(line("3.1. Raw Request/Response Capture"), nil))
	assert.Zero(t, nameList(line("2.4.1 Reading Input/Output Streams"), nil))
	assert.Negative(t, nameList(line("Sanjeev Verma/Hindustan Times/Getty Images"), nil))
	assert.Negative(t, nameList(line("24. März 2004, 19:49 | Genesis"), nil))

	for s, want := range map[string]int{"3.1. Raw": 2, "3.1 Raw": 2, "2.4.1. Setup": 3, "3. Raw": 0, "24. März": 0, "3.1.Raw": 0, "2024": 0, "v3.1 Raw": 0} {
		assert.Equal(t, want, sectionNumber(s), s)
	}
}
