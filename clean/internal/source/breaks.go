package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// Where a renderer breaks a line, and how wide the characters it lays out
// are: what wrapWidth and continues read a line and the next by.

// indent returns how many spaces and tabs open line.
func indent(line string) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// firstWord returns what of line, not indented, a renderer that wrapped
// it had to fit on the line before to break where it did: its first
// word, up to a space; or, where line opens with a character that a
// line may break before (see breaksAround), that character, with the
// one after it when it is an opening bracket, and the closing marks
// after those that may not open a line ("字。"). A word ends before such
// a character too ("iPhone" of "iPhoneを"). Chinese and Japanese write
// no spaces between words, and renderers break their lines between any
// two characters: read up to a space, a line of them is one word as
// wide as the line, and each such line followed by another had been
// taken for one that a renderer wrapped, so that lines laid out one
// paragraph each (a crawl's text, <br>-separated lines) were read as one
// paragraph, a menu with the headline under it.
func firstWord(line string) string {
	i := indent(line)
	r, size := utf8.DecodeRuneInString(line[i:])
	if size > 0 && breaksAround(r) {
		j := i + size
		if strings.ContainsRune(openingMarks, r) {
			_, size = utf8.DecodeRuneInString(line[j:])
			j += size
		}
		for j < len(line) {
			r, size := utf8.DecodeRuneInString(line[j:])
			if !strings.ContainsRune(closingMarks, r) {
				break
			}
			j += size
		}
		return line[i:j]
	}
	j := i
	for j < len(line) && line[j] != ' ' && line[j] != '\t' {
		if line[j] < utf8.RuneSelf {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[j:])
		if breaksAround(r) {
			break
		}
		j += size
	}
	return line[i:j]
}

// breaksAround reports whether a renderer may break a line right before
// or after r, with no space there: a character of Chinese or Japanese,
// or their punctuation and full-width forms. Korean spaces its words,
// and is broken at its spaces; an emoji, wide as it is, stands between
// spaces as a word does.
func breaksAround(r rune) bool {
	switch {
	case r < 0x2e80:
		return false
	case r <= 0x9fff: // CJK radicals and symbols, kana, Bopomofo, the unified ideographs
		return !unicode.Is(unicode.Hangul, r)
	case r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f: // compatibility ideographs and forms
		return true
	case r >= 0xff01 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6: // full-width forms
		return true
	}
	return r >= 0x20000 && r <= 0x3ffff // the ideographs of the supplementary planes
}

// The marks of Chinese and Japanese that may not close a line (an
// opening bracket goes on with the character after it) and may not open
// one (closing brackets, stops and commas, the long-vowel mark), which a
// renderer keeps with the character before them: the line before is
// shorter than its margin by that character.
const (
	openingMarks = "（「『【〔〈《〘〖｛［"
	closingMarks = "、。，．：；？！）」』】〕〉》〙〗｝］ー・"
)

// joinsWithoutSpace reports whether a renderer broke line before next
// where the text had no space: between two characters that a line may
// break around (see breaksAround). Where one side is another script's
// word ("iPhone" over "を"), the text may have had a space there or not,
// and the break is read as at a space.
func joinsWithoutSpace(line, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " \t"))
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	return breaksAround(last) && breaksAround(first)
}

// breakable reports whether s holds a place where a renderer may break a
// line: a space, or a character it breaks around (see breaksAround). A
// line with none (a rule of dashes, an address) can stand out of any
// margin.
func breakable(s string) bool {
	if strings.IndexByte(s, ' ') >= 0 {
		return true
	}
	for _, r := range s {
		if breaksAround(r) {
			return true
		}
	}
	return false
}

// spacedPhrase reports whether word holds a letter of a script that
// spaces phrases, not words (see lang.IsSpacedPhrase).
func spacedPhrase(word string) bool {
	for _, r := range word {
		if r >= 0xe00 && lang.IsSpacedPhrase(r) {
			return true
		}
	}
	return false
}

// columns returns the width of s in columns, as a terminal shows it (see
// RuneColumns).
func columns(s string) int {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	n := i // ASCII, one column a byte
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n += RuneColumns(r)
	}
	return n
}

// RuneColumns is how many columns a terminal gives r, as w3m lays text
// out: two for an East Asian wide or full-width character, none for a
// combining mark (Thai's vowels above and below, Devanagari's vowel signs,
// Arabic's short vowels) or a zero-width space or joiner, one for any
// other. Read as one column each, a Thai menu of 68 columns had been 86
// wide, past the margin of the text it was wrapped in. w3m gives the
// spacing marks (Devanagari's "ा", "ि") no column either: a Hindi table's
// cells line up so.
func RuneColumns(r rune) int {
	switch {
	case r < 0x300: // ASCII, Latin-1 and Latin Extended hold no mark
		return 1
	case r < 0x370: // the combining diacritical marks
		return 0
	case r < 0x483, r >= 0x2010 && r < 0x20d0: // Greek and Cyrillic letters; punctuation, currency signs
		return 1
	case r >= 0x200B && r <= 0x200D || r == 0xFEFF:
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// unwrap returns the lines of a wrapped paragraph, s, joined as one line
// (see unwrapLines).
func unwrap(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	return unwrapLines(strings.Split(s, "\n"))
}

// endsWithWordSlash reports whether line, trimmed of the spaces after it,
// ends with a slash that ends a word ("Card/"), not one alone ("Home /").
func endsWithWordSlash(line string) bool {
	n := len(line)
	return n >= 2 && line[n-1] == '/' && line[n-2] != ' '
}

// unwrapLines returns the lines of a wrapped paragraph joined as one line:
// each break and the indentation after it become one space, but after a
// slash that ends a word, where w3m breaks a line the text had no space
// in ("Card/" over "Activity": 181 of the 188 such breaks in the wceb
// pages w3m prints at 80 columns), and between Chinese or Japanese
// characters (see joinsWithoutSpace), which the text had no space
// between either.
func unwrapLines(lines []string) string {
	n := len(lines)
	for _, l := range lines {
		n += len(l)
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			if prev := strings.TrimRight(lines[i-1], " \t"); !endsWithWordSlash(prev) && !joinsWithoutSpace(prev, l) {
				b.WriteByte(' ')
			}
			l = strings.TrimLeft(l, " \t")
		}
		b.WriteString(l)
	}
	return b.String()
}
