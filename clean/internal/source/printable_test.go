package source

import "testing"

// TestPrintable8 checks the word test against a byte-by-byte one, for each
// byte value at each place among printable neighbours.
func TestPrintable8(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := c >= 0x20 && c < 0x7f
			if got := printable8(string(b)); got != want {
				t.Fatalf("printable8 with %#x at %d = %v", c, pos, got)
			}
		}
	}
	for _, s := range []string{"\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", "\xff\xff\xff\xff\xff\xff\xff\xff", "~~~~~~~~"} {
		if got, want := printable8(s), s == "~~~~~~~~"; got != want {
			t.Errorf("printable8(%q) = %v", s, got)
		}
	}
}
