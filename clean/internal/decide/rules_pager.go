package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The rule of pagers: links to the previous or next article or page, a
// pager's count of pages and its numbers. Like those of rules_phrases.go,
// it reads the lexicon of the page's language.

// prevNext catches links to the previous or next article or page: a
// phrase of the prev-next table, a short line that starts or ends with an
// arrow ("← Installation", "First queue →"), names both directions
// ("Previous month | Next month", "Zurück 1 2 3 … 13 Weiter", the
// previous and next lists), or counts a pager's pages ("Page 1 of 13",
// see pageCount), or links a manual's node to its neighbours (see
// nodeHeader), or counts the items a page of a list shows (see
// resultCount).
func prevNext(l *measure.Line, p *Page) float64 {
	if l.Words > 40 {
		return 0
	}
	if l.Table == lang.PrevNext || pageCount(l, p) || nodeHeader(l, p) || resultCount(l) {
		return -2
	}
	if l.Words > 8 || l.End == measure.EndSentence {
		return 0
	}
	if l.Punct&(measure.PunctArrow|measure.PunctAngle) != 0 {
		first, _ := utf8.DecodeRuneInString(l.Content)
		last, _ := utf8.DecodeLastRuneInString(l.Content)
		if (strings.ContainsRune("←«‹", first) || strings.ContainsRune("→»›", last)) && !guillemetQuote(l.Content) {
			return -2
		}
	}
	x, id := p.m.Lex, p.m.Lang
	if has(l.All, lang.Previous) && has(l.All, lang.Next) && x.Find(lang.Previous, l.Key, l.Bloom, id) && x.Find(lang.Next, l.Key, l.Bloom, id) {
		return -2
	}
	if l.Digits > 0 && (has(l.All, lang.Previous) || has(l.All, lang.Next)) && pagerNumbers(l, p) {
		return -2
	}
	return 0
}

// guillemetQuote reports whether s quotes a sentence in guillemets, as
// French does: a sentence's end before the closing » ("« Travail soigné. »
// — Sophie", a customer's word on a service page), or words after it, or
// words before the opening « (a name quoted in a title: "Exposition «
// Lumières du Rhône »", an events page's second event, which had gone as
// a pager; a Swiss story's heading "Es gibt ein «drittes Geschlecht»")
// but for pages' numbers ("続きを読む « 前へ 1 2 3 次へ »"); or
// guillemets with no space inside them (see tight), as German and Swiss
// quotations are written: a Swiss drinks story's heading "«Storming the
// Sazerac»" and a Swiss interview's five headings ("«Wir sind alle
// Geschöpfe Gottes»") had gone as pagers (trafilatura text-w3m 0.9220 ->
// 0.9226 and html 0.9468 -> 0.9474, a snippet each; no other page of any
// corpus moves). A pager's arrows hold a label alone, apart from it: "«
// Article précédent", "Suivant »", "« Précédent Suivant »".
func guillemetQuote(s string) bool {
	open, end := strings.IndexRune(s, '«'), strings.LastIndex(s, "»")
	if open < 0 || end <= open {
		return false
	}
	inside := strings.TrimRight(s[open+len("«"):end], " \u00a0\u202f")
	rest := strings.TrimSpace(s[end+len("»"):])
	before := strings.TrimSpace(s[:open]) != "" && numberTokens(inside) < 2
	return strings.HasSuffix(inside, ".") || strings.HasSuffix(inside, "!") || strings.HasSuffix(inside, "?") || rest != "" || before || tight(inside)
}

// tight reports whether inside, the text between guillemets with the
// spaces before the closing one taken off (see guillemetQuote), opens
// with no space, as German and Swiss quotations are written ("«Storming
// the Sazerac»", a heading): a pager's arrow stands apart from its label
// ("« Zurück", "« Précédent Suivant »").
func tight(inside string) bool {
	first, _ := utf8.DecodeRuneInString(inside)
	return inside != "" && !unicode.IsSpace(first)
}

// pagerNumbers reports whether l is a pager's numbers with a link to the
// next or the previous page at an end: "1 2 3 … 52 Next", "« Précédent 4
// 5 6". Two numbers or more, and nothing else.
func pagerNumbers(l *measure.Line, p *Page) bool {
	x, id := p.m.Lex, p.m.Lang
	words := strings.Fields(l.Key)
	numbers, links := 0, 0
	for i, w := range words {
		switch {
		case allDigitsASCII(w):
			numbers++
		case (i == 0 || i == len(words)-1) && (x.In(lang.Next, w, id) || x.In(lang.Previous, w, id)):
			links++
		default:
			return false
		}
	}
	return numbers >= 2 && links >= 1
}

// allDigitsASCII reports whether w is made of the digits 0-9, one or more.
func allDigitsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// pageCount reports whether l is a pager's count of pages: a word of the
// pages list, then a number, and at most one short word and a number
// after it ("Page 1 of 13", "Seite 2 von 5", "Página 3"), and the pager's
// links, words of the previous and next lists ("Page 1 of 2 Next",
// "الصفحة 1 من 2 التالي"). A line that goes on ("Page 3 of the report
// shows ...") is no count. So is a thread's count of posts and pages,
// parted by a bullet ("3 posts • Page 1 of 1", see postCount), which
// phpBB prints over and under a thread: in text it had stayed under the
// last post in nine languages of the issue's.
func pageCount(l *measure.Line, p *Page) bool {
	if l.Digits == 0 || l.Words > 6+maxCountWords {
		return false
	}
	key := l.Key
	if !has(l.First, lang.Pages) {
		posts, pager, ok := strings.Cut(l.Content, "•")
		if !ok || !postCount(posts) {
			return false
		}
		key = lang.Key(pager) // "3 posts • Page 1 of 1", "3 Beiträge • Seite 1 von 1"
	} else if l.Words > 6 {
		return false
	}
	x, id := p.m.Lex, p.m.Lang
	first, rest, _ := strings.Cut(key, " ")
	if !x.In(lang.Pages, first, id) {
		return false
	}
	numbers, words := 0, 0
	for w := range strings.SplitSeq(rest, " ") {
		switch {
		case allDigitsASCII(w):
			numbers++
		case numbers > 0 && (x.In(lang.Next, w, id) || x.In(lang.Previous, w, id)):
			// a pager's link after the count
		case utf8.RuneCountInString(w) <= 3 && numbers == 1:
			words++
		default:
			return false
		}
	}
	return numbers >= 1 && numbers <= 2 && words <= 1 && (words == 0 || numbers == 2)
}

// postCount reports whether s is a thread's count of its posts before its
// pager, as phpBB prints it in every language ("3 posts", "12 messaggi",
// "3 сообщения"): a number, then one word or two.
func postCount(s string) bool {
	n, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	words := 0
	for range strings.FieldsSeq(rest) {
		words++
	}
	return ok && allDigitsASCII(n) && words >= 1 && words <= maxCountWords
}

// maxCountWords is the most words after a count of posts (see postCount).
const maxCountWords = 2

// nodeHeader reports whether l is the header that texinfo's manuals print
// over and under each of their nodes: a label of the next or previous
// list and a colon open it, and a comma parts that node's name from a
// second label and its colon ("Next: The Closure API, Previous: Types, Up:
// Using libffi [Index]", "Previous: Complex Types, Up: Types"). It stood
// over the node's heading as its text, or as its headline. A sentence
// that opens with such a word and a colon ("Next: we add the sauce,
// stirring: ...") has no second label after a comma.
func nodeHeader(l *measure.Line, p *Page) bool {
	if !has(l.First, lang.Previous) && !has(l.First, lang.Next) {
		return false
	}
	label, rest, ok := strings.Cut(l.Content, ": ")
	if !ok || strings.ContainsRune(label, ' ') {
		return false
	}
	x, id := p.m.Lex, p.m.Lang
	if first, _, _ := strings.Cut(l.Key, " "); !x.In(lang.Next, first, id) && !x.In(lang.Previous, first, id) {
		return false
	}
	for {
		_, after, ok := strings.Cut(rest, ", ")
		if !ok {
			return false
		}
		rest = after
		if name, _, ok := strings.Cut(rest, ": "); ok && name != "" && !strings.ContainsRune(name, ' ') {
			return true // a second label: "Up: Using libffi"
		}
	}
}

// resultCount reports whether l counts the items a page of a list shows
// of all it holds: a range of two numbers, a short word and the total,
// with at most maxResultWords words before the range and after the total
// ("Showing 1–24 of 312 products", "1 - 10 of 160 Reviews", "Mostrando
// 1–24 de 312 productos", "Affichage de 1–24 sur 312 produits", "عرض
// 1-24 من 312 منتج"), in any language, whose numbers no lexicon can
// give. A sentence, or a longer line, that gives such numbers is no count,
// nor is a table's row whose range a unit follows ("226–240 °C 470 °C",
// which went while any short word would do). wceb: 3054 +0.0008 to
// +0.0009 in each mode ("showing 1 - 5 of 52" over a game's reviews),
// 2960 text-w3m +0.0007; scrapinghub text-w3m one page +0.0021; none down.
func resultCount(l *measure.Line) bool {
	if !mayCountResults(l) || l.End == measure.EndSentence {
		return false
	}
	var buf [2*maxResultWords + 5]string
	f := buf[:0]
	for w := range strings.FieldsSeq(l.Content) {
		if len(f) == len(buf) {
			return false
		}
		f = append(f, w)
	}
	for k := 0; k < len(f) && k <= maxResultWords; k++ {
		n := rangeAt(f[k:])
		if n == 0 || k+n+2 > len(f) {
			continue
		}
		of, total := f[k+n], f[k+n+1]
		return utf8.RuneCountInString(of) <= 4 && !strings.ContainsFunc(of, notLetter) && countOnly(total) && len(f)-(k+n+2) <= maxResultWords
	}
	return false
}

// mayCountResults reports whether l has the digits, the length and a dash
// of a count of results (see resultCount): the pager facts' test, which
// lets prevNext read the line.
func mayCountResults(l *measure.Line) bool {
	return l.Digits >= 3 && l.Words <= 2*maxResultWords+4 && strings.ContainsAny(l.Content, dashes)
}

// rangeAt returns how many fields open f with a range of two numbers
// ("1–24", "1-24", or "1", "-", "24" as w3m spaces it), or 0.
func rangeAt(f []string) int {
	if i := strings.IndexAny(f[0], dashes); i > 0 {
		_, size := utf8.DecodeRuneInString(f[0][i:])
		if countOnly(f[0][:i]) && countOnly(f[0][i+size:]) {
			return 1
		}
	}
	if len(f) >= 3 && countOnly(f[0]) && utf8.RuneCountInString(f[1]) == 1 && strings.Contains(dashes, f[1]) && countOnly(f[2]) {
		return 3
	}
	return 0
}

// dashes are the hyphen and the dashes that part a range's numbers.
const dashes = "-–—"

// notLetter reports whether r is no letter: a unit's "°C" after a range
// ("226–240 °C 470 °C", a table's row) is no "of".
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// maxResultWords is the most words before a count of results' range and
// after its total (see resultCount).
const maxResultWords = 2

// countOnly reports whether s is a count: digits, with the points and
// commas that group them ("5.230", "8,902").
func countOnly(s string) bool {
	if s == "" || !isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}
