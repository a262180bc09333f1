package decide

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The widening of the span over the posts of a thread around it, in text,
// where no DOM gives the posts (see spreadThread): findSpan calls it once
// it has the best span, as it calls the widenings of widen.go.

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
//
// After the span it stops at the page's footer (see footerStart), where
// no more than maxFinePrint content lines follow it: a forum's pager and
// footer menu had stayed, up to the trademark notice under its copyright
// line (wceb: a BSD forum +0.008 and +0.009 in text, a trip report +0.014
// in w3m and +0.16 in h2t; no other page of any set moves). Where more
// follow, the footer is no page's end: a changelog's entry "* Copyright
// IPR Makefile.am: ..." in its last fifth had cut its 430 oldest lines.
func spreadThread(p *Page, footer int) {
	end := len(p.Lines)
	if !contentAfter(p, footer, maxFinePrint) {
		end = footer
	}
	in, all, last := 0, 0, -1
	for i := max(p.Start, 0); i < end; i++ {
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
	heads, ok := postDates(p, first, last, inside, false, p.idx[:0])
	p.idx = heads[:0]
	if !ok {
		return 0
	}
	return len(heads)
}

// postDates appends to heads the date line of each post that datedPosts
// counts, and reports whether the posts follow each other in time. With
// strict set, a post's date is a date, not a time ago, and not its
// poster's card's ("Joined: Mar 2016", see PostMeta): the post-date pass
// keeps what it finds (see keepPostDates), and a card under the post's
// date would have stood for it. (Read so, spreadThread would have cut a
// forum's text rendering, -0.007 in text-h2t.)
func postDates(p *Page, first, last int, inside, strict bool, heads []int) ([]int, bool) {
	date := -1              // the line of the date of the post to come
	var day, prev lang.Date // its date, and the last post's
	var age, prevAge uint32 // the same, for times ago
	for i := first; i <= last; i++ {
		f := p.f(i)
		if f.Blank {
			continue
		}
		if p.Lines[i].class == content && p.inSpan(i) == inside {
			if date >= 0 && f.Marker == source.MarkNone && (f.Indent == 0 || postItem(p, date, f)) {
				if day != 0 && day < prev || age != 0 && prevAge != 0 && age > prevAge {
					return heads, false
				}
				heads = append(heads, date)
				if day != 0 {
					prev = day
				}
				if age != 0 {
					prevAge = age
				}
			}
			date = -1
		}
		if d, a := postDate(p, i, strict); d != 0 || a != 0 {
			date, day, age = i, d, a
		}
	}
	return heads, true
}

// postItem reports whether f, indented, is the text of a post whose head,
// line date, opens an item of a numbered list, deeper than the item's
// marker: vBulletin lists a thread's posts so, and w3m prints each post's
// date on the item's line ("1. 12.03.2024, 14:05 #1") and its text
// indented under it, which had read as no post's.
func postItem(p *Page, date int, f *measure.Line) bool {
	d := p.f(date)
	return d.Marker == source.MarkOrdered && f.Indent > d.Indent
}

// postDate returns the date or the time ago of line i, if it may be a
// post's date (see postDates). Strict, it is a date, not a time ago, and
// no poster's card's; and a byline's, by its vote or its class, that
// gives a date among more words than a date line holds ("by Minoa » Tue
// Aug 27, 2019 5:58 am", as phpBB heads each post): wceb html forums
// 0.7466 -> 0.7470, a phpBB thread +0.011, and a thread whose posters of
// two words had lost their heads, while the others kept theirs, -0.0016
// (each head ends "IP", which the truth leaves out). No other output of
// any corpus changes. So is a date among labelled fields (see labels):
// a Japanese board's thread had lost its first and its last post's heads.
// So is a date after phpBB's " » " in any language: "Сообщение Сергей_Н »
// 15 янв 2024, 08:42", whose word for "post" is no byline's, had headed
// no post where its poster's name took two words.
// A day of a month with no year ("Mar 3") is a post's date in both
// readings (see yearless).
func postDate(p *Page, i int, strict bool) (lang.Date, uint32) {
	f, l := p.f(i), &p.Lines[i]
	switch {
	case f.Words > maxPostHeadWords && !labelledHead(f):
		return 0, 0
	case !strict && (f.Date != 0 || f.Age != 0):
		return f.Date, f.Age
	case !strict:
		return yearless(p, f), 0
	case l.bad == PostMeta:
		return 0, 0
	case f.Date != 0:
		return f.Date, 0
	case f.Digits >= 4 && (l.bad == Byline || f.DOM.Hint == source.HintByline || labelledHead(f) || strings.Contains(f.Content, " » ")):
		d, _, _ := p.m.Lex.FindDateIn(f.Text, dayFirst(p))
		return d, 0
	}
	return yearless(p, f), 0
}

// labelledHead reports whether f gives a date among minHeadLabels labelled
// fields or more, in twice maxPostHeadWords words at most.
func labelledHead(f *measure.Line) bool {
	return f.Digits >= 4 && f.Words <= 2*maxPostHeadWords && labels(f.Content) >= minHeadLabels
}

// labels counts the labels in s: the colons, ASCII or full width, right
// after a letter ("名前：", "ID:"; not a time's "10:25").
func labels(s string) int {
	n := 0
	prev := ' '
	for _, r := range s {
		if (r == ':' || r == '：') && unicode.IsLetter(prev) {
			n++
		}
		prev = r
	}
	return n
}

// minHeadLabels is how many labels make a line that gives a date among
// other words a post's head: a board's "1 名前：名無しさん 投稿日：2024/03/12(火)
// 10:25:36 ID:abc123", its number, name, date and poster's id, as
// Japanese boards head each post, which counts more words than
// maxPostHeadWords (two of its characters make one: see lang.RunWords).
// Fewer is a byline's "Date: ...".
const minHeadLabels = 3

// yearless returns the date of line f, a day of a month and no more, with
// no year (see lang.Lexicons.MonthDay), as a date of the year 0: one that
// orders the posts of a thread of one year, and comes before any date
// with a year. Forum software prints a post's date so in the year it was
// written ("Mar 3", over a post of a Discourse thread rendered in the
// browser), and a thread's replies had lost their heads. Up to
// maxDateLabels date words may come first ("Postado 10 de fevereiro",
// "Posté le 10 février", as Invision Community heads each post in its
// translations): a Portuguese thread in w3m had read as undated, and the
// first post's date was its title.
func yearless(p *Page, f *measure.Line) lang.Date {
	if f.Digits == 0 || f.Digits > 2 || f.Words > maxDayWords+maxDateLabels || f.Date != 0 || f.Age != 0 {
		return 0
	}
	s, key := f.Content, f.Key
	for n := 0; n < maxDateLabels; n++ {
		w, rest, ok := strings.Cut(key, " ")
		i := strings.IndexByte(s, ' ')
		if !ok || i < 0 || !p.m.Lex.In(lang.DateWords, w, p.m.Lang) {
			break
		}
		s, key = strings.TrimLeft(s[i:], " "), rest
	}
	if strings.Count(key, " ") >= maxDayWords {
		return 0
	}
	m, d, ok := p.m.Lex.MonthDay(s)
	if !ok {
		return 0
	}
	return lang.Date(m*100 + d)
}

// opensYearless reports whether f opens with a day of a month with no
// year, more words after it: "10 de fevereiro em Placas de vídeo",
// "February 10 in Graphics cards", as Invision Community dates a thread
// under its title in the year it was written. Such a line is no
// headline.
func opensYearless(p *Page, f *measure.Line) bool {
	if f.Digits == 0 || f.Digits > 2 || f.Date != 0 {
		return false
	}
	end := 0
	for n := 1; n <= maxDayWords; n++ {
		i := strings.IndexByte(f.Content[end:], ' ')
		if i < 0 {
			return false
		}
		end += i
		if _, _, ok := p.m.Lex.MonthDay(f.Content[:end]); ok {
			return true
		}
		end++
	}
	return false
}

// maxDayWords is the most words of a day of a month with no year: "3 de
// marzo" (see yearless); maxDateLabels the most date words before it
// ("Posté le 10 février").
const (
	maxDayWords   = 3
	maxDateLabels = 2
)

// maxPostHeadWords is the most words of the line over a post that gives
// its date (see postDate): its poster's name, the date and the post's
// number and links ("hayley.p 2 May 2025 18:48", "30th March 2025, 16:26
// | #1 | Link").
const maxPostHeadWords = 12

// threadShare is the share of the content from the span to the next
// closing heading below which the span goes on over it. Chosen on the
// benchmarks' text renderings, over 0.2, 0.3, 0.4 and 0.5: above 0.3,
// scrapinghub's articles take in what follows them.
const threadShare = 0.3

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

// contentAfter reports whether more than n content lines stand from line
// i on (see spreadThread). It stops counting there.
func contentAfter(p *Page, i, n int) bool {
	for ; i < len(p.Lines) && n >= 0; i++ {
		if p.Lines[i].class == content && !p.f(i).Blank {
			n--
		}
	}
	return n < 0
}
