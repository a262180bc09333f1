package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The lines that titleScore and firstLineTitle hold for no headline,
// whatever their shape: a wrapped paragraph's first line, the first of a
// list of dated entries or of a grid's cards, a price, a card's
// metadata.

// inGrid reports whether line i is the name over the price of the first
// card of a grid of minGridCards cards or more (see measure's markCards):
// the first product of a category page's output, which a reading had
// lifted as the page's headline, then the next product.
func inGrid(p *Page, i int) bool {
	if p.f(i).DOM.Record != 1 {
		return false
	}
	if j := p.nonBlank(i+1, 1); j < 0 || !p.f(j).Price() {
		return false // the page's headline over the first card, which reaches back over it
	}
	for j := len(p.Lines) - 1; j > i; j-- {
		if p.f(j).DOM.Record >= minGridCards {
			return true
		}
	}
	return false
}

// minGridCards is the fewest cards of a grid whose first card is no
// headline (see inGrid).
const minGridCards = 4

// wrappedHead reports whether line i, in a text rendering, is the first
// line of a paragraph its renderer wrapped and the cleaner did not join
// (see source.Paragraphs: a page with few wrapped paragraphs is read as
// it is): a line of minWrappedWords words or more over a line that opens
// in lower case and ends a sentence, or runs on into another such line
// (see runsOn): "Esta página explica cómo instalar DemoTool ... antes de
// adaptarlo" over "a tus necesidades.", which a Spanish documentation page
// had for its title. Or a line of Chinese or Japanese as wide as the
// margin over another (see minCJKWrapColumns), or of a script without
// case (Arabic, Hebrew, Devanagari) over another of the same, at its
// indent (see minWrapColumns). A headline's next line in
// lower case is a byline or a date ("by Jane Doe", "updated 3 hours ago"),
// which ends no sentence.
func wrappedHead(p *Page, i int) bool {
	if p.m.HTML || i+1 >= len(p.Lines) {
		return false
	}
	f, next := p.f(i), p.f(i+1)
	if f.CJK > 0 && !next.Blank && next.CJK > 0 {
		// A run of Chinese or Japanese wraps at any character, with no
		// case to mark the next line: a line whose text, up to the next
		// cell of a table w3m laid out with spaces, is as wide as the
		// renderer's margin runs on, at its indent or, as a paragraph's
		// first line, up to two characters further in.
		return f.Indent >= next.Indent && f.Indent-next.Indent <= maxCJKFirstIndent && cellColumns(f.Content) >= minCJKWrapColumns
	}
	if f.Words >= minWrappedWords && f.CJK == 0 && caseless(f.Content) && !next.Blank && caseless(next.Content) {
		// Arabic, Hebrew and the scripts of India have no case to mark
		// the next line either: a line as wide as the margin, over a line
		// at its indent, runs on ("تحتاج إلى نظام ويندوز 10 أو أحدث، ...
		// لجميع" over "المستخدمين. تأكد ...", a manual's first paragraph,
		// had been its title).
		return f.Indent == next.Indent && cellColumns(f.Content) >= minWrapColumns
	}
	return f.Words >= minWrappedWords && runsOn(p, i) && (next.End == measure.EndSentence || runsOn(p, i+1))
}

// minWrapColumns is the fewest columns of a line of a script without
// case that wrappedHead reads as wrapped: w3m's margin is 80 columns.
const minWrapColumns = 70

// runsOn reports whether line i, in a text rendering, has a line right
// below it, no blank line between, that opens in lower case: the middle
// line of a paragraph wrapped over three lines or more, which ends no
// sentence.
func runsOn(p *Page, i int) bool {
	if i+1 >= len(p.Lines) || p.f(i+1).Blank {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.f(i + 1).Content)
	return unicode.IsLower(r)
}

// cellColumns returns the width in columns of s up to the first run of
// three spaces (the next cell of a table that w3m laid out): two for a
// character of Chinese, Japanese or Korean, one for any other.
func cellColumns(s string) int {
	if k := strings.Index(s, "   "); k >= 0 {
		s = s[:k]
	}
	n := 0
	for _, r := range s {
		n++
		if lang.IsCJK(r) {
			n++
		}
	}
	return n
}

// maxCJKFirstIndent is how many columns further in than the next line a
// Chinese paragraph's first line may be ("　　", two full-width spaces).
const maxCJKFirstIndent = 4

// minCJKWrapColumns is the fewest columns of a line of Chinese or Japanese
// that wrappedHead reads as wrapped: w3m's margin is 80 columns, and its
// characters take two each.
const minCJKWrapColumns = 70

// minWrappedWords is the fewest words of a wrapped paragraph's first line
// that wrappedHead reads: w3m wraps at 80 columns or more.
const minWrappedWords = 8

// firstEntry reports whether line i is the title of the first of a list
// of dated entries: the next line is a date line ("2 часа назад · 1 245
// просмотров"), and within entryReach non-blank lines after it, in the
// article span and not strong chrome, at least minEntries other lines
// with a headline's shape stand over a date line too (a sidebar's
// "Popular posts" after an article are titles over dates as well, outside
// its span). A news section's front page lists its stories so, title,
// date and summary, and its first story's title is no more the page's
// headline than the next one's; taken as the headline, it went from the
// body, and a reading of the cleaned HTML page lifted it too. An
// article's headline over its date has no such lines after it. Nor has a
// thread's title over its first post's date: a post's last line, a
// sentence left without a full stop, stands over the next post's date,
// but running text (the prose rule's) is no entry's title. A reading of
// a forum's output that keeps its posts' dates had lost the thread's
// title so (no page of any corpus moves without those dates).
func firstEntry(p *Page, i int) bool { return firstEntryDate(p, i) >= 0 }

// firstEntryDate is firstEntry, and returns the date line of the entry
// that line i titles, or -1 where i is no first entry's title.
//
// The date may stand right under the title, or one line lower where a
// source line parts them (a job's employer, a post's author: "Técnico de
// mantenimiento / Aceites del Sur · Sevilla / Publicada hace 2 días"), if
// every entry counted has one so: a short line that gives no date. An
// article's headline over its byline and date has no like entries under
// it.
func firstEntryDate(p *Page, i int) int {
	for gap := 0; gap <= 1; gap++ {
		if d := entryDate(p, i, gap); d >= 0 && entriesAfter(p, d, gap) {
			return d
		}
	}
	return -1
}

// entryDate returns the date line gap lines under line i, each between a
// short line that is no date and no strong chrome; else -1.
func entryDate(p *Page, i, gap int) int {
	d := p.nonBlank(i+1, 1)
	for n := 0; n < gap && d >= 0; n++ {
		if f := p.f(d); f.Dateline() || f.Words > maxEntryHeadWords || p.Lines[d].strong {
			return -1
		}
		d = p.nonBlank(d+1, 1)
	}
	if d < 0 || !p.f(d).Dateline() {
		return -1
	}
	return d
}

// entriesAfter reports whether minEntries lines within entryReach
// non-blank lines after line d, in the span, title entries dated gap
// lines under them (see entryDate). With a gap, each entry follows the
// one before within entryLines non-blank lines of its date (a summary, a
// "Read more"): an article's headline, byline and date stand over its
// text, and the titles, authors and dates of other stories far below it
// are no entries of its.
func entriesAfter(p *Page, d, gap int) bool {
	n, seen := 0, 0
	for j := p.nonBlank(d+1, 1); j >= 0 && j <= p.End && seen < entryReach; j = p.nonBlank(j+1, 1) {
		seen++
		if gap > 0 && seen > entryLines {
			return false
		}
		if !headlineShape(p.f(j)) || p.Lines[j].strong || p.Lines[j].good == Prose {
			continue
		}
		if e := entryDate(p, j, gap); e >= 0 {
			if n++; n == minEntries {
				return true
			}
			if gap > 0 {
				j, seen = e, 0
			}
		}
	}
	return false
}

// entryReach is how many non-blank lines after a title's date firstEntry
// looks for other entries; minEntries is how many it needs. entryLines is
// how many non-blank lines after an entry's date the next entry's title
// may stand, where a source line parts title and date.
const (
	entryReach = 30
	minEntries = 2
	entryLines = 4
)

// maxEntryHeadWords is the most words of the source line between an
// entry's title and its date (see firstEntryDate): an employer and a
// place, an author.
const maxEntryHeadWords = 12

// stockLine reports whether f opens with a product's availability ("In
// stock, ships in 1-2 business days", "Disponibile, spedizione in 24/48
// ore"; see lang.Stock): a product page's line over its description, no
// headline. A text rendering of a shop's product had taken it for the
// title, which the product's name, higher over the price, had lost.
func stockLine(p *Page, f *measure.Line) bool {
	return f.Heading != 1 && has(f.First, lang.Stock) && p.m.Lex.Lead(lang.Stock, f.Key, p.m.Lang) >= 0
}

// hasAge reports whether l gives a time before now anywhere among its
// words ("Datenfabrik GmbH · Berlin · Full-time · 2 days ago", a job
// listing's card): a card's or a post's metadata, which no headline of
// the benchmarks holds.
func hasAge(p *Page, l *measure.Line) bool {
	if l.All&lang.Marks(lang.Ago) == 0 {
		return false
	}
	age, _ := p.m.Lex.Age(l.Key)
	return age != 0
}

// controlBar reports whether l holds a whole phrase of the list-control
// table among its words: a listing's bar of filters as a text renderer
// prints it ("Price Rooms Area More filters Save search"), which had been
// taken for the headline over the listing's h1.
func controlBar(p *Page, l *measure.Line) bool {
	return l.Words > 2 && p.m.Lex.WholesIn(lang.ListControl, l.Key, p.m.Lang) >= 1
}

// signInBar reports whether l holds two of the sign-in table's whole
// phrases among its words, or one and one of the nav-label or
// call-to-action table's ("... Log in Start free trial"): a
// site's bar of links that a text renderer printed on one line
// ("Programmers Forum Log in Register Forums Members", "[Log In] Forgot
// your password?", "Small appliances Cookware Deals My account Cart (0)"),
// which is no headline however many words it has. One is not enough:
// "How to Sign Up for Medicare" is a headline; nor are two of the
// nav-label table's alone: "Home Sweet Home".
func signInBar(p *Page, l *measure.Line) bool {
	if l.Words <= 2 {
		return false
	}
	n := p.m.Lex.WholesIn(lang.SignIn, l.Key, p.m.Lang)
	return n >= 2 || n == 1 && (p.m.Lex.WholesIn(lang.NavLabel, l.Key, p.m.Lang) >= 1 || p.m.Lex.WholesIn(lang.CallToAction, l.Key, p.m.Lang) >= 1)
}

// buttonBar reports whether l is a row of buttons that a text renderer
// prints on one line: two whole phrases of the nav-label table or more,
// which make most of its words ("الكمية أضف إلى السلة اشتر الآن أضف إلى
// المفضلة", quantity, add to cart, buy now, add to wishlist). It stands
// over a product's description, nearer it than the product's name. A
// headline may hold two such words among others ("Home Depot Stock Falls
// After Earnings Report Disappoints").
func buttonBar(p *Page, l *measure.Line) bool {
	if l.Words <= 2 || l.Words > maxButtonBar {
		return false
	}
	n, words := p.m.Lex.WholesCover(lang.NavLabel, l.Key, p.m.Lang)
	return n >= 2 && 2*words > l.Words
}

// maxButtonBar is the most words of a row of buttons (see buttonBar).
const maxButtonBar = 12

// sectionName reports whether f is the name of a section that pages of
// any subject give ("Product details", "Customer reviews", the lexicon's
// section-names), and no h1: the name of no page, though it is a
// heading over the article's text, nearer it than the product's name.
func sectionName(p *Page, f *measure.Line) bool {
	return f.Heading != 1 && f.Words <= maxSectionName && has(f.First, lang.SectionNames) && p.m.Lex.In(lang.SectionNames, f.Key, p.m.Lang)
}

// maxSectionName is the most words of an entry of the section-names list.
const maxSectionName = 4

// listedSection reports whether line i heads a section that a list of
// the page's sections above it names: an item of a list within
// titleReach lines above gives line i's text, and two of the items after
// it stand as lines of their own below line i. A page's contents list
// (a guide's "Introduction to Web Design", "Web Design Principles", ...)
// parts its headline, standfirst and byline from its first section; that
// section's heading, right above the article, had been taken for the
// page's headline (wceb text-h2t: titles found 0.6576 -> 0.6667, and two
// pages' F1 +0.001; html and text-w3m do not move). The page's own h1 is
// never such a section.
func listedSection(p *Page, i int) bool {
	f := p.f(i)
	if f.Repeats == 0 || f.Marker != source.MarkNone || f.Heading == 1 {
		return false
	}
	j := -1 // the item that gives line i's text
	for k, seen := p.nonBlank(i-1, -1), 0; k >= 0 && seen < titleReach; k, seen = p.nonBlank(k-1, -1), seen+1 {
		if g := p.f(k); g.Marker != source.MarkNone && g.Hash == f.Hash {
			j = k
			break
		}
	}
	if j < 0 || listRoot(p, j) {
		return false
	}
	var after [minListedAfter]uint64 // the list's items after the one that gives line i's text
	n := 0
	for k := p.nonBlank(j+1, 1); k >= 0 && k < i && n < len(after) && p.f(k).Marker != source.MarkNone; k = p.nonBlank(k+1, 1) {
		if p.f(k).Repeats > 0 {
			after[n] = p.f(k).Hash
			n++
		}
	}
	if n < len(after) {
		return false
	}
	found := 0
	for k := i + 1; k < len(p.Lines) && found < n; k++ {
		g := p.f(k)
		if g.Blank || g.Marker != source.MarkNone || g.Repeats == 0 {
			continue
		}
		for x := range after[:n] {
			if after[x] == g.Hash {
				after[x] = 0 // each item once
				found++
			}
		}
	}
	return found == n
}

// listRoot reports whether item j of a list is its root: every item
// after it, to the list's end, is indented deeper. A reference's contents
// list gives the page's own title first, its sections nested under it
// (Node's "Query string" over "querystring.decode()" ...): the page's
// headline, which the list names as it names no section.
func listRoot(p *Page, j int) bool {
	n := 0
	for k := p.nonBlank(j+1, 1); k >= 0 && p.f(k).Marker != source.MarkNone; k = p.nonBlank(k+1, 1) {
		if p.f(k).Indent <= p.f(j).Indent {
			return false
		}
		n++
	}
	return n > 0
}

// minListedAfter is how many of a contents list's items after a section's
// must head sections below it for listedSection.
const minListedAfter = 2

// contentsEntry reports whether line i is an entry of a contents list
// printed without markers: it stands in a run of contentsRun lines, blank
// lines aside (lynx parts a list's groups with them), each of which stands
// again below the run, their first copies there in the same order, with
// text between each and the next, as a section's heading stands over its
// text; where blank lines part the run, over no chrome (a kicker and a
// headline given again in a sidebar's teaser stand over its other lines).
// A manual's
// chapter opens with its sections' list ("10.1. Overview" ... "10.7. DHAT
// Command-line Options") over its first paragraph; the list's entries,
// right over the article and repeated as headings below, had read as the
// page's headline, and the heading itself then went as its copy. It must
// not catch a breadcrumb's trail given again at the page's foot, whose
// copies make a run, nor a headline under its site's menu, which is no
// copy of the page's own text, nor the page's h1.
func contentsEntry(p *Page, i int) bool {
	if p.f(i).Heading == 1 || p.f(i).Blank {
		return false
	}
	for n, first := 0, i; n < contentsRun && first >= 0; n, first = n+1, p.nonBlank(first-1, -1) {
		if contentsRunAt(p, first) {
			return true
		}
	}
	return false
}

// contentsRunAt reports whether the contentsRun non-blank lines from line
// first on are entries of a contents list (see contentsEntry).
func contentsRunAt(p *Page, first int) bool {
	var run [contentsRun]int
	for n, k := 0, first; n < contentsRun; n, k = n+1, p.nonBlank(k+1, 1) {
		if k < 0 || p.f(k).Repeats == 0 || p.f(k).Marker != p.f(first).Marker {
			return false // a breadcrumb's last step over the headline is no list's entry
		}
		for _, o := range run[:n] {
			if p.f(o).Hash == p.f(k).Hash {
				return false // a picture's name under each of its pictures is no list of sections, nor a headline over its copy
			}
		}
		run[n] = k
	}
	spaced := run[contentsRun-1]-first >= contentsRun // blank lines part the run's lines
	at := run[contentsRun-1]                          // where the copy of the entry before was found
	for n, k := range run {
		h := p.f(k).Hash
		j := at + 1
		for j < len(p.Lines) && p.f(j).Hash != h {
			j++
		}
		if j == len(p.Lines) || n > 0 && p.nonBlank(at+1, 1) == j || spaced && j+1 < len(p.Lines) && p.Lines[j+1].class == chrome {
			return false // not below, copied as a run, or as no heading over its text
		}
		at = j
	}
	return true
}

// contentsRun is how many lines in a row, blank lines aside, make a
// contents list for contentsEntry.
const contentsRun = 3

// tabRow reports whether line i names, in order, the sections below it:
// its text is the text of minTabs lines or more below it, each of at
// most maxSectionName words, one after the other, with lines between
// them ("Présentation Programme Admission Et après", a course page's
// tabs over its sections "Présentation", "Programme", "Admission", "Et
// après ?"). w3m prints a page's tabs on one line, and it had been the
// page's title. A tab may count what its section holds ("Opiniones
// (128)", over "Opiniones de clientes"; see countedTab), the last one
// with no heading below at all.
func tabRow(p *Page, i int) bool {
	f := p.f(i)
	if f.Words < minTabs || f.Words > minTabs*maxSectionName*2 {
		return false
	}
	key := f.Key
	tabs, at := 0, 0
	for j := i + 1; j < len(p.Lines) && j <= i+tabReach && at < len(key); j++ {
		g := p.f(j)
		if g.Blank || g.Words > maxSectionName || g.Key == "" {
			continue
		}
		rest := key[at:]
		if strings.HasPrefix(rest, g.Key) && (len(rest) == len(g.Key) || rest[len(g.Key)] == ' ') {
			tabs++
			at += len(g.Key) + 1
		} else if n := countedTab(rest); n > 0 && strings.HasPrefix(g.Key, rest[:strings.IndexByte(rest, ' ')+1]) {
			tabs++
			at += n + 1
		}
	}
	if at < len(key) && countedTab(key[at:]) == len(key)-at {
		tabs, at = tabs+1, len(key) // the last tab's section has no heading of its own
	}
	return tabs >= minTabs && at >= len(key)
}

// countedTab returns the length of the tab that opens key, a word and the
// count of what its section holds ("opiniones 128", of "Opiniones
// (128)"), or 0 if key opens with no such tab. Its section's heading
// below opens with the word ("Opiniones de clientes").
func countedTab(key string) int {
	word, rest, ok := strings.Cut(key, " ")
	if !ok || word == "" || isDigit(word[0]) {
		return 0
	}
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	if n == 0 || n < len(rest) && rest[n] != ' ' {
		return 0
	}
	return len(word) + 1 + n
}

// minTabs is the fewest sections a row of tabs names, and tabReach how
// many lines below it its sections stand within (see tabRow).
const (
	minTabs  = 3
	tabReach = 200
)
