package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Rules of who wrote the page: its byline, with or without a byline's
// word, and the box about its author after it.

// byline votes against author lines: "By Jane Doe", "Von Max Muster", "By
// Editorial Board 4 Min Read", "Текст: Венера Ерофеева·24 сентября 2018"
// (the byline-words and byline-labels lists), and those that give the
// date after the names, which run longer ("von Anja Schmoll-Trautmann am
// 14. Mai 2014, 15:40 Uhr"; scrapinghub text-w3m 0.9370 -> 0.9371,
// text-h2t 0.9325 -> 0.9327, text-htmltext 0.9379 -> 0.9380; trafilatura
// text-w3m 0.9021 -> 0.9015, as a standfirst over such a byline is left
// out, which that set's truth keeps). It must not catch "By 2030 the
// city will...": sentences end with punctuation and run longer. A label's
// line must give two capitalised words, and the word after its label
// must open with a capital, a name's ("Author: Jane Doe", not an event's
// "Author talk: Writing about rivers"; no benchmark page moves), unless
// the line gives a date: a forum's poster may name itself in lower case
// ("Post by termotecnico » Mar 14, 2024, 22:40", "Messaggio da
// termotecnico » 14 mar 2024", as phpBB heads each post in its
// translations; see the post-head pass), and a
// byline word's line capitalised words mostly; in a script without case
// ("بقلم: أحمد علي", "作者：李明", "โดย สมชาย ใจดี") it gives none to
// look for. Of more than twelve words, up to maxBylineLine, it labels its
// dates, as a blog's theme does ("By Jenna Cole · Published: Mar 4,
// 2026 · Updated: Mar 10, 2026 · 42 Comments": a recipe in text had its
// site's menu for title, as the byline between headline and text was
// none; scrapinghub text-h2t and text-htmltext: one page +0.011).
func byline(l *measure.Line, p *Page) float64 {
	if l.Words < 2 || l.Words > maxBylineLine || l.End == measure.EndSentence && !measure.EndsAtClock(l.Content) {
		return 0
	}
	x, id := p.m.Lex, p.m.Lang
	if l.Words <= maxDeskByline && has(l.First, lang.BylineDesks) && x.Lead(lang.BylineDesks, l.Key, id) >= 0 {
		return -0.6 // a desk's byline, no name in it: "Door onze redactie binnenland"
	}
	if has(l.First, lang.BylineLabels) {
		if n := x.Lead(lang.BylineLabels, l.Key, id); n >= 0 && n < len(l.Key) && (l.Caps >= 2 && !lowerWordAt(l.Content, lang.KeyWords(l.Key[:n])) || caseless(l.Content) || l.Digits >= 4 && hasDate(p, l.Content)) {
			return -0.6
		}
	}
	first, _, _ := strings.Cut(l.Key, " ")
	if l.CapsRatio() < 0.5 && !caseless(l.Content) && !handleAfter(l.Content) || !has(l.First, lang.BylineWords) || !x.In(lang.BylineWords, first, id) {
		if namedDate(l, p) || datedByline(l, p) {
			return -0.6
		}
		return 0
	}
	if l.Words > 8 && !(l.Digits > 0 && hasDate(p, l.Content)) || l.Words > 12 && !(l.Punct&measure.PunctColon != 0) {
		return 0 // longer, a byline gives a date after the names, and labels it
	}
	return -0.6
}

// datedByline reports whether l gives a date, then its byline's label
// after it, the way a Chinese news page heads its story: "2024年3月12日
// 09:30 来源：某某日报 作者：李明" (date, source, author). A word of its
// key after the first opens a phrase of the byline-labels list, with
// more after it. Counted by spaces, no container held such a page's
// story, and the line went outside its span; once its characters counted
// (see source's paragraphScore), the container's votes kept it.
func datedByline(l *measure.Line, p *Page) bool {
	if l.Digits == 0 || !has(l.All, lang.BylineLabels) || !hasDate(p, l.Content) {
		return false
	}
	for i := strings.IndexByte(l.Key, ' '); i >= 0; {
		rest := l.Key[i+1:]
		if n := p.m.Lex.Lead(lang.BylineLabels, rest, p.m.Lang); n >= 0 && n < len(rest) {
			return true
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// namedDate reports whether l is a byline without a byline's word: a
// name, then the parts after it parted by " · " or " | ", one of which
// gives a date ("Lucía Romero · Sevilla · Actualizado: 12/03/2024
// 18:42"). The name is two or three words, each capitalised, before the
// first separator (see namedLine). A page that gives two lines of that
// shape or more gives posts' or reviews' heads ("Jess R. · Verified buyer
// · May 2, 2024" over each review), no story's byline.
func namedDate(l *measure.Line, p *Page) bool {
	rest, ok := namedLine(l)
	if !ok {
		return false
	}
	return namedCount(p) == 2 && hasDate(p, rest)
}

// namedCount returns one more than the number of p's lines that give a
// name and a date (see namedLine), counting them once.
func namedCount(p *Page) int {
	if p.namedLines == 0 {
		p.namedLines = 1
		for i := range p.m.Lines {
			if _, ok := namedLine(&p.m.Lines[i]); ok {
				p.namedLines++
			}
		}
	}
	return p.namedLines
}

// namedLine reports whether l gives a name of two or three capitalised
// words, then " · " or " | " and digits after it; it returns what follows
// the separator.
func namedLine(l *measure.Line) (rest string, ok bool) {
	if l.Digits == 0 || l.Words > maxBylineLine {
		return "", false
	}
	name, rest, ok := cutSeparator(l.Content)
	if !ok || strings.IndexFunc(rest, unicode.IsDigit) < 0 {
		return "", false
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || n == 3 {
			return "", false
		}
		n++
	}
	return rest, n >= 2
}

// cutSeparator cuts s at its first " · " or " | ".
func cutSeparator(s string) (before, after string, ok bool) {
	sep := " · "
	i, j := strings.Index(s, sep), strings.Index(s, " | ")
	if i < 0 || j >= 0 && j < i {
		i, sep = j, " | "
	}
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// maxDeskByline is the most words of a desk's byline (see byline and
// lang.BylineDesks): "By our foreign staff in Berlin".
const maxDeskByline = 8

// maxBylineLine is the most words of a byline (see byline): "By Jenna
// Cole · Published: Mar 4, 2026 · Updated: Mar 10, 2026 · 42 Comments"
// has fifteen.
const maxBylineLine = 16

// lowerWordAt reports whether word n of s, counting from 0 as keyWords
// counts, opens with a lower-case letter: the word after a byline's label
// is a name's ("Author: Jane Doe", "Written by Maya Perez"), and an
// event's "Author talk: Writing about rivers" no byline.
func lowerWordAt(s string, n int) bool {
	k := 0
	for r := range wordStarts(s) {
		if k == n {
			return unicode.IsLower(r)
		}
		k++
	}
	return false
}

// handleAfter reports whether s is a word and a user's name after it, one
// token of letters and digits that points, underscores or hyphens join
// ("By marcos.silva", "Por grin_geo"): a forum's poster, whose name its
// points split into words that no capital opens. A name of one word
// in lower case ("By thanosmano") is a byline's already.
func handleAfter(s string) bool {
	_, name, ok := strings.Cut(s, " ")
	if !ok || name == "" || strings.ContainsRune(name, ' ') {
		return false
	}
	letters, joined := false, false
	for i, r := range name {
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
		case (r == '.' || r == '_' || r == '-') && i > 0 && i < len(name)-1:
			joined = true
		default:
			return false
		}
	}
	return letters && joined
}

// caseless reports whether s has letters and none of them has a case: a
// line in Arabic, Hebrew, Chinese, Thai or Devanagari, whose names no
// capitals mark.
func caseless(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// authorBio catches the box about the author that follows an article: its
// heading ("About Moritz Bachmann", "About the author": an about-word and
// at most three capitalised words; the author-bio table) and its first
// sentence ("Phil Helsel is a reporter for NBC News.", "Jeff Foust
// (jeff@example.com) is the editor of ...", a job of the author-roles
// list; the sentence's grammar is English). Across the ScrapingHub
// renderings such headings are on 95 chrome lines and 2 article lines, and
// such sentences on 32 chrome lines and none of the articles'. It closes
// the article. It must not catch "About 200 people came" (the words after
// the about-word must all be capitalised), nor a heading of three words or
// more whose second is a stopword ("About This Game", "About This Item":
// a shop's or a course's own section; wceb html +0.0002, three pages, none
// lost; "About Us" stays a heading of the site's), nor a menu's entry
// ("• About Us" in a shop's menu, which as a heading that closes had
// dropped the grid below it as the box's items: wceb text-w3m 0.7742 ->
// 0.7753, a collection 0.007 -> 0.311; a product page whose menu had gone
// that way -0.047, and -0.096 in text-h2t), nor an article's "The new
// mayor is a former reporter" (the sentence must open with a capitalised
// name).
func authorBio(l *measure.Line, p *Page) float64 {
	if l.Table == lang.AuthorBio {
		return -2
	}
	if l.Words > 80 || l.End == measure.EndColon {
		return 0
	}
	x, id := p.m.Lex, p.m.Lang
	first, rest, _ := strings.Cut(l.Key, " ")
	second, _, _ := strings.Cut(rest, " ")
	if l.Words <= 4 && l.End == measure.EndNone && l.Marker == source.MarkNone && l.Caps == l.Alpha && l.Alpha >= 2 && has(l.First, lang.AboutWords) && x.In(lang.AboutWords, first, id) && (l.Words < 3 || !x.Word([]byte(second)).Stops.Has(id)) {
		return -2
	}
	if !has(l.All, lang.AuthorRoles) || !strings.Contains(l.Key, " is ") && !strings.HasPrefix(l.Key, "i am ") || !opensWithName(l.Content) {
		return 0
	}
	// "<First> <Last> is a (freelance) reporter ...", "I am a writer, ..."
	var toks [11]string
	n := 0
	for w := range strings.SplitSeq(l.Key, " ") {
		if n == len(toks) {
			break
		}
		toks[n] = w
		n++
	}
	for i := 0; i+2 < n && i < 6; i++ {
		if (toks[i] != "is" || l.Caps < 2) && (toks[i] != "am" || i != 1 || toks[0] != "i") {
			continue
		}
		if toks[i+1] != "a" && toks[i+1] != "an" && toks[i+1] != "the" {
			continue
		}
		for _, w := range toks[i+2 : min(n, i+6)] {
			if x.In(lang.AuthorRoles, w, id) {
				if l.Words >= 20 {
					return -3 // outvotes prose: a bio is a paragraph
				}
				return -1.6
			}
		}
	}
	return 0
}

// opensWithName reports whether s opens with a name: two capitalised
// words, one before "is", or "I ".
func opensWithName(s string) bool {
	if strings.HasPrefix(s, "I ") {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (n == 0 || w != "is") {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}
