package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKin: a product's reviews, side by side, are a set of kin, each
// review a member (its stars, text and author); a menu's entries, a lone
// box and a set whose members hold one line each are not.
func TestKin(t *testing.T) {
	review := func(name, text string) string {
		return `<div class="review"><p class="stars">★★★★☆</p><p>` + text + `</p><p class="author">` + name + ` — 3 March 2025</p></div>`
	}
	doc := `<html><body><nav><ul><li class="item"><a href="/a">Kettles</a></li><li class="item"><a href="/b">Toasters</a></li></ul></nav><main>
		<h1>Trail Kettle</h1><div class="box"><p>The kettle boils a litre of water in four minutes.</p><p>It weighs 210 g.</p></div>
		<section>` + review("Ann", "Boils fast and packs small.") + review("Bob", "The lid rattles a little.") + review("Cy", "Good value.") + `</section>
		<ul><li class="tag">steel</li><li class="tag">camping</li></ul>
	</main></body></html>`
	for text, want := range map[string][2]int{
		"Boils fast and packs small.": {1, 1}, "Ann — 3 March 2025": {1, 1},
		"The lid rattles a little.": {1, 2}, "Good value.": {1, 3}, "Cy — 3 March 2025": {1, 3},
		"• Kettles": {0, 0}, "It weighs 210 g.": {0, 0}, "• steel": {0, 0},
	} {
		d := htmlLine(t, doc, text).DOM
		assert.Equal(t, want, [2]int{d.Kin, d.KinMember}, text)
	}
}
