package decide

import (
	"slices"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widening of the article span on pages that are not one article: over
// the page's items (HTML, and a grid's cards in text), over records spread
// over a page, and over the posts of a thread around the span (text).
// findSpan calls them once it has the best span.

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
// content of at most half of the items that hold any. So is a post of a
// thread, or a question among its answers. An article cut into like
// blocks by the ads between them is a span over most of its blocks, and
// stays as it is.
func oneOfItems(p *Page) bool {
	inItems, words := 0, 0
	items, spanned := 0, 0 // the items with content lines, and those in the span
	last, lastSpanned := 0, 0
	for i := range p.Lines {
		f := p.f(i)
		if p.Lines[i].class != content {
			continue
		}
		item := f.DOM.Record
		if item > last {
			last = item
			items++
		}
		if !p.inSpan(i) {
			continue
		}
		words += f.Words
		if item > 0 {
			inItems += f.Words
			if item > lastSpanned {
				lastSpanned = item
				spanned++
			}
		}
	}
	return words > 0 && 2*inItems >= words && 2*spanned <= items
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
// from ..." -0.04 and -0.05). A sentence is no such heading: "related to
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
		if l, f := &p.Lines[i], p.f(i); l.class == chrome && l.bad.closes() && (l.bad != RelatedBlock || para < i && f.End != measure.EndSentence) && f.Digits == 0 && f.Repeats == 0 {
			last = max(p.End, p.nonBlank(i-1, -1)) // the span's edges are trimmed as ever
			break
		}
	}
	p.Start, p.End = min(p.Start, first), max(p.End, last)
}

// lastParagraph is the last content line up to line last of at least
// minRecordParagraph words, not a list item, or -1: after a heading
// before it a record's text goes on, where a box of links gives titles
// and short summaries.
func lastParagraph(p *Page, last int) int {
	for j := last; j >= 0; j-- {
		if f := p.f(j); p.Lines[j].class == content && f.Words >= minRecordParagraph && f.Marker == source.MarkNone {
			return j
		}
	}
	return -1
}

// minRecordParagraph is the fewest words of a paragraph of a record (see
// lastParagraph).
const minRecordParagraph = 30

// spreadThread widens the span of a page with an article's run (text)
// over the content around it, when the span holds less than threadShare of
// it: the span found one post of a thread, or the question of a question
// page, and the posts or answers go on after it, or began before it. After
// the span it goes up to the next heading that closes an article
// (comments, related links); before it, up to the nearest such heading or
// line of strong chrome, but one that stands between two content lines (a
// video's title inside a post, which reads as a breadcrumb, had stopped it
// in the second post of a thread), a list of names, a picture, or what
// interrupts an article without ending it (a caption, an ad): a post's
// "Eredivisie: Ajax/PSV/Feyenoord" and its photo's text had cut a football
// forum's thread after its fourth post, and a trainers' page after its
// first profile (wceb text-w3m 0.7631 -> 0.7670, trafilatura text-w3m
// 0.8987 -> 0.8999; captions, text-h2t 0.7776 -> 0.7796; ads, a list of
// courses, +0.03 and +0.05). Form fields still stop it: more often the
// search box above an article than a shop card's colour swatches (one
// page rose, five fell). An article's own span holds most of what follows
// it before its comments, and the menus and teasers before an article are
// parted from it by strong chrome: taken in up to a closing heading only,
// a page's mega-menu of teasers lowered scrapinghub text-w3m from 0.9332
// to 0.9311.
//
// Chrome that the page repeats is each post's, not the thread's end: an
// "Add a comment" prompt under every answer does not stop it going
// forward, nor do the share buttons and comment prompts of the posts
// before the span stop it going back. Other closing headings stop it even
// when repeated: a "News" box heading that a menu repeats ends an article.
//
// Where minPosts posts or more around the span come each under a
// date, in the order of time (see datedPosts), or end each at the same
// control (see delimitedPosts), the content around is a thread's, and the
// span goes over it while it holds less than postsShare of it: a
// long post among short replies holds more than threadShare of a thread.
// Where the span holds minPosts dated posts itself, it is a thread's
// already, and goes over any dated post around it however much it holds:
// a post of short lines (a list of titles) had cut a thread in two, and
// the posts after it are the thread's as much as those before.
func spreadThread(p *Page) {
	in, all, last := 0, 0, -1
	for i := max(p.Start, 0); i < len(p.Lines); i++ {
		l := &p.Lines[i]
		if l.class == chrome && l.bad.closes() && !(l.bad == Comments && p.f(i).Repeats > 0) {
			break
		}
		if l.class != content || p.f(i).Blank {
			continue
		}
		all += p.f(i).Words
		if p.inSpan(i) {
			in += p.f(i).Words
		}
		last = i
	}
	first := p.Start
	for i := p.Start - 1; i >= 0; i-- {
		l := &p.Lines[i]
		if l.class == chrome && (l.bad.closes() || l.strong && !inPost(l.bad) && !betweenContent(p, i)) && p.f(i).Repeats == 0 {
			break
		}
		if l.class != content || p.f(i).Blank {
			continue
		}
		all += p.f(i).Words
		first = i
	}
	share := threadShare
	switch outside := datedPosts(p, first, last, false); {
	case outside > 0 && datedPosts(p, p.Start, p.End, true) >= minPosts:
		share = 1
	case outside >= minPosts || delimitedPosts(p, first, last) >= minPosts:
		share = postsShare
	}
	if all == 0 || float64(in) >= share*float64(all) {
		return
	}
	p.Start, p.End = min(p.Start, first), max(p.End, last)
}

// inPost reports whether a line of chrome by rule r may stand inside a
// post as well as between boxes: what interrupts an article without ending
// it (an ad, a caption, a picture, a "Read also:" link), a list of names.
func inPost(r Rule) bool { return r.interrupts() || r == NameList }

// betweenContent reports whether the non-blank lines on both sides of
// line i are content: a line of chrome inside a post (an embedded video's
// title, a link that reads as a breadcrumb), not a box between posts.
func betweenContent(p *Page, i int) bool {
	for _, dir := range []int{-1, 1} {
		j := p.nonBlank(i+dir, dir)
		if j < 0 || p.Lines[j].class != content {
			return false
		}
	}
	return true
}

// The posts, under dates (see datedPosts) or ended by the same control
// (see delimitedPosts), that make the content around a span a thread's,
// and the share of it the span may then hold and still go over it. Chosen
// on the benchmarks' text renderings with dated posts: 0.6 and 0.7 change
// the same pages, 0.85 lowers a forum and a listing by 0.1; at 2 posts two
// scrapinghub articles take in their teasers, at 4 three of the six pages
// it widens stay cut.
const (
	minPosts   = 3
	postsShare = 0.7
)

// datedPosts counts the posts outside the span (inside it, if inside),
// from line first to line last: content lines, unindented and in no list,
// right after a short line with a date or a time ago ("3 days ago"). It is
// 0 when a post's date is earlier than the one before it, or its time ago
// longer: a thread's posts follow each other in time, while a block of
// teasers shows the newest first. (A post's "Last edited" date, after it,
// is not its date.)
func datedPosts(p *Page, first, last int, inside bool) int {
	n := 0
	var date, prev lang.Date // the date of the post to come, and of the last one
	var age, prevAge uint32  // the same, for times ago
	for i := first; i <= last; i++ {
		f := p.f(i)
		if f.Blank {
			continue
		}
		if p.Lines[i].class == content && p.inSpan(i) == inside {
			if (date != 0 || age != 0) && f.Indent == 0 && f.Marker == source.MarkNone {
				if date != 0 && date < prev || age != 0 && prevAge != 0 && age > prevAge {
					return 0
				}
				n++
				if date != 0 {
					prev = date
				}
				if age != 0 {
					prevAge = age
				}
			}
			date, age = 0, 0
		}
		if f.Dateline() && f.Words <= 12 {
			date, age = f.Date, f.Age
		}
	}
	return n
}

// threadShare is the share of the content from the span to the next
// closing heading below which the span goes on over it. Chosen on the
// benchmarks' text renderings, over 0.2, 0.3, 0.4 and 0.5: above 0.3,
// scrapinghub's articles take in what follows them.
const threadShare = 0.3

// spreadShare is the share of a page's content words below which a page of
// records' span is widened over all of them. Chosen on the benchmarks'
// text renderings: at 0.5 and 0.6 no input falls; at 0.7 and above
// scrapinghub's do.
const spreadShare = 0.6

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

// delimitedPosts counts the posts outside the span, from line first to
// line last, that each end at the same control, a line of chrome the page
// repeats after every post: a button row ("Reply Quote"), a share or
// follow button, "Add a comment", a sandbox's "Reload Clear Fork". It
// reads the control that ends the most posts, of at most maxControls that
// the page repeats minPosts times or more. Outside the span only controls
// count: a label, a tag or a "Learn more" repeated under every teaser
// would make a block of teasers a thread (with any repeated chrome, two
// scrapinghub articles and a wceb one took in their teasers, 1.000 ->
// 0.482, 0.433 and 0.517). Inside it, any chrome that the page repeats
// and that follows a paragraph of the span is the span's own entries'
// template, and the entries after it that end with it are posts: a
// restaurant guide's "Google Maps" and "Apple Maps" links under each
// review, a changelog's author under each list. Teasers after an article
// do not end as its paragraphs do.
func delimitedPosts(p *Page, first, last int) int {
	var controls [maxControls]uint64
	n := 0
	add := func(h uint64) {
		if !slices.Contains(controls[:n], h) {
			controls[n] = h
			n++
		}
	}
	for i := first; i <= last && n < maxControls; i++ {
		f, l := p.f(i), &p.Lines[i]
		if !f.Blank && l.class == chrome && f.Repeats >= minPosts-1 && (rules[l.bad].button || l.bad == ButtonRow || l.bad == Comments) {
			add(f.Hash)
		}
	}
	// The span's own entries: the first chrome line the page repeats after
	// each of the span's paragraphs, ads and captions aside.
	after := false // a content line since the last such line
	for i := p.Start; i <= p.End && n < maxControls; i++ {
		f, l := p.f(i), &p.Lines[i]
		switch {
		case f.Blank:
		case l.class == content:
			after = true
		case after && l.class == chrome && f.Repeats >= minPosts-1 && !l.bad.interrupts():
			add(f.Hash)
			after = false
		}
	}
	best := 0
	end := min(len(p.Lines)-1, last+nearLines) // the last post's control follows it
	for _, h := range controls[:n] {
		posts, words := 0, 0
		for i := first; i <= end; i++ {
			f, l := p.f(i), &p.Lines[i]
			switch {
			case f.Blank:
			case f.Hash == h && l.class == chrome:
				if words > 0 {
					posts++
				}
				words = 0
			case l.class == content && !p.inSpan(i) && i <= last:
				words += f.Words
			}
		}
		best = max(best, posts)
	}
	return best
}

// maxControls is how many distinct controls delimitedPosts tries.
const maxControls = 4

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

// articleShare is the share of the article element's paragraphs below
// which the span is widened over them (see spreadArticle). Chosen on the
// benchmarks' HTML: at 0.5, two of the five pages it widens stay cut;
// at 0.75, two scrapinghub articles take in the standfirst and labels
// above them that the annotations leave out.
const articleShare = 0.6

// keepRunsApart keeps, outside the span, each run of the page's own
// paragraphs that reads as an article of its own: at least reopenRun
// paragraphs in a row (blank lines aside), each prose by its own votes
// and after the context pass, in no list and, in HTML, in no box or
// element whose class names chrome, of minApartWords words or more
// together. The span is one run of lines, and a page may give two: a
// product's description or an excerpt of a book above the boxes of other
// products, and its reviews below them; a thread's next post past the
// boxes between posts. Below the span, no run after a heading that closes
// articles counts: a comment section's long comments, the teasers of a
// related block. Teasers, menus and captions do not come three paragraphs
// in a row, and a run of fewer words is a box's blurb.
//
// Across the benchmarks (cleaneval -pages before and after), with 3
// paragraphs and 150 words: an online shop's book page +0.31 (html),
// +0.28 (text-w3m) and +0.27 (text-h2t), its description and excerpt kept
// beside its reviews; a travel forum's thread +0.08 (html); a German
// wine page's two snippets in each trafilatura mode; no page falls, and
// scrapinghub does not move. With 2 paragraphs or 100 words, scrapinghub
// text-w3m fell 0.9416 -> 0.9405 and 0.9410 (an article's sidebar of
// short pieces); with 300 words, or 4 paragraphs, only the shop's page
// moved, or it and the thread.
func keepRunsApart(p *Page, prm params) {
	if p.Start > p.End || p.clean {
		return
	}
	run := p.idx[:0]
	words := 0
	flush := func() {
		if len(run) >= prm.reopenRun && words >= minApartWords {
			for _, j := range run {
				p.Lines[j].apart = true
			}
		}
		run, words = run[:0], 0
	}
	closed := false // a heading that closes articles stands below the span
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		switch {
		case f.Blank:
			continue
		case p.inSpan(i):
			flush()
			continue
		case i > p.End && l.class == chrome && l.bad.closes():
			closed = true
		}
		if !closed && l.ruleClass == content && l.class == content && l.good == Prose && f.Marker == source.MarkNone &&
			f.DOM.Region == source.NoRegion && f.DOM.Hint == source.NoHint {
			run = append(run, i)
			words += f.Words
			continue
		}
		flush()
	}
	flush()
	p.idx = run[:0]
}

// minApartWords is the fewest words of a run of paragraphs apart from the
// span that keepRunsApart keeps.
const minApartWords = 150
