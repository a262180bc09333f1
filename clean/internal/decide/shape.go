package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// What a headline looks like, the line alone: the checks titleScore makes
// before it weighs the line's place on the page, and MayBeHeadline, which
// gates the reading of a body alone.

// MayBeHeadline reports whether line i has the shape of a headline,
// whatever the page around it: what titleScore asks of the line alone,
// were it the first line of a text (see shaped), or an h1 of one word
// (see oneName). A line without it is never a reading's headline.
func (p *Page) MayBeHeadline(i int) bool {
	f := p.f(i)
	return shaped(f, true) || f.Heading == 1 && oneName(f)
}

// maxHeadlineLines is the most lines of the input a headline may take: a
// heading that a renderer wrapped at its width (w3m prints an h1 of 81 to
// 160 characters on two lines at its 80 columns) is the title, its lines
// joined as the text front end joins a wrapped paragraph's (see
// headlineShape).
const maxHeadlineLines = 3

// minCJKHeadline is the fewest Chinese or Japanese characters of a
// headline (see shaped).
const minCJKHeadline = 5

// headlineShape reports whether a line has a headline's shape: two to 30
// words, mostly letters, no sentence ended with a full stop, no list
// marker (but on an h1, which some themes put in a list item), no date,
// no two places where words run into each other (see
// measure.Line.Humps: buttons a renderer printed side by side, "Start free
// trialGet a demoContact sales"; a brand's name has one hump at most,
// "LinkedIn"), and no more than maxHeadlineLines lines of the input. A
// heading that w3m wrapped at its 80 columns is one of two or three, and
// its title is their text as one line, as the page's HTML held it. Of the
// wceb pages that w3m prints at 80 columns, text-w3m found 0.5274 of the
// truths' titles, then 0.5671, as many as where w3m did not wrap them
// (the bench's renderings, at 1,000 columns: 0.5636); five pages' scores
// move, four of them to their score unwrapped (-0.0166 to -0.0018), one
// past it (+0.0235). A longer paragraph is no headline. A setext
// heading is, its title one line over or between its rules; a "###"
// heading that a line under it continues is not (the fuzz test found "###
// Tell twenty common birds apart ..." over "4.9 (412 reviews)" lifted as
// one title, a line the input did not hold). See also wrappedInBlock.
func headlineShape(f *measure.Line) bool { return shaped(f, false) }

// shaped is headlineShape. With named set, where the page names its
// headline (its h1, or the first line of a text above a blank line, as the
// cleaner prints a title: see titleScore), half the tokens may be numbers
// or open with a digit, as a product's name has them ("Pegasus 41",
// "Relax Berries (30ct) 300mg"), but for a year: a line with a run of four
// digits is a date line or a count (see hasYear). The first line of a
// text must be allowed what an h1 is, or the reading of an HTML page's
// output would not lift the headline it prints first. Of the wceb
// truths' titles, html found 235, then 236, and text-h2t 202, then 203;
// text-w3m the same 123. A body that opens with such a line loses it, as
// a reading of the body alone lifts it (a listing's first product:
// -0.0039); one page's text-h2t F1 fell 0.0032, as its product's name
// became the title. Named, one token may be a dish's or product's name
// that hyphens join (see capitalCompound): a German recipe's h1,
// "Mandarinen-Schmand-Kuchen", had lost to the timing line below it.
//
// A line of Chinese or Japanese without spaces needs minCJKHeadline
// characters: a run of three or four is a poster's name or rank ("小番茄",
// "新手上路"), which a reading of a thread's body had lifted, one after
// the other. A line in a script without case, whose words the letter
// test does not count, may not be numbers mostly: a post's counts ("조회
// 1,024 · 추천 12 · 댓글 3", views, likes, comments) had been a Korean
// thread's title. Named, it may, but for a year, as a Latin product's
// name may: a Japanese kettle's h1, "ステンレス電気ケトル 1.0L KT-100",
// had lost to the row of buttons under its price. Unnamed, a line of
// minNamedWords words of letters or more may have as many numbers when
// each is glued to letters, as a product's sizes and codes are (see
// modelCodes): in text, a shop's product had no title, or its delivery
// promise for one. No output of the shared sets changes.
func shaped(f *measure.Line, named bool) bool {
	h1 := f.Heading == 1 // the page's own headline element, wherever a theme puts it
	tokens := f.Tokens
	if n := sectionNumber(f.Content); n > 0 && f.Tokens-n == f.Alpha && f.Alpha >= 2 {
		tokens -= n // a section's number over words: "2.4 Multiple ABIs", not "5.0 out of 5 stars" nor "1.0.0 · Source"
	}
	if n := bracketedNumbers(f.Content); n > 0 && f.Alpha >= 2 {
		tokens -= n // a name's figures in brackets after it: "Medewerker klantenservice (32-40 uur)"
	}
	switch {
	case strings.IndexByte(f.Text, '\n') >= 0 && (f.Heading == 0 && strings.Count(f.Text, "\n") >= maxHeadlineLines || f.Heading > 0 && !strings.Contains(f.Text, f.Content)):
		return false // a wrapped paragraph, or a heading a line continues; a setext heading's rules are no lines of its text, and its title is one line
	case f.Words < 2 || f.Words > 30, f.CJK > 0 && f.CJK < minCJKHeadline && !strings.Contains(f.Content, " "), f.Alpha*3 < tokens*2 && f.CJK == 0 && !((named || f.Alpha >= minNamedWords && modelCodes(f.Content)) && f.Alpha*2 >= tokens && !hasYear(f.Content)),
		f.CJK == 0 && !strings.Contains(f.Content, " ") && !(named && capitalCompound(f.Content)), // one token: "marta_k"
		f.End != measure.EndNone && !(f.End == measure.EndSentence && !endsWithPeriod(f.Content)),
		f.End == measure.EndSentence && f.Words >= minParagraphWords && innerSentences(f.Content) >= 2,
		f.Marker != source.MarkNone && !h1, f.Dateline(), f.Humps >= 2,
		f.CJK > 0 && 2*numberTokens(f.Content) > f.Tokens && !(named && !hasYear(f.Content)):
		return false
	}
	return true
}

// capitalCompound reports whether s is two words or more that hyphens
// join, each all letters and opening with a capital: a German dish's or
// product's name ("Mandarinen-Schmand-Kuchen", "Schoko-Muffins"), which a
// page may give as its h1. "Log-in", "e-mail" and "marta_k" are not.
func capitalCompound(s string) bool {
	n := 0
	for part := range strings.SplitSeq(s, "-") {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		n++
	}
	return n >= 2
}

// fragment reports whether a line is part of a line, not a headline: it
// opens with punctuation that follows words (": Setup Cloudflare tunnel",
// a heading cut after its label), or with a bar, the rest of a row whose
// first cell stands elsewhere ("| fact checked badge Fact Checked", "|
// **Hacker News**new | past | comments", "|[4]Ask a question|") or a closure's
// parameters ("|val| val + x"): four titles of the shared renderings and
// manuals, none a headline, of which a product's lynx rendering takes its
// name instead, and no F1 moves. Or it is a span of code as markdown
// marks one ("`AB AC AD`"). A line in lower case may be a headline:
// "join a specific number of files", a question's title as its asker
// wrote it.
func fragment(f *measure.Line) bool {
	c := f.Content
	return c != "" && strings.IndexByte(":;,.)]}|", c[0]) >= 0 || len(c) > 1 && c[0] == '`' && c[len(c)-1] == '`'
}

// spacedCells counts the runs of text in s that gaps of three spaces or
// more part (see gappedRuns): the cells of a row that a text renderer
// printed on one line, a site's bar of links
// ("Harbor Docs   Guides   API   CLI   Blog") or a table's head
// ("W  L   PCT   GB   HOME"). A headline's words are one run; with its
// site's name or a picture beside it ("itertools — ... looping¶
// [logo]"), two. Of the shared text renderings, three lose such a
// title: a share bar's ("Whatsapp   Facebook   Pint   Baixar") and a
// standings table's head, for none, and a menu's, for the page's own
// (wceb text-w3m titles found 0.5333 -> 0.5364); no body changes.
func spacedCells(s string) int { return gappedRuns(s, "   ") }

// gappedRuns counts the runs of text in s that gap, a run of spaces, or a
// longer one, parts: "a  b   c" holds three runs that two spaces part,
// two that three do.
func gappedRuns(s, gap string) int {
	n := 0
	for part := range strings.SplitSeq(s, gap) {
		if strings.TrimSpace(part) != "" {
			n++
		}
	}
	return n
}

// minSpacedCells is the fewest cells of a row (see spacedCells) that is
// no headline.
const minSpacedCells = 3

// shortTokens reports whether every word of s has at most two letters or
// digits: a size picker ("S M L XL") or a row of initials, no headline.
// A word of Korean is whole in one or two syllables: a Korean headline of
// such words ("시, 낡은 부두 겨울 전 보수") had been none. (Chinese and
// Japanese space no words: two characters between spaces are a menu's
// entries.)
func shortTokens(s string) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !lang.IsWordRune(r) }) {
		if utf8.RuneCountInString(w) > 2 || strings.ContainsFunc(w, isHangul) {
			return false
		}
		n++
	}
	return n > 0
}

// isHangul reports whether r is a Korean syllable or letter.
func isHangul(r rune) bool { return r >= 0x1100 && unicode.Is(unicode.Hangul, r) }

// endsSentence reports whether s ends a sentence somewhere: a "!" or a
// "?", or a "." after a word of more than three letters. A shorter word
// before a full stop is an abbreviation as often ("vs.", "Dr.", "U.S."),
// which a question's headline may hold ("Group Classes vs. Private
// Lessons: Which Is Best for You?").
func endsSentence(s string) bool {
	if strings.ContainsAny(s, "!?") {
		return true
	}
	for i := strings.IndexByte(s, '.'); i >= 0; {
		word := i - max(strings.LastIndexAny(s[:i], " .(\"")+1, 0)
		if word > 3 {
			return true
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// isLabelValue reports whether s is a label and a short value: "Joined:
// June 2019", "Posts: 214", or a table's field with a bar between them,
// "Context: | http, server, location" (a reference page's, which html2text
// prints above each entry, had been its headline: that page +0.038 in
// text-h2t; no other page of any set moves). Such a line is a field, not
// a headline. So is a label of several words over a path
// ("Source Code: lib/dns.js", a reference's link to each module's source),
// one token with a slash: a headline's label is one word ("Review: ...").
// A wiki's page in its namespace ("Category:Programming languages", see
// measure.Namespaced) is a headline.
func isLabelValue(s string) bool {
	label, value, ok := strings.Cut(s, ":")
	if !ok || measure.Namespaced(s) {
		return false
	}
	if strings.Contains(label, " ") {
		v := strings.TrimSpace(value)
		return strings.Contains(v, "/") && !strings.ContainsAny(v, " \t") && strings.ContainsFunc(v, lang.IsWordRune)
	}
	n := 0
	for w := range strings.FieldsSeq(value) {
		if !strings.ContainsFunc(w, lang.IsWordRune) {
			continue // a table's bar: "Context: | http, server"
		}
		if n++; n > 3 {
			return false
		}
	}
	return true
}

// factsRow reports whether s is a row of facts parted by middle dots or
// bullets: three parts or more ("Deliver to: New York 10001 · In stock ·
// Arrives tomorrow"), or two labels or more with a number each (see
// numberedLabels, cjkCounts), or a label's value in two ("配送至：北京市朝阳区有货 ·
// 预计明天送达"). A shop's delivery line, over its product's buttons, had
// been a product page's title in text, in English as in Chinese. So is
// a line parted by bars with a label and its number past the first bar:
// a shop's top bar and its telephone ("Miễn phí vận chuyển cho đơn hàng
// từ 500.000₫ | Hotline: 1900 1234"), which had been a product page's
// title in text; a headline's own label stands before the bar ("Review:
// 5 reasons to upgrade | TechSite").
func factsRow(s string) bool {
	n := strings.Count(s, " · ") + strings.Count(s, " • ")
	if n >= 2 || numberedLabels(s) >= 2 || cjkCounts(s) >= 2 {
		return true
	}
	if _, after, ok := strings.Cut(s, " | "); ok && numberedLabels(after) > 0 {
		return true
	}
	if n == 0 {
		return false
	}
	label, _, ok := strings.Cut(s, ":")
	if !ok {
		label, _, ok = strings.Cut(s, "：")
	}
	return ok && !strings.ContainsAny(label, "·•")
}

// cjkCounts counts the labels of Chinese or Japanese in s that a space
// parts from the number after them, as a shop counts its sales and its
// reviews ("月销量 2.3万  累计评价 18万+"): that line had been a Chinese
// product page's title in text, over the product's name. A headline
// gives a number so once at most ("苹果 15 发布会"). No output of the
// shared sets changes.
func cjkCounts(s string) int {
	n := 0
	for i, r := range s {
		if r != ' ' || i == 0 {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); !lang.IsCJK(before) {
			continue
		}
		if rest := strings.TrimLeft(s[i:], " "); rest != "" && isDigit(rest[0]) {
			n++
		}
	}
	return n
}

// numberedLabels counts the labels in s whose colon, ASCII or full
// width, is followed by a number: a thread's counts ("Replies: 12 Views:
// 3,456", "レス数：128　閲覧数：5,432 最新レスへ"), which had been a Japanese
// thread's title in text.
func numberedLabels(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		rest := ""
		switch {
		case s[i] == ':':
			rest = s[i+1:]
		case strings.HasPrefix(s[i:], "："):
			rest = s[i+len("："):]
		default:
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) {
			continue // a clock's or a score's colon: "08:12", "2:1"
		}
		if rest = strings.TrimLeft(rest, " "); rest != "" && isDigit(rest[0]) {
			n++
		}
	}
	return n
}

// endsWithPeriod reports whether s, which ends a sentence, ends it with a
// full stop rather than a question or an exclamation, which headlines may
// use.
func endsWithPeriod(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"”'’"))
	return measure.IsFullStop(r)
}

// innerSentences counts the sentences that end inside s, before its
// last word: at a full stop, question or exclamation mark after a word of
// three letters or more that ends in lower case, then a space and a
// capital. A post's paragraph that ends with its question ("Добрый день.
// Вчера ... не схватывает. Аккумулятор новый ... Что ещё можно
// проверить?") holds two or more; a headline may quote a slogan ("South
// Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?"),
// and "Mr. Biden" and "U.S. Economy" end none.
func innerSentences(s string) int {
	n := 0
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], ".!?")
		if j < 0 {
			break
		}
		j += i
		i = j + 1
		word := s[:j]
		word = word[strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
		if utf8.RuneCountInString(word) < 3 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(word); !unicode.IsLower(r) {
			continue
		}
		if rest := s[j+1:]; strings.HasPrefix(rest, " ") {
			if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

// minParagraphWords is the fewest words of a line that innerSentences
// reads as a paragraph of sentences rather than a headline.
const minParagraphWords = 12

// chapterHeading reports whether line i is a numbered chapter's heading,
// in the shape of a headline but for its number: "13. BBV: an
// experimental basic block vector generation tool", with a line below
// that opens with the number of its first section ("13.1. Overview", a
// contents list's entry or the section's heading). Manuals number their
// chapters so, and their text renderings print the chapter's heading over
// its contents; read as a list's item, it was no headline, and the page
// took a line of its menus for one. titleScore rates it as it rates an
// HTML page's heading. A numbered list's item has no such sections ("1.
// Use a VPN" over "2. Update your apps"), and a heading stands over a
// blank line, where a contents list's entry has its sections' entries
// right under it.
func chapterHeading(p *Page, i int) bool {
	f := p.f(i)
	if f.Marker != source.MarkOrdered || i+1 >= len(p.Lines) || !p.f(i+1).Blank {
		return false // a contents list's entry has its sections' entries right under it
	}
	t := strings.TrimLeft(f.Text, " ")
	n := 0
	for n < len(t) && n < maxChapterDigits && isDigit(t[n]) {
		n++
	}
	if n == 0 || !strings.HasPrefix(t[n:], ". ") {
		return false
	}
	dot, space := t[:n]+".1.", t[:n]+".1 " // its first section's number
	j := i + 1
	for j < len(p.Lines) && !strings.HasPrefix(p.f(j).Content, dot) && !strings.HasPrefix(p.f(j).Content, space) {
		j++
	}
	if j == len(p.Lines) {
		return false
	}
	g := *f
	g.Marker = source.MarkNone
	return shaped(&g, false)
}

// maxChapterDigits is the most digits of a chapter's number (see
// chapterHeading).
const maxChapterDigits = 3

// oneName reports whether f is one word of letters alone, three or more,
// and no list item: a page's h1 that names its subject ("systemd",
// "SELECT", "Microphones"); a list's "1. Delivery" is a section's.
func oneName(f *measure.Line) bool {
	if f.Words != 1 || f.Tokens != 1 || f.Digits > 0 || f.Marker != source.MarkNone {
		return false
	}
	n := 0
	for _, r := range f.Content {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// minNamedWords is the fewest words of letters that let half a line's
// tokens be numbers where the page does not name its headline, when each
// of its words that holds a digit holds a letter too (see modelCodes): a
// product's name in text, "Stainless Steel Electric Kettle 1.0L KT-100".
const minNamedWords = 3

// modelCodes reports whether every word of s (parted by spaces) that holds
// a digit holds a letter too: a product's sizes and model codes ("1.0L",
// "KT-100", "256GB"), not a date's or a time's numbers ("Nov 19, 9:41
// AM"), which had made a news story's dateline its title in text.
func modelCodes(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if strings.ContainsFunc(w, unicode.IsDigit) && !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}
