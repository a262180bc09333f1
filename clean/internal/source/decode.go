package source

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML returns an HTML document as UTF-8, with the name of the
// encoding it was read in. The encoding is determined as
// golang.org/x/net/html/charset does, in this order: a byte order mark, the
// charset of contentType, a <meta> declaration in the first 1024 bytes,
// UTF-8 validity of those bytes, and windows-1252; then checked against
// its bytes (see belied), as pages lie. UTF-8 is returned as it is,
// invalid bytes and all: normalisation replaces and counts them.
func decodeHTML(b []byte, contentType string) ([]byte, string) {
	e, name, certain := charset.DetermineEncoding(b, contentType)
	e, name = belied(b, e, name, certain)
	if name == "utf-8" {
		return bytes.TrimPrefix(b, []byte("\ufeff")), "utf-8"
	}
	return decodeBytes(b, e, name)
}

// belied returns the encoding that b, an HTML document, is read in, where
// the standard order (see decodeHTML) found e, of that name, from a byte
// order mark or a Content-Type when certain:
//   - UTF-8 when b is valid UTF-8 with bytes outside ASCII, whatever it
//     declares (a Chinese page's template that still says gb2312, a
//     server's header): no text in another encoding is;
//   - UTF-8 also where the order ended in a Latin charset (windows-1252,
//     ISO 8859-1 or -15) that no byte order mark or Content-Type gave,
//     when b's valid multi-byte characters are at least as many as its
//     invalid bytes;
//   - a <meta> charset declared past the first 1024 bytes (see lateMeta)
//     where the order ended in a Latin charset without certainty;
//   - the legacy encoding its text, outside ASCII, reads best in (see
//     guessLegacy) where the order ends in a Latin charset, declared (a
//     server's default header says it of every page it sends) or not,
//     and where it ends in a UTF-8 that no byte order mark gave and that
//     more invalid bytes than valid characters belie (a GBK page whose
//     template says utf-8);
//   - else e.
func belied(b []byte, e encoding.Encoding, name string, certain bool) (encoding.Encoding, string) {
	high := hasHighBytes(b)
	switch {
	case high && utf8.Valid(b):
		return nil, "utf-8" // valid UTF-8 with multi-byte characters, which no legacy text is
	case name == "utf-8":
		if !high || bytes.HasPrefix(b, []byte("\ufeff")) || hasUTF8(b) {
			return e, name
		}
		return guessLegacy(b)
	case !isLatin(name):
		return e, name
	case !certain && hasUTF8(b):
		return nil, "utf-8"
	case !certain:
		if e2, name2 := lateMeta(b); e2 != nil && (!isLatin(name2) || !high) {
			return e2, name2
		}
	}
	if !high {
		return e, name
	}
	return guessLegacy(b) // windows-1252 unless the text reads clearly better in another
}

// metaCharset finds a charset declaration in a <meta> tag.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// lateMetaWindow is how far lateMeta looks.
const lateMetaWindow = 64 << 10

// lateMeta finds a charset declared by a <meta> tag beyond the 1024 bytes
// the standard prescan reads, within the first lateMetaWindow bytes: pages
// that put scripts first (archived copies do) declare it later.
func lateMeta(b []byte) (encoding.Encoding, string) {
	m := metaCharset.FindSubmatch(b[:min(len(b), lateMetaWindow)])
	if m == nil {
		return nil, ""
	}
	return charset.Lookup(string(m[1]))
}

// decodeText returns a text document as UTF-8, with the name of the
// encoding it was read in: UTF-8 or UTF-16 when a byte order mark says so;
// else UTF-8 when the bytes are valid UTF-8 or hold valid multi-byte
// characters (the invalid bytes are then replaced and counted by
// normalisation); else the legacy encoding it reads best in (see
// guessLegacy): windows-1252, a superset of ISO 8859-1, unless another
// reads clearly better.
func decodeText(b []byte) (string, string) {
	for _, bom := range []struct {
		mark []byte
		enc  encoding.Encoding
		name string
	}{
		{[]byte("\xef\xbb\xbf"), encoding.Nop, "utf-8"},
		{[]byte("\xfe\xff"), unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"},
		{[]byte("\xff\xfe"), unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"},
	} {
		if bytes.HasPrefix(b, bom.mark) {
			if bom.name == "utf-8" {
				return string(b[len(bom.mark):]), "utf-8"
			}
			return decodeWith(b, bom.enc, bom.name)
		}
	}
	if utf8.Valid(b) || hasUTF8(b) || !hasHighBytes(b) {
		return string(b), "utf-8"
	}
	e, name := guessLegacy(b)
	return decodeWith(b, e, name)
}

// decodeWith decodes b with e; a decoder's error (which the x/text decoders
// only return for broken input they cannot replace) leaves b as it is, for
// normalisation to repair.
func decodeWith(b []byte, e encoding.Encoding, name string) (string, string) {
	out, name := decodeBytes(b, e, name)
	return string(out), name
}

// decodeBytes is decodeWith for bytes.
func decodeBytes(b []byte, e encoding.Encoding, name string) ([]byte, string) {
	if e == nil || e == encoding.Nop {
		return b, "utf-8"
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return b, "utf-8"
	}
	return bytes.TrimPrefix(out, []byte("\ufeff")), name
}

// isLatin reports whether name is one of the single-byte encodings that
// pages declare by habit.
func isLatin(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15":
		return true
	}
	return false
}

// hasUTF8 reports whether b holds at least one valid multi-byte UTF-8
// character and at least as many of them as invalid bytes.
func hasUTF8(b []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi > 0 && multi >= invalid
}

// hasHighBytes reports whether b holds a byte outside ASCII.
func hasHighBytes(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// decodeTextString decodes text that is not plain UTF-8 (see decodeText),
// and returns s itself when it is.
func decodeTextString(s string) (string, string) {
	if utf8.ValidString(s) && !strings.HasPrefix(s, "\xfe\xff") && !strings.HasPrefix(s, "\xff\xfe") {
		return s, "utf-8"
	}
	return decodeText([]byte(s))
}
