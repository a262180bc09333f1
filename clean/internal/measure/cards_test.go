package measure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// textRecords returns the Record of every non-blank line of text, by its
// text.
func textRecords(t *testing.T, text string) map[string]int {
	t.Helper()
	got := map[string]int{}
	eachTextLine(t, text, func(text string, l *Line) {
		if !l.Blank {
			got[text] = l.DOM.Record
		}
	})
	return got
}

func TestMarkCards(t *testing.T) {
	t.Run("a grid's cards end at their prices", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("  • Men\n  • Women\n  • Sale\n\nShoes\n\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "  • [shoe-%d]\n\n    Shoe %d\n\n    Black / White\n    Sale Price: $%d.00 Regular Price: $120.00\n", i, i, 90+i)
		}
		b.WriteString("\n© 2025 Shoes Ltd.\n")
		got := textRecords(t, b.String())
		for i := 1; i <= 5; i++ {
			assert.Equal(t, i, got[fmt.Sprintf("  • [shoe-%d]", i)], "card %d's picture", i)
			assert.Equal(t, i, got[fmt.Sprintf("    Shoe %d", i)], "card %d's name", i)
			assert.Equal(t, i, got[fmt.Sprintf("    Sale Price: $%d.00 Regular Price: $120.00", 90+i)], "card %d's price", i)
		}
		for _, s := range []string{"  • Sale", "Shoes", "© 2025 Shoes Ltd."} {
			assert.Zero(t, got[s], s)
		}
	})
	t.Run("the first card reaches back only over lines like the others'", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Houses and apartments for sale in Turin\n\n1,284 listings\nPrice Rooms Area More filters Save search\nSort by: Relevance\n\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "  • Apartment %d for sale on Via Po, Turin\n    € %d89,000\n      □ %d rooms\n      □ 85 m²\n\n    Bright renovated apartment near the river.\n\n    Contact Save\n", i, i, i)
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["  • Apartment 1 for sale on Via Po, Turin"], "the first card's title")
		assert.Equal(t, 2, got["  • Apartment 2 for sale on Via Po, Turin"])
		for _, s := range []string{"Houses and apartments for sale in Turin", "1,284 listings", "Price Rooms Area More filters Save search", "Sort by: Relevance"} {
			assert.Zero(t, got[s], s)
		}
	})
	t.Run("cards that open with their price reach back over nothing", func(t *testing.T) {
		// A listing as the cleaner prints it: its h1 as the title, each
		// card its price, name, facts, description and buttons.
		var b strings.Builder
		b.WriteString("Appartamenti in vendita a Bologna\n\n")
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, "• € %d89.000\n\nTrilocale %d, Bologna\n\n3 locali · 85 m² · 2 bagni\n\nLuminoso trilocale ristrutturato, con balcone e cantina.\n\nContatta Salva\n\n", i, i)
		}
		got := textRecords(t, b.String())
		assert.Zero(t, got["Appartamenti in vendita a Bologna"], "the listing's h1")
		for i := 1; i <= 4; i++ {
			assert.Equal(t, i, got[fmt.Sprintf("• € %d89.000", i)], "card %d's price", i)
		}
		assert.Equal(t, 4, got["Trilocale 4, Bologna"], "the last card's lines follow its price")
		assert.Equal(t, 4, got["Contatta Salva"], "the last card's buttons (the map holds the last)")
	})
	t.Run("a filter's price ranges open no card", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Mountain bikes\n\nFilters\nPrice\n[ ] Under $500\n[ ] $500 to $1,000\n[ ] Over $1,000\nBrand\n[ ] Kross\n[ ] Merida\n\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "[bike-%d]\nTrail bike %d\n$%d99.00\nAluminium frame, 100 mm fork, hydraulic disc brakes.\nIn stock\n\n", i, i, i)
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["Trail bike 1"], "the first card's name")
		for _, s := range []string{"Price", "[ ] Over $1,000", "Brand", "[ ] Merida"} {
			assert.Zero(t, got[s], s)
		}
	})
	t.Run("cards that open with their price keep the last card's lines", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("综合销量评论数新品价格共2000+件商品\n\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "  • ¥%d299.00\n    手机 型号%d 8GB+256GB\n    %d万+条评价\n    官方旗舰店%d\n", i, i, i, i)
		}
		b.WriteString("\n上一页 1 2 3 … 100 下一页\n")
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["  • ¥1299.00"], "the first card opens with its price")
		assert.Equal(t, 5, got["  • ¥5299.00"])
		assert.Equal(t, 5, got["    手机 型号5 8GB+256GB"], "the last card's name, after its price")
		assert.Equal(t, 5, got["    官方旗舰店5"])
		assert.Zero(t, got["上一页 1 2 3 … 100 下一页"])
		assert.Zero(t, got["综合销量评论数新品价格共2000+件商品"])
	})
	para := "Every month the box brings three pieces of clothing that a stylist chose for you from what you said you like, and you send back what you do not want to keep, free of charge."
	t.Run("a card may hold its description", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "Box %d\n\n%s\n\nStarting at $%d.00\n\n", i, para, 20+i)
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 5, got[para])
		assert.Equal(t, 1, got["Box 1"], "the first card, over its description")
		assert.Equal(t, 2, got["Box 2"])
	})
	t.Run("prices after paragraphs are an article's", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "Box %d\n\n%s\n\n%s\n\n%s\n\nStarting at $%d.00\n\n", i, para, para, para, 20+i)
		}
		for s, r := range textRecords(t, b.String()) {
			assert.Zero(t, r, s)
		}
	})
	t.Run("a column of prices is no grid", func(t *testing.T) {
		for s, r := range textRecords(t, "Prices\n\nSmall\n$2.50\n$3.00\n$3.50\n$4.00\n$4.50\n") {
			assert.Zero(t, r, s)
		}
	})
	t.Run("a card's second price line is the card's", func(t *testing.T) {
		// A listing's cards give their price, then their fees on the
		// next line; read as a column of prices, each pair had ended the
		// run, and no grid was found.
		var b strings.Builder
		b.WriteString("Apartamentos à venda em Pinheiros, São Paulo\n\n1.248 imóveis encontrados\n\n")
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, "[foto-%d]\nR$ %d90.000\nCondomínio R$ 1.%d00 · IPTU R$ 310\nRua dos Pinheiros, %d00 - Pinheiros\n72 m² · 2 quartos · 1 banheiro\n[Ver telefone] [Mensagem]\n\n", i, i, i, i)
		}
		got := textRecords(t, b.String())
		for i := 1; i <= 4; i++ {
			assert.Equal(t, i, got[fmt.Sprintf("R$ %d90.000", i)], "card %d's price", i)
		}
		for i := 1; i <= 3; i++ {
			// A card ends at its price (see markCards): the lines under a
			// price that opens a card are read as the next one's.
			assert.Equal(t, i+1, got[fmt.Sprintf("Condomínio R$ 1.%d00 · IPTU R$ 310", i)], "card %d's fees", i)
		}
		// So are three: a price, the one before it, the delivery's.
		b.Reset()
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, "    Brake disc set %d\n\n    $1%d3.43\n    previous price$1%d8.76\n    + $72.02 delivery\n\n    Free returns\n\n", i, i, i)
		}
		got = textRecords(t, b.String())
		for i := 1; i <= 4; i++ {
			assert.Equal(t, i, got[fmt.Sprintf("    $1%d3.43", i)], "card %d's price", i)
		}
		// Four price lines in a row are a column, not a card's.
		b.Reset()
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, "Dish %d\n€ %d,50\n€ %d,90\n€ 1%d,00\n€ 2%d,00\n\n", i, i, i, i, i)
		}
		for s, n := range textRecords(t, b.String()) {
			assert.Zero(t, n, s)
		}
	})
	t.Run("a top bar's price opens no card", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Free delivery from $30 · Call 555-0100\nShoeShop\n\n")
		for i := 1; i <= 12; i++ {
			fmt.Fprintf(&b, "  • Menu entry %d\n", i)
		}
		b.WriteString("\nFilters\n\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "Shoe %d\n\n$%d.00\n\n", i, 90+i)
		}
		got := textRecords(t, b.String())
		for _, s := range []string{"Free delivery from $30 · Call 555-0100", "  • Menu entry 3", "Filters"} {
			assert.Zero(t, got[s], s)
		}
		assert.Equal(t, 1, got["Shoe 1"])
		assert.Equal(t, 5, got["$95.00"])
	})
	t.Run("a notice set out unlike the cards opens none", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("くらしの道具店\nログインカート(0)\n\n5,000円以上のご注文で送料無料\n\nトップ > キッチン用品\n\nキッチン用品\n\n全 248 件中 1〜6 件を表示\n\n並び替え：おすすめ順新着順\n")
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "  • 鉄製フライパン %d号\n\n    %d,980円（税込）\n\n    ★★★★☆ (%d)\n\n    送料無料\n", i, i, 10*i)
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["  • 鉄製フライパン 1号"], "the first card's name")
		assert.Equal(t, 5, got["    5,980円（税込）"])
		for _, s := range []string{"くらしの道具店", "ログインカート(0)", "5,000円以上のご注文で送料無料", "トップ > キッチン用品", "キッチン用品"} {
			assert.Zero(t, got[s], s)
		}
	})
	t.Run("a long card at the end is a card", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "Mug %d\nBlue\n$%d.00\n\n", i, 10+i)
		}
		b.WriteString("Sleeve\n")
		for i := 1; i <= 30; i++ {
			fmt.Fprintf(&b, "Colour %d\n", i)
		}
		b.WriteString("$5.50\n")
		got := textRecords(t, b.String())
		assert.Equal(t, 6, got["$5.50"])
	})
	t.Run("three cards are too few", func(t *testing.T) {
		text := "Mug\nBlue\n€12,00\n\nCup\nRed\n€9,50\n\nBowl\nGreen\n€14,00\n"
		for s, r := range textRecords(t, text) {
			assert.Zero(t, r, s)
		}
		assert.Equal(t, 4, textRecords(t, text+"\nPlate\nWhite\n€11,00\n")["€11,00"])
	})
}

func TestPriceLine(t *testing.T) {
	prices := []string{"$36", "Regular Price: $36", "79,00 €", "€ 17", "XS • 118ml $29.95", "£1,264", "$549^00",
		"Sale price $279.95 Regular price [S: $279.95 :S]",
		// currencies written in letters, before or after the amount, or glued to it
		"4.299 TL", "2 800 zł / miesiąc", "EUR 17,50", "1 200 kr", "1500円", "5000원", "Rp899.000", "RM59",
		// in Chinese, Japanese and Korean, inside a run of words
		"2,980円（税込）", "月給22万円〜28万円", "售价199元起", "월 22만원"}
	others := []string{"Free shipping on orders over fifty dollars", "$", "US$ prices", "Price", "36",
		"TL", "Prices in EUR", "3 pokoje", "12 kroków", "2024年元旦", "日元汇率1月", "円安が進む3つの理由",
		"Get $10 off your next purchase of $50 or more when you refer a friend to our shop",
		`if [ "$1" = "" ] || [ "$1" = "-h" ]`, `if [ -e "/dev/mapper/$1" ]`, `MAPNAME="$1"`, "srcN=$2"}
	text := strings.Join(prices, "\n\n") + "\n\n" + strings.Join(others, "\n\n") + "\n"
	got := map[string]bool{}
	eachTextLine(t, text, func(text string, l *Line) { got[text] = !l.Blank && priceLine(l) })
	for _, s := range prices {
		assert.True(t, got[s], s)
	}
	for _, s := range others {
		assert.False(t, got[s], s)
	}
}

func TestOpensWithAmount(t *testing.T) {
	for s, want := range map[string]bool{
		"$449.99 was $579.00": true, "1 150 € / mois charges comprises": true,
		"349 ر.س [DEL:449 ر.س:DEL]": true, "4.299 TL": true, "2 800 zł / miesiąc": true,
		"R$ 189,90 à vista": true, "US$ 12": true, "RSVP$ 5": false,
		"12 Angry Men": false, "3 poireaux": false, "2024 in review": false, "Save $50 today": false,
	} {
		assert.Equal(t, want, opensWithAmount(s), s)
	}
}
