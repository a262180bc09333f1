package source

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Links as text renderers print them: markdown's ([text](url), ![alt](url),
// python html2text's with its links kept), w3m's bracketed pictures and
// fields, and lynx's numbers before each link ("[12]Home").

// parseLinks reads markdown links and images ([text](url), ![alt](url))
// and w3m's bracketed images and widgets ([alt], [    ]). When s has
// markdown links it appends s to arena with each link replaced by its text,
// counts the link characters and reports true; else arena is left as it
// is.
//
// It reads them as python html2text prints them with its links kept (its
// default): a link's brackets and parentheses nest ("[![alt](pic.jpg)
// Title](/story)", a teaser's picture and title in one link) and may be
// escaped inside it ("[Wiki](/x_\(y\))"); a link around blocks opens on
// one line and closes on another ("[![alt](pic.jpg)", "### Title",
// "$79.00](/product)"), so a line's text before a "](url)" that no
// bracket opened is a link's, and so is its text after a bracket that
// none closes, when a picture or a link follows it. A line of pictures
// alone, inside links or not, is a picture, whose content is their alt
// texts. It reads the numbers that lynx -dump prints before each link's
// text too ("[12]Home", see lynxMark and markedText).
func parseLinks(m *Markup, s string, arena *[]byte) bool {
	if bracketed(s) {
		if hasLynxMark(s[1:]) {
			// lynx's numbered link inside the brackets a page writes
			// around it ("[ [105]167 comments ]"), which w3m prints
			// without its number ("[ 167 comments ]"): read as w3m's.
			start := len(*arena)
			for i := 0; i < len(s); {
				if n := markAt(s, i); n > 0 {
					i += n
					continue
				}
				*arena = append(*arena, s[i])
				i++
			}
			if len(*arena)-start < len(s) {
				bracketedKind(m, string((*arena)[start:]))
				return true
			}
			*arena = (*arena)[:start] // no mark stood after a space: "[[9]Index]"
		}
		bracketedKind(m, s)
		return false
	}
	if !strings.Contains(s, "](") && !hasLynxMark(s) {
		return false // nothing to build: "[Option: ...", "[x] done"
	}
	return parseInline(m, s, arena)
}

// bracketedKind reads a line in brackets, s, as w3m prints a picture or a
// form's field.
func bracketedKind(m *Markup, s string) {
	inner := strings.TrimSpace(s[1 : len(s)-1])
	// "[]" is a picture whose address ends without a file name (a
	// thumbnail's resized copy, ".../resize/170x96!/?url=..."), which
	// w3m prints so; a field is spaces between brackets. Read as a
	// field, strong chrome, it parted the entries of a listing of
	// videos (wceb text-w3m: a news site's page of videos 0.04 ->
	// 0.59; no other page of any set moves).
	if s == "[]" {
		m.Image = true
	} else if literalList(inner) || synopsis(inner) {
		// a program's list of values, or its options, no picture: "[ 'a', 'b', 'c' ]", "[--limit=LIMIT] [--uri]"
	} else if inner == "" || len(inner) < 20 && !strings.Contains(inner, " ") && !pictureStem(inner) {
		m.Widget = true
	} else {
		m.Image = true
	}
}

// parseInline is parseLinks for a line that is not all in brackets.
func parseInline(m *Markup, s string, arena *[]byte) bool {
	var in inline
	in.b = slices.Grow(*arena, len(s)) // the content is no longer than s
	start := len(in.b)
	if i := strings.Index(s, "]("); i >= 0 && !strings.Contains(s[:i], "[") {
		if end := in.closing(s, i+1, '(', ')'); end > 0 {
			// The end of a link that an earlier line opened.
			in.b = append(in.b, s[:i]...)
			in.links += utf8.RuneCountInString(s[:i])
			in.text = strings.TrimSpace(s[:i]) != ""
			s, in.built = s[end+1:], true
		}
	}
	in.read(s, false)
	if !in.built {
		*arena = in.b[:start]
		return false
	}
	*arena = in.b
	m.Links = in.links
	m.TagLinks = in.tagged > 0 && in.tagged == in.linked
	if in.pictures > 0 && !in.text {
		m.Image = true
	}
	return true
}

// literalList reports whether s, the text between a line's brackets, is a
// list of values as a program prints one: two items or more parted by
// commas, each a number or a quoted string ("1, 2, 3", "'a', 'b'"). A
// picture's alt text is words ("A man, a dog and a cat"). Node's
// reference prints such lists under its examples, and reading its output
// as text had dropped them as pictures.
func literalList(s string) bool {
	n := 0
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if !number(item) && !quoted(item) {
			return false
		}
		n++
	}
	return n >= 2
}

// synopsis reports whether s, the text between a line's brackets, gives a
// command's options as a manual's synopsis writes them: it opens with an
// option, long ("--limit=LIMIT] [--uri") or of one letter ("-v", "-f
// FILE"). A picture's alt text does not; a row of pictures ("[facebook-i]
// [twitter-ic]") opens with a name, which may open with a hyphen
// ("[-ctr2XC_i8]", a video's picture).
func synopsis(s string) bool {
	if len(s) < 2 || s[0] != '-' {
		return false
	}
	if s[1] == '-' {
		return len(s) > 2 && isASCIILetter(s[2])
	}
	return isASCIILetter(s[1]) && (len(s) == 2 || strings.IndexByte(" =]", s[2]) >= 0)
}

// number reports whether s is a number: digits, with a sign, a point or
// an exponent ("-1", "3.5", "1e6").
func number(s string) bool {
	if s == "" {
		return false
	}
	digit := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case (r == '-' || r == '+') && i == 0, r == '.', r == 'e' && digit:
		default:
			return false
		}
	}
	return digit
}

// quoted reports whether s is a string in quotes: 'a' or "a".
func quoted(s string) bool {
	return len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0]
}

// pictureStem reports whether s, a word between brackets, is what w3m
// prints for a picture without alt text whose address gives no name: the
// address's scheme or its first word ("[https]", "[images]"). Read as a
// form's field, strong chrome that ends an article, the code screenshots
// of a post had cut it (wceb text-w3m 0425 0.961 -> 0.985; no other page
// of any set moves). The format words w3m prints so ("[svg]") stay
// fields: an author's avatar after a story ends it, and had let a news
// page's span run on over the author's bio (-0.011).
func pictureStem(s string) bool {
	for _, w := range [...]string{"http", "https", "image", "images", "img"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// inline reads the links and pictures of a line of markdown (see
// parseLinks) into b: their text, and the text around them.
type inline struct {
	b        []byte
	links    int // characters of link text
	linked   int // markdown links read, tagged of them to tags' pages (see tagHref)
	tagged   int
	pictures int  // images read
	text     bool // text outside images, brackets and spaces
	built    bool // a link or an image was read
	depth    int  // links the text being read is inside
	misses   int  // brackets and parentheses that nothing closed
}

// A line's links are read with each bracket's close found by a scan to
// it. So that a hostile line (a megabyte of "[" before one "](x)") costs
// a few readings of it, not one for each of its brackets, a line stops
// being read for links after maxMisses scans that found no close, and
// links nested deeper than maxLinkDepth are read as text.
const (
	maxMisses    = 8
	maxLinkDepth = 4
)

// closing is closing(s, i, open, close), which counts a scan that found
// nothing, and finds nothing once maxMisses scans did.
func (in *inline) closing(s string, i int, open, close byte) int {
	if in.misses >= maxMisses {
		return -1
	}
	j := closing(s, i, open, close)
	if j < 0 {
		in.misses++
	}
	return j
}

// readLink appends the text of a link, s, which is inside in.depth links.
func (in *inline) readLink(s string) {
	in.depth++
	in.read(s, true)
	in.depth--
}

// read appends s to in.b with its links and images replaced by their
// text; inLink is set inside a link's text.
func (in *inline) read(s string, inLink bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(escaped, s[i+1]) >= 0:
			in.put(s[i+1:i+2], inLink)
			i += 2
			continue
		case in.depth >= maxLinkDepth:
		case markAt(s, i) > 0:
			// lynx's number before a link: what follows it, up to the
			// next number and maxMarkedWords words, is the link's text.
			in.built = true
			i += markAt(s, i)
			j := i + markedText(s[i:])
			in.readLink(s[i:j])
			i = j
			continue
		case c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[':
			open := i
			if c == '!' {
				open++
			}
			closed := in.closing(s, open, '[', ']')
			if closed > 0 && closed+1 < len(s) && s[closed+1] == '(' {
				if end := in.closing(s, closed+1, '(', ')'); end > 0 {
					in.built = true
					if c == '!' {
						in.pictures++
						alt := unescape(s[open+1 : closed])
						in.b = append(in.b, alt...)
						in.links += utf8.RuneCountInString(alt)
					} else {
						in.readLink(s[open+1 : closed])
						in.linked++
						if tagHref(s[closed+2 : end]) {
							in.tagged++
						}
					}
					i = end + 1
					continue
				}
			}
			if c == '[' && !inLink && closed < 0 && in.misses < maxMisses && strings.Contains(s[i:], "](") {
				// A link that a later line closes, around a picture or
				// another link: its text is the rest of the line.
				in.readLink(s[i+1:])
				return
			}
		}
		in.put(s[i:i+1], inLink)
		i++
	}
}

// lynxMark returns the length of the number in brackets that s opens
// with, as lynx -dump prints one before each link's text ("[12]Home"):
// one to four digits, then the text, or nothing; 0 when s opens with no
// such number. A number before a space is a footnote's mark ("[1] Smith,
// 2020"), one of more digits a picture's id as w3m prints it. A year (a
// plausible one: see plausible) that ends the text ("What is Project Management? The Complete Guide
// [2025]") is a headline's: lynx numbers a page's links from 1, and its
// mark ends a line only where a link has no text. Read as a mark, it
// left the title of a cleaning that printed it, and the title of the
// output cleaned again was another.
func lynxMark(s string) int {
	n := 1
	for n < len(s) && n <= 4 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 1 || n >= len(s) || s[n] != ']' {
		return 0
	}
	if n+1 < len(s) && s[n+1] == ' ' || n+1 == len(s) && n == 5 && plausible(num(s[1:n]), 1, 1) {
		return 0
	}
	return n + 1
}

// markAt returns the length of the lynx link mark (see lynxMark) at s[i],
// at the start of s or after a space; 0 when there is none.
func markAt(s string, i int) int {
	if s[i] != '[' || i > 0 && s[i-1] != ' ' {
		return 0
	}
	return lynxMark(s[i:])
}

// hasLynxMark reports whether s holds a lynx link mark (see markAt).
func hasLynxMark(s string) bool {
	for i := strings.IndexByte(s, '['); i >= 0; {
		if markAt(s, i) > 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], '[')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// markedText returns the length of the text in s that a lynx link mark
// before it marks: its first maxMarkedWords words, before any other
// mark. lynx marks where a link starts, not where it ends; counted up to
// the next mark, or over three words, a link in a paragraph took the
// paragraph for a list of links (on every shared page rendered by lynx,
// wceb 0.7562 with one word, 0.7535 with two, 0.7556 with three, 0.7488
// up to the next mark; scrapinghub 0.8448, 0.8432, 0.8405, 0.8323).
func markedText(s string) int {
	words, end := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case markAt(s, i) > 0:
			return end
		case s[i] != ' ' && (i == 0 || s[i-1] == ' '):
			if words++; words > maxMarkedWords {
				return end
			}
		}
		if s[i] != ' ' {
			end = i + 1
		}
	}
	return end
}

// maxMarkedWords is how many words after a lynx link mark count as the
// link's text (see markedText).
const maxMarkedWords = 1

// put appends one character of text.
func (in *inline) put(c string, inLink bool) {
	in.b = append(in.b, c...)
	if inLink && c[0] >= 0x80 && c[0] < 0xC0 {
		return // a continuation byte: its rune is counted once
	}
	if inLink {
		in.links++
	}
	if c != " " && c != "[" && c != "]" {
		in.text = true
	}
}

// escaped are the characters html2text escapes with a backslash inside
// links: brackets and parentheses.
const escaped = "[]()"

// unescape returns s without the backslashes before escaped characters.
func unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(escaped, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// closing returns the index of the close that matches the open at s[i].
func closing(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
}
