package source

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s, UTF-8 text, as the cleaner reads it, with the number
// of invalid bytes it replaced. Normalisation:
//
//   - replaces each invalid UTF-8 byte with U+FFFD;
//   - turns CRLF, CR, NEL, U+2028 and U+2029 into LF;
//   - turns the Unicode space separators (no-break space, em space,
//     ideographic space, ...) into an ASCII space, and an ideographic
//     space in a line's indentation into two, the columns it takes:
//     Chinese text indents each paragraph with two, and its first line,
//     two columns narrower, had read as not wrapped (see wrapWidth);
//   - removes invisible characters that carry no text: zero-width space,
//     word joiner, byte order mark, soft hyphen, directional marks and
//     embeddings, and control characters other than tab and newline
//     (zero-width joiners stay: emoji and several scripts need them);
//   - puts the text in Unicode normalisation form C;
//   - removes spaces and tabs at the end of every line.
//
// Leading indentation and the spaces inside a line are kept. Normalize is
// idempotent, and returns s itself, without allocating, when s is already
// normal.
func Normalize(s string) (string, int) {
	out, invalid, _ := normalize(s)
	return out, invalid
}

// normalize is Normalize; it also counts the valid characters of more
// than one byte, which tell UTF-8 with a few invalid bytes from text in a
// legacy encoding.
func normalize(s string) (out string, invalid, multi int) {
	if isNormal(s) {
		return s, 0, 0
	}
	b := make([]byte, 0, len(s))
	lineEnd := 0   // length of b after the last character of the line that is not a space or tab
	indent := true // the line so far is spaces and tabs
	checkNFC := false
	run := 0 // where the characters that stay as they are start
	flush := func(i int) {
		if run == i {
			return
		}
		from := len(b)
		b = append(b, s[run:i]...)
		k := len(b)
		for k > from && (b[k-1] == ' ' || b[k-1] == '\t') {
			k--
		}
		if k > from {
			lineEnd, indent = k, false
		}
	}
	for i := 0; i < len(s); {
		// Printable ASCII stays as it is: eight bytes at a time, then one.
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
		}
		for i < len(s) && (s[i] >= ' ' && s[i] < 0x7f || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				invalid++
			case runeClass(r) == classKeep:
				multi++
				if r >= 0x10000 || !inert.has(r) {
					checkNFC = true
				}
				// It stays as it is, and so do copies of it that follow:
				// w3m draws rules with hundreds of ━.
				n := sameRun(s, i, size)
				multi += n - 1
				i += n * size
				continue
			default:
				multi++
			}
		}
		flush(i)
		i += size
		run = i
		if r == '\r' && i < len(s) && s[i] == '\n' {
			continue // the LF that follows ends the line
		}
		switch runeClass(r) {
		case classDrop:
		case classNewline:
			b = append(b[:lineEnd], '\n')
			lineEnd, indent = len(b), true
		case classSpace:
			b = append(b, ' ')
			if r == 0x3000 && indent {
				b = append(b, ' ') // as wide as it was: a Chinese paragraph's indent
			}
		default: // an invalid byte
			b = utf8.AppendRune(b, r)
			lineEnd, indent = len(b), false
		}
	}
	flush(len(s))
	b = b[:lineEnd]
	if checkNFC && !norm.NFC.IsNormal(b) {
		b = norm.NFC.Bytes(b)
	}
	// b is not used again: the string takes its bytes, as
	// strings.Builder.String does, instead of copying a document's worth.
	return unsafe.String(unsafe.SliceData(b), len(b)), invalid, multi
}

// sameRun returns how many copies of the character of size bytes at i
// stand there in a row, it included.
func sameRun(s string, i, size int) int {
	if j := i + size; j >= len(s) || s[j] != s[i] {
		return 1 // most characters: no copy follows
	}
	c := s[i : i+size]
	n := 1
	for j := i + size; j+size <= len(s) && s[j:j+size] == c; j += size {
		n++
	}
	return n
}

// asciiOK marks the ASCII bytes that normal text may hold anywhere: tab
// and the printable characters. Newline is checked apart.
var asciiOK = func() (t [utf8.RuneSelf]bool) {
	t['\t'] = true
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	return t
}()

// isNormal reports whether Normalize would return s unchanged. It is the
// fast path: most input is clean ASCII or UTF-8 already. Printable ASCII
// is skipped eight bytes at a time; other characters are checked one by
// one, and the text is checked for NFC as a whole only when it holds a
// character that may change under NFC (see inert).
func isNormal(s string) bool {
	checkNFC := false
	for i := 0; i < len(s); {
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
		}
		for i < len(s) && asciiOK[s[i]&0x7f] && s[i] < utf8.RuneSelf {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
					return false
				}
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
		checkNFC = checkNFC || r >= 0x10000 || !inert.has(r)
		i += sameRun(s, i, size) * size
	}
	if n := len(s); n > 0 && (s[n-1] == ' ' || s[n-1] == '\t') {
		return false
	}
	// QuickSpan does not allocate but may stop early on normal text; only
	// then is the exact, allocating check needed.
	return !checkNFC || norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}

// printable8 reports whether the eight bytes of s are printable ASCII:
// none below 0x20, none 0x7f or above. A byte outside that range sets its
// high bit in w (0x80 and above), in w+1 (0x7f), or in w-0x20 (below
// 0x20); carries and borrows across bytes only come from bytes that are
// outside it themselves.
func printable8(s string) bool {
	_ = s[7] // one bounds check, and one load
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (w|(w+ones)|(w-0x20*ones))&highs == 0
}

// inert is the table of the characters of the Basic Multilingual Plane
// that are in NFC on their own and never combine with the character before
// them: a text of such characters is in NFC. Characters beyond the plane
// are checked with the text.
var inert inertTable

// inertTable holds a bit per character of the Basic Multilingual Plane,
// worked out for a block of 64 characters the first time a character of
// the block is asked about: a page uses a few blocks, and working out all
// of them would cost a short run more than cleaning its input. Blocks may
// be worked out twice at once; both write the same bits.
type inertTable struct {
	done [1 << 4]atomic.Uint64  // a bit per block: its bits are set
	bits [1 << 10]atomic.Uint64 // a bit per character
}

// has reports whether r, of the Basic Multilingual Plane, is inert.
func (t *inertTable) has(r rune) bool {
	block := r >> 6
	if t.done[block>>6].Load()&(1<<(block&63)) == 0 {
		t.fill(block)
	}
	return t.bits[block].Load()&(1<<(r&63)) != 0
}

// fill works out the bits of a block.
func (t *inertTable) fill(block rune) {
	var bits uint64
	var buf [4]byte
	for r := block << 6; r < (block+1)<<6; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue // surrogates are not characters
		}
		b := utf8.AppendRune(buf[:0], r)
		if norm.NFC.Properties(b).BoundaryBefore() && norm.NFC.IsNormal(b) {
			bits |= 1 << (r & 63)
		}
	}
	t.bits[block].Store(bits)
	t.done[block>>6].Or(1 << (block & 63))
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

// oneLine returns s normalised as a line of text is, its white space
// collapsed: how a title from metadata reads back when printed.
func oneLine(s string) string {
	s, _ = Normalize(s)
	return strings.Join(strings.Fields(s), " ")
}
