package source

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLynxLinkRefs checks that the list of link addresses lynx prints
// after a page is marked, numbers of four digits, long schemes, share
// links with spaces and an address or a share link's text broken over
// two lines included, and that a page's own list of references,
// which names its sources, is not; nor is a list of addresses that the
// page goes on after.
func TestLynxLinkRefs(t *testing.T) {
	refs := func(text string) (marked []string) {
		var d Doc
		require.NoError(t, Text(&d, text, false, testLimits))
		for _, b := range d.Blocks {
			if b.Markup.LinkRef {
				marked = append(marked, strings.TrimSpace(b.Text))
			}
		}
		return marked
	}
	article := "   The council approved the new bridge on Tuesday after a long debate.\n\n"
	lynx := article + "References\n\n   Visible links:\n   1. https://example.org/\n   3. LYNXIMGMAP:file://localhost/tmp/p.html#Map\n[USEMAP]\n   2. mailto:?subject=Shared Post&body=https://example.org/bridge\n" +
		"1000. file:///news/bridge\n\n   Hidden links:\n1001. android-app://org.example.news/article/12\n1002. https://vk.com/share.php?url=\nhttps://example.org/bridge\n1003. https://example.org/share?t=Council approves\nthe new bridge after a long debate\n"
	assert.Equal(t, []string{"References", "Visible links:", "1. https://example.org/", "3. LYNXIMGMAP:file://localhost/tmp/p.html#Map", "[USEMAP]", "2. mailto:?subject=Shared Post&body=https://example.org/bridge",
		"1000. file:///news/bridge", "Hidden links:", "1001. android-app://org.example.news/article/12", "1002. https://vk.com/share.php?url=", "https://example.org/bridge",
		"1003. https://example.org/share?t=Council approves", "the new bridge after a long debate"}, refs(lynx))

	w3m := article + "References:\n\n[1] https://example.org/\n[12] mailto:?subject=Shared%20Post\n"
	assert.Equal(t, []string{"References:", "[1] https://example.org/", "[12] mailto:?subject=Shared%20Post"}, refs(w3m), "w3m -o display_link_number=1")

	sources := article + "References\n\n   1. Smith, J. (2020). Bridges of the North. Harbour Press.\n   2. https://example.org/report.pdf\n"
	assert.Empty(t, refs(sources))
	goesOn := article + "References\n\n   1. https://example.org/\n   2. https://example.org/about\n\n   More news from the harbour\n"
	assert.Empty(t, refs(goesOn))

	// A page's own links, as lynx prints them: code after "javascript:"
	// in any case, a phone number after a space, and a mail link whose
	// body held line breaks, a carriage return and indentation, printed
	// from the line's start between two entries.
	own := article + "References\n\n   Visible links:\n   1. https://example.org/\n   2. javascript: void(0);\n   3. Javascript: history.back();\n   4. tel: 8442045619\n" +
		"   5. mailto:?subject=Council approves &body=Read more.\n\n\rThe council approved the bridge \n \tafter a long debate.\r\n\n https://example.org/bridge\n   6. https://example.org/about\n"
	assert.Equal(t, []string{"References", "Visible links:", "1. https://example.org/", "2. javascript: void(0);", "3. Javascript: history.back();", "4. tel: 8442045619",
		"5. mailto:?subject=Council approves &body=Read more.", "The council approved the bridge", "after a long debate.", "https://example.org/bridge", "6. https://example.org/about"}, refs(own))
	named := article + "References\n\n   1. https://example.org/report.pdf\n   2. WHO: Global report on bridges, 2020.\n"
	assert.Empty(t, refs(named), "a source named before a colon is no address")
	after := article + "References\n\n   1. https://example.org/\n   2. javascript: void(0);\n\n   The council meets again in May.\n"
	assert.Empty(t, refs(after), "a line after the last entry is the page's")
}

// TestLynxWrappedWithLinkRefs: lynx's list of link addresses, whose long
// addresses stand out of any margin, does not hide that the page's
// paragraphs above it were wrapped: each is one block again.
func TestLynxWrappedWithLinkRefs(t *testing.T) {
	var b strings.Builder
	b.WriteString(wrappedPage + "\nReferences\n\n   Visible links:\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "  %2d. https://example.org/wp-json/oembed/1.0/embed?url=https://example.org/news/2024/03/council-approves-the-new-river-bridge-%d/\n", i, i)
	}
	var d Doc
	require.NoError(t, Text(&d, b.String(), false, testLimits))
	wrapped := 0
	for _, bl := range d.Blocks {
		if bl.Lines == 3 && strings.HasPrefix(bl.Markup.Content, "The city council voted") {
			wrapped++
		}
	}
	assert.Equal(t, 1, wrapped, "the first paragraph, three lines, is one block")
}

// TestLynxMarkYear checks that a year in brackets that ends a line is the
// line's own text ("The Complete Guide [2025]"), where a number of lynx's
// links that ends one, or any number before a link's text, is a mark.
func TestLynxMarkYear(t *testing.T) {
	assert.Zero(t, lynxMark("[2025]"))
	assert.Zero(t, lynxMark("[1999]"))
	assert.Equal(t, 4, lynxMark("[12]"), "an empty link's mark")
	assert.Equal(t, 6, lynxMark("[2025]Home"), "the 2025th link's mark, before its text")
	assert.Equal(t, 6, lynxMark("[3025]"), "no year")
	var d Doc
	require.NoError(t, Text(&d, "What is Project Management? The Complete Guide [2025]\n", false, testLimits))
	require.NotEmpty(t, d.Blocks)
	assert.Equal(t, "What is Project Management? The Complete Guide [2025]", d.Blocks[0].Markup.Content)
}

// TestLynxMarkInBrackets checks that a link lynx numbers inside the
// brackets a page writes around it reads as w3m prints it, without its
// number: "[ [105]167 comments ]" as "[ 167 comments ]", whose words name
// a comment section. A linked picture keeps its mark, as before.
func TestLynxMarkInBrackets(t *testing.T) {
	m, _ := ParseMarkup("   [ [105]167 comments ]")
	w3m, _ := ParseMarkup("[ 167 comments ]")
	assert.Equal(t, "[ 167 comments ]", m.Content)
	assert.Equal(t, w3m.Image, m.Image)
	assert.Equal(t, w3m.Widget, m.Widget)
	assert.False(t, m.Plain, "the content is not the text as it stands")

	m, _ = ParseMarkup("[106][16-inch-keyboard-800x533.jpg]")
	assert.Equal(t, "[106][16-inch-keyboard-800x533.jpg]", m.Content)
	m, _ = ParseMarkup("[[9]Index]") // a mark right after a bracket is no mark (see markAt)
	assert.Equal(t, "[[9]Index]", m.Content)

	var d Doc
	require.NoError(t, Text(&d, "An article.\n\n   [ [105]167 comments ]\n", false, testLimits))
	require.Len(t, d.Blocks, 3)
	assert.Equal(t, "[ 167 comments ]", d.Blocks[2].Markup.Content)
}
