package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Rules of threads and comment sections: the lines that forum software and
// comment systems print around each post (its buttons, its metadata, the
// line that introduces it) and the heading of a comment section. Like
// those of rules_phrases.go, they read the lexicon of the page's language.

// buttonRow catches a line made only of button captions (the buttons
// list): "Reply Quote Report", and with the counts its buttons show,
// "Reply Quote Report Like: 3", "ナイス！ 24 違反報告", two in a row at
// most ("赞同 126 12 条评论 分享"). A sentence has
// other words; a row of three captions or more may name what one acts on
// (see maxButtonObjects). A Chinese or
// Japanese row that w3m printed without its spaces ("回复引用举报") is one
// run of characters that the list's entries make up, two or more, and so
// is each run between the counts of a row with counts ("赞同 126 12
// 条评论分享收藏喜欢"); a
// row in a cased script so printed ("ReplyBoostFavouriteBookmarkMore",
// under each post of a Mastodon thread) is one word whose capitals part
// two captions or more. One caption with its count in brackets ("Helpful
// (12)", "Utile (12)", under a shop's review) is a button too; a count
// without brackets after one word may be a heading's ("Part 2"). So is a
// list item of one caption that the page gives minItemButtonRepeats more
// times or more ("• Like" under each post of a thread, as w3m prints a
// forum's list of buttons): once, it is a list's own ("• Edit", among
// what a member may do). Code is no row of buttons, nor is a line that
// names a call: "comment.save()" is two captions' words to the lexicon,
// and a manual's block of code had lost it on the reading of its output,
// where its text is not marked as code.
func buttonRow(l *measure.Line, p *Page) float64 {
	if l.Code || l.NamesCall() {
		return 0 // "comment.save()": code's, in a block of code or printed without its markup
	}
	if l.Tokens == 1 && l.CJK > 0 && l.End == measure.EndNone {
		if p.m.Lex.RunOf(lang.Buttons, l.Key, p.m.Lang) {
			return -2
		}
		return 0
	}
	if l.Tokens == 1 && l.Humps > 0 && l.End == measure.EndNone {
		if gluedButtons(l, p) {
			return -2
		}
		return 0
	}
	if l.Tokens == 1 && (l.Marker == source.MarkBullet || l.Marker == source.MarkSub) && l.Repeats >= minItemButtonRepeats && p.m.Lex.In(lang.Buttons, l.Key, p.m.Lang) {
		return -2 // "• Like", one item of a list of buttons under each post
	}
	if l.Tokens < 2 || l.Tokens > 7 || l.End != measure.EndNone || !has(l.First, lang.Buttons) && l.CJK == 0 {
		return 0
	}
	buttons, others, counts := 0, 0, 0 // counts: the numbers in a row before this word
	for w := range strings.SplitSeq(l.Key, " ") {
		switch {
		case p.m.Lex.In(lang.Buttons, w, p.m.Lang) || l.CJK > 0 && p.m.Lex.RunOf(lang.Buttons, w, p.m.Lang):
			buttons, counts = buttons+1, 0
		case buttons > 0 && counts < maxButtonCounts && allDigitsASCII(w):
			counts++
		case others < maxButtonObjects:
			others, counts = others+1, maxButtonCounts // no count after it: "Reply Quote Report Chapter 3"
		default:
			return 0
		}
	}
	if buttons == 1 && counts == 1 && l.Tokens == 2 && l.Punct&measure.PunctParen != 0 && strings.HasSuffix(l.Content, ")") {
		return -2 // one caption and its count in brackets: "Helpful (12)", "Utile (12)"
	}
	if buttons < 2 || buttons > 6 || others > 0 && buttons < minButtonsWithObject {
		return 0
	}
	return -2
}

// A row of buttons may name what one of them acts on, in one word
// ("Zitieren Antworten Gefällt mir Beitrag melden": report post) where
// it holds minButtonsWithObject captions or more: a German thread's row
// under each post had stayed. Two captions and a word are a phrase of
// the page's ("Beitrag teilen" under a story's headline, share post).
const (
	maxButtonObjects     = 1
	minButtonsWithObject = 3
)

// minItemButtonRepeats is how many other times the page gives a list item
// of one button caption that make it a post's button (see buttonRow).
const minItemButtonRepeats = 2

// maxButtonCounts is the most numbers in a row in a row of buttons: the
// count of the caption before them and of the caption after ("赞同 126 12
// 条评论 分享": 126 agree, 12 comments).
const maxButtonCounts = 2

// gluedButtons reports whether l, one word, is two button captions or
// more run together, each opening with a capital: "ReplyDelete",
// "ReplyBoostFavouriteBookmarkMore". Its key, the same word in lower
// case, gives the captions where it is as long as the text.
func gluedButtons(l *measure.Line, p *Page) bool {
	s, key := l.Content, l.Key
	if len(key) != len(s) {
		return false // lower case changed a letter's length, or the text holds more than letters
	}
	parts, start := 0, 0
	for i, r := range s {
		if i > start && unicode.IsUpper(r) {
			if !p.m.Lex.In(lang.Buttons, key[start:i], p.m.Lang) {
				return false
			}
			parts, start = parts+1, i
		}
	}
	return parts >= 1 && p.m.Lex.In(lang.Buttons, key[start:], p.m.Lang)
}

// comments catches the heading of a comment section (the comments table),
// or a count such as "12 Comments" or "34 responses to “<headline>”" (the
// comment-counts list after a number).
func comments(l *measure.Line, p *Page) float64 {
	if l.Table == lang.Comments {
		return -1
	}
	if l.Words > 30 {
		return 0
	}
	if _, ok := countOf(l, p, lang.CommentCounts); ok {
		if answersHeading(l, p) {
			return 0 // "2 Respostas", "238 个回答 默认排序": a question's answers follow
		}
		return -1
	}
	return 0
}

// sortControl reports whether key, the rest of a line, is a list's sort
// control: a whole phrase of the list-control table, or one that such a
// label opens ("默认排序", "sortiert nach hilfreichste neueste").
func sortControl(p *Page, key string) bool {
	x, id := p.m.Lex, p.m.Lang
	for n := 1; n <= maxSortWords; n++ {
		k := keyPrefix(key, n)
		if x.IsWhole(lang.ListControl, k, id) && len(k) == len(key) || x.IsLabel(lang.ListControl, k, id) {
			return true
		}
		if len(k) == len(key) {
			break
		}
	}
	return false
}

// maxSortWords is the most words of a sort control's label (see
// sortControl).
const maxSortWords = 3

// answersHeading reports whether l is a count of a question's answers
// ("2 Respostas", "5 个回答"): a number and an entry of the answer-counts
// list, alone or with the control that sorts them ("238 个回答 默认排序",
// "3 Antworten Sortiert nach: Hilfreichste"; see sortControl), which w3m
// may run into the count ("238 个回答默认排序").
func answersHeading(l *measure.Line, p *Page) bool {
	entry, after, ok := countIn(l, p, lang.CommentCounts, true)
	if !ok || after != "" && !sortControl(p, after) {
		return false
	}
	return p.m.Lex.In(lang.AnswerCounts, entry, p.m.Lang)
}

// countOf reports whether l opens with a number and an entry of list
// ("12 comments on ...", "7 likes"), and returns the key after them.
// Chinese and Japanese write no space between the two ("12条评论",
// "12件のコメント"); such a count is one word of the key.
func countOf(l *measure.Line, p *Page, list lang.List) (after string, ok bool) {
	_, after, ok = countIn(l, p, list, false)
	return after, ok
}

// countIn is countOf, and returns the entry too; with runs, the entry may
// open a run of CJK characters that goes on after it (see
// lang.Lexicons.RunLead).
func countIn(l *measure.Line, p *Page, list lang.List, runs bool) (entry, after string, ok bool) {
	if l.Digits == 0 {
		return "", "", false
	}
	rest := strings.TrimLeft(l.Key, "0123456789")
	if len(rest) == len(l.Key) {
		return "", "", false
	}
	rest = pastGroups(rest)
	if r, _ := utf8.DecodeRuneInString(rest); r == ' ' {
		rest = rest[1:]
		if r, _ := utf8.DecodeRuneInString(rest); !has(l.All, list) && !(runs && lang.IsCJK(r)) {
			return "", "", false // with runs, the entry may open a run of CJK characters, no word of the key ("个回答默认排序")
		}
	} else if !lang.IsCJK(r) {
		return "", "", false // "12th"; but "12条评论", "12件のコメント", whose count and word are one word of the key
	}
	e := p.m.Lex.Lead(list, rest, p.m.Lang)
	if e < 0 && runs {
		e = p.m.Lex.RunLead(list, rest, p.m.Lang)
	}
	if e < 0 {
		return "", "", false
	}
	return rest[:e], strings.TrimPrefix(rest[e:], " "), true
}

// pastGroups returns rest past the groups of three digits that go on a
// number in a line's key, whose separators the key made spaces ("1,234
// comments", "1.234 Kommentare", "1 234 комментария": "1 234 ..."): a
// count of a thousand or more is a count too, and had stayed.
func pastGroups(rest string) string {
	for len(rest) >= 4 && rest[0] == ' ' && thousands(rest[1:]) {
		rest = rest[4:]
	}
	return rest
}

// countAfter reports whether l is an entry of list and a number, and
// nothing else ("Like 1", "Thanks 12"): a reaction button with its count.
func countAfter(l *measure.Line, p *Page, list lang.List) bool {
	if l.Digits == 0 || !has(l.First, list) {
		return false
	}
	i := lastWords(l.Key, 1)
	if i <= 0 || strings.Trim(l.Key[i:], "0123456789") != "" {
		return false
	}
	return p.m.Lex.In(list, l.Key[:i-1], p.m.Lang)
}

// postMeta catches a line of a post's metadata in a thread (the post-meta
// table: "Reactions: kyteflyer, Bobby T and drd1135", "Last edited: Sep
// 26, 2024"), a post's count of reactions alone on its line ("7 Likes",
// the reaction-counts list), which forum software prints under each post,
// or its reaction button with the count after it ("Like 1", "Thanks 12":
// three threads +0.001 to +0.002 in text-w3m, nothing else moves), or
// its author's reputation ("30.5k1818 gold badges9090 silver
// badges174174 bronze badges", a question-and-answer site's user card:
// five question pages +0.003 to +0.023 in each mode); a line of the
// table that ends a sentence is none ("Officers wear gold badges."),
// and the date of an edit or a comment ("edited Mar 11, 2022 at 10:45",
// "Commented May 18, 2017 at 12:03": a date line opened by a word of the
// post-actions list), which no truth of a question page keeps (wceb html
// +0.0001, text-w3m and text-h2t +0.0002, forum +0.0007 to +0.0013; five
// question pages +0.002 to +0.03, a thread whose truth keeps "(edited 1
// year ago)" -0.005 to -0.012). A post's own date stays ("answered Oct
// 16, 2010 at 22:13"): a thread keeps its posts' authors and dates. It
// must not catch a sentence that counts likes: it has other words; nor
// one that opens with such a word ("Edited by hand, the list ..."): it is
// no date line. So, too, a line that names who liked a post ("WiSK and
// JapesUK like this.", the reaction-names list after a name or a count of
// others), as forum software prints it under each post, which no truth
// keeps (a travel report's thread +0.011 to +0.014 in each mode, a
// forum's +0.002 in the text modes; no other page moves), but not a
// sentence that ends alike ("It looks like this."). So, last, a time stamp
// as a program writes it, alone on its line (see machineTime), which a
// question page prints beside each comment's "Commented ..." and no truth
// keeps (four question pages +0.006 to +0.030 in text-w3m and text-h2t,
// two scrapinghub stories +0.003 to +0.009; no page falls). The table
// holds the lines of a forum's user card too ("Posts: 701", "Join Date:
// Mar 2016", "410 posts · Joined 2002", "Senior Member") and "Thread
// starter Kevin", which no wceb truth keeps. The article span counts a
// line of the table as weak chrome, which adds nothing to a run of chrome
// (see spanMasses): as strong chrome, a card with the buttons above it
// and the name beside it had cut a thread's short replies off. So: wceb
// text-w3m 0.7867 -> 0.7870 (forum 0.6864 -> 0.6889), text-h2t 0.7958 ->
// 0.7961, html 0.8227 -> 0.8229; 22 scores of eleven threads up by
// 0.0001 to 0.027, none down. With a card's labels on their own lines
// ("Joined", "Reaction score"), six more of three threads, to text-w3m
// 0.7871 and text-h2t 0.7963. A line of the table has at most
// maxReactionWords words: w3m lays a user card beside its post, and
// "Posts: 1   I have tested a Power Color Radeon ..." is the post's first
// line (one thread -0.19 without the bound).
func postMeta(l *measure.Line, p *Page) float64 {
	if l.Table == lang.PostMeta && l.End != measure.EndSentence && l.Words <= maxReactionWords {
		return -2 // "Last edited: Sep 26, 2024", not "Officers wear gold badges."
	}
	if after, ok := countOf(l, p, lang.ReactionCounts); ok && after == "" || countAfter(l, p, lang.ReactionCounts) {
		return -2
	}
	if l.Words <= maxReactionWords && has(l.All, lang.ReactionNames) && namesReactions(l, p) {
		return -2
	}
	if l.Words <= maxPostDateWords && has(l.First, lang.PostActions) && p.m.Lex.Lead(lang.PostActions, l.Key, p.m.Lang) > 0 && (l.Dateline() || l.Digits > 0 && hasDate(p, l.Content)) {
		return -2 // "edited Mar 11, 2022 at 10:45", "Edited November 13, 2025 by willsmith79052"
	}
	if l.Dateline() && machineTime(l.Content) {
		return -2
	}
	return 0
}

// machineTime reports whether s is a time stamp as a program writes one,
// and nothing else: a date, a time to the second and a time zone
// ("2010-10-17 23:10:09 +00:00", "2024-01-27T12:00:05Z"), as a question
// page prints each comment's time beside its "Commented Oct 17, 2010 at
// 23:10". A person writes no seconds and no zone ("2024-01-27 12:04").
func machineTime(s string) bool {
	digits := func(s string, n int) bool {
		if len(s) < n {
			return false
		}
		for i := range n {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	// YYYY-MM-DD, then a space or T, then hh:mm:ss
	if len(s) < 20 || !digits(s, 4) || s[4] != '-' || !digits(s[5:], 2) || s[7] != '-' || !digits(s[8:], 2) ||
		s[10] != ' ' && s[10] != 'T' || !digits(s[11:], 2) || s[13] != ':' || !digits(s[14:], 2) || s[16] != ':' || !digits(s[17:], 2) {
		return false
	}
	rest := s[19:]
	if strings.HasPrefix(rest, ".") { // fractions of a second
		rest = strings.TrimLeft(rest[1:], "0123456789")
	}
	rest = strings.TrimPrefix(rest, " ")
	switch {
	case rest == "Z", rest == "UTC", rest == "GMT":
		return true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && digits(rest[1:], 2) && rest[3] == ':' && digits(rest[4:], 2):
		return true // +00:00
	case len(rest) == 5 && (rest[0] == '+' || rest[0] == '-') && digits(rest[1:], 4):
		return true // +0000
	}
	return false
}

// namesReactions reports whether l names who reacted to a post: its last
// words are an entry of the reaction-names list, after a name ("WiSK and
// JapesUK like this", "MargoFarrel likes this", "Heizungsprofi vindt dit
// leuk") or in a line that counts others ("Jane, Joe and 3 others like
// this"). Three words of the list after no name and no count end a
// sentence about anyone: "Mijn vrouw vindt dit leuk" (my wife likes
// this). "It looks like this" ends
// alike, after a verb, and "More like this", a box of related items'
// heading, after a stopword, which names no one (on the shared pages nine
// such lines, dropped all the same, were named post-meta; no verdict
// changes); nor does a line that ends with a colon, which introduces what
// follows it: a manual's "You invoke Valgrind like this:" over the
// command had gone (no page of any set or rendering moves).
func namesReactions(l *measure.Line, p *Page) bool {
	n := 3
	if i := lastWords(l.Key, 3); i <= 0 || !p.m.Lex.In(lang.ReactionNames, l.Key[i:], p.m.Lang) {
		n = 2
		if i := lastWords(l.Key, 2); i <= 0 || !p.m.Lex.In(lang.ReactionNames, l.Key[i:], p.m.Lang) {
			return false
		}
	} else if l.Digits > 0 {
		return true // "... and 3 others like this"
	}
	if l.End == measure.EndColon {
		return false // "You invoke Valgrind like this:", over a command
	}
	name := fieldFromEnd(l.Content, n)
	if l.Digits > 0 && allDigitsASCII(name) {
		return true // a count of the others before the phrase: "A lucia e altri 3 piace questo"
	}
	r, _ := utf8.DecodeRuneInString(name)
	var buf [64]byte
	return unicode.IsUpper(r) && (p.m.Lang == lang.None || !p.m.Lex.Word(lang.AppendKey(buf[:0], name)).Stops.Has(p.m.Lang))
}

// lastWords returns where the last n words of key begin (its words are
// parted by single spaces), or -1 when it has no word before them.
func lastWords(key string, n int) int {
	i := len(key)
	for range n {
		if i = strings.LastIndexByte(key[:i], ' '); i < 0 {
			return -1
		}
	}
	return i + 1
}

// fieldFromEnd returns the field of s, parted by white space, that k
// fields follow; "" when s has k fields or fewer.
func fieldFromEnd(s string, k int) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for range k {
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		if i < 0 {
			return ""
		}
		s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	if j := strings.LastIndexFunc(s, unicode.IsSpace); j >= 0 {
		_, n := utf8.DecodeRuneInString(s[j:])
		s = s[j+n:]
	}
	return s
}

// maxReactionWords is the most words of a line that names who reacted to
// a post.
const maxReactionWords = 15

// maxPostDateWords is the most words of a post's date line: "edited Mar
// 11, 2022 at 10:45" has seven.
const maxPostDateWords = 10

// commentAuthor votes against the line that introduces a comment:
// "joetoronto says:", "Anna schreibt:", "Catherine (GiveWell) on September
// 13, 2018 at 5:23 pm said:" (a verb of the says list last). Across the
// ScrapingHub renderings lines that end in "says:" or "said:" are 97
// chrome lines and no article line. It must not catch a quote's
// introduction in an article ("The minister says:"), which is why it is
// weak: inside the article span the line stays.
func commentAuthor(l *measure.Line, p *Page) float64 {
	if l.End != measure.EndColon || l.Words > 6 && (l.Words > 20 || l.Digits == 0) {
		return 0 // a longer line needs a date: "Olivia on October 4, 2018 at 10:58 am said:"
	}
	i := strings.LastIndexByte(l.Key, ' ')
	if i < 0 || !has(l.All, lang.Says) {
		return 0
	}
	if p.m.Lex.In(lang.Says, l.Key[i+1:], p.m.Lang) {
		return -0.6
	}
	return 0
}
