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

// chorus is a song's chorus, which it sings twice.
var chorus = []string{"Y voy por los caminos del sur", "buscando el mar que me prometiste", "y voy por los caminos del sur", "cantando lo que nunca dijiste"}

// songStanzas are a song's stanzas, the chorus after each verse: no line
// ends a sentence.
var songStanzas = [][]string{
	{"Salí de casa con el alba", "con la maleta medio vacía", "llevaba tu nombre en la garganta", "y una promesa que no cumplía"},
	chorus,
	{"Pasaron pueblos y estaciones", "pasaron noches sin dormir", "guardé en el pecho tus canciones", "para no tener que despedir"},
	chorus,
}

// TestSongLyrics: a song's lyrics, whose lines end no sentence and whose
// chorus repeats its title, are the page's article, chorus and all, in
// HTML and as w3m prints them; the title stays the headline.
func TestSongLyrics(t *testing.T) {
	var want []string
	for _, s := range songStanzas {
		want = append(want, strings.Join(s, "\n"))
	}
	var b strings.Builder
	b.WriteString(`<html lang="es"><head><title>Los Caminos del Sur - Letra - Banda Ejemplo | LetrasYa</title></head><body>
<header><a href="/">LetrasYa</a><nav><ul><li><a href="/artistas">Artistas</a></li><li><a href="/generos">Géneros</a></li><li><a href="/top">Top 100</a></li></ul></nav></header>
<main><div class="breadcrumb"><a href="/">Inicio</a> › <a href="/b/banda-ejemplo">Banda Ejemplo</a> › Los Caminos del Sur</div>
<h1>Los Caminos del Sur</h1><h2><a href="/b/banda-ejemplo">Banda Ejemplo</a></h2><div class="lyric">`)
	for _, s := range songStanzas {
		b.WriteString("<p>" + strings.Join(s, "<br>\n") + "</p>\n")
	}
	b.WriteString(`</div><p class="credits">Compositores: Ana Ruiz / Mateo Soler</p>
<section><h3>Más canciones de Banda Ejemplo</h3><ol><li><a href="/1">Agua de Mayo</a></li><li><a href="/2">La Última Función</a></li></ol></section></main>
<footer><p>© 2025 LetrasYa · <a href="/privacidad">Privacidad</a> · <a href="/contacto">Contacto</a></p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Equal(t, "Los Caminos del Sur", res.Title)
	assert.Equal(t, strings.Join(want, "\n\n"), res.Body)

	text := "LetrasYa\n\n  • Artistas\n  • Géneros\n  • Top 100\n\nInicio › Banda Ejemplo › Los Caminos del Sur\n\nLos Caminos del Sur\n\nBanda Ejemplo\n\n" +
		strings.Join(want, "\n\n") + "\n\nCompositores: Ana Ruiz / Mateo Soler\n\n© 2025 LetrasYa · Privacidad · Contacto\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, "Los Caminos del Sur", res.Title)
	assert.Equal(t, strings.Join(want, "\n\n"), res.Body)
}
