package decide

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The rule that reads a line as a photo's caption or credit, and what it
// asks of the line's words and dates.

// wireDateline reports whether s opens as the captions of wire photos do:
// "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser to ...": as
// the regular expression ^[A-Z][A-Z .,'-]{2,} - [A-Z]{3,} \d{1,2}: would
// match it.
func wireDateline(s string) bool {
	if len(s) < 12 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	// The place: capitals and ".,'- " from the start; the month and day
	// follow one of its " - ".
	end := 1
	for end < len(s) && isPlaceByte(s[end]) {
		end++
	}
	for k := 3; k+3 <= end; k++ {
		if s[k:k+3] != " - " {
			continue
		}
		j := k + 3
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			j++
		}
		if j-(k+3) < 3 || j >= len(s) || s[j] != ' ' {
			continue
		}
		d := j + 1
		for d < len(s) && d < j+3 && s[d] >= '0' && s[d] <= '9' {
			d++
		}
		if d > j+1 && strings.HasPrefix(s[d:], ": ") {
			return true
		}
	}
	return false
}

// isPlaceByte reports whether c may be in the place of a wire dateline.
func isPlaceByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-'
}

// wireCredits close the captions of agency photos: "(AP Photo/Gene J.
// Puskar)", "(Elias Funez/The Union via AP)", "Jaafar ASHTIYEH / AFP".
// With the credit labels of the lexicon ("Photo: Ringo H.W. Chiu, AP",
// "... a large rodent Credit: The Siberian Times") they are, across the
// ScrapingHub renderings, on 232 chrome lines and 12 article lines
// (captions its ground truth keeps).
var wireCredits = [][]byte{[]byte("(ap photo"), []byte("via ap)"), []byte(" / afp"), []byte("/afp "), []byte("/reuters)")}

// imageCredit catches photo captions and credits ("Photo: Damian
// Dovarganes, AP", "... during a rally. (Photo by Jane Doe)", "In this
// photo issued by ITV, ...", "... w Mistrzejowicach. Fot. Jan Kowalski")
// and gallery counters ("Image 1 of 23"): the image-credit table and the
// caption, caption-labels, caption-places and credit-labels lists. Its vote outweighs prose: a caption is a sentence
// about a picture. It must not catch an article's sentence about a
// photograph, which names none of these phrases. "From left: ..." opens a
// caption (the image-credit table); "from left to right" inside a sentence
// is an order and places no one in a picture (two documentation pages'
// SQL and Python: +0.013 on one in each mode, -0.009 on the other, whose
// truth stops before that sentence). A line that opens with the view a
// picture shows (the picture-views list: "Front view of", "Overhead shot
// of") is an alt text however long: "Close-up, front view of the Lenovo
// ThinkPad P16s Gen 3 (16 inch Intel) black laptop opened 90 degrees,
// focusing its keyboard, ...", which w3m prints and the image-credit
// table, read up to 20 words, had left to prose. Across the benchmarks'
// text renderings 37 lines open so, all outside their truths (wceb
// text-w3m a laptop's page +0.125, a listing of recipes +0.022; no other
// page moves). "Close-up of" is not such a view: a film review may open
// a paragraph on one.
func imageCredit(l *measure.Line, p *Page) float64 {
	if l.Words > 80 || l.ShowsCode() {
		return 0 // a line of code is no caption: "if let Some(left) = &self.left {"
	}
	x, id := p.m.Lex, p.m.Lang
	if l.Table == lang.ImageCredit && l.Words <= 20 {
		return -2
	}
	if l.Digits > 0 && l.Words <= 6 && strings.HasPrefix(l.Key, "image ") && strings.Contains(l.Key, " of ") {
		return -2
	}
	if has(l.All, lang.Captions) && x.Find(lang.Captions, l.Key, l.Bloom, id) {
		return -2
	}
	if has(l.First, lang.PictureViews) && x.Lead(lang.PictureViews, l.Key, id) > 0 {
		return -3 // "Front view of the laptop with its lid closed, ...": outvotes prose
	}
	paren := l.Punct&measure.PunctParen != 0
	labels := paren // caption labels and credit labels are matched as text
	places := (paren || l.Punct&measure.PunctComma != 0) && has(l.All, lang.CaptionPlaces)
	wire := l.Punct&(measure.PunctParen|measure.PunctSlash) != 0
	credits := l.Punct&measure.PunctColon != 0 && strings.Contains(l.Content, ": ")
	var lower []byte
	if labels || places || wire {
		lower = p.lower(l.Content)
	}
	if labels {
		if captionLabel(lower, x.Entries(lang.CaptionLabels, id)) {
			return -2
		}
	}
	if places {
		if ws := x.Entries(lang.CaptionPlaces, id); around(lower, ", ", ws, ",") || around(lower, "(", ws, ")") {
			return -2
		}
	}
	if wireDateline(l.Content) || l.CJK > 0 && cjkCaptionDate(l.Content) {
		return -2
	}
	if l.DOM.Caption {
		return 0 // a figure's own caption: figure-caption keeps it
	}
	outvote := -2.0
	if l.Words >= 12 {
		outvote = -3 // a caption is a sentence: it must outvote prose
	}
	if wire {
		for _, w := range wireCredits {
			if bytes.Contains(lower, w) {
				return outvote
			}
		}
	}
	if labels := x.Entries(lang.CreditLabels, id); credits && creditLabel(l.Content, labels) || abbreviatedCredit(l.Content, labels) {
		return outvote
	}
	if l.Words >= 12 && l.Digits >= 5 && has(l.All, lang.Weekdays) && captionDate(p, l.Content) {
		return outvote
	}
	return 0
}

// cjkCaptionDate reports whether s is a Japanese photo caption as the
// press writes one: the picture's day and place in full-width brackets
// at its end ("夜間開館を試行する中央図書館（12日、市内で）") or after a
// full-width equals sign ("…を発表する市長＝12日午後、市役所"), and no
// sentence's full stop. An article's sentence ends with "。".
func cjkCaptionDate(s string) bool {
	if strings.Contains(s, "。") {
		return false
	}
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndex(s, "（"); i >= 0 && strings.HasSuffix(s, "）") && dayAt(s[i+len("（"):]) {
		return true
	}
	if i := strings.LastIndex(s, "＝"); i >= 0 && dayAt(s[i+len("＝"):]) {
		return true
	}
	return false
}

// dayAt reports whether s opens with a day of the month: one or two
// digits, ASCII or full-width, then "日".
func dayAt(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if n++; n > 2 {
				return false
			}
			continue
		case r == '日':
			return n > 0
		}
		return false
	}
	return false
}

// abbreviatedCredit reports whether s gives a credit after a label of
// three letters or less abbreviated with a full stop, as Polish captions
// end ("Nowy tramwaj na pętli. Fot. Jan Kowalski", "fot. PAP/Leszek
// Szymański"): the label is a word of its own, and a capital or a digit
// follows it.
func abbreviatedCredit(s string, labels []string) bool {
	if !slices.ContainsFunc(labels, func(w string) bool { return utf8.RuneCountInString(w) <= 3 }) {
		return false // the language abbreviates no label: most do not
	}
	for i := 0; ; {
		j := strings.Index(s[i:], ". ")
		if j < 0 {
			return false
		}
		j += i
		i = j + 2
		word := s[strings.LastIndexByte(s[:j], ' ')+1 : j]
		if word == "" || len(word) > 3*utf8.UTFMax || utf8.RuneCountInString(word) > 3 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		for _, w := range labels {
			if strings.EqualFold(word, w) {
				return true
			}
		}
	}
}

// creditLabel reports whether s labels a credit with one of labels
// before a colon: "Photo: AP", "Bild: TebNad/Shutterstock.com", French's
// "Photo : AFP", or glued to the caption before it, as renderers print
// them ("... sought treatmentCredit: EPA"). The label is a word of its
// own, or opens with a capital where it is glued: "Sein Vorbild: Michael
// Jordan" and "Neuer Blick auf das „Blue Marble“-Foto: ..." hold no
// credit.
func creditLabel(s string, labels []string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], ":")
		if j < 0 {
			return false
		}
		j += i
		i = j + 1
		if i >= len(s) || s[i] != ' ' {
			continue
		}
		word := strings.TrimSuffix(s[:j], " ")
		for _, w := range labels {
			if len(word) < len(w) || !strings.EqualFold(word[len(word)-len(w):], w) {
				continue
			}
			before := word[:len(word)-len(w)]
			b, _ := utf8.DecodeLastRuneInString(before)
			first, _ := utf8.DecodeRuneInString(word[len(word)-len(w):])
			if before == "" || !unicode.IsLetter(b) && b != '-' || unicode.IsUpper(first) && unicode.IsLower(b) {
				return true
			}
		}
	}
}

// around reports whether lower holds a w of ws with before right before it
// and after right after it: ", left," and "(left)" place a person in a
// picture. (A credit's label before its colon, "photo: ", is
// creditLabel's; a parenthesised one, "(photo", captionLabel's.)
func around(lower []byte, before string, ws []string, after string) bool {
	return opens(lower, before, ws, func(_, rest []byte) bool {
		return bytes.HasPrefix(rest, []byte(after))
	})
}

// opens reports whether lower holds a w of ws with before right before it
// that ok accepts, given the text after before and the text after w. It
// looks for before and tries each w there: before is rarer in a line than
// the letters that open a w.
func opens(lower []byte, before string, ws []string, ok func(at, rest []byte) bool) bool {
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte(before))
		if j < 0 {
			return false
		}
		j += i
		at := lower[j+len(before):]
		for _, w := range ws {
			if bytes.HasPrefix(at, []byte(w)) && ok(at, at[len(w):]) {
				return true
			}
		}
		i = j + 1
	}
}

// captionLabel reports whether lower, a line in lower case, has a
// parenthesised credit that one of labels opens: "(Photo: AP)", "(Image
// credit: NASA)", "(Photos)", "(Bildquelle: dpa)", "(Photo by Jane Doe)".
// The label is a word of its own, or opens a compound that a colon ends
// ("Bildquelle:"): a degree's "(Photography)" or a soldier's "(Imagery
// analyst)" is no credit. A label alone in its parentheses, or with words
// but no colon, is a credit only where the parentheses end the line: a
// headline's "(Photos)" is, a specification's "a static image (IMAGE) or
// an interactive component" is not.
func captionLabel(lower []byte, labels []string) bool {
	return opens(lower, "(", labels, func(at, after []byte) bool {
		group := at
		if k := bytes.IndexByte(at, ')'); k >= 0 {
			group = at[:k]
		}
		ends := len(bytes.TrimRight(at[len(group):], ") .,;!")) == 0 // nothing but the group ends the line
		after = group[len(at)-len(after):]                           // the label's rest inside the parentheses
		if r, _ := utf8.DecodeRune(after); len(after) == 0 || !unicode.IsLetter(r) {
			return bytes.IndexByte(group, ':') >= 0 || ends
		}
		// a longer word: a compound label ending in a colon, or a
		// plural alone ("Photos")
		word := bytes.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
		if word < 0 {
			word = len(after)
		}
		return word < len(after) && after[word] == ':' || string(after[:word]) == "s" && ends
	})
}

// captionDate reports whether s holds the date of a news photo's caption:
// a weekday, then the full date with its year, mid-sentence ("in
// Pittsburgh, Tuesday, Nov. 19, 2019."). Articles write "on Tuesday".
// Across the ScrapingHub renderings it is on 178 chrome lines and 6 article
// lines. A caption tells what its picture shows, in the present or the
// past: a line that says what "will" happen on such a date announces it
// ("U.S. News will release the rankings on Tuesday, Jan. 27, 2026.",
// "classes will begin on Monday, January, 12 2026"). Of the lines of the
// benchmarks' text renderings that give such a date, none of the 181 that
// no truth holds (captions, datelines) says "will", and 4 of the 11 that
// truths hold do: two pages' paragraphs, in two renderings each (wceb
// +0.0005 in each mode: +0.17 and +0.017 on those pages).
func captionDate(p *Page, s string) bool {
	if strings.Contains(s, " will ") {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], ", ")
		if j < 0 {
			return false
		}
		j += i
		w := j
		for w > 0 && s[w-1] >= 'a' && s[w-1] <= 'z' {
			w--
		}
		if w > 0 && s[w-1] >= 'A' && s[w-1] <= 'Z' && (w == 1 || !isWordByte(s[w-2])) {
			var buf [16]byte
			day := lang.AppendKey(buf[:0], s[w-1:j])
			if p.m.Lex.In(lang.Weekdays, string(day), lang.None) && len(day) > 3 {
				if d, _ := p.m.Lex.MonthDayYearAt(s[j+2:]); d != 0 {
					return true
				}
			}
		}
		i = j + 2
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
