package measure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// gridLines returns, by its text, whether each non-blank line of text is a
// picture, and its Record.
func gridLines(t *testing.T, text string) (pictures map[string]bool, records map[string]int) {
	t.Helper()
	pictures, records = map[string]bool{}, map[string]int{}
	eachTextLine(t, text, func(text string, l *Line) {
		if !l.Blank {
			pictures[text], records[text] = l.Image, l.DOM.Record
		}
	})
	return pictures, records
}

func TestMarkPictureGrid(t *testing.T) {
	t.Run("a recipe listing's alt texts are pictures, its items records", func(t *testing.T) {
		text := strings.Join([]string{
			"Our collection of tomato sauce recipes has something for every type of dish, whether you want a big plate of pasta or a tian.",
			"A plate of pasta topped with pork ragu A plate of pasta topped with pork ragu",
			"Easy Slow-Cooker Pork Ragù",
			"tomato chutney hero tomato chutney hero",
			"Sweet and Spicy Tomato Chutney",
			"20200224-obe-ata-vicky-wasik-23",
			"Obe Ata (Nigerian Red Pepper Sauce) Recipe",
			"20130104-235771-chicken-penne-vodka-sauce-edit.jpg",
			"Chicken and Penne in Vodka Cream Sauce Recipe",
			"A white bowl of penne alla vodka sprinkled with cheese",
			"Penne alla Vodka Recipe",
			"A shallow white bowl of spaghetti in fresh tomato sauce.",
			"The Best Fresh Tomato Sauce",
			"20110814-166086-marinara.jpg",
			"Marinara Sauce Recipe",
			"",
			"Get fresh recipes, cooking tips, deal alerts, and more!",
		}, "\n")
		pictures, records := gridLines(t, text)
		for _, alt := range []string{"A white bowl of penne alla vodka sprinkled with cheese", "A shallow white bowl of spaghetti in fresh tomato sauce."} {
			assert.True(t, pictures[alt], alt)
		}
		assert.Equal(t, 1, records["Easy Slow-Cooker Pork Ragù"])
		assert.Equal(t, 5, records["A white bowl of penne alla vodka sprinkled with cheese"])
		assert.Equal(t, 5, records["Penne alla Vodka Recipe"])
		assert.Equal(t, 6, records["The Best Fresh Tomato Sauce"])
		assert.Equal(t, 7, records["20110814-166086-marinara.jpg"], "the last picture")
		assert.Equal(t, 7, records["Marinara Sauce Recipe"], "the last title, under its picture")
		for _, s := range []string{"Our collection of tomato sauce recipes has something for every type of dish, whether you want a big plate of pasta or a tian.", "Get fresh recipes, cooking tips, deal alerts, and more!"} {
			assert.False(t, pictures[s], s)
			assert.Zero(t, records[s], s)
		}
	})
	t.Run("titles over their pictures end the grid at its last picture", func(t *testing.T) {
		text := strings.Join([]string{
			"Start with a template", "Websites and landing pages",
			"Web design mockup for a bank Web design mockup for a bank", "Posters for social media",
			"Event posters in four layouts Event posters in four layouts", "Apps for phones and tablets",
			"Two phones with a meditation app Two phones with a meditation app", "Slides for presentations",
			"Slide templates with an agenda Slide templates with an agenda", "Follow us",
		}, "\n\n")
		_, records := gridLines(t, text)
		assert.Equal(t, 4, records["Slide templates with an agenda Slide templates with an agenda"], "the last picture")
		assert.Zero(t, records["Follow us"], "the line under the last picture")
		assert.Zero(t, records["Websites and landing pages"], "the title over the first picture")
	})
	// Each case holds a line that reads as a picture where the grid is
	// read, "A plain alt text of a picture", and is no grid.
	for _, c := range []struct{ name, text string }{
		{"a row of categories under their pictures", strings.Join([]string{
			"Web design mockup Web design mockup", "Websites",
			"Event posters Event posters", "Social media",
			"Two phones with apps Two phones with apps", "Mobile apps",
			"Slide templates Slide templates", "Presentations",
			"A plain alt text of a picture", "Illustrations",
			"Grey outlined icons Grey outlined icons", "Icons",
		}, "\n\n")},
		{"a picture every fourth line", strings.Join([]string{
			"Dashboard screenshot Dashboard screenshot", "Production apps at prototype speed", "A plain alt text of a picture", "Learn more",
			"Agents at work Agents at work", "Deploy AI across your records", "Embed intelligence into every workflow today", "Learn more",
			"Omni at a glance Omni at a glance", "Say hello to Omni and its apps", "Build any application with your data", "Learn more",
			"Platform overview Platform overview", "The power of AI at industrial grade", "Scale to hundreds of millions of records", "Learn more",
		}, "\n\n")},
		{"sentences between rule labels", strings.Join([]string{
			"[expr.loop.break-label]", "All four types of loop support break expressions.",
			"[expr.loop.continue-label]", "All except labeled blocks support continue expressions.",
			"A plain alt text of a picture", "Loops with a label may break early.",
			"[expr.loop.explicit-result]", "Only loop and labeled blocks evaluate to values.",
			"[expr.loop.infinite-body]", "Infinite loops repeat their body for ever.",
			"[expr.loop.predicate-test]", "A while loop tests its condition first.",
		}, "\n")},
		{"three items", strings.Join([]string{
			"A plate of pasta topped with pork ragu A plate of pasta topped with pork ragu", "Easy Slow-Cooker Pork Ragù",
			"20200224-obe-ata-vicky-wasik-23", "Obe Ata (Nigerian Red Pepper Sauce) Recipe",
			"20130104-235771-chicken-penne-vodka-sauce-edit.jpg", "Chicken and Penne in Vodka Cream Sauce Recipe",
		}, "\n\n")},
	} {
		t.Run(c.name, func(t *testing.T) {
			pictures, records := gridLines(t, c.text)
			assert.False(t, pictures["A plain alt text of a picture"])
			for s, r := range records {
				assert.Zero(t, r, s)
			}
		})
	}
}
