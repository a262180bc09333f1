package clean_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// stanzas are a poem's, each line ended by a <br> in HTML: few of them end
// a sentence.
var stanzas = [][]string{
	{"At dusk she climbs the winding stair", "with oil and wick and patient hands,", "and sets a small flame burning where", "the grey sea meets the shifting sands."},
	{"No ship has passed in twenty years,", "the charts have moved the lanes away,", "yet still she trims the glass and clears", "the salt that gathers through the day."},
	{"So every night the lantern glows", "for no one that the harbour knows,", "a promise kept against the dark", "by one old hand, one steady spark."},
}

// poemPage is a poetry site's page of one poem, as HTML.
func poemPage() string {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>The Lantern Keeper by Ada Whitlow | Poetry Garden</title></head><body>
<header><a href="/">Poetry Garden</a>
<nav><ul><li><a href="/poets">Poets</a></li><li><a href="/poems">Poems</a></li><li><a href="/themes">Themes</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
<main><article><h1>The Lantern Keeper</h1><p class="author">by <a href="/poets/ada-whitlow">Ada Whitlow</a></p><div class="poem">`)
	for _, s := range stanzas {
		b.WriteString("<p>" + strings.Join(s, "<br>\n") + "</p>\n")
	}
	b.WriteString(`</div></article>
<section class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">Pinterest</a> <a href="#">Email</a></section>
<section class="more"><h2>More poems by Ada Whitlow</h2><ul><li><a href="/p/1">Salt Orchard</a></li><li><a href="/p/2">The Ferryman's Daughter</a></li></ul></section></main>
<footer><p>© 2025 Poetry Garden. All poems remain the property of their authors.</p></footer></body></html>`)
	return b.String()
}

// TestPoemKeepsItsFirstStanza: a poem's first stanza, whose first lines
// end no sentence, is the poem's whole, in HTML and as w3m prints it; its
// title stays the headline.
func TestPoemKeepsItsFirstStanza(t *testing.T) {
	var want []string
	for _, s := range stanzas {
		want = append(want, strings.Join(s, "\n"))
	}
	res, err := clean.HTML(strings.NewReader(poemPage()))
	require.NoError(t, err)
	assert.Equal(t, "The Lantern Keeper", res.Title)
	assert.Equal(t, strings.Join(want, "\n\n"), res.Body)

	text := "Poetry Garden\n\n  • Poets\n  • Poems\n  • Themes\n  • Log in\n\nThe Lantern Keeper\n\nby Ada Whitlow\n\n" +
		strings.Join(want, "\n\n") + "\n\nShare Facebook Pinterest Email\n\nMore poems by Ada Whitlow\n\n  • Salt Orchard\n  • The Ferryman's Daughter\n\n" +
		"© 2025 Poetry Garden. All poems remain the property of their authors.\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, "The Lantern Keeper", res.Title)
	assert.Equal(t, strings.Join(want, "\n\n"), res.Body)
}
