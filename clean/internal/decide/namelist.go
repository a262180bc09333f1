package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The name-list rule: names and menu entries that slashes or bars part.

// nameList catches capitalised names joined by slashes or bars: a photo
// credit ("Sanjeev Verma/Hindustan Times/Getty Images") or a menu ("About /
// Advertise / Tip Us / Contact"). Across the ScrapingHub renderings 252
// such lines are chrome and none article. It must not catch the rows of a
// table: a row beside another with as many bars, or one that holds numbers
// or times; nor a label whose value is empty ("Default: |"); nor a line of
// one name, unless a separator follows it ("Pierce Freeman//", a site's
// name; "// Act" is a comment in code). Nor two terms that one slash joins
// (see compound): on the wceb pages, whose courses, products and services
// write "CPR/AED Certified" and "Black/White", it had dropped about as many
// words of their truths as it dropped chrome (html, text-w3m and text-h2t
// +0.0002 to +0.0003; no page of scrapinghub or trafilatura moves). The
// later exceptions together (a number after the slash, a label, a comment):
// wceb html 0.8194 -> 0.8195 (nginx's reference +0.011, a C# tutorial's
// code +0.013 in each mode, a catalogue's models +0.002; a camera shop's
// -0.002), trafilatura text-w3m 0.9104 -> 0.9109 and html 0.9347 -> 0.9352
// (a Chilean news page); scrapinghub: no page moves. A menu of bars whose
// entries are in sentence case ("Forums | What's new | Members | Log in |
// Register") is one too, with three entries or more, each opening with a
// capital and of at most three words: two are a headline and its site
// ("Council approves the bridge | Daily Planet"), and a longer entry is a
// table's cell ("United Nations peacekeeping forces"). Such a menu had been
// a forum's headline; on the shared pages a listing's footer of links
// goes (wceb html and text-h2t +0.0106 on that page), and no page falls.
// A script without case reads as sentence case: "首页 | 论坛 | 搜索 | 登录"
// and "الرئيسية | أخبار | رياضة" are menus, "<headline> | 数码论坛" is not
// (a Chinese or Japanese line counts no token as Alpha; no shared page
// moves). Nor is a row of fields whose values are numbers ("Calories:
// 412kcal | Protein: 38g | Fat: 26g", a recipe's nutrition) a list of
// names (no shared page moves). Nor is a document's heading numbered
// below its first level ("3.1. Raw Request/Response Capture", see
// sectionNumber): the only strong chrome of a developer's post, it had
// made the page one to cut, and the span stopped at a block of log
// output, half the post gone (wceb 0443 0.67 -> 0.975 in text-w3m and
// text-h2t, 0.962 -> 0.966 in html; no other page moves). Kept whole as
// a page without strong chrome is, it keeps its site's two header lines,
// and its first line, the site's name, is no headline: the titles found
// in each text mode count one page fewer. A number of one level is not
// enough: "24. März 2004, 19:49 | Genesis" is a date over a site's name.
// A menu of many short entries is one in any case (see barMenu).
func nameList(l *measure.Line, _ *Page) float64 {
	if l.Words > 16 || l.End != measure.EndNone || l.TableRow || !strings.ContainsFunc(l.Content, unicode.IsLetter) {
		return 0
	}
	if sectionNumber(l.Content) > 0 {
		return 0 // a document's numbered heading: "3.1. Raw Request/Response Capture"
	}
	if l.Punct&(measure.PunctSlash|measure.PunctBar) == 0 || compound(l.Content) || bracketedSlashes(l.Content) {
		return 0
	}
	if l.Punct&measure.PunctBar != 0 && barMenu(l.Content) {
		return -2
	}
	sentenceCase := l.Caps != l.Alpha || l.Alpha == 0 // "Forums | What's new | Log in", "首页 | 论坛 | 搜索"
	if sentenceCase && l.Punct&measure.PunctBar == 0 {
		return 0
	}
	parts := 0
	for part := range strings.FieldsFuncSeq(l.Content, func(r rune) bool { return r == '/' || r == '|' }) {
		part = strings.TrimSpace(part)
		if part == "" || strings.Count(part, " ") > 3 || strings.HasSuffix(part, ":") {
			return 0 // a label's empty value: "Default: |"
		}
		if strings.ContainsAny(part, "0123456789") && (!strings.ContainsFunc(part, unicode.IsLetter) || numericField(part)) {
			return 0 // numbers, times, fields: a row of a table ("1 | Kyle Busch | 5040", "Sunday | 11:00", "Protein: 38g")
		}
		if r, _ := utf8.DecodeRuneInString(part); sentenceCase && (!unicode.IsLetter(r) || unicode.IsLower(r) || strings.Count(part, " ") > 2) {
			return 0 // "Naguib Mahfouz | United Nations peacekeeping forces": a table's row
		}
		parts++
	}
	if parts < 2 && !strings.HasSuffix(l.Content, "/") && !strings.HasSuffix(l.Content, "|") {
		return 0 // "// Act": a comment in code, no list; "Pierce Freeman //" ends a site's name
	}
	if sentenceCase && parts < 3 {
		return 0
	}
	return -2
}

// sectionNumber returns how many numbers open s as the number of a
// section below the first level does, before a space: 2 for "3.1. ", 3
// for "2.4.1 "; else 0. They are tokens of no word of its title (see
// shaped).
func sectionNumber(s string) int {
	levels := 0
	for {
		n := len(s) - len(strings.TrimLeft(s, "0123456789"))
		if n == 0 {
			return 0
		}
		s, levels = s[n:], levels+1
		switch {
		case strings.HasPrefix(s, " ") || strings.HasPrefix(s, ". "):
			if levels < 2 {
				return 0
			}
			return levels
		case strings.HasPrefix(s, "."):
			s = s[1:]
		default:
			return 0
		}
	}
}

// numericField reports whether s is a label and a value that opens with
// a digit: "Protein: 38g", a field of a nutrition table or a product's
// specifications, which a bar parts from the next. "Euro 2020: Germany"
// labels a name. Without the colon, a label in words then a quantity
// that ends the field, a number and its unit: "Eiwit 32 g", "Energie 520
// kcal" (a Dutch recipe's nutrition, which had gone as a list of names);
// not a date ("März 2017"), a volume ("Band 14") or a video's length
// ("Video 27:37 Min.").
func numericField(s string) bool {
	if _, v, ok := strings.Cut(s, ": "); ok {
		return v != "" && isDigit(v[0])
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return false
	}
	words := strings.Fields(s)
	n := len(words)
	if n < 3 || !unit(words[n-1]) {
		return false
	}
	num := words[n-2]
	return isDigit(num[0]) && !strings.ContainsFunc(num, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
}

// unit reports whether w is a unit of measure after a quantity: a short
// word of letters, "%", "²" or "³" ("g", "kcal", "m²", "%").
func unit(w string) bool {
	return len(w) <= maxUnitBytes && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '%' && r != '²' && r != '³' })
}

// maxUnitBytes is the longest unit after a quantity (see unit): "kcal",
// "m²".
const maxUnitBytes = 4

// acronym reports whether w is an acronym: up to five capitals or digits,
// a capital among them ("UX", "CPR", "A", "IEC", "GA4").
func acronym(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letter = true
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letter && utf8.RuneCountInString(w) <= 5
}

// barMenu reports whether s is a menu of links that bars part, as a text
// renderer prints a site's header: minBarItems items or more, all but one
// of at most two words, in any case ("Hacker News new | past | comments |
// ask | show | jobs | submit", whose site's name the renderer ran into its
// first item, and whose entries are in lower case). A headline with its
// site's and section's names has fewer parts ("Council approves the
// bridge | Local news | Daily Planet"); a table's row pads its cells, and
// code's alternatives are marked ("`on` | `off` | `build`", a manual's
// syntax).
func barMenu(s string) bool {
	if strings.Count(s, " | ") < minBarItems-1 {
		return false
	}
	long := 0
	for part := range strings.SplitSeq(s, " | ") {
		if part != strings.TrimSpace(part) || strings.ContainsAny(part, "`_*") {
			return false // a table's padded cells, or code: "title | did |     name     | date_prod", "`on` | `off`"
		}
		if fieldCount(part) > 2 {
			long++
		}
	}
	return long <= 1
}

// minBarItems is the fewest items of a menu for barMenu.
const minBarItems = 5

// fieldCount returns how many fields white space parts s into:
// len(strings.Fields(s)), without the slice.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			n, in = n+1, true
		}
	}
	return n
}
