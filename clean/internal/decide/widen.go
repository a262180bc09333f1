package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widening of the article span on pages that are not one article: over
// the page's items (HTML, and a grid's cards in text), over records spread
// over a page, and over the posts of a thread around the span (text, in
// threads.go), and in HTML over a recipe's items that its JSON-LD names
// (spreadLD). findSpan calls them once it has the best span. The runs of
// paragraphs kept apart from the span are in apart.go.

// spanItems widens the span over the page's items (see source.DOM.Record:
// in text, a grid's cards) that are not strong chrome. On a page of
// records, or where the span is one item among many (see oneOfItems), the
// items are the page's content however little each says and however much
// of it is links: the cards of a product grid, a listing's entries, a
// thread's posts; a question that leads its answers (see ledItems) is one
// of them.
// A box of related products inside an aside, or classed "related", is
// never the items.
func spanItems(p *Page) {
	for i := range p.Lines {
		l := &p.Lines[i]
		if p.f(i).DOM.Record == 0 || p.f(i).Blank || l.class == chrome && l.strong {
			continue
		}
		p.items = true
		p.Start, p.End = min(p.Start, i), max(p.End, i)
	}
}

// titleList reports whether the page's items are a list of titles, a line
// each (see source.DOM.Titles). On a page of records, right by its span
// (see nearSpan), they are a listing's entries; beside an article or a
// question, or apart from the span, they are a list of other articles or
// questions.
func titleList(p *Page) bool {
	for i := range p.Lines {
		if f := p.f(i); f.DOM.Record > 0 {
			return f.DOM.Titles
		}
	}
	return false
}

// nearSpan reports whether the page's items begin inside the span or
// within nearLines non-blank lines after it: a listing's entries follow
// its introduction.
func nearSpan(p *Page) bool {
	first := nearLine(p, 0, p.End, func(f *measure.Line) bool { return f.DOM.Record > 0 })
	return first >= p.Start
}

// nearLines is how many lines may part a listing's entries from its span.
const nearLines = 10

// oneOfItems reports whether the article span is one item, or a few, of
// the page's items: most of its content words are items', and it holds
// content of at most half of the items that hold any, which are minPosts
// or more. So is a post of a thread, or a question among its answers. An
// article cut into like blocks by the ads between them is a span over
// most of its blocks, and stays as it is.
//
// Content of the span between two items is theirs: the reply nested under
// a thread's post, in a container of its own between the posts (forum
// software that threads replies prints them so), had outweighed the two
// posts the span held, and the thread's last posts had gone (wceb html,
// that page 0.760 -> 0.846; no other page of any set moves). Content
// after the last item is not: the article's own text under a box of
// items.
//
// Of two items with content, the one the span does not hold is as often
// a box of the page as a second post: a report's sections in like
// elements (the report, then a box of services, each with a "Learn
// More"), a blog post and its "View other related content by:" box. With
// minPosts (three) or more, wceb html 0.8263 -> 0.8270, those two pages
// +0.22 and +0.04 and their headlines found; a product page -0.018, whose
// kit contents were the other item (its headline found too).
func oneOfItems(p *Page) bool {
	inItems, words := 0, 0
	items, spanned := 0, 0 // the items with content lines, and those in the span
	last, lastSpanned := 0, 0
	between := 0 // the span's words outside items since an item's
	for i := range p.Lines {
		f := p.f(i)
		if p.Lines[i].class != content {
			continue
		}
		item := f.DOM.Record
		if item > last {
			last = item
			items++
			inItems += between // a reply nested under an item, between two of them
			between = 0
		}
		if !p.inSpan(i) {
			continue
		}
		words += f.Words
		if item == 0 && last > 0 {
			between += f.Words
		}
		if item > 0 {
			inItems += f.Words
			if item > lastSpanned {
				lastSpanned = item
				spanned++
			}
		}
	}
	return words > 0 && 2*inItems >= words && 2*spanned <= items && items >= minPosts
}

// ledItems reports whether the page's items have a lead (a question
// above its answers: see source.DOM.Lead) and the article span is made of
// items: nine tenths of its content words are theirs. The span found the
// answers; the question and the other answers are the page's too.
func ledItems(p *Page) bool {
	led, inItems, words := false, 0, 0
	for i := range p.Lines {
		f := p.f(i)
		led = led || f.DOM.Lead
		if p.Lines[i].class != content || !p.inSpan(i) {
			continue
		}
		words += f.Words
		if f.DOM.Record > 0 {
			inItems += f.Words
		}
	}
	return led && words > 0 && 10*inItems >= 9*words
}

// spreadRecords widens the span of a page of records (text) over all its
// content lines when the span holds less than spreadShare of their words:
// the records are spread over the page (a listing's entries, a product's
// description, specifications and reviews, a thread's posts between their
// metadata) rather than being one run the span found. Chrome among them
// still goes when strong, and the span's edges are trimmed as ever. In
// HTML the page's items decide instead (see spanItems). It must not widen
// an article's span over a sidebar: a page with an article's run of
// paragraphs is not a page of records, and an article that is one of
// several blocks of prose holds most of the page's content.
//
// After the span it stops at the heading of a comment section, an
// author's box or a list of references (any heading that closes an
// article but a related block's): a short blog post reads as a page of
// records, and its comments and their form had been taken in
// (trafilatura text-w3m 0.9070 -> 0.9104, four pages; no page of any set
// falls). At a related block's heading only when no paragraph follows it
// (see lastParagraph): "Read more" under a shop's description and
// "Recommended:" over its specifications had cut product pages (-0.05 to
// -0.12), and "Around the web" over a blog's entries a listing (-0.47),
// but "Related" and "Hot Network Questions" under a question's answer
// head lists of other questions' titles, which had been taken in (a
// question page +0.24 text-w3m, +0.13 text-h2t; wceb text-w3m 0.7812 ->
// 0.7815, text-h2t 0.7922 -> 0.7926, trafilatura text-w3m 0.9109 ->
// 0.9114; a shop's game page whose truth keeps its reviews under "More
// from ..." -0.04 and -0.05). A card's summary under its picture is no
// such paragraph: a short post had taken in the six cards under "Você
// pode gostar...". A sentence is no such heading, and the
// heading's phrase does not vote on it (see voter.heading): "related to
// human spaceflight.", the end of a paragraph that wrapping at 80 columns
// parted from it, had cut a news story (-0.45, TestWrappedText's
// scrapinghub 0.9372 -> 0.9356). Nor at a count ("0 comments" under each entry
// of a listing, a listing's page -0.67), nor at a heading the page
// repeats ("Add a comment" under every post of a question page, which had
// cut its answers).
func spreadRecords(p *Page) {
	in, all, first, last := 0, 0, -1, -1
	for i := range p.Lines {
		if p.Lines[i].class != content || p.f(i).Blank {
			continue
		}
		all += p.f(i).Words
		if p.inSpan(i) {
			in += p.f(i).Words
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if all == 0 || float64(in) >= spreadShare*float64(all) {
		return
	}
	para := lastParagraph(p, last)
	for i := p.End + 1; i < last; i++ {
		if l, f := &p.Lines[i], p.f(i); l.class == chrome && l.bad.closes() && (l.bad != RelatedBlock || para < i) && f.Digits == 0 && f.Repeats == 0 {
			last = max(p.End, p.nonBlank(i-1, -1)) // the span's edges are trimmed as ever
			break
		}
	}
	p.Start, p.End = min(p.Start, first), max(p.End, last)
}

// lastParagraph is the last content line up to line last of at least
// minRecordParagraph words, not a list item nor a card's summary under
// its picture (see underPicture), or -1: after a heading before it a
// record's text goes on, where a box of links gives titles and short
// summaries, and a block of cards pictures and summaries.
func lastParagraph(p *Page, last int) int {
	for j := last; j >= 0; j-- {
		if f := p.f(j); p.Lines[j].class == content && f.Words >= minRecordParagraph && f.Marker == source.MarkNone && !underPicture(p, j) {
			return j
		}
	}
	return -1
}

// minRecordParagraph is the fewest words of a paragraph of a record (see
// lastParagraph).
const minRecordParagraph = 30

// spreadShare is the share of a page's content words below which a page of
// records' span is widened over all of them. Chosen on the benchmarks'
// text renderings: at 0.5 and 0.6 no input falls; at 0.7 and above
// scrapinghub's do.
const spreadShare = 0.6

// mostlyItems reports whether the items of a text hold most of its lines,
// itemsShare of its non-blank lines or more: a text that is its items, as
// a change log is its releases (see measure's markReleases), whose span
// found one release's notes in paragraphs. In HTML, where the DOM shows
// a page's items, the rule moved eight wceb pages, five of them down (a
// forum's posts and a collection's grid, -0.004 to -0.036).
func mostlyItems(p *Page) bool {
	if p.m.HTML {
		return false
	}
	in, all := 0, 0
	for i := range p.Lines {
		if f := p.f(i); !f.Blank {
			all++
			if f.DOM.Record > 0 {
				in++
			}
		}
	}
	return in > 0 && float64(in) >= itemsShare*float64(all)
}

// itemsShare is the share of a page's non-blank lines that its items hold
// on a page that is its items (see mostlyItems).
const itemsShare = 0.75

// answersFollow reports whether the page's items follow the article span
// and hold answersShare times its content words or more: the span found a
// question, and its answers follow, with at most the question's comments
// between. A box of teasers after an article holds fewer words than the
// article, and a comment section is classed as one.
func answersFollow(p *Page) bool {
	first := -1
	for i := p.End + 1; i < len(p.Lines) && first < 0; i++ {
		f := p.f(i)
		switch {
		case f.Blank:
		case f.DOM.Record > 0:
			if f.DOM.Hint == source.HintComments {
				return false
			}
			first = i
		case p.Lines[i].class == content && f.DOM.Hint != source.HintComments:
			return false // the article goes on, or other content comes first
		}
	}
	if first < 0 {
		return false
	}
	span, items := 0, 0
	for i := range p.Lines {
		switch {
		case p.Lines[i].class != content:
		case p.inSpan(i):
			span += p.f(i).Words
		case p.f(i).DOM.Record > 0:
			items += p.f(i).Words
		}
	}
	return items >= answersShare*span
}

// answersShare is how many times the span's words the items that follow
// it must hold to be its answers (see answersFollow). On the benchmarks, a
// question page's answers hold 4 to 48 times the question's words; the
// teasers after an article, at most 1.5 times the article's.
const answersShare = 3

// spreadArticle widens the span of an HTML page over the paragraphs of the
// article element around it (article, main or role=main: see
// source.DOM.Article) when the span holds less than articleShare of their
// words: a landing page's or a product's sections, each in its own box,
// with prices, buttons or a course list between them that the span
// could not bridge. Only lines that are content by their own votes
// count, and the widening stops at a heading that closes an article
// ("Comments", "Related articles") inside the element, as comments and
// teasers also stand in a page's main element. It does not take in the
// page's items when the span was not widened over them (see spanItems):
// a shop's grid under its own text.
func spreadArticle(p *Page) {
	if p.Start > p.End || !p.f(p.Start).DOM.Article || !p.f(p.End).DOM.Article {
		return
	}
	stop := func(i int) bool {
		l := &p.Lines[i]
		return !p.f(i).DOM.Article || l.class == chrome && l.bad.closes()
	}
	lo, hi := p.Start, p.End
	for i := p.Start - 1; i >= 0 && (p.f(i).Blank || !stop(i)); i-- {
		lo = i
	}
	for i := p.End + 1; i < len(p.Lines) && (p.f(i).Blank || !stop(i)); i++ {
		hi = i
	}
	in, all, first, last := 0, 0, p.Start, p.End
	for i := lo; i <= hi; i++ {
		if l := &p.Lines[i]; l.ruleClass != content || l.class != content {
			continue
		}
		all += p.f(i).Words
		if p.inSpan(i) {
			in += p.f(i).Words
		}
		first, last = min(first, i), max(last, i)
	}
	if all == 0 || float64(in) >= articleShare*float64(all) {
		return
	}
	if !p.items {
		for i := first; i <= last; i++ {
			if p.f(i).DOM.Record > 0 {
				return // the page's items, which the span does not cover
			}
		}
	}
	p.Start, p.End = first, last
}

// spreadPosts widens the span of a question page over its question and
// all its answers, as its microdata marks their texts (see
// source.DOM.Post), when the span holds a line of one of them: the first
// and the last line of those texts that is no chrome bound it. A question
// with one answer, the votes, share buttons and "1 Answer / Sorted by:"
// between the two, had kept the question alone; two answers or more read
// as a thread already. The lines between are read as an article's are:
// a post's controls and badges go, its author's name and date, and its
// tags, weak by themselves, stay. Lines in an element whose class names
// chrome (the comments under a post, which a question's microdata may
// hold with it) do not widen it.
func spreadPosts(p *Page) {
	if p.Start > p.End {
		return
	}
	in := false
	for i := p.Start; i <= p.End && !in; i++ {
		in = p.f(i).DOM.Post
	}
	if !in {
		return
	}
	for i := range p.Lines {
		if l, f := &p.Lines[i], p.f(i); f.DOM.Post && f.DOM.Hint == source.NoHint && l.class != chrome && !f.Blank {
			p.Start, p.End = min(p.Start, i), max(p.End, i)
		}
	}
}

// articleShare is the share of the article element's paragraphs below
// which the span is widened over them (see spreadArticle). Chosen on the
// benchmarks' HTML: at 0.5, two of the five pages it widens stay cut;
// at 0.75, two scrapinghub articles take in the standfirst and labels
// above them that the annotations leave out.
const articleShare = 0.6

// spreadLD widens the span of an HTML page over the content lines that
// are the items of the recipe its JSON-LD gives (see source.Meta.Items
// and jsonLD), when minLDOutside or more stand outside it: a recipe's
// steps under its ingredients and nutrition table, which the span, on the
// tip above them, had left out (trafilatura html 0.9396 -> 0.9407, a
// porridge's steps: 2 wrong snippets -> 0; no other page of any set
// moves). Widened over the lines of an article's body or a product's
// description that the JSON-LD gives, it took a news page's teasers
// below its story, whose JSON-LD holds them too (scrapinghub html
// -0.10 on that page), and moved three product pages by -0.008 to
// +0.03.
func spreadLD(p *Page) {
	if p.m.LDItems == nil {
		return
	}
	first, last, outside := -1, -1, 0
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.class != content || jsonLD(p.f(i), p) <= 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if !p.inSpan(i) {
			outside++
		}
	}
	if outside < minLDOutside {
		return
	}
	p.Start, p.End = min(p.Start, first), max(p.End, last)
}

// minLDOutside is the fewest of a recipe's items outside the span that
// widen it (see spreadLD): one line may be a teaser's.
const minLDOutside = 2
