package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The heads of a thread's posts, who wrote each and when: the post-head
// pass keeps them where the page's microdata marks them, and the dates
// over the posts of a thread that marks nothing, with the names that link
// over them (keepPostDates, keepPosters); the span
// widens over the first post's head, above it (findSpan) or between it
// and the headline (findHeadline).

// keepPostHeads is the post-head pass: in HTML, a post's author's name
// and its date, each alone on its line, as the page's microdata marks
// them (see source.DOM.PostHead), are content, whatever the rules said of
// them alone. A thread gives who wrote each post and when: forum software
// prints the poster's name as a link over the post, and the date under
// it; the name read as a link, or as a line the page repeats (a poster
// who writes twice), and the date as the page's date line, and where the
// page's main text is one post (an opening review), they went outside
// it, and the replies read as one voice. The poster's title, join date
// and post count, its card, are no post's head, and go as before.
//
// wceb html 0.8354 -> 0.8357, its forums 0.7427 -> 0.7443: four threads
// of one forum software +0.010 to +0.036; a thread whose truth holds its
// first post alone -0.051, as its replies' names and dates join them, and
// one whose truth is a summary -0.0002. No other page of any set, nor
// any output of the other corpora, moves: Discourse prints a post's name
// and date on one line, which stayed, and Stack Exchange's question pages
// mark no name alone.
func (d *Decider) keepPostHeads(p *Page) {
	if !p.m.HTML || !d.on(PostHead) {
		return
	}
	for i := range p.Lines {
		if l := &p.Lines[i]; p.f(i).DOM.PostHead && l.ruleClass != content {
			l.ruleClass, l.good = content, PostHead
		}
	}
}

// keepPostDates is the post-head pass's second part: the date over each
// post of a thread that the span holds, where the posts follow each other
// in time (see postDates, strict), is content, and so is the first post's
// date above the span in HTML, where the span opens on that post's text
// (see firstPostDate: three of the threads below gain +0.0002 to +0.0024
// more), and the span goes on over the posts after it (see postsAfter).
// It runs once the span is found.
//
// Forum software that marks no post in
// microdata still prints each post's date over it, alone on its line or
// with its number ("Posted March 19, 2024", "Feb 14, 2026 | 9:05 pm",
// "#2 2025-11-02 06:23:21"), and those went as date lines, links or a
// class that names a byline, though the thread's posts stayed: its
// replies read as undated. A thread needs minDatedPosts posts under dates
// inside the span: a news story's date above its first paragraph, and
// one date in its text ("Created 27/04/2022"), are no thread's (four
// German and Spanish stories had taken in their date, byline and share
// line over the span). A date and its time ago ("1 year ago") is no
// post's date here: it says when the page was fetched as much as when
// the post was written, and a thread's truth on wceb keeps the poster's
// name without it (-0.017 on that page).
//
// wceb html 0.8358 -> 0.8360, its forums 0.7457 -> 0.7466: four threads
// of three forum programs +0.001 to +0.037; one whose truth gives each
// post's date a day earlier than the page does -0.006. In text, one
// thread's renderings move by +0.0006 (w3m) and -0.0013 (h2t). No other
// page of any set, nor any output of the other corpora, moves but three
// threads of trafilatura's set (scored by snippets; one +1).
func (d *Decider) keepPostDates(p *Page) {
	if !d.on(PostHead) || p.clean || p.Start > p.End {
		return
	}
	first := p.Start
	if j := firstPostDate(p); j >= 0 {
		first = j
	}
	heads, ok := postDates(p, first, p.End, true, true, p.idx[:0])
	p.idx = heads[:0]
	inside := len(heads)
	if first < p.Start && inside > 0 && heads[0] == first {
		inside--
	}
	if !ok || inside < minDatedPosts {
		return
	}
	if heads[0] < p.Start {
		widenTo(p, heads[0])
		if j := firstPoster(p, heads); j >= 0 {
			widenTo(p, j)
		}
	}
	for _, i := range heads {
		keepPostHead(p, i)
	}
	keepPosters(p, heads)
	last, _ := postDate(p, heads[len(heads)-1], true)
	postsAfter(p, last)
}

// maxGreetingWords is the most words of a post's opening line between its
// head and its first paragraph that firstPostDate reads past in text.
const maxGreetingWords = 4

// minDatedPosts is how many posts under dates inside the span make it a
// thread's for keepPostDates. At 3, a thread of two replies under its
// opening post keeps no date (wceb html forums 0.7460, not 0.7466).
const minDatedPosts = 2

// keepPostHead makes line i a post's head, content.
func keepPostHead(p *Page, i int) {
	if l := &p.Lines[i]; l.class != content {
		l.class, l.good, l.strong, l.copy = content, PostHead, false, notCopy
		l.Reason, l.Detail = PostHead, Detail{}
	}
}

// postsAfter widens the span of a thread over the posts after it, each
// under a date no earlier than the one before (the last post's inside the
// span, last): short replies ("Thank you this is helpful"), which read
// as lines the page repeats or as lines between chrome, had ended the
// thread before them. It stops at a closing heading ("Related topics"),
// at a date earlier than the one before, and at a line of text with no
// post's date over it. Strong chrome between (a post's "2 Likes") stays
// out. wceb: a Discourse thread's five last replies, +0.023 in text-w3m
// and text-h2t (in HTML its span held them already); no other page of any
// set, nor any output of the other corpora, moves.
func postsAfter(p *Page, last lang.Date) {
	head, open := -1, false // the date over the post being read; whether its text has begun
	for i := p.End + 1; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if d, _ := postDate(p, i, true); d != 0 {
			if d < last {
				return
			}
			head, last, open = i, d, false
			continue
		}
		switch {
		case l.class == chrome && l.bad.closes():
			return
		case l.class == chrome && l.strong:
			continue
		case head < 0 || !open && f.Words < minReplyWords:
			return
		}
		if !open {
			keepPostHead(p, head)
			open = true
		}
		widenEndTo(p, i)
	}
}

// minReplyWords is the fewest words of the first line of a reply that
// postsAfter takes in: a question page's "answered Mar 29, 2014 at 4:13"
// under an answer is over its author's name alone, not over a reply.
const minReplyWords = 2

// firstPostDate returns the line of the first post's date above the
// span, in its head (see headAbove), when no date heads the span's first
// post inside it; else -1. A forum's dated byline right above the span
// ("hayley.p 2 May 2025 18:48", see postDate) is such a date. In text,
// only the line right above the span may be: a thread whose posters'
// cards stand over their dates ("Сергей_К", "Участник", "Сообщений:
// 112", "12 марта 2024, 08:41 #1") had lost its first post's date where
// the card's lines went as post-meta. A short line that opens the post
// may stand between (a greeting, "Buonasera a tutti,"): phpBB's first post
// in w3m had lost its head and its greeting, its replies keeping theirs.
func firstPostDate(p *Page) int {
	for i := p.Start; i <= p.End && (p.Lines[i].class != content || p.Lines[i].good == PostHead); i++ {
		if d, _ := postDate(p, i, true); d != 0 {
			return -1 // the first post's head is the span's already
		}
	}
	if !p.m.HTML {
		// In text only the line right above the span, or above a short
		// line of the post's own over it: a span taken up over a card
		// takes in the card's lines too.
		j := p.nonBlank(p.Start-1, -1)
		if j >= 0 && p.Lines[j].class != chrome && p.f(j).Words <= maxGreetingWords && p.f(j).End != measure.EndSentence {
			j = p.nonBlank(j-1, -1) // "Good evening all," over the first paragraph
		}
		if j >= 0 {
			if d, _ := postDate(p, j, true); d != 0 {
				return j
			}
		}
		return -1
	}
	found := -1
	headAbove(p, func(i int) bool {
		if d, _ := postDate(p, i, true); d != 0 {
			found = i
		}
		return found < 0
	})
	return found
}

// postHeadsAbove widens an HTML span over the head of a thread's first
// post, the poster's name and the date (see keepPostHeads), when they
// stand above the span's start, up to maxPostHeadReach lines of chrome
// above it (the poster's card, the post's number), and the span holds a
// later post's head. The span opens on the first post's text, and the
// thread's opener had lost its name and date: with the opening post's
// head marked as its replies' are (see source's spreadPostHeads; neither
// alone moves a page), wceb html forums 0.7455 -> 0.7457, three threads
// of one forum software +0.0005 to +0.0036. A head past a line of
// content, or a closing heading, is another box's; the reach stops there.
// No other page of any set, nor any output of the other corpora, moves.
func postHeadsAbove(p *Page) {
	if !p.m.HTML || p.Start > p.End {
		return
	}
	in := false
	for j := p.Start; j <= p.End && !in; j++ {
		in = p.Lines[j].good == PostHead
	}
	if !in {
		return
	}
	to := -1
	headAbove(p, func(i int) bool {
		if p.Lines[i].good == PostHead {
			to = i
		}
		return true
	})
	if to >= 0 {
		widenTo(p, to)
	}
}

// headAbove calls visit for each non-blank line above the span's start,
// the nearest first, up to maxPostHeadReach of them, while visit returns
// true: the head of the span's first post (the poster's card, the post's
// number, its name and date). A line of content that is no post's head,
// or a closing heading, ends it: a head past it is another box's.
func headAbove(p *Page, visit func(i int) bool) {
	for i, seen := p.Start-1, 0; i >= 0 && seen < maxPostHeadReach; i-- {
		if p.f(i).Blank {
			continue
		}
		seen++
		if l := &p.Lines[i]; l.good != PostHead && (l.class == content || l.class == chrome && l.bad.closes()) {
			return
		}
		if !visit(i) {
			return
		}
	}
}

// maxPostHeadReach is the most lines above the span that headAbove
// reads.
const maxPostHeadReach = 16

// postHeaderBelow keeps the header of the first post of a thread whose
// title, the span's first line (its question, or the page's h1), became
// the headline, and whose span holds the dates of minEntries posts or more
// after it: the author's short lines and the post's date between the
// title and the post, which the later posts keep as theirs, and which
// would otherwise be trimmed as lines at the article's edge before its
// first paragraph. Strong chrome among them goes as ever (a card's "帖子
// 12"); without a date among them, or with other lines between the date
// and the post, they are no post's header, nor is a date alone, which is
// an article's byline under its headline. So is the first line of the
// post's first paragraph, run into a line of content with no blank line
// between, that a renderer wrapped and the cleaner read as it is (a
// Chinese paragraph's first line, which no case marks). The thread's own
// header over them, which names who started it ("Rozpoczęty przez
// Krzysztof_W, 14 Lipiec 2024", see startsThread), is none of the post's.
func postHeaderBelow(p *Page) {
	dated, authors, last, ok := false, 0, -1, false
	for i, seen := p.Start, 0; i < len(p.Lines) && seen <= postHeader+1; i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || l.class == chrome && l.strong || seen == 0 && startsThread(p, f) {
			continue // the thread's header over the first post goes as it is
		}
		if l.class == content {
			ok = dated
			break
		}
		seen++
		if dated {
			// After the date, only the post's first line, wrapped, may
			// come before its content: a thread's status or pager ("Not
			// open for further replies.", "1 of 3") is no post's header.
			if i+1 < len(p.Lines) && !p.f(i+1).Blank && p.Lines[i+1].class == content {
				last, ok = i, true
			}
			break
		}
		if f.Dateline() {
			dated, last = true, i
			continue
		}
		if f.Words > 3 || f.End != measure.EndNone {
			break
		}
		authors++
	}
	if !ok || authors == 0 || laterDates(p, last) < minEntries {
		return
	}
	for i := p.Start; i <= last; i++ {
		if l := &p.Lines[i]; !p.f(i).Blank && !(l.class == chrome && l.strong) {
			l.extended = true
		}
	}
}

// laterDates counts the date lines of the span after line i.
func laterDates(p *Page, i int) int {
	n := 0
	for j := i + 1; j <= p.End; j++ {
		if !p.f(j).Blank && p.f(j).Dateline() {
			n++
		}
	}
	return n
}

// signatureBelow widens the span over the last post's signature below it:
// a date line ("answered Jul 28, 2011 at 22:22 Ryan Lundy 210k") under
// the post's buttons, up to maxSignatureGap lines of strong chrome below
// the span, where a line of the span opens with the same word, no
// stopword, and gives a date too (the other posts' signatures). A line
// the page repeats is none (a story's "Published ..." again under it). A
// question page prints who answered under each answer, and the last
// answer's had gone where the span ended at its text, as chrome closed
// the page right under it.
func signatureBelow(p *Page) {
	if p.Start > p.End {
		return
	}
	j := p.nonBlank(p.End+1, 1)
	for n := 0; j >= 0 && n < maxSignatureGap && p.Lines[j].class == chrome && p.Lines[j].strong; n++ {
		j = p.nonBlank(j+1, 1)
	}
	if j < 0 || p.Lines[j].strong {
		return
	}
	f := p.f(j)
	if f.Digits == 0 || f.Words > maxBylineLine || f.Repeats > 0 || !hasDate(p, f.Content) {
		return
	}
	word, _, _ := strings.Cut(f.Key, " ")
	if p.m.Lex.Word([]byte(word)).Stops.Has(p.m.Lang) {
		return // "The Nigerian Senate (@NGRSenate) October 9, 2018", a tweet's
	}
	for i := p.Start; i <= p.End; i++ {
		if o := p.f(i); !o.Blank && o.Digits > 0 && strings.HasPrefix(o.Key, word+" ") && hasDate(p, o.Content) {
			widenEndTo(p, j)
			p.Lines[j].class = uncertain // the chrome around it made it chrome (see the context pass)
			return
		}
	}
}

// maxSignatureGap is the most lines of strong chrome (a post's buttons)
// between the span and the last post's signature (see signatureBelow).
const maxSignatureGap = 2
