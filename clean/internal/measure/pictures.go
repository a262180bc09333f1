package measure

import "strings"

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
// "battlefield-6-2026-updates-plans"). Across the benchmarks' text
// renderings the output had kept 83 such lines, none in a wceb truth; the
// truths keep file-like names in capitals ("ESPHome-Seeed-Xiao-ESP32-C6-
// Config") and telephone numbers ("1-888-661-8967"), which are no slug.
func PictureFile(content string) bool {
	if content == "" || strings.IndexByte(content, ' ') >= 0 || strings.IndexByte(content, '\t') >= 0 {
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

// pictureTwice reports whether content is one text of minTwiceWords words
// or more given two or three times in a row, with nothing or a space
// between the copies (see copies): the alt text of a picture that a page
// gives twice, a lazy loader's placeholder beside the image, as w3m prints
// alt texts without brackets ("A sunlit room with a bookcase.A sunlit room
// with a bookcase."), or a teaser's title after its picture's ("7
// beautiful images of Stars 7 beautiful images of Stars"). Across the
// benchmarks' text renderings 414 lines are such (305 glued twice), of
// which 25 are an article's text. Shorter texts given twice are often a
// product's name under its picture, which a listing's items hold.
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
			return c <= maxCopies && hasWords(s, minTwiceWords)
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

// hasWords reports whether s holds n words or more, parted by spaces.
func hasWords(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// minTwiceWords is the fewest words of a picture's text given twice (see
// pictureTwice), and minTwiceChars the fewest bytes, which spares counting
// words on most lines.
const (
	minTwiceWords = 5
	minTwiceChars = 16
)

// maxTwiceTries is how many places pictureTwice tries as the start of a
// second copy.
const maxTwiceTries = 4
