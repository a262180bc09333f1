package decide

import (
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widenings of a span over the lists and tables that follow it: on a
// page of records (text), a listing's numbered titles and an
// encyclopedia's indexes under letters, whose entries are kept whatever
// their votes (see keepEntries); on any page, a table after the
// article's last line and the list that its last line introduces.
// findSpan calls them once the span is found.

// numberedTitles widens the span of a page of records (text) over a
// numbered list of titles that begins in it or within nearLines lines
// after it: minNumbered entries or more with at least minTitleChars
// letters and digits, and most entries so long, with at most two lines
// after each (a date, a score, a line of metadata: see numberedRun). That
// is a listing as text prints it
// ("1. Kyber (YC W23) Is Hiring an Account Executive" / "8 days ago"). A
// menu's entries are short, and are not numbered; a "Most read" box of
// numbered titles stands beside an article, whose page is not a page of
// records.
func numberedTitles(p *Page) {
	start := nearLine(p, max(p.Start, 0), p.End, func(f *measure.Line) bool { return f.Marker == source.MarkOrdered })
	if start < 0 {
		return
	}
	if last, ok := numberedRun(p, start); ok {
		keepEntries(p, start, last)
		p.Start, p.End = min(p.Start, start), max(p.End, last)
	}
}

// numberedRun returns the last line of the numbered list of titles that
// opens at line start, and whether it is one (see numberedTitles). Up to
// two lines may follow each entry, the second right under the first: the
// rest of its title, its date or score, short lines, or a line of its
// metadata with a number ("650 points by ada_l 3 hours ago | hide | 33
// comments", as a news aggregator gives each story). A line without a
// word after the first entry (html2text's "**" and "******" of an empty
// bold element or a rule of stars) is no line of it.
func numberedRun(p *Page, start int) (int, bool) {
	entries, titles, last, gap := 0, 0, -1, 0
	for i := start; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		switch {
		case f.Blank, f.Words == 0 && entries > 0:
			continue // a rule of stars or dashes between entries
		case l.class == chrome && l.strong:
		case f.Marker == source.MarkOrdered:
			entries, last, gap = entries+1, i, 0
			if f.Chars >= minTitleChars {
				titles++
			}
			continue
		case f.Marker == source.MarkNone && (gap == 0 || gap < maxEntryLines && i == last+1) &&
			(f.Words <= 6 || f.Digits > 0 && f.Words <= maxEntryMeta):
			gap++
			last = i
			continue
		}
		break
	}
	return last, titles >= minNumbered && 2*titles >= entries
}

// The most words of the line of metadata under a numbered title, and
// the most lines under it (see numberedRun): the rest of a title wrapped
// onto a second line, then the metadata.
const (
	maxEntryMeta  = 16
	maxEntryLines = 2
)

// numberedAlone makes the span of a text page without one the numbered
// list of titles it holds, if it holds one (see numberedRun): a news
// aggregator's front page, its stories' titles and their points, no
// sentence among them, had printed nothing.
//
// A list that is no run of titles is read once, not again from each of its
// entries.
func numberedAlone(p *Page) {
	for i := 0; i < len(p.Lines); i++ {
		if p.f(i).Marker != source.MarkOrdered {
			continue
		}
		last, ok := numberedRun(p, i)
		if ok {
			keepEntries(p, i, last)
			p.Start, p.End = i, last
			return
		}
		i = max(i, last)
	}
}

// nearLine returns the first line from line from on that ok accepts, if
// it is at or before line end or within nearLines non-blank lines after
// it; else -1.
func nearLine(p *Page, from, end int, ok func(*measure.Line) bool) int {
	seen := 0
	for i := from; i < len(p.Lines) && seen <= nearLines; i++ {
		if ok(p.f(i)) {
			return i
		}
		if i > end && !p.f(i).Blank {
			seen++
		}
	}
	return -1
}

// keepEntries marks the lines from start to last, but blank lines and
// strong chrome, as the page's entries, whatever their votes: trimEdges
// keeps them as it keeps a page of records' tail.
func keepEntries(p *Page, start, last int) {
	for i := start; i <= last; i++ {
		if l := &p.Lines[i]; !p.f(i).Blank && !(l.class == chrome && l.strong) {
			l.extended = true
		}
	}
}

// letterIndex widens the span of a page of records (text) over the
// indexes in it or that begin within nearLines lines after it, or after
// the list of their letters that follows it (see lettersContents): list
// items under headings of one letter ("A", "B", ... as an encyclopedia's
// category and list pages print them, or of a symbol: see letterHeading),
// minIndexLetters headings or more with entries under them, in
// alphabetical order. Their entries are the page's, whatever their votes.
// Where the first entry has no marker, as a browser's innerText prints a
// list, the entries are the lines of at most maxPlainEntry words under the
// headings (an encyclopedia's category page in innerText: 0.183 -> 0.790).
// A menu's A–Z bar is one line of letters, or a list of them, not headings
// over lists; a site's "Brands A–Z" index stands beside its page's own
// content, which is not a page of records.
func letterIndex(p *Page) {
	isHeading := func(f *measure.Line) bool { return letterHeading(f) != 0 }
	for from := max(p.Start, 0); from < len(p.Lines); {
		start := nearLine(p, from, lettersContents(p, p.End), isHeading)
		if start < 0 {
			return
		}
		last, letters := indexEnd(p, start)
		if letters < minIndexLetters {
			from = start + 1
			continue
		}
		keepEntries(p, start, last)
		p.End = max(p.End, last)
		from = last + 1
	}
}

// lettersContents returns the last line of the contents of an index that
// follows line end, a list of its letters ("• 0–9", "• A", ... "• See
// also") of at least minContentsItems items, under a label of a word or
// two ("Contents:") or none; else end. The index's first
// heading is near once its contents are passed.
func lettersContents(p *Page, end int) int {
	items, last, label := 0, end, false
	for i := end + 1; i < len(p.Lines); i++ {
		f := p.f(i)
		if f.Blank {
			continue
		}
		if f.Words > 2 {
			break
		}
		if f.Marker == source.MarkNone {
			if items > 0 || label {
				break
			}
			label = true // "Contents:"
			continue
		}
		items, last = items+1, i
	}
	if items < minContentsItems {
		return end
	}
	return last
}

// maxPlainEntry is the most words of an entry of an index whose entries
// have no markers (see indexEnd): a title; a longer line is the page's
// footer, which such an index runs into.
const maxPlainEntry = 12

// minContentsItems is the fewest items of an index's contents.
const minContentsItems = 10

// indexEnd returns the last entry of the index whose first heading is
// line start, and the number of its headings with entries under them.
func indexEnd(p *Page, start int) (last, letters int) {
	var prev rune
	entries := 0 // under the last heading
	last = start
	plain := false                  // the entries have no markers, as a browser's innerText prints a list
	first := p.nonBlank(start+1, 1) // the line under the first heading
	for i := start; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if r := letterHeading(f); r != 0 {
			if r <= prev {
				break
			}
			prev, entries = r, 0
			continue
		}
		if f.Image || f.Widget {
			continue // a heading's "[edit]" link
		}
		if i == first && f.Marker == source.MarkNone {
			plain = true
		}
		if f.Marker == source.MarkNone && (!plain || f.Words > maxPlainEntry || f.End == measure.EndColon || l.class == chrome && l.strong) {
			break
		}
		if entries++; entries == 1 {
			letters++
		}
		last = i
	}
	return last, letters
}

// letterHeading returns the letter a line of one letter heads an index
// with, upper case; or the symbol that heads its lists and overviews
// ("*", "+": they come first, in the order of their code points), or '0'
// for "0–9"; 0 for other lines. Without the symbols, the index of a
// category page in html2text, whose first dozen entries stand under "*"
// and "+", began too far below the span (wceb h2t: 0.133 -> 0.786).
func letterHeading(f *measure.Line) rune {
	if f.Marker != source.MarkNone {
		return 0 // a table of contents' "• A", not a heading
	}
	if f.Content == "0–9" || f.Content == "0-9" {
		return '0'
	}
	r, n := utf8.DecodeRuneInString(f.Content)
	if n == 0 || n != len(f.Content) || !unicode.IsUpper(r) && !(r < utf8.RuneSelf && unicode.IsPunct(r) || unicode.IsSymbol(r)) {
		return 0
	}
	return r
}

// minIndexLetters is the least letter headings of an index.
const minIndexLetters = 4

// numberedOn widens the span over the rest of the numbered list that its
// last lines open: one of them is an entry, and the list of titles from
// there (see numberedRun) goes on past the span. A blog's Black Friday
// picks, each entry a product's name over its shop's link and a rule of
// stars, had stopped after the first, the rest read as fragments
// (scrapinghub text-h2t 0.9478 -> 0.9496, that page 0.50 -> 0.99; lynx's
// rendering 0.74 -> 0.99; no other page of any set or rendering moves).
func numberedOn(p *Page) {
	for i, n := p.End, 0; i >= max(p.Start, 0) && n <= maxEntryLines; i, n = p.nonBlank(i-1, -1), n+1 {
		if p.f(i).Marker != source.MarkOrdered {
			continue
		}
		if last, ok := numberedRun(p, i); ok && last > p.End {
			widenEndTo(p, last)
		}
		return
	}
}

// minNumbered is the least entries of a numbered list of titles, and
// minTitleChars the least letters and digits of each (about five words).
const (
	minNumbered   = 8
	minTitleChars = 25
)

// listsAfter widens the span over the lists after it: the list that its
// last line introduces (listAfter), the items right after its last
// paragraph (itemsAfter), the rest of a run of titles it ends on
// (titlesAfter).
func listsAfter(p *Page) {
	listAfter(p)
	itemsAfter(p)
	titlesAfter(p)
	headedListsAfter(p)
}

// listAfter widens the span over the list that its last line introduces,
// or one of the lines right after it (see introAfter), a line that ends
// with a colon ("The program covers:"), up to the first line that is no
// list item, or is strong chrome: an article does not end on a colon.
// Short items read as a menu's entries, and cost what they add, so that
// the span stopped before them. It must not take in a menu after an
// article's last paragraph, which does not end with a colon. In a text
// reading, a list whose lines follow the colon's line with no blank line
// between, and no marker, is one that line breaks part ("Tour dates:"
// over "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"): it ends
// at the first blank line, or at a line of more than maxBlockWords words,
// and holds minBlockLines lines or more. So is such a block after one
// blank line, as a browser's innerText parts a paragraph from the list
// under it, when it holds minApartLines lines or more: a list of a course's
// objectives under "you will be able to:" (innerText of a wceb service
// page 0.706 -> 0.929; wceb text-w3m +0.045 on a page whose pricing list
// w3m prints so), but not a date and a footer's links, two lines under a
// news story's last line that introduced a post the reading left out
// (scrapinghub -0.008 on that page in two modes, with two lines).
// (In HTML, whose lines no blank line parts, a news story's last line,
// "Twitter seemed a bit confused by the campaign:", took in the date
// below it.)
func listAfter(p *Page) {
	text := !p.m.HTML // in HTML no blank line parts blocks: every line follows the one before
	intro := introAfter(p, func(i, j int) bool {
		return p.f(j).Marker != source.MarkNone || text && (j == i+1 || j == i+2 && j+1 < len(p.Lines) && !p.f(j+1).Blank)
	})
	if intro < 0 {
		intro = headingOver(p)
	}
	if intro < 0 {
		return
	}
	start := p.nonBlank(intro+1, 1)
	if start < 0 {
		return // nothing follows the introduction
	}
	block := text && p.f(start).Marker == source.MarkNone
	apart := block && start > intro+1 // a blank line between the colon's line and the block
	end, lines := -1, 0
	for i := start; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			if block {
				break
			}
			continue
		}
		if !block && f.Marker == source.MarkNone || block && f.Words > maxBlockWords || l.class == chrome && l.strong {
			break
		}
		end, lines = i, lines+1
	}
	if end < 0 || block && lines < minBlockLines || apart && lines < minApartLines {
		return
	}
	widenEndTo(p, end)
}

// itemsAfter widens the span over the list right after its last line, a
// paragraph of the article of minItemsIntro words or more (not a box's
// line, "Wikimedia Commons has media related to ..."), when every item of
// it reads as text: two items or more, of three words or more and less
// than half of them link text, no words run into each other ("286
// commentsLinus Torvalds ..."), that no rule votes against and that are no
// chrome (a menu's entries are, and a word in lower case that is no
// stopword makes an item no menu's: "Fast Track: a new passport within a
// week"). Such items cost what they add, and the span, ending at the
// strong chrome under them, had stopped at the paragraph over them. The
// list ends at the first line that is no item, or at a blank line after
// its first item. wceb text-h2t 0.7984 -> 0.7986, service 0.8377 ->
// 0.8400 (one page +0.086); without the paragraph's length a wiki's
// external links and a forum's teasers came in (-0.005, -0.0025). One
// item in maxLinkedItems may be mostly link text, or a line the rules
// voted against for it: a consultancy's list of what it offers links one
// offer to its page (wceb html 0.8292 -> 0.8294, that page 0.828 ->
// 0.908; no other page of any set moves). A menu's or a related box's
// items all link.
func itemsAfter(p *Page) {
	last := p.End
	if last < 0 || last >= len(p.Lines) {
		return
	}
	if f := p.f(last); p.Lines[last].class != content || f.Marker != source.MarkNone || f.End != measure.EndSentence || f.Words < minItemsIntro {
		return
	}
	end, items, linked := -1, 0, 0
	for i := last + 1; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			if items > 0 {
				break
			}
			continue
		}
		if f.Marker == source.MarkNone {
			break
		}
		if f.Words < 3 || f.Humps > 0 || l.class == chrome && l.strong {
			return // a menu's entry, a teaser's count run into its title
		}
		if 2*max(f.Links, f.DOM.Links) >= f.Chars {
			linked++ // an item that links its subject
		} else if l.class == chrome || l.bad != NoRule {
			return
		}
		end, items = i, items+1
	}
	if items >= 2 && linked*maxLinkedItems <= items {
		widenEndTo(p, end)
	}
}

// maxLinkedItems: one item in maxLinkedItems or fewer of a list that
// itemsAfter reads may be mostly link text.
const maxLinkedItems = 4

// minItemsIntro is the fewest words of the paragraph that itemsAfter
// reads a list after.
const minItemsIntro = 12

// headingOver returns the span's last line, or the line right after it,
// when it is an HTML heading (h2 or lower) over a list: a product's
// "Features" over its names for them, which read as a menu's entries. No
// strong chrome, nor a heading that closes an article, nor after a last
// line that the page's site repeats (with a site profile, a newsroom's
// line under every story is the template's, and so is what follows it).
// An article ends on no heading. (In text, where no element says what a
// heading is, a short line over a list took in menus: 27 pages fell.)
func headingOver(p *Page) int {
	i := p.End
	if !p.m.HTML || i < 0 || i >= len(p.Lines) {
		return -1
	}
	if p.site != nil {
		if _, ok := p.site.Recurring[p.f(i).Hash]; ok {
			return -1 // the site's boilerplate ends the article: what follows is the template's
		}
	}
	if p.f(i).Heading < 2 {
		i = p.nonBlank(i+1, 1) // the heading right after the article's last line
		if i < 0 {
			return -1
		}
	}
	f, l := p.f(i), &p.Lines[i]
	if f.Heading < 2 || l.class == chrome && (l.strong || l.bad.closes()) {
		return -1
	}
	if j := p.nonBlank(i+1, 1); j < 0 || p.f(j).Marker == source.MarkNone {
		return -1
	}
	return i
}

// minBlockLines is the fewest lines of a list that line breaks part (see
// listAfter): one line under a colon is no list ("CNET für mobile
// Geräte:" over its apps' links, after an article's author box).
const minBlockLines = 2

// minApartLines is the fewest lines of a list that line breaks part
// and a blank line parts from the line that introduces it (see
// listAfter).
const minApartLines = 3

// maxBlockWords is the most words of a line of a list that line breaks
// part (see listAfter).
const maxBlockWords = 25

// introAfter returns the line that introduces what follows the span: a
// line i that ends with a colon, above the non-blank line j for which
// opens(i, j) holds (a list item, a row of a table). It is the span's last line or one of
// the maxIntro lines after it, each a paragraph (neither chrome nor a list
// item), and the lines up to it are the article's: a call to action
// ("Request a free consultation ...") between two tables of figures. It
// returns -1 when there is no such line, or when the first line that ends
// with a colon introduces something else.
func introAfter(p *Page, opens func(i, j int) bool) int {
	for i, n := p.End, 0; i >= 0 && n <= maxIntro; i, n = p.nonBlank(i+1, 1), n+1 {
		f := p.f(i)
		if n > 0 && (p.Lines[i].class == chrome || f.Marker != source.MarkNone) {
			return -1
		}
		if f.End == measure.EndColon {
			if j := p.nonBlank(i+1, 1); j >= 0 && opens(i, j) {
				return i
			}
			return -1
		}
	}
	return -1
}

// maxIntro is how many lines after the span introAfter reads.
const maxIntro = 2
