package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseMarkupMarkers(t *testing.T) {
	cases := []struct {
		line    string
		marker  Marker
		content string
	}{
		{"1. Kyber (YC W23) Is Hiring", MarkOrdered, "Kyber (YC W23) Is Hiring"},
		{"  • Home", MarkBullet, "Home"},
		// A browser's innerText parts a table's cells with tabs: a rank,
		// an empty cell (the vote's arrow), then the item.
		{"1.\t\tSigNoz (YC W21) is hiring (signoz.io)", MarkOrdered, "SigNoz (YC W21) is hiring (signoz.io)"},
		// html2text prints a listing laid out as a table: a cell that
		// numbers the item, empty cells, then the item.
		{"2.| | Multifactor (YC F25) Is Hiring an Engineering Lead (ycombinator.com)", MarkOrdered, "Multifactor (YC F25) Is Hiring an Engineering Lead (ycombinator.com)"},
		// A table of figures whose first cell is a rank keeps its cells.
		{"1.| Oklahoma City Thunder | 45 | 17", MarkNone, "1.| Oklahoma City Thunder | 45 | 17"},
		{"2.|", MarkNone, "2.|"},
		{"| 17 hours ago", MarkNone, "| 17 hours ago"},
		// lynx's bullets of a list's third and fourth levels, deep in
		// their indentation; "o" opening a sentence is no bullet.
		{"               o Oceania", MarkSub, "Oceania"},
		{"                    # PEO transition", MarkSub, "PEO transition"},
		{"   o governo anunciou ontem um novo plano", MarkNone, "o governo anunciou ontem um novo plano"},
	}
	for _, c := range cases {
		m, blank := ParseMarkup(c.line)
		assert.False(t, blank, c.line)
		assert.Equal(t, c.marker, m.Marker, c.line)
		assert.Equal(t, c.content, m.Content, c.line)
	}
}

// TestParseMarkupBrackets checks what a line that is one bracketed text
// reads as in w3m's rendering: a form field ("[    ]", "[Go]", a short
// name without a space), or a picture: its alt text, a long file name,
// its address's first word ("[https]", "[images]"), or nothing at all
// ("[]", a picture whose address ends without a file name, as a
// thumbnail's resized copy does). A markdown link is neither, nor a
// program's list of values, nor a manual's synopsis of options.
func TestParseMarkupBrackets(t *testing.T) {
	cases := []struct {
		line           string
		widget, images bool
	}{
		{"[                    ]", true, false},
		{"[Go]", true, false},
		{"[item_57]", true, false},
		{"[]", false, true},
		{"[A sunlit room with a bookcase]", false, true},
		{"[726b1931c58e411f6ca5b37be0afc015ba0a595c-1109x1109]", false, true},
		{"[https]", false, true},
		{"[images]", false, true},
		{"[Search]", true, false},
		{"[Home](https://example.org/)", false, false},
		{"[ 'a', 'b', 'c' ]", false, false},
		{"[1000, 960, 918.5, -874]", false, false},
		{"[A man, a dog and a cat]", false, true},
		{"[--filter=EXPRESSION]  [--limit=LIMIT]   [--page-size=PAGE_SIZE]", false, false},
		{"[-v]", false, false},
		{"[facebook-i]      [twitter-ic]", false, true},
		{"[-ctr2XC_i8]", true, false},
	}
	for _, c := range cases {
		m, _ := ParseMarkup(c.line)
		assert.Equal(t, c.widget, m.Widget, "%s: widget", c.line)
		assert.Equal(t, c.images, m.Image, "%s: picture", c.line)
	}
}

// TestParseMarkupPictures checks what html2text prints for an element with
// no text, and reads as a picture: emphasis around nothing, its icon, in a
// list item or a sublist's too, and a heading's signs with nothing after
// them. A thematic break, a list of stars, emphasis around words, a
// heading with words, a lone "#" and a run longer than a heading's do not.
func TestParseMarkupPictures(t *testing.T) {
	cases := []struct {
		line    string
		picture bool
	}{
		{"__", true},
		{"  * __", true},
		{"  *  __ __", true},
		{"*   * __", true},
		{"**", true},
		{"_****_", true},
		{"* * *", false},
		{"***", false},
		{"___", false},
		{"  * ___", false},
		{"_", false},
		{"**Sales:**", false},
		{"__init__", false},
		{"* __Share__", false},
		{"##", true},
		{"###", true},
		{"######", true},
		{"#", false},
		{"#######", false},
		{"## Title", false},
		{"#1", false},
	}
	for _, c := range cases {
		m, blank := ParseMarkup(c.line)
		assert.False(t, blank, c.line)
		assert.Equal(t, c.picture, m.Image, c.line)
	}
}

// TestParseMarkupLinks checks how markdown links read as python html2text
// prints them with its links kept: a line's content is their text, and
// Links counts it. A link may hold a picture and a title, and escape the
// parentheses of its address; one around blocks opens on one line and
// closes on another; a line of pictures alone, inside links or not, is a
// picture. lynx -dump marks a link with its number in brackets.
func TestParseMarkupLinks(t *testing.T) {
	cases := []struct {
		line, content string
		links         int
		picture       bool
	}{
		{"[Home](https://example.org/)", "Home", 4, false},
		{"Read [the report](/r) today.", "Read the report today.", 10, false},
		{"[Wiki (disambiguation)](/wiki/X_\\(y\\)) and more", "Wiki (disambiguation) and more", 21, false},
		{"[ ![](https://example.org/a.jpg) Fares Rise Again ](/a) [ ![](https://example.org/b.jpg) Airport Opens ](/b)",
			"Fares Rise Again    Airport Opens", 35, false},
		{"[![A white bookcase](https://example.org/billy.jpg)](/p/billy)", "A white bookcase", 16, true},
		{"[![A white bookcase](https://example.org/billy.jpg)", "A white bookcase", 16, true},
		{"![Alt \\[x\\]](https://example.org/i.jpg)", "Alt [x]", 7, true},
		{"$79.00Price $ 79.00](https://example.org/p/billy)", "$79.00Price $ 79.00", 19, false},
		{"[New", "[New", 0, false},
		{"See [1] and (this).", "See [1] and (this).", 0, false},
		// lynx -dump numbers each link before its text; its first word
		// counts as the link's (see markedText). A number before a space
		// is a footnote's.
		{"[12]Home", "Home", 4, false},
		{"[11]Employee Benefits", "Employee Benefits", 8, false},
		{"The council met on [7]Tuesday at noon, [8]its minutes say.", "The council met on Tuesday at noon, its minutes say.", 10, false},
		{"[1] Smith, J. (2020). Bridges of the North.", "[1] Smith, J. (2020). Bridges of the North.", 0, false},
	}
	for _, c := range cases {
		m, blank := ParseMarkup(c.line)
		assert.False(t, blank, c.line)
		assert.Equal(t, c.content, m.Content, c.line)
		assert.Equal(t, c.links, m.Links, c.line)
		assert.Equal(t, c.picture, m.Image, c.line)
	}
}
