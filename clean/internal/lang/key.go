package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AppendKey appends the key of s to buf and returns it: s in lower case
// with only its letters, marks and digits, one space between its runs of
// them. Every comparison of a line with a lexicon compares keys, so "Share
// This Article", "SHARE THIS ARTICLE:" and "• Share this article" are one
// key. Turkish's dotless ı is written i in a key, as Go lowers Turkish's
// capital I to i: "KAYIT OL" and "Kayıt ol" are one key too. Optional
// marks are left out (see Optional).
func AppendKey(buf []byte, s string) []byte {
	start := len(buf)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !IsWordRune(r) {
			space = true
			continue
		}
		if Optional(r) {
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, Fold(r))
	}
	return buf
}

// Fold returns r as a key writes it: in lower case, and Turkish's dotless
// ı as i, since Go lowers Turkish's capital I to i, not ı ("KAYIT OL" is
// "Kayıt ol").
func Fold(r rune) rune {
	if r = unicode.ToLower(r); r == 'ı' {
		return 'i'
	}
	return r
}

// Key returns the key of s (see AppendKey).
func Key(s string) string {
	return string(AppendKey(nil, s))
}

// Optional reports whether r is a mark that a script writes or leaves out
// at will, and that a key leaves out: Arabic's short vowels and tanween
// ("أيضاً" is "أيضا"), its tatweel that stretches a word ("اقـــرأ"), and
// Hebrew's points ("שָׁלוֹם" is "שלום"). Lexicons write words without
// them.
func Optional(r rune) bool {
	return r >= 0x064b && r <= 0x065f || r == 0x0640 || r == 0x0670 || r >= 0x0591 && r <= 0x05c7 && r != 0x05be && r != 0x05c0 && r != 0x05c3 && r != 0x05c6
}

// IsWordRune reports whether r is part of a word: a letter, a mark or a
// digit.
func IsWordRune(r rune) bool {
	if r >= 0x2000 && r <= 0x2070 || r >= 0x2185 && r <= 0x2bff {
		return false // punctuation, arrows, symbols, shapes: quotes, dashes, bullets
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && unicode.IsMark(r)
}

// IsCJK reports whether r belongs to a script written without spaces
// between words: Han, Hiragana, Katakana, Hangul, and the scripts of
// South-East Asia that space phrases, not words (Thai, Lao, Khmer,
// Myanmar). Lengths in them count characters. So is Japanese's long-vowel
// mark (ー, and its half-width form), which Unicode counts in no script:
// "ページ" is one run of characters, not "ペ", "ー" and "ジ".
func IsCJK(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return r == 'ー' || r == 'ｰ' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// IsSpacedPhrase reports whether r belongs to a script of South-East Asia
// that spaces phrases, not words (Thai, Lao, Khmer, Myanmar): an
// alphabet whose words run to three characters and more, where Chinese
// and Japanese write one or two.
func IsSpacedPhrase(r rune) bool {
	if r < 0x0e00 || r >= 0x1a00 && r < 0xa9e0 {
		return false
	}
	return unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// KeyWords counts the runs of word runes in s (see IsWordRune): the words
// its key holds, counted without building the key.
func KeyWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := IsWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// RunWords is how many words a run of n characters written without
// spaces (see IsCJK) counts, spaced of them in an alphabet that spaces
// phrases (see IsSpacedPhrase): one per two characters of Chinese or
// Japanese, one per three of Thai, whose words are longer. At one per
// two, a Thai headline of 45 characters had a paragraph's length.
func RunWords(n, spaced int) int {
	return (n-spaced+1)/2 + (spaced+2)/3
}

// Bloom returns the bloom filter of a key's words: for each word, the bit
// its hash (see HashString) gives modulo 64. A key holds another as whole
// words only if its filter holds the other's.
func Bloom(key string) uint64 {
	var b uint64
	for w := range strings.SplitSeq(key, " ") {
		if w != "" {
			b |= 1 << (HashString(w) & 63)
		}
	}
	return b
}
