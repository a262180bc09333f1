package source

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// card is a product card of a grid: a linked title, a rating, a price.
func card(i int) string {
	return fmt.Sprintf(`<li class="product-card"><a href="/p/%d"><h3>Shoe %d</h3></a><div class="rating">4.%d out of 5</div><div class="price">£%d.00</div></li>`, i, i, i, 90+i)
}

// records returns the Record of every line of doc with text, by text.
func records(t *testing.T, doc string) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, l := range readHTML(t, doc, "").Blocks {
		if !l.Blank {
			got[l.Text] = l.DOM.Record
		}
	}
	return got
}

func TestRecords(t *testing.T) {
	var grid strings.Builder
	for i := 1; i <= 6; i++ {
		grid.WriteString(card(i))
	}
	menu := `<ul class="menu"><li class="entry"><a>Men</a></li><li class="entry"><a>Women</a></li><li class="entry"><a>Kids</a></li><li class="entry"><a>Sale</a></li><li class="entry"><a>Gifts</a></li></ul>`
	related := `<section class="related-products"><ul>` + card(7) + card(8) + card(9) + card(10) + `</ul></section>`

	t.Run("a grid's cards are numbered items", func(t *testing.T) {
		got := records(t, `<html><body><header><ul>`+card(11)+card(12)+card(13)+card(14)+`</ul></header><main><h1>Shoes</h1><ul class="grid">`+grid.String()+`</ul>`+related+`</main></body></html>`)
		assert.Equal(t, 0, got["Shoes"])
		for i := 1; i <= 6; i++ {
			assert.Equal(t, i, got[fmt.Sprintf("• Shoe %d", i)], "card %d's title", i)
			assert.Equal(t, i, got[fmt.Sprintf("£%d.00", 90+i)], "card %d's price", i)
		}
		// Like cards in a header, or in a box classed related, are not the
		// page's items.
		assert.Equal(t, 0, got["• Shoe 7"])
		assert.Equal(t, 0, got["• Shoe 11"])
	})
	t.Run("a larger set of cards in the header does not hide the grid", func(t *testing.T) {
		var mega strings.Builder
		for i := 20; i < 30; i++ {
			mega.WriteString(card(i))
		}
		got := records(t, `<html><body><header><ul>`+mega.String()+`</ul></header><main><ul class="grid">`+grid.String()+`</ul></main></body></html>`)
		assert.Equal(t, 1, got["• Shoe 1"])
		assert.Equal(t, 0, got["• Shoe 20"])
	})
	t.Run("like cards in a box of their own beside the grid are items too", func(t *testing.T) {
		got := records(t, `<html><body><main><h1>Shoes</h1><div class="featured"><ul class="top">`+card(7)+card(8)+`</ul></div><ul class="grid">`+grid.String()+`</ul></main></body></html>`)
		assert.Equal(t, 1, got["• Shoe 7"])
		assert.Equal(t, 2, got["• Shoe 8"])
		assert.Equal(t, 3, got["• Shoe 1"])
	})
	t.Run("like cards far from the grid are not its items", func(t *testing.T) {
		far := `<div><div><div><div><ul>` + card(7) + card(8) + `</ul></div></div></div></div>`
		got := records(t, `<html><body><main><h1>Shoes</h1>`+far+`<ul class="grid">`+grid.String()+`</ul></main></body></html>`)
		assert.Equal(t, 0, got["• Shoe 7"])
		assert.Equal(t, 1, got["• Shoe 1"])
	})
	t.Run("a menu's entries hold one line each", func(t *testing.T) {
		got := records(t, `<html><body><div>`+menu+`</div><p>Some text of the page, which is short.</p></body></html>`)
		assert.Equal(t, 0, got["• Men"])
	})
	t.Run("three cards are not a set of items", func(t *testing.T) {
		got := records(t, `<html><body><ul>`+card(1)+card(2)+card(3)+`</ul></body></html>`)
		assert.Equal(t, 0, got["• Shoe 1"])
	})
	t.Run("items must hold a quarter of the page", func(t *testing.T) {
		long := "<p>" + strings.Repeat("A sentence of the article that makes the page long enough. ", 30) + "</p>"
		got := records(t, `<html><body><main>`+long+`</main><ul>`+grid.String()+`</ul></body></html>`)
		assert.Equal(t, 0, got["• Shoe 1"])
	})
	t.Run("a member with more classes is one of the items", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			class := "answer"
			if i == 2 {
				class = "answer accepted-answer"
			}
			fmt.Fprintf(&b, `<div class="%s"><p>Answer number %d, which says what it says.</p><div class="user">user%d</div></div>`, class, i, i)
		}
		got := records(t, `<html><body><h1>A question</h1>`+b.String()+`</body></html>`)
		assert.Equal(t, 1, got["Answer number 1, which says what it says."])
		assert.Equal(t, 2, got["Answer number 2, which says what it says."])
		assert.Equal(t, 5, got["user5"])
	})
	t.Run("cards styled one by one are items by their parts", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, `<div class="cell md:row-start-%d"><article class="p-%d"><h2>Story %d</h2><p>What story %d is about, in a line.</p></article></div>`, i, i, i, i)
		}
		got := records(t, `<html><body><h1>Latest</h1><div class="grid">`+b.String()+`</div></body></html>`)
		assert.Equal(t, 1, got["Story 1"])
		assert.Equal(t, 4, got["What story 4 is about, in a line."])
	})
	t.Run("a list of titles, a line each, is a listing's items", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 9; i++ {
			fmt.Fprintf(&b, `<li class="card"><a href="/r/%d">Slow-cooked tomato sauce, version number %d</a></li>`, i, i)
		}
		got := records(t, `<html><body><h1>Tomato sauce recipes</h1><p>Our collection of sauces.</p><ul class="cards">`+b.String()+`</ul></body></html>`)
		assert.Equal(t, 3, got["• Slow-cooked tomato sauce, version number 3"])
		doc := readHTML(t, `<html><body><ul class="cards">`+b.String()+`</ul></body></html>`, "")
		for _, l := range doc.Blocks {
			if !l.Blank {
				assert.True(t, l.DOM.Titles, l.Text)
			}
		}
	})
	t.Run("a menu of short labels is not a list of titles", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 9; i++ {
			fmt.Fprintf(&b, `<li class="entry"><a href="/c/%d">Shoes %d</a></li>`, i, i)
		}
		got := records(t, `<html><body><ul class="menu">`+b.String()+`</ul><p>Some text of the page.</p></body></html>`)
		assert.Equal(t, 0, got["• Shoes 3"])
	})
	t.Run("a set of several lines each wins over a list of titles", func(t *testing.T) {
		var titles strings.Builder
		for i := 1; i <= 9; i++ {
			fmt.Fprintf(&titles, `<li class="link"><a href="/r/%d">Another story you could read, number %d</a></li>`, i, i)
		}
		var b strings.Builder
		for i := 1; i <= 6; i++ {
			b.WriteString(card(i))
		}
		got := records(t, `<html><body><ul class="grid">`+b.String()+`</ul><ul class="links">`+titles.String()+`</ul></body></html>`)
		assert.Equal(t, 1, got["• Shoe 1"])
		assert.Equal(t, 0, got["• Another story you could read, number 1"])
	})
	t.Run("a post's text nested deep is the post's", func(t *testing.T) {
		var b strings.Builder
		open, closing := strings.Repeat(`<div class="wrap">`, 11), strings.Repeat(`</div>`, 11)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, `<article class="message"><div class="user">user%d</div>%s<p>Reply number %d, nested as forum software nests it.</p>%s</article>`, i, open, i, closing)
		}
		got := records(t, `<html><body><h1>A thread</h1>`+b.String()+`</body></html>`)
		assert.Equal(t, 4, got["Reply number 4, nested as forum software nests it."])
	})
	t.Run("a thread's posts are items", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, `<article class="post"><div class="author">user%d</div><time>12 April 2025</time><p>Reply number %d, which says what it says.</p></article>`, i, i)
		}
		got := records(t, `<html><body><h1>A thread</h1>`+b.String()+`</body></html>`)
		assert.Equal(t, 3, got["user3"])
		assert.Equal(t, 3, got["Reply number 3, which says what it says."])
	})
	// qa is a question page: the question, then its answers in their own
	// container, each answer built as the question is. outer wraps the
	// question's post.
	qa := func(outer string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<html><body><h1>A question</h1><div class="mainbar"><%s class="question"><div class="post-layout"><p>What the asker wants to know, at length.</p><div class="user">asker</div></div></%s><div class="answers">`, outer, outer)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, `<div class="answer"><div class="post-layout"><p>Answer number %d, which says what it says.</p><div class="user">user%d</div></div></div>`, i, i)
		}
		b.WriteString(`</div></div></body></html>`)
		return b.String()
	}
	t.Run("a question above its answers leads them", func(t *testing.T) {
		got := records(t, qa("div"))
		assert.Equal(t, 1, got["What the asker wants to know, at length."])
		assert.Equal(t, 1, got["asker"])
		assert.Equal(t, 2, got["Answer number 1, which says what it says."])
		assert.Equal(t, 6, got["user5"])
		assert.Equal(t, 0, got["A question"])
	})
	t.Run("an opening post, the replies' card without their wrapper, leads them", func(t *testing.T) {
		// Forum software that threads replies wraps each in an article
		// around the post's card, and prints the opening post as the card
		// alone, with classes of its own, beside the replies' block.
		var b strings.Builder
		b.WriteString(`<html><body><h1>A thread</h1><div class="thread"><div class="card js-post opener"><div class="user">opener</div><p>What the opener wants to know, at length.</p></div><div class="block"><div class="block-body">`)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, `<article class="post-wrap"><div class="card"><div class="user">user%d</div><p>Reply number %d, which says what it says.</p></div></article>`, i, i)
		}
		b.WriteString(`</div></div></div></body></html>`)
		got := records(t, b.String())
		assert.Equal(t, 1, got["What the opener wants to know, at length."])
		assert.Equal(t, 1, got["opener"])
		assert.Equal(t, 2, got["Reply number 1, which says what it says."])
		assert.Equal(t, 6, got["user5"])
	})
	t.Run("a box not built as the answers leads nothing", func(t *testing.T) {
		got := records(t, qa("section"))
		assert.Equal(t, 0, got["What the asker wants to know, at length."])
		assert.Equal(t, 1, got["Answer number 1, which says what it says."])
	})
}

func TestDocOrder(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><title>T</title></head><body><main><div><p>One <b>two</b></p><p>Three</p></div><ul><li>Four</li><li>Five <i>six</i></li></ul></main><footer>Seven</footer></body></html>`))
	require.NoError(t, err)
	var nodes []*html.Node // in document order
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		nodes = append(nodes, n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var order docOrder
	for i, a := range nodes {
		for j, b := range nodes {
			assert.Equal(t, i < j, order.less(a, b), "node %d (%s) before node %d (%s)", i, a.Data, j, b.Data)
		}
	}
}
