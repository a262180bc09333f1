package measure

import (
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markCards finds the page's items in a text reading, where no DOM says
// what they are: a shop's grid of cards, each a few short lines (a name,
// its colours, a rating) that end with the card's price. It marks the
// lines of each card DOM.Record, from 1, as the HTML front end marks a
// DOM's items (see source.DOM.Record), so that the classifier reads a
// text's grid as it reads a DOM's: a page of cards without a paragraph
// keeps its cards, rather than nothing or the one run of a banner or a
// footer.
//
// The cards are a run of at least minCards price lines (see priceLine; a
// card's few price lines in a row count as its first, see pairedPrice),
// each from 2 to maxCardLines non-blank lines after the one before, with
// at most maxCardParagraphs lines of more than maxCardWords words between
// two: a card may give a short description and a line of a review, but
// offers each under a few paragraphs (a listicle's "Starting at $20.00"
// after each review) are an article's, and a column of prices (a
// table's, a menu's of dishes) is not cards. A card is the lines after
// the previous price line up to its own; the first card goes as far back
// as the middle card's length, over lines that may be a card's. (Cards
// with their descriptions: a furniture shop's text-w3m page rose from
// 0.28 to 0.80, as its HTML scores, and no page fell by more than
// 0.0003; the first card over its description too: a news site's post of
// deals, each a product's card with its features, from 0.29 to 0.97 in
// each text rendering, and no other page moved. Price lines of up to 12
// words, a sale price with the regular one: wceb text-w3m and text-h2t
// +0.0001 and +0.0002, pages by -0.04 to +0.06.)
//
// A reading of the cleaner's output runs it too: it must find the cards
// that a user cleaning that output finds. So does an HTML page whose DOM
// shows no items (see source.DOM.Record): cards built each its own way,
// or under a wrapper whose class names chrome ("filtering-and-pagination")
// are no set of like elements, but their lines are a grid all the same
// (wceb html 0.8145 -> 0.8154: a store's two pages of offers, 0.14 ->
// 0.33 and 0.08 -> 0.17; no other page moves).
func (p *Page) markCards() {
	// The price lines of the run being read, and the non-blank lines from
	// each to the next.
	run, gaps := p.cards[0][:0], p.cards[1][:0]
	since, long := 0, 0 // non-blank lines since the run's last price line, and paragraphs
	cards := 0          // the cards marked so far
	block := 0          // the price lines read right under the run's last, as its card's (see pairedPrice)
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		price := priceLine(l) && !checkBox(l.Content)
		if price && len(run) > 0 && since == block && run[len(run)-1] == i-1-block && p.pairedPrice(run[len(run)-1]) {
			block++
			price = false // a card's second price line, its fees or its instalments: a line of the card
		} else if price {
			block = 0
		}
		if len(run) > 0 {
			since++
			if l.Words > maxCardWords {
				long++
			}
			if since > maxCardLines || long > maxCardParagraphs || price && since < 2 {
				// Too far from the last card, an article's paragraphs,
				// or a column of prices: the run ends.
				cards = p.markRun(run, gaps, cards)
				run, gaps = run[:0], gaps[:0]
			}
		}
		if price {
			if len(run) > 0 {
				gaps = append(gaps, since)
			}
			run = append(run, i)
			since, long = 0, 0
		}
	}
	p.markRun(run, gaps, cards)
	p.cards = [2][]int{run, gaps} // kept for the next page
}

// checkBox reports whether s opens with a check box as w3m prints one, "[
// ]" or "[*]": a filter's option ("[ ] Under $500", "[ ] do 2000 zł"),
// whose price ranges had opened a grid's first card above the grid, and
// whose last option, a bracket's line as a card's picture is, the first
// card had reached back over.
func checkBox(s string) bool {
	if len(s) < 5 || s[0] != '[' || s[2] != ']' || strings.IndexByte(" *xX", s[1]) < 0 {
		return false
	}
	return strings.TrimSpace(s[3:]) != "" // an option's text: a box alone is a picture's or a toggle's
}

// CheckBox reports whether l opens with a check box as w3m prints one,
// and its option's text after it (see checkBox).
func (l *Line) CheckBox() bool { return checkBox(l.Content) }

// markRun marks the cards that the price lines of run end, if there are
// minCards or more, numbered after the cards marked before; gaps are the
// non-blank lines from each price line to the next, which it sorts. It
// returns the number of cards marked now.
func (p *Page) markRun(run, gaps []int, cards int) int {
	run, gaps = trimOutliers(run, gaps)
	run, gaps = p.trimUnlike(run, gaps)
	if len(run) < minCards {
		return cards
	}
	slices.Sort(gaps)
	length := gaps[len(gaps)/2]
	var buf [8]cardShape
	shapes := p.shortShapes(run[0]+1, run[len(run)-1], buf[:0]) // the other cards' short lines
	from, long := run[0], 0
	reach := length
	if endAlike(p, run, length) {
		reach = 0 // cards that open with their price: the line over the first is the page's
	}
	for n := 1; from > 0 && n < reach; {
		l := &p.Lines[from-1]
		if !l.Blank {
			if l.Words <= maxCardWords && !slices.Contains(shapes, cardShapeOf(l)) || checkBox(l.Content) {
				break // no line of the other cards is like it: a heading's, a filter's
			}
			if l.Words > maxCardWords {
				long++
			}
			if l.DOM.Record > 0 || long > maxCardParagraphs {
				break // another run's card, or an article's paragraphs
			}
			n++
		}
		from--
	}
	priceFirst := true // no line above the first price is a card's
	for i := from; i < run[0]; i++ {
		priceFirst = priceFirst && p.Lines[i].Blank
	}
	for _, end := range run {
		cards++
		for i := from; i <= end; i++ {
			if l := &p.Lines[i]; !l.Blank {
				l.DOM.Record = cards
			}
		}
		from = end + 1
	}
	if priceFirst {
		// Cards that open with their price: the last card's lines
		// follow its price, as far as a card is long, over lines like
		// the other cards' (a shop's name, a count of reviews).
		for n, i := 1, from; i < len(p.Lines) && n < length; i++ {
			l := &p.Lines[i]
			if l.Blank {
				continue
			}
			if l.DOM.Record > 0 || l.Words > maxCardWords || priceLine(l) || !slices.Contains(shapes, cardShapeOf(l)) {
				break
			}
			l.DOM.Record = cards
			n++
		}
	}
	return cards
}

// endAlike reports whether the line right over each price of run but the
// first is one text, a price's or none, and the last price's card, its
// length long, ends with it too: the caption of the buttons that close
// each card ("Contatta Salva", contact and save), so that each card opens
// with its price and ends with them. A grid whose cards give their name
// over their price has a name there, one a card, or a line each card
// gives over its price ("Black / White"), which the last card does not
// give again after it. The first card of a grid whose cards end alike
// reaches back over nothing: a listing's h1 right over it ("Appartamenti
// in vendita a Bologna" over "€ 289.000"), printed by the cleaner as the
// title over the body, had read as the first card's name, and the
// listing had no title.
func endAlike(p *Page, run []int, length int) bool {
	var hash uint64
	for _, i := range run[1:] {
		j := i - 1
		for j >= 0 && p.Lines[j].Blank {
			j--
		}
		if j < 0 {
			return false
		}
		l := &p.Lines[j]
		if l.Hash == 0 || priceLine(l) || hash != 0 && l.Hash != hash {
			return false
		}
		hash = l.Hash
	}
	for i, n := run[len(run)-1]+1, 0; hash != 0 && i < len(p.Lines) && n < length; i++ {
		if l := &p.Lines[i]; !l.Blank {
			if l.Hash == hash {
				return true
			}
			n++
		}
	}
	return false
}

// cardShape is a short line's place in a card: its indent and marker.
// The first card of a grid reaches back only over short lines that the
// other cards have too (and over up to maxCardParagraphs paragraphs, its
// description); a listing's h1, its count of results and its filters, set
// out at the page's margin above cards whose lines are indented, are none
// of them.
type cardShape struct {
	indent int
	marker source.Marker
}

// shortShapes returns the shapes of the short non-blank lines (of up to
// maxCardWords words) from line from up to line to, not included, each
// once, appended to buf.
func (p *Page) shortShapes(from, to int, buf []cardShape) []cardShape {
	for i := from; i < to; i++ {
		o := &p.Lines[i]
		if s := cardShapeOf(o); !o.Blank && o.Words <= maxCardWords && !slices.Contains(buf, s) {
			buf = append(buf, s)
		}
	}
	return buf
}

// cardShapeOf returns l's shape in a card (see cardShape).
func cardShapeOf(l *Line) cardShape { return cardShape{l.Indent, l.Marker} }

// trimOutliers drops the price lines that open a run and stand much
// farther from the next than the cards' own length (more than twice the
// middle gap and two lines): a shop's top bar ("Free delivery from 3000
// ₽") over its menus and filters is no card, and the first card had taken
// them all in. A long card at the end is one all the same: a mug's sleeve
// in fifty colours. gaps are the non-blank lines from each price line to
// the next, in order.
func trimOutliers(run, gaps []int) ([]int, []int) {
	if len(gaps) < minCards-1 || len(gaps) > maxSortedGaps {
		return run, gaps
	}
	var buf [maxSortedGaps]int
	sorted := buf[:len(gaps)]
	copy(sorted, gaps)
	slices.Sort(sorted)
	limit := 2*sorted[len(sorted)/2] + 2
	for len(gaps) > 0 && gaps[0] > limit {
		run, gaps = run[1:], gaps[1:]
	}
	return run, gaps
}

// trimUnlike drops the price lines that open a run and are set out unlike
// every other price line of it (see cardShape): a shop's notice at the
// margin ("5,000円以上のご注文で送料無料", free delivery over an amount)
// over its filters and a grid whose prices are indented, which the first
// card had taken in, with the menus above it.
func (p *Page) trimUnlike(run, gaps []int) ([]int, []int) {
	for len(run) > minCards {
		first := cardShapeOf(&p.Lines[run[0]])
		for _, i := range run[1:] {
			if cardShapeOf(&p.Lines[i]) == first {
				return run, gaps
			}
		}
		run, gaps = run[1:], gaps[1:]
	}
	return run, gaps
}

// maxSortedGaps is the most gaps of a run that trimOutliers reads: a
// longer run is a grid whose ends do not matter.
const maxSortedGaps = 64

// hasItems reports whether the front end found the page's items (see
// source.DOM.Record).
func (p *Page) hasItems() bool {
	for i := range p.Lines {
		if p.Lines[i].DOM.Record > 0 {
			return true
		}
	}
	return false
}

const (
	minCards          = 4  // price lines that make a grid, as like siblings make a DOM's items
	maxCardPrices     = 3  // the most price lines in a row of one card (see pairedPrice)
	maxCardLines      = 64 // the most lines of a card: a name, and the colours it comes in
	maxCardWords      = 30 // the most words of a line of a card but its paragraphs
	maxCardParagraphs = 2  // the most lines of more than maxCardWords words in a card
	maxPriceWords     = 12 // the most words of a price line: "Sale price $279.95 Regular price [S: $279.95 :S]"
)

// pairedPrice reports whether the price lines right under price line a,
// no blank line between, are the few price lines of a's card: with a they
// are at most maxCardPrices, none an item of its own beside a, and the
// line before a is no price line. A
// listing's card gives its price and, under it, its fees ("R$ 890.000",
// then "Condomínio R$ 1.200 · IPTU R$ 310"), a shop's card its price, the
// price before it and the delivery's ("$153.43", "previous price$168.76",
// "+ $72.02 delivery"); each such block had ended the run as a column of
// prices, and no grid was found. More price lines in a row are a column:
// a table's, a menu's. A list item set out as a is an item of its own: a
// carousel's two products, "• Laufsocken Trail 12,95 €", "• Trinkrucksack
// 5 L 39,95 €".
func (p *Page) pairedPrice(a int) bool {
	if j := p.nonBlankNear(a, -1); j >= 0 && priceLine(&p.Lines[j]) {
		return false
	}
	n := 1
	for j := a + 1; j < len(p.Lines) && !p.Lines[j].Blank && priceLine(&p.Lines[j]); j++ {
		if p.Lines[j].Marker != source.MarkNone && cardShapeOf(&p.Lines[j]) == cardShapeOf(&p.Lines[a]) {
			return false // an item of its own, beside a's
		}
		n++
	}
	return n <= maxCardPrices
}
