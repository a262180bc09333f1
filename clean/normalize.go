package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns text as the cleaner reads it. Every line of the Body
// of [Text]'s Result is a line of Normalize(input). Normalisation:
//
//   - decodes text that is not UTF-8 as described at [Result.Encoding]
//     (UTF-16 with a byte order mark; windows-1252 when the text has bytes
//     outside ASCII and no UTF-8 character at all), and drops a byte order
//     mark;
//   - replaces each remaining invalid UTF-8 byte with U+FFFD;
//   - turns CRLF, CR, NEL, U+2028 and U+2029 into LF;
//   - turns the Unicode space separators (no-break space, em space, ideographic
//     space, ...) into an ASCII space;
//   - removes invisible characters that carry no text: zero-width space, word
//     joiner, byte order mark, soft hyphen, directional marks and embeddings,
//     and control characters other than tab and newline (zero-width joiners
//     stay: emoji and several scripts need them);
//   - puts the text in Unicode normalisation form C;
//   - removes spaces and tabs at the end of every line.
//
// Leading indentation and the spaces inside a line are kept. Normalize is
// idempotent, and returns s itself, without allocating, when s is already
// normal.
func Normalize(s string) string {
	s, _ = decodeTextString(s)
	out, _ := normalize(s)
	return out
}

// decodeTextString decodes text that is not plain UTF-8 (see decodeText),
// and returns s itself when it is.
func decodeTextString(s string) (string, string) {
	if utf8.ValidString(s) && !strings.HasPrefix(s, "\xfe\xff") && !strings.HasPrefix(s, "\xff\xfe") {
		return s, "utf-8"
	}
	return decodeText([]byte(s))
}

// normalize is Normalize that also counts the invalid bytes it replaced.
func normalize(s string) (string, int) {
	if isNormal(s) {
		return s, 0
	}
	b := make([]byte, 0, len(s))
	invalid := 0
	lineEnd := 0 // length of b after the last non-blank rune of the line
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
		if r == '\r' && i < len(s) && s[i] == '\n' {
			continue // the LF that follows ends the line
		}
		switch runeClass(r) {
		case classDrop:
			continue
		case classNewline:
			b = append(b[:lineEnd], '\n')
			lineEnd = len(b)
			continue
		case classSpace:
			b = append(b, ' ')
			continue
		case classKeep:
			if r == '\t' {
				b = append(b, '\t')
				continue
			}
		}
		b = utf8.AppendRune(b, r)
		lineEnd = len(b)
	}
	b = b[:lineEnd]
	if !norm.NFC.IsNormal(b) {
		b = norm.NFC.Bytes(b)
	}
	return string(b), invalid
}

// isNormal reports whether Normalize would return s unchanged. It is the
// fast path: most input is clean ASCII or UTF-8 already.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
					return false
				}
			case c == '\t' || c >= 0x20 && c != 0x7f:
			default:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || runeClass(r) != classKeep {
			return false
		}
		i += size
	}
	if n := len(s); n > 0 && (s[n-1] == ' ' || s[n-1] == '\t') {
		return false
	}
	// QuickSpan does not allocate but may stop early on normal text; only
	// then is the exact, allocating check needed.
	return norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}

type charClass uint8

const (
	classKeep charClass = iota
	classDrop
	classNewline
	classSpace
)

// runeClass says what normalisation does with r.
func runeClass(r rune) charClass {
	switch r {
	case '\n', '\r', 0x85, 0x2028, 0x2029:
		return classNewline
	case '\t':
		return classKeep
	case ' ', 0xa0, 0x1680, 0x202f, 0x205f, 0x3000:
		return classSpace
	case 0xad, 0x061c, 0x180e, 0x200b, 0x200e, 0x200f, 0x2060, 0xfeff:
		return classDrop
	}
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return classDrop
	case r >= 0x2000 && r <= 0x200a:
		return classSpace
	case r >= 0x202a && r <= 0x202e, r >= 0x2061 && r <= 0x2069:
		return classDrop
	}
	return classKeep
}
