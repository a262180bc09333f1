package decide

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// TestFooterStart checks where a page's footer starts: at a copyright
// notice in the last fifth of its lines, not at a picture's credit there,
// nor at a notice higher up; at its footer's label in the last half, not
// at a line that speaks of footers, nor at a label in the first half (a
// footer's column of links, "Quick Links", is such a label; a box of them
// at the top is none); and
// that the legal paragraphs under the footer's start make no article run,
// where under the other lines they do. The list of link addresses that
// lynx prints after a page is no part of the page's length.
func TestFooterStart(t *testing.T) {
	d := New(Config{})
	legal := strings.Repeat("All mortgage lending products and information are provided by our lending partner, licensed in all fifty states; this site is not authorised to make loans.\n\n", 3)
	menu := strings.Repeat("  • Buy\n  • Rent\n  • Sell\n", 12)
	var refs strings.Builder
	refs.WriteString("References\n\n   Visible links:\n")
	for i := 1; i <= 80; i++ {
		fmt.Fprintf(&refs, "  %2d. https://example.org/homes/%d\n", i, i)
	}
	links := refs.String()
	line := func(p *Page, prefix string) int {
		for i := range p.m.Lines {
			if strings.HasPrefix(p.m.Lines[i].Content, prefix) {
				return i
			}
		}
		return -1
	}
	for _, c := range []struct {
		name, text, footer string
		run                bool
	}{
		{"a notice at the foot", menu + "© 2025 Acme Homes. All rights reserved.\n\n" + legal, "©", false},
		{"a notice without a year", menu + "Copyright Acme Homes. All rights reserved.\n\n" + legal, "Copyright", false},
		{"a picture's credit", menu + "Photo © Jane Doe\n\n" + legal, "", true},
		{"a caption's credit with a number", menu + "The minister opens the 15th forum. © Acme / Photo Agency\n\n" + legal, "", true},
		{"a footer's label", menu + "Site Footer\n\n" + legal, "Site Footer", false},
		{"a footer's label at the top", "Footer\n\n" + menu + legal, "", true},
		{"a footer's column of links", menu + "## Quick Links\n\n" + legal, "Quick Links", false},
		{"a box of links at the top", "Quick links\n\n" + menu + legal, "", true},
		{"a line on footers", menu + "An example of a footer design\n\n" + legal, "", true},
		{"a notice at the top", "© 2025 Acme Homes\n\n" + menu + menu + legal, "", true},
		{"a notice at the foot, over lynx's list of link addresses", menu + "© 2025 Acme Homes. All rights reserved.\n\n" + legal + links, "©", false},
	} {
		_, p := decideText(t, c.text)
		want := len(p.Lines)
		if c.footer != "" {
			want = line(p, c.footer)
			require.GreaterOrEqual(t, want, 0, c.name)
		}
		assert.Equal(t, want, footerStart(p), c.name)
		assert.Equal(t, c.run, hasArticleRun(p, d.prm.reopenRun, footerStart(p)), c.name)
	}
}

// A page's fine print is one to four paragraphs right above its footer's
// start with chrome above them; a list item or a fifth paragraph among
// them, or no footer, and there is none.
func TestFinePrint(t *testing.T) {
	menu := strings.Repeat("  • Buy\n  • Rent\n  • Sell\n", 12)
	legal := "All mortgage lending products and information are provided by our lending partner, licensed in all fifty states; this site is not authorised to make loans.\n\n"
	notice := "© 2025 Acme Homes. All rights reserved.\n"
	for _, c := range []struct {
		name, text string
		fine       bool
	}{
		{"two paragraphs under a menu", menu + legal + legal + notice, true},
		{"four paragraphs", menu + strings.Repeat(legal, 4) + notice, true},
		{"five paragraphs", menu + strings.Repeat(legal, 5) + notice, false},
		{"a list item among them", menu + legal + "  • Mortgages are provided by our lending partner in all fifty states and its territories.\n\n" + legal + notice, false},
		{"no notice", menu + legal + legal, false},
	} {
		_, p := decideText(t, c.text)
		footer := footerStart(p)
		first := finePrint(p, footer)
		if !c.fine {
			assert.Equal(t, footer, first, c.name)
			continue
		}
		want := -1
		for i := range p.m.Lines {
			if strings.HasPrefix(p.m.Lines[i].Content, "All mortgage") {
				want = i
				break
			}
		}
		require.Less(t, first, footer, c.name)
		assert.Equal(t, want, first, c.name)
		assert.Equal(t, chrome, p.Lines[p.nonBlank(first-1, -1)].class, c.name)
	}
}

// An article's run of paragraphs is three plain ones of 15 words or
// more, or two of 25; numbered paragraphs of 25 words count (a listicle,
// whose items are its paragraphs), and a paragraph that a renderer broke
// over lines counts once.
func TestHasArticleRun(t *testing.T) {
	type para struct {
		words   int
		marker  source.Marker
		gap     bool // a blank line above
		content string
		end     measure.Ending
	}
	plain := func(words int) para {
		return para{words, source.MarkNone, true, "Plain", measure.EndSentence}
	}
	numbered := func(words int) para {
		return para{words, source.MarkOrdered, true, "Numbered", measure.EndSentence}
	}
	broken := []para{
		{30, source.MarkNone, true, "The first piece", measure.EndNone},
		{30, source.MarkNone, false, "the rest of it", measure.EndSentence},
	}
	for _, c := range []struct {
		name  string
		paras []para
		want  bool
	}{
		{"three paragraphs", []para{plain(20), plain(20), plain(20)}, true},
		{"two long paragraphs", []para{plain(30), plain(30)}, true},
		{"two short paragraphs", []para{plain(20), plain(20)}, false},
		{"two long numbered paragraphs", []para{numbered(30), numbered(30)}, true},
		{"two short numbered paragraphs", []para{numbered(20), numbered(20)}, false},
		{"a long paragraph broken over two lines", broken, false},
		{"two long paragraphs with no blank line between", []para{broken[0], {30, source.MarkNone, false, "The next one", measure.EndSentence}}, true},
	} {
		m := &measure.Page{Lines: make([]measure.Line, len(c.paras))}
		p := &Page{m: m, Lines: make([]Line, len(c.paras))}
		for i, pa := range c.paras {
			m.Lines[i].Words, m.Lines[i].Marker, m.Lines[i].Gap = pa.words, pa.marker, pa.gap
			m.Lines[i].Content, m.Lines[i].End = pa.content, pa.end
			p.Lines[i].class, p.Lines[i].ruleClass = content, content
		}
		assert.Equal(t, c.want, hasArticleRun(p, 3, len(p.Lines)), c.name)
	}
}
