package decide

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Rules that read the shape of a line: its punctuation, its markup, its
// length, what it repeats.

// navMenu votes against short list items that are not sentences: menu
// entries ("• Home", "□ Real Estate"). Weak: inside the article span list
// items are content (a recipe's ingredients, a summary's bullets). A
// numbered item is not voted against: menus are bullets, while a course's
// modules, a how-to's steps and a ranking are numbered, and ten votes
// against "1. Digital Marketing Foundations" ... "10. Digital Strategy"
// cut the article they were part of. A word in lower case that is no
// stopword makes an item no menu entry ("2 carrots, diced", "England
// (Group A): 10th appearance"); a stopword in title case ("A", "The") had
// counted against it twice, as a capital and as a stopword, and the list
// of a news story's qualified teams, a game's system requirements and a
// product's facts went as menus (scrapinghub html 0.9697 -> 0.9702; wceb
// html 0.8172 -> 0.8173, text-w3m 0.7804 -> 0.7809, text-h2t 0.7900 ->
// 0.7905). A German teaser's headline, whose verb is such a word, now
// stays in its run of items (trafilatura text-w3m 0.9104 -> 0.9099). Nor
// is a specification's field a menu's entry ("Width: 30 1/8", a label and
// a short value with a number; not a currency switcher's "USD: $149.64"):
// a shelf's measurements, a game's system requirements (wceb text-h2t
// 0.7908 -> 0.7922, the shelf's page 0 -> 0.31; html +0.0001; no page
// falls).
func navMenu(l *measure.Line, p *Page) float64 {
	if l.Marker == source.MarkNone || l.Marker == source.MarkQuote || l.Marker == source.MarkOrdered || l.End == measure.EndSentence || l.Words > 8 {
		return 0
	}
	if l.Words > 1 && l.Alpha > l.Caps && lowerWord(l.Content, p) {
		return 0 // "2 carrots, diced": menus name things in title case
	}
	if l.Digits > 0 && l.Punct&measure.PunctMoney == 0 && isLabelValue(l.Content) {
		return 0 // "Width: 30 1/8": a specification's field
	}
	return -0.6
}

// lowerWord reports whether s has a word in lower case that is not a
// stopword of the page's language: "diced", "appearance", not "of" or
// "and". Stopwords in title case ("A", "The") do not count either way,
// nor does the inside of a name ("Chick-fil-A").
func lowerWord(s string, p *Page) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !lang.IsWordRune(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		var buf [64]byte
		if p.m.Lang == lang.None || !p.m.Lex.Word(lang.AppendKey(buf[:0], w)).Stops.Has(p.m.Lang) {
			return true
		}
	}
	return false
}

// boldThenItalic is a teaser card in html2text's markup: a bold title, then
// an italic summary ("**Say Cheese? Detroit's Top 3 Cheese Shops**
// _Wondering where to find ..._").
var boldThenItalic = regexp.MustCompile(`^\s*\*\*[^*]+\*\*\s+_.*_\s*$`)

// cardTitle votes against the title of a teaser card. In html2text's
// markup a card is a heading inside a list item ("* ##### Carlos Ghosn and
// the dark side of Japanese justice"), on 268 chrome lines and 8 article
// lines of the ScrapingHub pages, or a bold title with an italic summary
// (29 chrome lines, 1 article line). Weak: an article's own list may hold
// headings. A numbered heading is no card's: a document numbers its
// sections ("1. Introduction", "2. Solution: ..."), a ranking its entries
// (wceb html +0.0001: a .NET article +0.015, a marketing agency's page
// +0.004, a moving guide -0.001; the text renderings do not move).
func cardTitle(l *measure.Line, _ *Page) float64 {
	switch {
	case (l.Marker == source.MarkBullet || l.Marker == source.MarkSub) && l.Heading > 0:
		return -1.2
	case strings.Contains(l.Text, "**") && boldThenItalic.MatchString(l.Text):
		return -2
	}
	return 0
}

// linkDense votes against lines whose text is mostly link text. Markdown
// links are html2text's markup; the HTML front end measures anchors. A
// line that shows code's syntax (measure's CodeSyntax) is left alone: a
// documentation links each type its signatures name ("pub fn new() ->
// HashMap<K, V, RandomState>"), and a menu's entries show no "->", "::"
// or braces.
func linkDense(l *measure.Line, _ *Page) float64 {
	if l.Chars == 0 || l.Links*2 < l.Chars || l.CodeSyntax() {
		return 0
	}
	if l.Words <= 10 {
		return -0.8
	}
	return -0.5
}

// tagLinks votes against a line whose links all lead to the pages of
// tags or categories (see measure.Line.TagLinks: HTML's links, and
// html2text's markdown ones), links being most of it: a story's tags without
// their label ("chuva São José dos Campos Defesa Civil"), which read as a
// line of the article's, and a post's categories. A sentence with a link
// to a tag has other words. A card's line is left alone: a listing's
// truth keeps each card's category.
func tagLinks(l *measure.Line, _ *Page) float64 {
	if !l.TagLinks || l.DOM.Record > 0 || l.Chars == 0 || l.Links*10 < l.Chars*7 {
		return 0
	}
	return -2
}

// shortLabel votes against short title-case lines without sentence
// punctuation: site names ("The Wall Street Publication"), section names
// ("Trending"), menu entries. Weak: inside the article such a line is a
// subheading. A line of a block of code is none: a call,
// builder.Services.AddHttpClient("MyApi"), or a setting, "Default":
// "Warning", reads as title case, and in a text rendering, where code
// weighs little, such lines had parted a tutorial's last sections from it
// (wceb text-w3m and text-h2t: one page +0.057; no other page moves).
func shortLabel(l *measure.Line, _ *Page) float64 {
	if l.Marker != source.MarkNone || l.Words == 0 || l.Words > 4 || l.End == measure.EndSentence || l.Alpha == 0 || l.Code {
		return 0
	}
	if l.CapsRatio() < 0.75 {
		return 0
	}
	return -0.4
}

// breadcrumb catches trails such as "Home > News > World" and "The Wall
// Street Publication > Blog > Trending > President Biden ...": two or more
// of > » › / between short segments. Pipes are left alone: markdown
// tables use them. So are formulas, which divide with slashes ("ROI =
// ($5,000 / $10,000) x 100 = 50%"; a renovation guide +0.005 in each
// mode, no other page moves). So are arrows: they draw a flow ("Working
// Directory → Staging Area → Git Repository", "Human describes goal → AI
// generates code"); every line of the sets that two arrows made a trail
// was an article's (wceb +0.002 to +0.009 on three pages in each mode).
// One separator makes a trail when what it follows is a menu's link to
// the site's front page alone ("Home > Local news", "หน้าแรก > ข่าว",
// the nav-label table's whole phrases): a Thai story's two-step trail had
// been its headline. A manual's "Click File > Save" opens otherwise. A
// separator between two figures is none (betweenFigures): lynx runs a
// table's rows together, and "48% / 3.6" had made a ranking's rows trails.
// Nor does a line that compares with " < " too: a condition ("... is
// thrown if targetStart < 0, ..., or sourceEnd > source.byteLength"), as
// Node's reference writes them; nor one that names a call, "()": a
// manual's heading, "Mismatched free() / delete / delete []" (no page of
// any shared set or rendering moves).
func breadcrumb(l *measure.Line, p *Page) float64 {
	if l.Words > 40 || l.Punct&(measure.PunctAngle|measure.PunctSlash) == 0 || l.Punct&measure.PunctEquals != 0 || strings.Contains(l.Content, " < ") || l.NamesCall() {
		return 0
	}
	seps, first := 0, len(l.Content)
	for _, sep := range trailSeps {
		for rest, at := l.Content, 0; ; {
			i := strings.Index(rest, sep)
			if i < 0 {
				break
			}
			if !betweenFigures(rest[:i], rest[i+len(sep):]) {
				seps++
				first = min(first, at+i)
			}
			rest, at = rest[i+len(sep):], at+i+len(sep)
		}
	}
	switch {
	case seps >= 2:
		return -1
	case seps == 1 && navLabelOpens(p, l, first):
		return -1
	}
	return 0
}

// navLabelOpens reports whether l's content up to byte end is a whole
// phrase of the nav-label table: the home page's name that opens a trail
// ("Home > News", "Inicio / Electrodomésticos / Cafeteras").
func navLabelOpens(p *Page, l *measure.Line, end int) bool {
	return p.m.Lex.IsWhole(lang.NavLabel, keyPrefix(l.Key, lang.KeyWords(l.Content[:end])), p.m.Lang)
}

// trailSeps are the separators of a breadcrumb's steps: the angles first,
// angleSeps of them, then the slash.
var trailSeps = [...]string{" > ", " » ", " › ", " / "}

// angleSeps is how many of trailSeps are angles (see trail).
const angleSeps = 3

// betweenFigures reports whether a separator stands between two figures,
// as in a table's row that lynx runs together ("37% / 40%", "3 > 2"): a
// ratio or a comparison, not a step of a trail.
func betweenFigures(before, after string) bool {
	if before == "" || after == "" {
		return false
	}
	b := before[len(before)-1]
	return (b == '%' || isDigit(b)) && isDigit(after[0])
}

// dateLine votes against lines that are a date, or a time ago ("Asked 3
// years ago", "vor 2 Tagen"), and little else. A date itself may become
// the page's date; a time ago never does.
func dateLine(l *measure.Line, _ *Page) float64 {
	if !l.Dateline() {
		return 0
	}
	return -0.6
}

// repeated votes against short lines that occur more than once on the page:
// menus are rendered twice, headlines are repeated in teasers and
// breadcrumbs. Long lines are left alone: a repeated paragraph is rare and
// is more often a pull quote than chrome. So are lines that end with a
// colon, which introduce what follows them: an article's label repeated
// in each of its sections ("Top picks:", "Pros:") is the article's. The
// chrome that ends so ("Share:", "Tags:", "Follow us:") has rules of its
// own. So is a sentence of minDuplicateWords words or more, ending with a
// full stop, that the page gives twice and not next to its copy: a
// product's description repeated in a tab, a summary (the duplicate pass
// keeps one copy). A menu rendered twice describes its entries in such
// sentences too, and a headline may end with a full stop: across the
// benchmarks' text renderings this lifted wceb w3m from 0.7559 to 0.7574
// and trafilatura w3m from 0.8891 to 0.8910, and moved single pages by up
// to 0.26 either way. So is a section heading whose only copies are its
// entries in the page's table of contents (see
// measure.Line.ContentsCopies): the contents name the sections, and such
// headings between a guide's blocks of commands had cut it.
func repeated(l *measure.Line, _ *Page) float64 {
	if l.Repeats == l.ContentsCopies || l.Words > 25 || l.End == measure.EndColon || l.Verse {
		return 0
	}
	if l.Repeats == 1 && !l.NextToCopy && l.Words >= minDuplicateWords && l.End == measure.EndSentence && endsWithPeriod(l.Content) {
		return 0
	}
	return -0.5 - 0.1*float64(min(l.Repeats, 5))
}

// repeatedButton votes against a call to action (the call-to-action
// table: "Read more", "En savoir plus") that the page gives three times
// or more: the caption of a link under each teaser or card, which its
// items' text does not need. Once or twice it is the page's own, closing
// a section, and weak (see CallToAction).
func repeatedButton(l *measure.Line, _ *Page) float64 {
	if l.Table != lang.CallToAction || l.Repeats < 2 {
		return 0
	}
	return -2
}

// markup votes against lines with HTML that leaked into the text
// ("&lt;span data-mce-type=..."). Weak: a page about HTML quotes tags.
func markup(l *measure.Line, _ *Page) float64 {
	if l.Punct&(measure.PunctAmp|measure.PunctLess) == 0 {
		return 0
	}
	for _, w := range []string{"&lt;", "&gt;", "<span", "<div", "</"} {
		if strings.Contains(l.Content, w) {
			return -1.6
		}
	}
	return 0
}

// contactLine votes against a line that gives an e-mail address: the
// author's contact after an article ("Email Tariq Malik at
// tmalik@space.com"). Across the ScrapingHub renderings 96 such lines are
// chrome and 9 article. Weak: inside an article it stays.
func contactLine(l *measure.Line, _ *Page) float64 {
	if l.Words > 40 || l.Punct&measure.PunctAt == 0 || !hasEmail(l.Content) {
		return 0
	}
	return -1.6
}

// hasEmail reports whether s holds something shaped like an e-mail
// address: word characters, @, a domain with a dot. A fediverse handle
// ("@ben@mastodon.social", a poster's name in a thread) opens with an @
// and is no address.
func hasEmail(s string) bool {
	for from := 0; ; {
		at := strings.IndexByte(s[from:], '@') + from
		if at < from+1 {
			return false
		}
		before, after := s[:at], s[at+1:]
		from = at + 1
		r, _ := utf8.DecodeLastRuneInString(before)
		local := strings.LastIndexFunc(before, func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._+-", r))
		})
		if local >= 0 && before[local] == '@' {
			continue
		}
		end := strings.IndexFunc(after, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') })
		if end < 0 {
			end = len(after)
		}
		domain := strings.TrimRight(after[:end], ".")
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") {
			return true
		}
	}
}

// noLetters votes against lines without a word: "•", "1 / 23", "16".
func noLetters(l *measure.Line, _ *Page) float64 {
	if l.Alpha > 0 || l.CJK > 0 {
		return 0
	}
	return -0.6
}
