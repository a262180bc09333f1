package clean_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// TestIntroductionOverBox: a guide's opening paragraphs, parted from the
// rest of it by a box that compares the products it reviews, are the
// article's; the box's labels and buttons are not. So they are over a box
// of 40 products, 240 lines, and over a box whose every product ends with
// a "Read more" button, which heads no block of related links.
func TestIntroductionOverBox(t *testing.T) {
	for _, closed := range []bool{false, true} {
		t.Run(fmt.Sprint("closed=", closed), func(t *testing.T) { introductionOverBox(t, closed, 6, "") })
	}
	t.Run("long box", func(t *testing.T) { introductionOverBox(t, false, 40, "") })
	t.Run("buttons", func(t *testing.T) { introductionOverBox(t, false, 6, "Read more") })
	// Given twice, the line may head two blocks of related links: it
	// closes the article as a heading does.
	t.Run("two buttons", func(t *testing.T) { introductionOverBox(t, true, 2, "Read more") })
}

// introductionOverBox tests a guide's introduction over a box of the
// given number of products, each ending with the line button if it is
// not empty; closed says that a heading that closes an article stands
// between them, above which is another section: without a button, the
// test puts one there.
func introductionOverBox(t *testing.T, closed bool, models int, button string) {
	intro := []string{
		"Choosing a kettle sounds simple until you stand in front of a shelf with forty of them, each promising to boil water faster than the last.",
		"We spent three months boiling, pouring and descaling to find out which of the popular models are worth the space on your counter.",
		"Below you will find our top picks at a glance, followed by what we looked for and how every kettle fared in our kitchen tests.",
	}
	var b strings.Builder
	b.WriteString("  • Home\n  • Reviews\n  • Deals\n  • About\n\nThe Best Electric Kettles\n\n")
	for _, p := range intro {
		b.WriteString(p + "\n\n")
	}
	if closed && button == "" {
		b.WriteString("You might also like\n\n")
	}
	for i := 1; i <= models; i++ {
		fmt.Fprintf(&b, "Kettle Model %d\n[kettle-%d]\nOur Pick\nCapacity\n1.7 l\n[Check Price]\n\n", i, i)
		if button != "" {
			b.WriteString(button + "\n\n")
		}
	}
	var body []string
	for i := 1; i <= 8; i++ {
		p := fmt.Sprintf("The kettle we tested in round %d boiled a full litre in about three minutes, stayed quiet while it worked, and switched itself off the moment the water reached the boil.", i)
		body = append(body, p)
		b.WriteString(p + "\n\n")
	}
	b.WriteString("Related reviews\n\n  • The Best Toasters\n  • The Best Blenders\n\n© 2025 Kitchen Reviews\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	if closed {
		assert.Equal(t, strings.Join(body, "\n\n"), res.Body)
		return
	}
	assert.Equal(t, strings.Join(append(intro, body...), "\n\n"), res.Body)
	assert.Equal(t, "The Best Electric Kettles", res.Title)
	got := decision(t, res, "Our Pick")
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Contains(t, got.Detail, "introduction")
}
