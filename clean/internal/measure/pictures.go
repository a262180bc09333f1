package measure

import (
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// The pictures a text renderer prints as text: an address, a file name,
// an alt text given twice (see Line.Image).

// imageURL reports whether content is the address of a picture and
// nothing else ("https://example.com/logos/og-image-logo.png"), as
// html2text prints an image it cannot name. Across the benchmarks' text
// renderings 41 lines are such, none in a truth.
func imageURL(content string) bool {
	rest, ok := strings.CutPrefix(content, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(content, "http://")
	}
	if !ok || strings.ContainsAny(rest, " \t") {
		return false
	}
	if q := strings.IndexAny(rest, "?#"); q >= 0 {
		rest = rest[:q]
	}
	return strings.IndexByte(rest, '/') >= 0 && pictureExt(rest)
}

// pictureExt reports whether name ends with a picture's extension.
func pictureExt(name string) bool {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(name[dot+1:]) {
	case "png", "jpg", "jpeg", "gif", "webp", "svg", "avif":
		return true
	}
	return false
}

// PictureFile reports whether content is a picture's file name and
// nothing else, as w3m prints a picture without alt text: a name with a
// picture's extension ("20130104-235771-chicken-penne-vodka-sauce-edit.jpg",
// "IMG_2976.jpg", "nintendo-switch-lite.jpgnintendo-switch-lite.jpg"), or
// a slug of lower-case words and numbers that three hyphens or more join,
// a number among them ("20190809-burst-tomato-xo-pasta-vicky-wasik21-",
// "battlefield-6-2026-updates-plans"), alone or given twice with a space
// between, as a picture's alt text and title ("note-10-plus.jpg
// note-10-plus.jpg"; a recipe listing's slug so given had been taken for
// its headline). Across the benchmarks' text renderings the output had
// kept 83 such lines, none in a wceb truth; the truths keep file-like
// names in capitals ("ESPHome-Seeed-Xiao-ESP32-C6-Config") and telephone
// numbers ("1-888-661-8967"), which are no slug.
func PictureFile(content string) bool {
	if i := strings.IndexByte(content, ' '); i >= 0 {
		if i == 0 || content[:i] != content[i+1:] {
			return false // a line with a space is a name given twice, or no name
		}
		content = content[:i] // as its picture's alt text and title
	}
	if content == "" || strings.IndexByte(content, '\t') >= 0 {
		return false
	}
	if pictureExt(content) {
		return true
	}
	hyphens, digit, letter := 0, false, false
	for i := 0; i < len(content); i++ {
		switch c := content[i]; {
		case c == '-':
			hyphens++
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z':
			letter = true
		default:
			return false
		}
	}
	return hyphens >= 3 && digit && letter && content[0] != '-'
}

// pictureTwice reports whether content is one text of minTwiceChars
// bytes or more, with a letter, given two or three times in a row, with
// nothing or a space between the copies (see copies): the alt text of a
// picture that a page gives twice, a lazy loader's placeholder beside the
// image, as w3m prints alt texts without brackets ("A sunlit room with a
// bookcase.A sunlit room with a bookcase."), a teaser's title after its
// picture's ("7 beautiful images of Stars 7 beautiful images of Stars"),
// a logo's ("Clay logoClay logo"), a product's name under its picture
// ("Power T-ShirtPower T-Shirt"), a tab's label over its panel ("Object
// storageObject storage"), a price given to the eye and to a screen
// reader ("EUR14.62EUR14.62"). Shorter copies are words a text may give
// twice: "Sing Sing", "Ylang Ylang".
//
// Across the benchmarks' text renderings 414 lines of five words or more
// are such (305 glued twice), of which 25 are an article's text; of the
// 142 shorter ones in wceb's w3m renderings, whose copies are 8 to 15
// bytes, none. Those had been left to the other rules, as a product's
// name that a listing's items hold; made pictures, wceb text-w3m rose
// 0.8006 -> 0.8014 (20 pages up, none down) and scrapinghub text-w3m
// 0.9445 -> 0.9448 (4 up), lynx's and numbered w3m's renderings alike
// (52 pages up, one down by 0.001); text-h2t moved three pages by under
// 0.002, one down.
//
// Not so a line whose copies hold no letter ("==== ====", a rule), a bar
// (a table's row of two like cells, "| Powered by Zapier| Powered by
// Zapier", which a truth keeps), or a picture's file name
// ("note-10-plus.jpgnote-10-plus.jpg": see PictureFile, which interrupts
// an article without ending it; as a picture, ten such between a gadget
// list's items had cut its introduction off, -0.07 in a numbered w3m
// rendering).
func pictureTwice(content string) bool {
	n := len(content)
	if n < 2*minTwiceChars {
		return false
	}
	// The second copy begins where the first one's first bytes come again.
	// A line that repeats a short run ("━━━━", "ab ab ab") holds them at
	// many places: only the first few are tried, so that a line is read a
	// few times at most, however long.
	head := content[:minTwiceChars]
	if !secondCopyFits(content, head) {
		return false
	}
	for j, tries := minTwiceChars, 0; tries < maxTwiceTries; j, tries = j+1, tries+1 {
		k := strings.Index(content[j:], head)
		if k < 0 {
			return false
		}
		j += k
		if 2*(j-1) > n {
			return false // no room for a second copy
		}
		// The shortest text the line repeats decides: four copies of a
		// sentence are not two of a pair.
		s := strings.TrimSuffix(content[:j], " ")
		if c := copies(content, s); c > 1 {
			return c <= maxCopies && strings.IndexFunc(s, unicode.IsLetter) >= 0 && !strings.Contains(s, "|") && !PictureFile(s)
		}
	}
	return false
}

// secondCopyFits reports whether content could be two or three copies of
// one text, a space or nothing between them: whether, for a copy of the
// length that such a line gives it, the second copy begins with head, the
// first bytes of the line. It spares most lines a search.
func secondCopyFits(content, head string) bool {
	n := len(content)
	for k := 2; k <= maxCopies; k++ {
		for spaces := range k {
			if (n-spaces)%k != 0 {
				continue
			}
			l := (n - spaces) / k
			if strings.HasPrefix(content[l:], head) || content[l] == ' ' && strings.HasPrefix(content[l+1:], head) {
				return true
			}
		}
	}
	return false
}

// copies returns how many times content gives s in a row, with nothing
// or a space between the copies, or 0 if it is not s so repeated.
func copies(content, s string) int {
	rest, n := content[len(s):], 1
	for rest != "" {
		rest = strings.TrimPrefix(rest, " ")
		if !strings.HasPrefix(rest, s) {
			return 0
		}
		rest, n = rest[len(s):], n+1
	}
	return n
}

// maxCopies is the most copies of a picture's text in a line: a picture
// and its link give the text once each, a teaser's heading a third time.
// A paragraph that says its sentence again and again ("We will rock you.
// We will rock you. ...") is a paragraph.
const maxCopies = 3

// minTwiceChars is the fewest bytes of a picture's text given twice (see
// pictureTwice).
const minTwiceChars = 8

// maxTwiceTries is how many places pictureTwice tries as the start of a
// second copy.
const maxTwiceTries = 4

// markPictureNames marks as pictures, in the text reading, the short
// lines that name a picture by its kind ("Salesforce Logo", "arrow icon",
// "personal trainer headshot", "Jane Doe Submitted photo": the
// picture-words list, last), when minPictureNames lines of the page or
// more name the same kind: a wall of customers' logos, a grid of icons, a
// page of trainers' headshots or of readers' photos, whose alt texts or
// captions w3m prints as lines of their own. They read as short titles,
// which the article kept where they stood inside it, and which parted its
// sections. A heading that ends so ("Why we changed our logo") comes
// alone, a line that ends a sentence is no alt text, and two comments in
// a script ("# ROOT IMAGE") are not three. wceb text-w3m 0.7855 -> 0.7863
// (service 0.8056 -> 0.8114): thirteen pages of thirteen sites rise (a
// short page of services +0.25, whose span held twelve customers' logos;
// the others +0.0005 to +0.021), and one of them in text-h2t, none falls;
// scrapinghub rises in text-h2t (0.9355 -> 0.9357), text-htmltext and
// html (+0.0001): a news page's list of names, each with its "Submitted
// photo", +0.029 in each. Counted over all kinds together, three lines
// could be two comments in a script and a photo: a question page fell
// -0.003; "picture" as a kind lost a page -0.008.
func (p *Page) markPictureNames() {
	p.markShared((*Page).pictureKind, minPictureNames)
}

// pictureKind returns the kind of picture that l names if it may be a
// picture's alt text that names it (see markPictureNames): two to
// maxPictureName words, no sentence, no code, its last word an entry of
// the picture-words list; else "".
func (p *Page) pictureKind(l *Line) string {
	if l.Words < 2 || l.Words > maxPictureName || l.End == EndSentence || l.Code || l.All&lang.Marks(lang.PictureWords) == 0 {
		return ""
	}
	last := l.Key[strings.LastIndexByte(l.Key, ' ')+1:]
	if !p.Lex.In(lang.PictureWords, last, p.Lang) {
		return ""
	}
	return last
}

// minPictureNames is how many lines must name one kind of picture for
// markPictureNames to read them as pictures, and maxPictureName the most
// words of such a line.
const (
	minPictureNames = 3
	maxPictureName  = 6
)

// minPlaceholders is how many lines must open with one picture's name for
// markPlaceholders to read it as a placeholder.
const minPlaceholders = 5

// gluedName returns the bracketed name that opens s when text follows it
// without a space, or "". A name has two characters or more, a letter or
// a digit among them: w3m prints a ticked box so, "[*]", and lynx "[X]",
// before the first line of each of Node.js's listings (a toggle between
// two ways of writing it), and they went as placeholders' pictures.
func gluedName(s string) string {
	if len(s) < 4 || s[0] != '[' {
		return ""
	}
	j := strings.IndexByte(s, ']')
	if j < 3 || j > 20 || j+1 >= len(s) || strings.ContainsAny(s[1:j], " [") || !strings.ContainsFunc(s[1:j], lang.IsWordRune) {
		return "" // "[*]import dns ...", "[X]import dns ...": w3m's and lynx's ticked boxes, no picture's name
	}
	if c := s[j+1]; c == ' ' || c == '(' || c == '[' || c == ']' {
		return ""
	}
	return s[1:j]
}
