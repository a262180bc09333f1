package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"clean text is unchanged", "one\n\ntwo\n", "one\n\ntwo\n"},
		{"CRLF and CR", "one\r\ntwo\rthree\r\n", "one\ntwo\nthree\n"},
		{"unicode line separators", "one\u2028two\u2029three\u0085four", "one\ntwo\nthree\nfour"},
		{"trailing spaces and tabs", "one  \t\ntwo \n", "one\ntwo\n"},
		{"leading indentation stays", "  • item\n\tcode\n", "  • item\n\tcode\n"},
		{"no-break and other spaces", "a\u00a0b\u2009c\u3000d\u202fe", "a b c d e"},
		{"a line of no-break spaces is blank", "one\n\u00a0\ntwo", "one\n\ntwo"},
		{"invisible characters", "in\u200bvis\u00adible\ufeff\u200e", "invisible"},
		{"zero-width joiners stay", "👩\u200d💻 می\u200cخواهم", "👩\u200d💻 می\u200cخواهم"},
		{"control characters", "a\x00b\x07c\x1bd\x7fe", "abcde"},
		{"NFC", "cafe\u0301", "café"},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Normalize(c.in)
			assert.Equal(t, c.want, got)
			assert.Equal(t, got, Normalize(got), "not idempotent")
		})
	}
}

func TestNormalizeCountsInvalidBytes(t *testing.T) {
	_, n := normalize("a\xffb\xfe\xfd")
	assert.Equal(t, 3, n)
}

func TestNormalizeFastPathDoesNotAllocate(t *testing.T) {
	s := strings.Repeat("A line of plain text, with “quotes” and é.\n\n", 100)
	allocs := testing.AllocsPerRun(100, func() { _ = Normalize(s) })
	assert.Zero(t, allocs)
}

func BenchmarkNormalize(b *testing.B) {
	clean := strings.Repeat("A line of plain text, with “quotes” and é.\n\n", 1000)
	dirty := strings.Repeat("A line of plain text,\u00a0with “quotes” and e\u0301.  \r\n\r\n", 1000)
	for _, c := range []struct{ name, s string }{{"normal", clean}, {"needs-work", dirty}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Normalize(c.s)
			}
		})
	}
}
