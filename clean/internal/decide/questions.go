package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The titles of threads and question pages: a question that is a line of
// its own over its post's date, which reads as prose and would otherwise
// stay in the body or go with the question's post (see findHeadline), and
// the line over the header that names who started a thread.

// questionTitle reports whether line i, which reads as prose, is a
// headline that asks a question: the page's h1, or one question alone of
// at most maxQuestionTitle words, on a clean page, as the cleaner prints
// such a headline first ("Do forums still have a role in the age of
// social media?"), or on a page that gives it again (a breadcrumb, a
// reply's "Re: ..."), as a forum gives its thread's title (wceb text-w3m
// titles 0.3758 -> 0.3788; no page's F1 moves). A clean page that begins
// with a question and a blank line gives it as its title; a standfirst
// that ends with one ("... is air pollution. But where does it come
// from?") is not a title.
func questionTitle(p *Page, i int) bool {
	f := p.f(i)
	if f.Heading == 1 {
		return true
	}
	return asks(f) && (p.clean || f.Repeats > 0 || containedElsewhere(p, i) || datedBelow(p, i))
}

// asks reports whether l is one question alone, of at most
// maxQuestionTitle words ("Most profitable electrical skill??"), with a
// question mark of its script ("阳台种番茄总是掉花怎么办？", "كيف أبدأ؟").
func asks(l *measure.Line) bool {
	c := strings.TrimRight(l.Content, " ")
	q := strings.TrimRight(c, "?？؟")
	return len(q) < len(c) && l.Words <= maxQuestionTitle && !endsSentence(q) && !strings.ContainsAny(q, "。！？؟")
}

// datedBelow reports whether a date line follows line i within three
// non-blank lines: a thread's title over its post's "Mar 12, 2024" or
// "Asked 11 years ago", which the page gives once. With it, and with
// questionOpening, wceb text-w3m found 0.4121 of its titles (was 0.4030:
// two threads and a travel guide's question, and a scrapinghub gift
// guide's, where none had been found); two pages' F1 rose by 0.0002 and
// 0.0019, and no page's moved otherwise. A question over a paragraph
// stays in it. The line that names who started the thread, with its date
// or without, counts as its date ("Rozpoczęty przez Krzysztof_W, 14
// Lipiec 2024": see startsThread), which holds too many other words to be
// a date line: a Polish board's question had gone as a copy of its
// site's name, taken for the title above it.
func datedBelow(p *Page, i int) bool {
	return dateBelow(p, i, func(l *measure.Line) bool { return l.Dateline() || startsThread(p, l) }, 0)
}

// dateBelow reports whether a line of at most 12 words that date accepts
// follows line i within three non-blank lines, and no line between it and
// i has more than between words (when between is above 0). Lines of a
// post's card (post-meta: "帖子 12", "Posts: 214") do not count: they go,
// and a reading of the output, without them, finds the date as near.
func dateBelow(p *Page, i int, date func(*measure.Line) bool, between int) bool {
	j := i
	for n := 0; n < 3; {
		if j = p.nonBlank(j+1, 1); j < 0 {
			return false
		}
		if l := &p.Lines[j]; l.class == chrome && l.bad == PostMeta && l.strong {
			continue
		}
		n++
		f := p.f(j)
		if date(f) && f.Words <= 12 {
			return true
		}
		if between > 0 && f.Words > between {
			return false
		}
	}
	return false
}

// maxQuestionTitle is the most words of a question that is a clean page's
// title.
const maxQuestionTitle = 20

// questionOpening returns the span's first line if it is a thread's
// title: a question over its post's date (see datedBelow), which the span
// holds as it reads as prose; else -1. Left in the body, a reading of the
// body lifted it, and the page lost its title.
func questionOpening(p *Page) int {
	i := p.nonBlank(p.Start, 1)
	if i < 0 || i > p.End || !datedQuestion(p, i) && !answeredQuestion(p, i) {
		return -1
	}
	return i
}

// answeredQuestion reports whether line i is a question page's question
// that gives no date: one question (see asks) over the count of its
// answers (see answersHeading) within answerReach non-blank lines, the
// question's text and buttons between, that reads as a headline. A
// Chinese question page in w3m had taken the row of its tags above for
// its title, and a reading of the body had lifted the question.
func answeredQuestion(p *Page, i int) bool {
	if !asks(p.f(i)) {
		return false
	}
	for n, j := 0, p.nonBlank(i+1, 1); n < answerReach && j >= 0; n, j = n+1, p.nonBlank(j+1, 1) {
		if answersHeading(p.f(j), p) {
			_, ok := titleScore(p, i)
			return ok
		}
	}
	return false
}

// answerReach is how many non-blank lines under a question the count of
// its answers may be (see answeredQuestion).
const answerReach = 6

// datedQuestion reports whether line i is a thread's title: one question
// over its post's date (see datedBelow) that reads as a headline.
func datedQuestion(p *Page, i int) bool {
	if !asks(p.f(i)) || !datedBelow(p, i) {
		return false
	}
	_, ok := titleScore(p, i) // last: it reads the whole page (see heldBy)
	return ok
}

// questionAbove returns the title of the thread whose posts the span
// found: the nearest line above the span, within questionReach non-blank
// lines and below any heading that closes an article, that asks one
// question over its post's date (see datedBelow), unindented, and reads as
// a headline; else -1. A question page's answers outweigh its question,
// and the span found them, under "Sorted by: Reset to default"; the
// question and its comments stood above, parted by the question's
// buttons, and went with the page's title (the two Q&A pages of wceb
// text-w3m: the expat's flight question +0.10, a backup question +0.006;
// titles found 0.4121 -> 0.4182). So is a thread's title that asks no
// question (see agedTitle). An indented question is a comment's ("Steht
// der in Hotan oder wo ?" over the next comment's date). The prompt to
// comment under a question without comments, as under each answer (see
// commentPrompt), is no heading that parts the question from them: a
// cooking question's post had gone, and its last line, a question of its
// own, had been the title (wceb text-w3m, that page 0.885 -> 0.930, titles
// found 0.5303 -> 0.5333; in lynx the same page; no other page of any
// corpus moves).
func questionAbove(p *Page) int {
	for i, seen := p.Start-1, 0; i >= 0 && seen < questionReach; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		seen++
		if l.class == chrome && l.bad.closes() && !commentPrompt(l, f) {
			return -1
		}
		if f.Indent == 0 && (asks(f) && datedBelow(p, i) || agedTitle(p, i)) {
			if _, ok := titleScore(p, i); ok {
				return i
			}
		}
	}
	return -1
}

// commentPrompt reports whether l, a line of f, is a post's prompt to
// comment rather than the heading of a comment section: a line of the
// comments rule that the page gives three times or more ("Add a comment |"
// under the question and under each answer). It closes no article and
// parts no question from its answers.
func commentPrompt(l *Line, f *measure.Line) bool {
	return l.bad == Comments && f.Repeats >= 2
}

// agedTitle reports whether line i may be a thread's title that asks no
// question ("Windows 10 WSL (bash) and mintty", "When to use wurde versus
// war"), if it reads as a headline: a line of three words or more over the
// time ago its post was asked or written ("Asked 8 years, 2 months ago")
// within three non-blank lines, with none but buttons of at most four
// words between ("Ask Question"). The time ago, not any date: over a news
// story's date, a site's tagline ("RT Question more") or a breadcrumb
// ("Home World News") took the title and the span opened under it (with
// any date, wceb text-w3m rose on two more pages, +0.03 each, and a news
// story fell -0.07 in each text rendering). Two words are a button ("Ask
// Question" over "Asked 11 years ago"). wceb text-w3m: a thread +0.035,
// titles found 0.4182 -> 0.4212; trafilatura text-w3m: a German question
// page one lost snippet fewer; no page falls.
func agedTitle(p *Page, i int) bool {
	return p.f(i).Words >= 3 && dateBelow(p, i, func(f *measure.Line) bool { return f.Age != 0 }, 4)
}

// questionReach is how many non-blank lines above the span questionAbove
// looks at: a question, its buttons, its comments and the answers' header
// (at 40, the flight question's 50 lines were too many; 60, 80 and 120
// change the same pages).
const questionReach = 2 * titleReach

// postBetween reports whether a paragraph (content, Prose) stands between
// lines from and to: the question's post, between its title and the line
// titleBefore chose. A question right over a news page's date and
// headline is a teaser's ("Initial public offerings: Is there still a
// pulse?" over "Wednesday 20 November 2019" and the article's own
// headline), and a question above a table of contents one of its entries.
func postBetween(p *Page, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if l := &p.Lines[k]; l.class == content && l.good == Prose {
			return true
		}
	}
	return false
}

// faqQuestion reports whether line i, which is no h1, opens a page's
// questions and answers: it asks one question alone (see asks), a
// paragraph that asks none answers it, and minFAQPairs-1 more such pairs
// follow. Such a question is the first of an FAQ's, not its headline:
// a reading of the body alone had taken it for one, and the first
// question of an FAQ went from every page that has one (see BodyHeadline;
// wceb text-w3m: a shop's FAQ under its products keeps "What are CBD
// Gummies?", +0.0014; no other output of the shared sets changes).
func faqQuestion(p *Page, i int) bool {
	if p.f(i).Heading == 1 {
		return false
	}
	pairs := 0
	for j := i; j >= 0 && pairs < minFAQPairs; {
		if !asks(p.f(j)) {
			return false
		}
		a := p.nonBlank(j+1, 1)
		if a < 0 || asks(p.f(a)) || p.f(a).End != measure.EndSentence {
			return false
		}
		pairs++
		j = p.nonBlank(a+1, 1)
	}
	return pairs >= minFAQPairs
}

// minFAQPairs is the fewest questions and answers that make an FAQ (see
// faqQuestion).
const minFAQPairs = 3

// threadTitle returns the title of a forum's thread, or -1: the line
// right over the thread's header, which names who started it ("Thread
// starter Kevin", "Discussion in 'Cameras' started by Kevin, May 11,
// 2024": the thread-starts list), within titleReach lines above the span.
// The first post's author card, nearer the posts, had outscored it (its
// "Location (town/city + country)", a user's title "Code Monkey"): wceb
// text-w3m titles found 0.5061 -> 0.5121, and so in lynx; h2t marks such
// titles as headings already. One thread's F1 falls 0.014 in w3m: the
// label of its cards' location field, dropped as a copy of the wrong
// title, stays in each card, as the cards' other fields do. An h1 above
// the span is still the headline.
func threadTitle(p *Page) int {
	for i, n := p.nonBlank(p.Start-1, -1), 0; i >= 0 && n < titleReach; i, n = p.nonBlank(i-1, -1), n+1 {
		if startsThread(p, p.f(i)) {
			return titleOver(p, i)
		}
	}
	return -1
}

// titleOver returns the line right over line i, blank lines aside, if a
// headline may be it (see titleScore), or -1: a thread's title over its
// header, a wiki's over its language switch.
func titleOver(p *Page, i int) int {
	if j := p.nonBlank(i-1, -1); j >= 0 {
		if _, ok := titleScore(p, j); ok {
			return j
		}
	}
	return -1
}

// startsThread reports whether l is a thread's header line that names who
// started it (the thread-starts list).
func startsThread(p *Page, l *measure.Line) bool {
	return l.Words <= maxThreadStart && has(l.All, lang.ThreadStarts) && p.m.Lex.Find(lang.ThreadStarts, l.Key, l.Bloom, p.m.Lang)
}

// maxThreadStart is the most words of a thread's header line that names
// who started it: "Discussion in 'Social Networks' started by AjayJunkies,
// May 11, 2024." has ten.
const maxThreadStart = 14
