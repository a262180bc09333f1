package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
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
		{"an ideographic space in the indentation is two", "\u3000\u3000记者12日获悉\u3000新华社\n \u3000b", "    记者12日获悉 新华社\n   b"},
		{"invisible characters", "in\u200bvis\u00adible\ufeff\u200e", "invisible"},
		{"zero-width joiners stay", "👩\u200d💻 می\u200cخواهم", "👩\u200d💻 می\u200cخواهم"},
		{"control characters", "a\x00b\x07c\x1bd\x7fe", "abcde"},
		{"NFC", "cafe\u0301", "café"},
		{"invalid bytes among UTF-8 are replaced", "é è à a\xffb\xc3", "é è à a\ufffdb\ufffd"},
		{"high bytes without UTF-8 are windows-1252", "caf\xe9 \x93quoted\x94", "café “quoted”"},
		{"UTF-16 with a byte order mark", "\xff\xfeh\x00i\x00", "hi"},
		{"UTF-8 byte order mark", "\xef\xbb\xbfhi", "hi"},
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
	_, n := source.Normalize("é a\xffb\xfe\xfd")
	assert.Equal(t, 3, n)
	res, err := Text("é, è, à: a\xffb\xfe\xfd, and a line long enough to be read as the text of an article.")
	assert.NoError(t, err)
	assert.Equal(t, 3, res.InvalidBytes)
	assert.Equal(t, "utf-8", res.Encoding)
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
