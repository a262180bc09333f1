package lang

import (
	"strings"
	"unicode/utf8"
)

// The digits of other scripts than Latin, which FindDate reads as 0-9.

// westernDigits returns s with the decimal digits of other scripts (see
// digitZeros) written as 0-9, and for each byte of the result, and its
// end, the byte of s it stands for; ok is false when s has none.
func westernDigits(s string) (t string, at []int, ok bool) {
	if !strings.ContainsFunc(s, otherDigit) {
		return s, nil, false
	}
	b := make([]byte, 0, len(s))
	at = make([]int, 0, len(s)+1)
	for j := 0; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if v, ok := digitValue(r); ok {
			b = append(b, byte('0'+v))
			at = append(at, j)
		} else {
			for k := range size {
				b = append(b, s[j+k])
				at = append(at, j+k)
			}
		}
		j += size
	}
	at = append(at, len(s))
	return string(b), at, true
}

// digitZeros are the zeros of the runs of decimal digits, 0 to 9, of the
// scripts that write their own: Arabic-Indic, Persian and Urdu, NKo,
// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
// Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, and the
// full-width forms.
var digitZeros = [...]rune{0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10}

// digitValue returns the value of r, a decimal digit of another script
// than Latin (see digitZeros).
func digitValue(r rune) (int, bool) {
	if r < 0x0660 {
		return 0, false
	}
	for _, z := range digitZeros {
		if z <= r && r <= z+9 {
			return int(r - z), true
		}
	}
	return 0, false
}

// otherDigit reports whether r is a decimal digit of another script than
// Latin (see digitZeros).
func otherDigit(r rune) bool {
	_, ok := digitValue(r)
	return ok
}
