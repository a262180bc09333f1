package clean_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// A category page whose index begins under headings of a symbol ("*",
// "+", as an encyclopedia files its lists and overviews) before the
// letters: those are the index's headings too, and its entries are the
// page's from the first (see letterIndex).
func TestIndexUnderSymbols(t *testing.T) {
	var b strings.Builder
	b.WriteString("Jump to content\n\n  • Main page\n  • Random article\n  • Log in\n\nCategory:Board games\n\n")
	b.WriteString("This category gathers the articles about board games, sorted by the first letter of their name, with the lists and overviews first.\n\n")
	b.WriteString("This category has the following 16 pages, out of 16 total.\n\n")
	var entries []string
	for _, h := range []string{"*", "+", "A", "B", "C", "D"} {
		b.WriteString("### " + h + "\n\n")
		n := 2
		if h == "*" || h == "+" {
			n = 6
		}
		for i := range n {
			e := fmt.Sprintf("Board games of the %s kind, part %d", map[string]string{"*": "overview", "+": "list", "A": "abstract", "B": "bluffing", "C": "card", "D": "dice"}[h], i+1)
			entries = append(entries, e)
			b.WriteString("  * " + e + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("Retrieved from the encyclopedia\n\n  • Privacy policy\n  • About\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, e := range entries {
		assert.Contains(t, res.Body, e)
	}
	for _, s := range []string{"Random article", "Privacy policy"} {
		assert.NotContains(t, res.Body, s)
	}
}

// An article with a table of figures in the middle, as html2text prints
// one (cells parted by bars, a "---|---" rule under the header): rows of
// numbers alone are weak chrome, but a table's rows cost what a box inside
// the article costs, and the article goes on below the table.
func TestTableOfFiguresInText(t *testing.T) {
	var b strings.Builder
	b.WriteString("  * Features\n  * Pricing\n  * Blog\n\nSign in\n\n# How much to tip\n\n" + para1 + "\n\n" + para2 + "\n\n### Tip chart\n\nBill | 10% | 15% | 20%\n---|---|---|---\n")
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&b, "$%d.00| $%d.%02d| $%d.%02d| $%d.%02d\n", 5*i, i/2, 50*(i%2), 3*i/4, 25*(3*i%4), i, 0)
	}
	b.WriteString("\n### Why use a chart\n\n" + para3 + "\n\n" + para4 + "\n\n  * About us\n  * Contact\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range []string{para1, para2, "$50.00| $5.00| $7.50| $10.00", para3, para4} {
		assert.Contains(t, res.Body, s)
	}
}
