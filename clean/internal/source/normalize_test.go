package source

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestNormalizeIsNFC checks the fast path's table of inert characters:
// every character of the Basic Multilingual Plane, after characters it
// could combine with, comes out in NFC.
func TestNormalizeIsNFC(t *testing.T) {
	before := []string{"a", "e", "\u1100", "\uac00", "\u0915", "\u05d0", "\u3042"}
	for r := rune(0x80); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, b := range before {
			out, _ := Normalize(b + string(r) + "z")
			if !norm.NFC.IsNormalString(out) {
				t.Fatalf("Normalize(%q + %U) = %q, not NFC", b, r, out)
			}
		}
		if inert.has(r) {
			assert.True(t, norm.NFC.IsNormalString("a"+string(r)), "%U is called inert", r)
		}
	}
}
