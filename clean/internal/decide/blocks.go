package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widenings of a span over the blocks of a page's own that its rules
// leave out, each of short lines that cost the span more than they add:
// the sections of lists under their headings after it (listsAfter calls
// headedListsAfter), an example of code after it, a recipe's list of
// ingredients above it. findSpan calls them once the span is found.

// headedListsAfter widens the span that ends on a section of an HTML
// heading over a list over the sections of the same shape after it (see
// headingOver), whose items do not link, one after the other: a job's
// "Ihr Profil" and "Wir bieten" after "Ihre Aufgaben", whose items, short
// and in title case in German, read as a menu's entries. listAfter takes
// the first such section only. A list of links, a menu's or a box's of
// teasers, ends them; and so does a span that ends on a paragraph, or on
// a list that is chrome (see endsOnHeadedList): a consultancy's lists of
// its products after its article are no article's (wceb -0.0064 on that
// page, when they came in). No output of the shared sets changes.
func headedListsAfter(p *Page) {
	if !endsOnHeadedList(p) {
		return
	}
	for n := 0; n < maxHeadedLists; n++ {
		h := headingOver(p)
		if h < 0 || h == p.End {
			return
		}
		end := -1
		for i := p.nonBlank(h+1, 1); i >= 0 && p.f(i).Marker != source.MarkNone; i = p.nonBlank(i+1, 1) {
			f, l := p.f(i), &p.Lines[i]
			if f.Links > 0 || l.class == chrome && l.strong {
				return
			}
			end = i
		}
		if end < 0 {
			return
		}
		widenEndTo(p, end)
	}
}

// endsOnHeadedList reports whether the span ends on the last item of a
// list right under an HTML heading (h2 or lower), none of whose items
// links or is chrome once its neighbours are read (see settle): a promoter's
// lists of its products ("MBB Online Tests", its items between "FREE"
// labels) are.
func endsOnHeadedList(p *Page) bool {
	i := p.End
	if i < 0 || i >= len(p.Lines) || p.f(i).Marker == source.MarkNone {
		return false
	}
	for i >= 0 && p.f(i).Marker != source.MarkNone {
		if p.f(i).Links > 0 || p.Lines[i].class == chrome {
			return false
		}
		i = p.nonBlank(i-1, -1)
	}
	return i >= 0 && p.f(i).Heading >= 2
}

// maxHeadedLists is the most sections that headedListsAfter takes in.
const maxHeadedLists = 8

// quantitiesAbove widens the span over a list of quantities right above
// its first line, with the list's heading: a recipe's ingredients ("3
// medium carrots", "2 1/2 cups of flour", "½ tsp salt") over its method,
// whose steps open the span. Each item is short and no sentence, and
// cost the span more than it added, so that a recipe lost what it is
// made of in HTML and in text. A list is one of quantities when it holds
// minQuantities items or more, none a link or strong chrome, two thirds of
// them opening with a number (see opensWithQuantity). At most one short
// heading may stand between the list and the span ("Method", "Modo de
// preparo"). A menu's entries open with no number, and a box of teasers
// is links, or stands under its chrome heading. No output of the shared
// sets changes.
func quantitiesAbove(p *Page) {
	if p.Start > p.End {
		return
	}
	i := p.nonBlank(p.Start-1, -1)
	if i >= 0 && p.f(i).Marker == source.MarkNone && quantitiesHeading(p, i) {
		i = p.nonBlank(i-1, -1)
	}
	first, n, q := -1, 0, 0
	for j := i; j >= 0; j = p.nonBlank(j-1, -1) {
		f, l := p.f(j), &p.Lines[j]
		if f.Marker == source.MarkNone || f.Words > maxQuantityWords || f.End == measure.EndSentence || f.Links > 0 || l.class == chrome && l.strong {
			break
		}
		first, n = j, n+1
		if opensWithQuantity(f.Content) {
			q++
		}
	}
	if n < minQuantities || 3*q < 2*n {
		return
	}
	if h := p.nonBlank(first-1, -1); h >= 0 && p.f(h).Marker == source.MarkNone && quantitiesHeading(p, h) {
		first = h
	}
	widenTo(p, first)
}

// quantitiesHeading reports whether line i may head a list of quantities
// or stand between it and the span (see quantitiesAbove): a line of one
// to four words that ends no sentence, and is no strong chrome, nor a
// heading that closes an article ("Related recipes").
func quantitiesHeading(p *Page, i int) bool {
	f, l := p.f(i), &p.Lines[i]
	return f.Words >= 1 && f.Words <= 4 && f.End == measure.EndNone && f.Links == 0 && !(l.class == chrome && (l.strong || l.bad.closes()))
}

// opensWithQuantity reports whether s opens with a number or a vulgar
// fraction ("½"): an amount, as a recipe's ingredients and a kit's parts
// open.
func opensWithQuantity(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || unicode.Is(unicode.No, r)
}

// minQuantities is the fewest items of a list of quantities, and
// maxQuantityWords the most words of each (see quantitiesAbove).
const (
	minQuantities    = 3
	maxQuantityWords = 12
)

// codeAfter widens the span over an example of code right after it: a
// block of code (see measure's markCode) after at most maxCodeLead lines,
// each of at most maxCodeLeadWords words and no strong chrome, nor a
// heading that closes an article, nor a list item: the example's heading
// and the line that introduces it ("Examples", "A minimal file:"). A
// documentation page's last section, an example after a table of
// settings, had gone, as a label, an introduction and two lines of code
// cost the span more than they added. The block has minCodeAfter lines
// or more, or the line before it ends with a colon, and shows code's
// syntax (see measure.Line.ShowsCode): a site's snippet to embed a video,
// one line, is no example. On the shared sets, one page moves, in each
// mode: a script's last two lines ("  }", "});") join the rest of its
// block (wceb 0671, the same F1 to four places).
func codeAfter(p *Page) {
	if p.Start > p.End {
		return
	}
	i := p.nonBlank(p.End+1, 1)
	for n := 0; i >= 0 && !p.f(i).Code; n++ {
		f, l := p.f(i), &p.Lines[i]
		if n == maxCodeLead || f.Words > maxCodeLeadWords || f.Marker != source.MarkNone || l.class == chrome && (l.strong || l.bad.closes()) {
			return
		}
		i = p.nonBlank(i+1, 1)
	}
	if i < 0 {
		return
	}
	last, lines, syntax := -1, 0, false
	for j := i; j >= 0 && p.f(j).Code && !(p.Lines[j].class == chrome && p.Lines[j].strong); j = p.nonBlank(j+1, 1) {
		last, lines, syntax = j, lines+1, syntax || p.f(j).ShowsCode()
	}
	intro := p.nonBlank(i-1, -1)
	if !syntax || lines < minCodeAfter && (intro < 0 || p.f(intro).End != measure.EndColon) {
		return
	}
	widenEndTo(p, last)
}

// maxCodeLead is the most lines between the span and an example of code
// after it, and maxCodeLeadWords the most words of each; minCodeAfter is
// the fewest lines of an example that no line introduces (see codeAfter).
const (
	maxCodeLead      = 2
	maxCodeLeadWords = 12
	minCodeAfter     = 2
)

// itemTailBelow widens the span, in text, over the dates right below its
// last line that go on with the last item of a list whose items it holds:
// date lines at the indent of the span's last line, under a list item's
// marker, each opening with the word of a line at that indent that the
// span holds (a job listing's "Dodana 5 dni temu" under its last offer,
// as "Dodana 2 dni temu" and "Dodana wczoraj" stand under the offers
// above it, in the span). The last offer had lost its date, read as a
// dateline under an article. Any such line, not a date alone, took in a
// thread's next poster and a shop's last price in w3m (wceb 0567
// -0.0002, 2897 -0.0013); dates alone, no output of the shared sets
// changes.
func itemTailBelow(p *Page) {
	if p.m.HTML || p.Start > p.End {
		return
	}
	last := p.f(p.End)
	if last.Indent == 0 || last.Marker != source.MarkNone || !underItem(p, p.End) {
		return
	}
	for {
		i := p.nonBlank(p.End+1, 1)
		if i < 0 {
			return
		}
		f := p.f(i)
		if f.Indent != last.Indent || f.Marker != source.MarkNone || p.Lines[i].strong || p.Lines[i].bad != DateLine || !openedAlike(p, i) {
			return
		}
		widenEndTo(p, i)
	}
}

// underItem reports whether line i, indented, stands under a list item's
// marker: the nearest line above it at a smaller indent opens a list
// item.
func underItem(p *Page, i int) bool {
	in := p.f(i).Indent
	for j := p.nonBlank(i-1, -1); j >= 0; j = p.nonBlank(j-1, -1) {
		if f := p.f(j); f.Indent < in || f.Marker != source.MarkNone {
			return f.Marker != source.MarkNone && f.Indent < in
		}
	}
	return false
}

// openedAlike reports whether the span holds a line at line i's indent,
// no strong chrome, that opens with line i's first word.
func openedAlike(p *Page, i int) bool {
	f := p.f(i)
	word, _, _ := strings.Cut(f.Key, " ")
	if word == "" {
		return false
	}
	for j := p.Start; j <= p.End; j++ {
		g := p.f(j)
		if !g.Blank && g.Indent == f.Indent && !p.Lines[j].strong && (g.Key == word || strings.HasPrefix(g.Key, word+" ")) {
			return true
		}
	}
	return false
}
