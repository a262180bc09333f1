package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The passes that widen a found span at its edges: a page of records over
// its first record's header and its last one's tail, and any span over the
// section heading right above it.

// extendRecords widens the span of a page of records by what belongs to
// its first and last records: the date written right above the first one
// ("3 March 2024 at 18:04", with no blank line before the post), and the
// short data lines right after the last one (a recipe's nutrition table),
// up to the first strong chrome, section heading, list of links or line
// that is the site's name (a footer's "Reformas Turia" over the firm's
// address and phone, which the copyright notice names: see heldBy), or
// chrome, however weak, but chrome by its shape alone (see shapeOnly).
//
// Chrome a phrase of the lexicon names stops it: a share bar's "Seite
// teilen: Facebook E-Mail Drucken" under an event's last section, "Zie je
// een fout? Laat het ons weten." under a story of two paragraphs (wceb
// text-w3m and text-h2t +0.0001, ten pages up, none down). So does chrome
// that another rule names or the lines around make: a story's "Published
// 2:16 AM EST Nov 20, 2019" again under its box scores, a rule of
// box-drawing strokes, a pager ("12345...7"), a contact line, an element
// whose class names chrome, a "See also" (21 pages up, two down by 0.004
// and 0.0003; scrapinghub text-w3m 0.9448 -> 0.9449, text-h2t 0.9407 ->
// 0.9408, html 0.9716 -> 0.9717; a news story +0.012 in each of its four
// modes). A line the page gives twice does not: a collection's titles,
// each printed twice, are its items (stopping at any chrome, a
// collection of recipes fell by 0.21 in text-h2t); nor does a label's
// shape or a line of links (a landing page's "Explore AWS Lambda
// Features" under its last section). A table of contents' label (see
// measure.Line.ContentsLabel) does: a manual's "Table of Contents", again
// in its footer, had ended its text in w3m.
func extendRecords(p *Page) {
	for i := p.Start - 1; i >= 0; i-- {
		f := p.f(i)
		if f.Blank || !f.Dateline() || p.f(i+1).Blank {
			break
		}
		p.Start, p.Lines[i].extended = i, true
	}
	postHeaderAbove(p)
	for i, seen := p.End+1, 0; i < len(p.Lines) && seen < recordTail; i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if l.strong || l.bad.closes() || l.class == chrome && (f.Table != lang.NoTable || !shapeOnly(l.bad)) || f.Marker != source.MarkNone || f.Words > 12 || f.ContentsLabel {
			break
		}
		if heldBy(p, i).site {
			break // the site's name, over its address in the footer
		}
		seen++
		p.End, l.extended = i, true
	}
}

// shapeOnly reports whether rule r reads a line's shape rather than what
// it says: a copy of another line, a label's shape, a line of links. A
// page of records' last items may have them (see extendRecords).
func shapeOnly(r Rule) bool { return r == Repeated || r == Label || r == LinkDense }

// postHeaderAbove widens the span of a page of records over the header of
// its first post, as the posts after it keep theirs: its date, with a
// blank line or none before the post, and its author's lines above the
// date ("dimon_77", "Newbie"; a card's "Messages: 12" goes by its own
// rule and does not count), up to postHeader short lines, with single
// blank lines between them as w3m prints a forum's paragraphs (a Dutch
// thread's "jeroen_v", "Nieuw lid"). With no author above it, a date
// apart from the first record is the page's byline, not a post's: a news
// story's date line above its first paragraph is no part of it; nor is
// one name over the date with a blank line between, a story's author,
// unless a line of a poster's card stands between them (a rank, "Nieuw
// lid", which goes as post-meta as "New member" does).
func postHeaderAbove(p *Page) {
	date := p.Start
	if date < 0 || date >= len(p.Lines) {
		return
	}
	if !p.f(date).Dateline() {
		date = p.nonBlank(p.Start-1, -1)
		if date < 0 || date != p.Start-2 || !p.f(date).Dateline() || p.Lines[date].class == content {
			return
		}
	}
	top, seen, cards := date, 0, 0
	apart, blank := false, false // a blank line parts the header's lines; one was read last
	for i := date - 1; i >= 0 && seen < postHeader; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			if i > 0 && p.f(i-1).Blank {
				break // two blank lines: the post's header is over
			}
			blank = true
			continue
		}
		if l.strong && l.bad == PostMeta {
			cards++
			continue // a poster's card ("Posts: 7", "Nieuw lid"), which goes as ever
		}
		if f.Words > 3 || f.End != measure.EndNone || l.strong || l.bad.closes() || blank && f.Marker != source.MarkNone {
			break // across a blank line, a list's items are a menu's
		}
		top, seen, apart, blank = i, seen+1, apart || blank, false
	}
	if top == date || apart && seen+min(cards, 1) < 2 {
		return // parted by blank lines, one name over a date is a story's byline, but over a poster's card a post's
	}
	widenTo(p, top)
}

// widenTo moves the span's start up to line i, and marks the non-blank
// lines it takes as the span's (see Line.extended).
func widenTo(p *Page, i int) {
	for j := i; j < p.Start; j++ {
		if !p.f(j).Blank {
			p.Lines[j].extended = true
		}
	}
	p.Start = i
}

// widenEndTo moves the span's end down to line i, and marks the non-blank
// lines it takes in as extended.
func widenEndTo(p *Page, i int) {
	for j := p.End + 1; j <= i; j++ {
		p.Lines[j].extended = !p.f(j).Blank
	}
	p.End = i
}

// ledeAbove widens the span over the paragraphs right above its first
// line, up to maxLede of them, that the rules left in doubt (see
// inDoubt), no more than a blank line from the next, the span's first
// paragraph or sentence the last of them. An Arabic story's lede, a verb
// and its nouns with four stopwords in 28 words, had stayed out of the
// span that began at its second paragraph; so had a short Arabic and a
// short Finnish story's first two, of 16 to 19 words, before
// minLedeWords fell from 20 to 12 (and an AP story's dateline and first
// sentence, "ST. JOSEPH, Mich. (AP) — Michigan health authorities are
// reporting ...": scrapinghub text-w3m and text-h2t +0.0003, that page
// +0.072; no page falls, and none moves further at 8), and a short
// Arabic story's first paragraph over a second line of eight words, a
// sentence. Below the span one such paragraph right over the footer is
// the story's too (see lastBelow).
func ledeAbove(p *Page) {
	if p.Start > p.End || !readsAsText(&p.Lines[p.Start]) {
		return
	}
	for n := 0; n < maxLede; n++ {
		i := p.nonBlank(p.Start-1, -1)
		if i < 0 || i < p.Start-2 || !inDoubt(p, i) {
			return
		}
		widenTo(p, i)
	}
}

// lastBelow widens the span over the paragraph in doubt (see inDoubt)
// right below its last line, a paragraph or a sentence, when strong
// chrome, or nothing, follows it: a short story's last paragraph, of few
// stopwords (a Polish and a Ukrainian story of three paragraphs had lost
// theirs, of 13 and 15 words). An author's biography stands under a
// heading of its own, which parts it from the span; no shared page
// moves. So is the answer right below a question that ends the span (see
// asks), which no vote made content: a Russian shop's FAQ had lost its
// last answer, of 13 words and few stopwords, over "Была ли эта
// информация полезной?".
func lastBelow(p *Page) {
	if p.Start > p.End || !readsAsText(&p.Lines[p.End]) && !asks(p.f(p.End)) {
		return
	}
	i := lineBelow(p)
	if i < 0 || !inDoubt(p, i) || asks(p.f(i)) {
		return
	}
	if !lastOnPage(p, i) {
		return
	}
	widenEndTo(p, i)
}

// stepsBelow widens the span over the items right below its last line
// that go on with its numbered list: the span ends on item n ("4. Z
// mąki, wody i oleju zagnieć gładkie ciasto ...") and the line below, a
// blank line between at most, is item n+1, a sentence that no chrome
// vote made chrome; then item n+2, and so on. A recipe's last step in
// w3m, of few stopwords, had gone while the four above it stayed. A list
// of links after an article starts again at 1, or has no sentences.
func stepsBelow(p *Page) {
	for p.Start <= p.End {
		n := itemNumber(p.f(p.End))
		i := lineBelow(p)
		if n == 0 || i < 0 {
			return
		}
		f, l := p.f(i), &p.Lines[i]
		if itemNumber(f) != n+1 || l.class == chrome || l.strongVote || f.End != measure.EndSentence {
			return
		}
		widenEndTo(p, i)
	}
}

// itemNumber returns the number of f's item in a numbered list ("5. ..."),
// or 0.
func itemNumber(f *measure.Line) int {
	if f.Marker != source.MarkOrdered {
		return 0
	}
	t := strings.TrimLeft(f.Text, " ")
	n := 0
	for i := 0; i < len(t) && i < maxChapterDigits && isDigit(t[i]); i++ {
		n = 10*n + int(t[i]-'0')
	}
	return n
}

// lastOnPage reports whether nothing but strong chrome (the page's footer)
// or nothing at all follows line i.
func lastOnPage(p *Page, i int) bool {
	j := p.nonBlank(i+1, 1)
	return j < 0 || p.Lines[j].class == chrome && p.Lines[j].strong
}

// cutBelow widens the span over the paragraph right below its last line
// that a paywall cut ("... and may receive further discipline...."),
// which the teaser rule took for a teaser's summary: as inDoubt's, but
// weak chrome by that rule, with neither a paragraph nor another cut
// paragraph under it ("To Read the Full Story", "Become a paid subscriber
// to unlock this piece"). A teaser's summary stands under its title, or
// under the last teaser's summary; a story's paragraphs follow each
// other. scrapinghub text-w3m, text-h2t and text-htmltext: a news story
// 0.573 -> 0.864 in each; wceb text-w3m and text-h2t a newsletter's post
// +0.04; no page falls. (In HTML, inside the page's main container, the
// teaser rule leaves such a paragraph in doubt.)
func cutBelow(p *Page) {
	if p.Start > p.End || !readsAsText(&p.Lines[p.End]) {
		return
	}
	i := lineBelow(p)
	if i < 0 {
		return
	}
	f, l := p.f(i), &p.Lines[i]
	if l.class != chrome || l.strong || l.bad != Teaser || f.Words < minLedeWords || f.Marker != source.MarkNone || f.StopDensity()/p.proseScale < minLedeDensity {
		return
	}
	if j := p.nonBlank(i+1, 1); j >= 0 && (p.Lines[j].class == content || p.Lines[j].bad == Teaser) {
		return
	}
	widenEndTo(p, i)
}

// lineBelow returns the non-blank line right under the span's last line,
// with one blank line between at most, or -1: where lastBelow, cutBelow
// and datesAfter look for what the span stopped short of.
func lineBelow(p *Page) int {
	if p.Start > p.End || p.End >= len(p.Lines) {
		return -1
	}
	if i := p.nonBlank(p.End+1, 1); i >= 0 && i <= p.End+2 {
		return i
	}
	return -1
}

// readsAsText reports whether l is content that reads as a paragraph of
// prose or a sentence.
func readsAsText(l *Line) bool {
	return l.class == content && (l.good == Prose || l.good == Sentence)
}

// inDoubt reports whether line i is a paragraph that the rules left in
// doubt: minLedeWords words or more, ending as a sentence does, with some
// stopwords (minLedeDensity of its tokens, scaled as prose's are), no
// chrome vote (an affiliate's disclosure over a review, "We may receive
// compensation ...", is a site's notice), no list item, and none of what
// makes a line no prose (a picture's text, a form's radio buttons, words
// run into each other: see prose).
func inDoubt(p *Page, i int) bool {
	f, l := p.f(i), &p.Lines[i]
	return l.class == uncertain && l.bad == NoRule && !notProse(f) && f.Words >= minLedeWords && f.End == measure.EndSentence &&
		f.Marker == source.MarkNone && f.StopDensity()/p.proseScale >= minLedeDensity
}

// The paragraphs that ledeAbove takes: how many, how long, how many
// stopwords.
const (
	maxLede        = 2
	minLedeWords   = 12
	minLedeDensity = 0.1
)

// postHeader is the most lines of a post's author and rank above its
// date that the first record of a page of records takes.
const postHeader = 3

// recordTail is how many short lines after its last record a page of
// records may keep.
const recordTail = 8

// headingAbove widens the span over the section heading right above its
// first line, no line between: an h2 or lower, or in text a numbered
// heading of up to maxNumberedHeading words at the paragraph's indent
// ("2. Cookies"), but for a date, which German and other languages write
// with the day's full stop ("12. März 2024", a dateline under a byline),
// or a section's name at its indent (see sectionName: "Opis produktu",
// "Description", which text does not mark as a heading; a Polish
// product's description in w3m had lost it, which its HTML keeps).
// A product's "Description" over its description had
// stayed out, by a weak vote as a label. Not over strong chrome, nor a
// heading that closes an article ("Related posts"), nor the page's h1 or
// its headline: it runs after the headline pass, which takes an h2 for the
// headline where the page has no h1.
func headingAbove(p *Page) {
	if p.Start <= 0 || p.Start > p.End {
		return
	}
	i := p.nonBlank(p.Start-1, -1)
	if i < 0 || p.Start-i > 2 || i == p.Title {
		return
	}
	f, l := p.f(i), &p.Lines[i]
	numbered := f.Marker == source.MarkOrdered && f.Words <= maxNumberedHeading && f.End == measure.EndNone && f.Indent == p.f(p.Start).Indent && !f.Dateline()
	named := !p.m.HTML && f.Marker == source.MarkNone && f.Indent == p.f(p.Start).Indent && sectionName(p, f)
	if f.Heading < 2 && !numbered && !named || l.strong || l.bad.closes() || l.score <= -1 { // -1: chrome by its own votes, a whole vote or more
		return
	}
	p.Start, l.extended = i, true
}

// maxNumberedHeading is the most words of a numbered section heading
// that headingAbove takes in text ("2. Cookies").
const maxNumberedHeading = 4

// itemHead widens the span over the head of the list item its first line
// belongs to, when later items of the same list are in the span: a
// listing's first card ("1. Senior Backend Developer", then "Acme ·
// Berlin · 2 days ago" and the summary under it), whose summary the span
// opened on, where the cards after it are whole in the span. The lines
// between the head and the span are the item's own and no strong chrome,
// and the item is no longer than itemLines lines above the span. In text
// they are indented under the head's marker, and the head is no chrome by
// its own votes (a menu's "• Resource Center" over its blurb), but as a
// menu's entry where the list's next item in the span is one too: a
// job listing's first offer in w3m ("• Programista Java (Mid/Senior)",
// under the filters' list) had lost its title. Such a head has words: an
// empty bullet over a picture had come in on one shared page; no output
// of the shared sets changes. In HTML, which has no indents, the head is
// a card's title (see cardTitle) and the span holds another card's title,
// at most a few cards being no set of the page's items (see spanItems).
func itemHead(p *Page) {
	if p.Start <= 0 || p.Start > p.End {
		return
	}
	in := p.f(p.Start).Indent
	if p.f(p.Start).Marker != source.MarkNone || in == 0 && !p.m.HTML {
		return
	}
	head := -1
	for i, seen := p.Start-1, 0; i >= 0 && seen < itemLines; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		seen++
		if l.strong || l.bad.closes() {
			return
		}
		if f.Marker != source.MarkNone && (f.Indent < in || p.m.HTML) {
			head = i
			break
		}
		if f.Marker != source.MarkNone || f.Indent < in {
			return
		}
	}
	if head < 0 {
		return
	}
	next := nextItemIn(p, head)
	if next < 0 {
		return
	}
	if l := &p.Lines[head]; p.m.HTML && l.bad != CardTitle || !p.m.HTML && l.ruleClass == chrome && !(l.bad == NavMenu && p.Lines[next].bad == NavMenu && p.f(head).Words > 0) {
		return
	}
	widenTo(p, head)
}

// itemLines is the most non-blank lines of a list item above the span
// that itemHead takes.
const itemLines = 4

// nextItemIn returns the span's first item of the list that line head
// opens, or -1: a line with its marker at its indent, and in HTML a
// card's title as the head is.
func nextItemIn(p *Page, head int) int {
	h := p.f(head)
	for i := p.Start; i <= p.End; i++ {
		f := p.f(i)
		if !f.Blank && f.Marker == h.Marker && f.Indent == h.Indent && (!p.m.HTML || p.Lines[i].bad == CardTitle) {
			return i
		}
	}
	return -1
}

// entryAbove widens the span over the title and date of the first of a
// list of dated entries (see firstEntry) when the span opens on its
// summary, right below its date, as the entries after it are whole in
// the span: a news section's first story. So it does over the title when
// the span opens on the date itself, whatever the date's own vote (a
// blog's "March 12, 2024 · 4 min read", a reading time): a tag's page of
// posts in text had no title, as the first post's title stood nearest its
// span and is none. Printed first in the body, that title still goes as a
// reading of the body alone lifts it (see BodyHeadline), where the dates
// are gone. No output of the shared sets changes.
//
// An entry whose source line parts its title from its date (see
// firstEntryDate) is taken whole, title first, when the span opens on its
// source line, its date or its summary: a job board's listing had lost
// its first job's title, as the employer's line, over the date as well,
// read as the entry's title (wceb text-h2t: a news site's front page,
// 0.6995 -> 0.7024; no other output of the shared sets changes).
func entryAbove(p *Page) {
	if p.Start <= 0 || p.Start > p.End {
		return
	}
	// The entry's title is at most three lines over the span: over its
	// source line, its date and the summary the span opens on.
	for t, n := p.nonBlank(p.Start-1, -1), 0; t >= 0 && n < 3; t, n = p.nonBlank(t-1, -1), n+1 {
		if p.Lines[t].strong {
			return
		}
		if !headlineShape(p.f(t)) {
			continue
		}
		if d := firstEntryDate(p, t); d >= 0 && d >= p.nonBlank(p.Start-1, -1) {
			if u := p.nonBlank(t-1, -1); u >= 0 && !p.Lines[u].strong && headlineShape(p.f(u)) && entryDate(p, u, 1) == d && entriesAfter(p, d, 1) {
				t = u // t is the entry's source line, under its title
			}
			widenTo(p, t)
			return
		}
	}
}

// itemsAbove widens an HTML page's span that opens on a list item that
// is no paragraph over the items of its list right above it: a job
// offer's facts ("CLT", "R$ 7.000 a R$ 9.000", "Publicada há 3 dias", "42
// candidaturas"), whose date and count the span took in while the
// contract and the salary, short items that read as a menu's, stayed out.
// The items have the first's marker and follow one another below the
// headline; none is strong chrome nor chrome by its own votes, and all
// are in the article element and in no region or box whose class names
// chrome, as the first is. A list whose first item in the span is a
// paragraph is the article's own, and what heads it (a Japanese post's
// byline, "by ... ／ 2016.12.01", in one list with its paragraphs) is not
// its facts: taking it cost that scrapinghub page 0.038. In text, a
// breadcrumb printed as a numbered list ("1. Nachrichten 2. Auto") or a
// block of related links stands right above a span as often, and 11
// renderings took them in; so HTML only. Of the shared sets, a Nestlé
// recipe (trafilatura html) takes its first ingredient, and no score
// moves.
func itemsAbove(p *Page) {
	if p.Start <= 0 || p.Start > p.End {
		return
	}
	first := p.f(p.Start)
	if !p.m.HTML || first.Marker == source.MarkNone || !first.DOM.Article || readsAsText(&p.Lines[p.Start]) {
		return // a list whose first item in the span is a paragraph of the article, not a fact
	}
	for i := p.Start - 1; i > p.Title; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Marker != first.Marker || l.strong || l.ruleClass == chrome || !inArticleBox(f) {
			return
		}
		p.Start, l.extended = i, true
	}
}
