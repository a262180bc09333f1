package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// TestStatesPrice checks which lines state a product's price: the amount
// written as shops write it, with a label or a currency code at most, and
// not a sentence or a button that names it, nor another amount.
func TestStatesPrice(t *testing.T) {
	x, err := lang.Load()
	require.NoError(t, err)
	cases := []struct {
		line  string
		price float64
		want  bool
	}{
		{"$60.00", 60, true},
		{"€17", 17, true},
		{"79,00 €", 79, true},
		{"Sale price $74.95", 74.95, true},
		{"US $18.00", 18, true},
		{"$1,772.00", 1772, true},
		{"1.772,50 €", 1772.5, true},
		{"$185.25 (Save 5%) $195.00", 195, true},
		{"$60.00", 6000, false},
		{"$59.99", 60, false},
		{"Add to Cart - €549.99", 549.99, false},
		{"$195.00 or 4 payments of $48.75", 195, false},
		{"Free shipping", 60, false},
		{"60", 60, false},
		{"60 kr", 60, true},
		{"2 990 ₽", 2990, true},
		{"1\u00a0299,00 €", 1299, true},
		{"12\u202f500 Kč", 12500, true},
		{"2 990 ₽", 990, false},
		{"2 9900 ₽", 29900, false},
		{"R$ 249,90 R$ 189,90 à vista", 189.9, true},
		{"ou 10x de R$ 18,99 sem juros", 18.99, false},
		{"1,299 ر.س 1,599 ر.س وفر 19%", 1299, true},
		{"1 299 zł 1 599 zł Oszczędzasz 19%", 1299, true},
		{"1 299 zł w 10 ratach po 130 zł miesięcznie", 1299, false},
	}
	for _, c := range cases {
		var doc source.Doc
		require.NoError(t, source.Text(&doc, c.line, false, source.Limits{MaxLines: 8}))
		m := &measure.Page{}
		measure.Measure(m, &doc, x, measure.Options{})
		require.NotEmpty(t, m.Lines)
		assert.Equal(t, c.want, statesPrice(&m.Lines[0], c.price), "%q at %v", c.line, c.price)
	}
}

// TestMainLeavesLinksChrome checks that the votes for the page's main
// container and its article element do not outweigh link-dense on a short
// line of links inside them: a box of links to other articles at the end
// of an article (related videos) stays chrome, and the span ends before it.
func TestMainLeavesLinksChrome(t *testing.T) {
	l := measure.Line{Counts: measure.Counts{Words: 8, Chars: 40}, Links: 40}
	l.DOM.Main, l.DOM.Article = true, true
	assert.Negative(t, linkDense(&l, nil)+domMain(&l, nil)+domArticle(&l, nil))
}
