package source

import (
	"bytes"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// A document that is not UTF-8 and declares no encoding was written in
// one of the legacy encodings of its language: windows-1252 in Western
// Europe and the Americas, GBK in China, Shift_JIS in Japan,
// windows-1251 in Russia. Read in windows-1252, the fallback of the HTML
// standard, a Chinese text is mojibake ("¹úÎñÔº·¢²¼"), whose menus and
// prompts no rule recognises and whose words no reader can use.
//
// guessLegacy decodes the start of such a document in each encoding of
// legacyEncodings and keeps the one whose text reads best: the most of
// its words stopwords of some language (the lexicons' stopwords: "и",
// "的", "の", "και"), the fewest of its words implausible (see oddWord)
// and the fewest characters that no text holds (invalid sequences,
// control characters, half-width katakana). Windows-1252 stays unless
// another encoding reads clearly better, by minGuessMargin of the words,
// and reads at all (a score of 0 or more): German or French read in
// windows-1250 keeps nearly all its words, and its tie goes to the
// common encoding; text garbled before it was encoded reads badly in
// every encoding. Turkish, whose windows-1254 differs from windows-1252
// in six letters, is often such a tie.
//
// The shared benchmarks' w3m renderings, each encoded in every encoding
// here that holds 99% of its letters outside ASCII (1,540 documents):
// all 254 in windows-1252 are read right, all in windows-1251, KOI8-R,
// windows-1256 and Shift_JIS (22), every Chinese and Japanese page in
// GB18030, Big5 and EUC-JP, and 201 of the 202 in windows-1250. What is
// misread is text no site writes so: German in GB18030 or EUC-JP,
// Japanese in EUC-KR. A guess reads guessSample bytes in each of 15
// encodings, about 8 ms (BenchmarkGuessLegacy), and is made only for a
// document that is not UTF-8 and declares no encoding, a Latin one or a
// UTF-8 its bytes belie (see decodeHTML).

// legacyEncodings are the encodings guessLegacy tries, windows-1252 first;
// of two that read alike, the first is kept. The encodings of two bytes
// a character come before the others: a text too short to tell (two
// Chinese characters, which read as four Cyrillic letters in
// windows-1251) is more likely in the denser reading.
var legacyEncodings = []struct {
	name  string
	enc   encoding.Encoding
	latin bool // of a Latin script (see latinBytes)
}{
	{"windows-1252", charmap.Windows1252, true},
	{"gb18030", simplifiedchinese.GB18030, false},
	{"big5", traditionalchinese.Big5, false},
	{"shift_jis", japanese.ShiftJIS, false},
	{"euc-jp", japanese.EUCJP, false},
	{"euc-kr", korean.EUCKR, false},
	{"windows-1250", charmap.Windows1250, true},
	{"windows-1251", charmap.Windows1251, false},
	{"koi8-r", charmap.KOI8R, false},
	{"windows-1253", charmap.Windows1253, false},
	{"windows-1254", charmap.Windows1254, true},
	{"windows-1255", charmap.Windows1255, false},
	{"windows-1256", charmap.Windows1256, false},
	{"windows-1257", charmap.Windows1257, true},
	{"windows-874", charmap.Windows874, false},
}

// latinBytes reports whether most bytes outside ASCII of b stand alone
// beside an ASCII letter, with no other such byte and no digit on either
// side: the accented letters of a Latin script among its plain ones
// ("caf\xe9", "Stra\xdfe"). The letters of Cyrillic, Greek, Arabic,
// Hebrew and Thai in their single-byte encodings, and the characters of
// Chinese, Japanese and Korean in their double-byte ones, come in runs;
// GB18030's four-byte characters put digits between their high bytes
// ("\x81\x30\x84\x36"). Such text is read in the encodings of Latin
// scripts first, and in the others only if none of those reads at all
// (a score under 0): a Western page, the most of what is guessed, in 4
// of the 15. Text in a double-byte encoding whose second bytes are ASCII
// letters can look Latin too, and reads in no Latin encoding.
func latinBytes(b []byte) bool {
	high, alone := 0, 0
	for i, c := range b {
		if c < utf8.RuneSelf {
			continue
		}
		high++
		var prev, next byte = ' ', ' '
		if i > 0 {
			prev = b[i-1]
		}
		if i+1 < len(b) {
			next = b[i+1]
		}
		if prev < utf8.RuneSelf && next < utf8.RuneSelf && !isDigit(prev) && !isDigit(next) && (isASCIILetter(prev) || isASCIILetter(next)) {
			alone++
		}
	}
	return 2*alone > high
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// guessSample is how much of a document guessLegacy reads: enough for
// hundreds of words, little against decoding it whole in each encoding.
const guessSample = 16 << 10

// minGuessMargin is how much better, in score per word (see readsAs),
// another encoding must read than windows-1252 to be taken.
const minGuessMargin = 0.05

// guessLegacy returns the encoding that b, not UTF-8, was most likely
// written in, and its name (see legacyEncodings). It
// reads guessSample bytes from the first byte outside ASCII: a page's
// head and scripts before its text read alike in every encoding.
func guessLegacy(b []byte) (encoding.Encoding, string) {
	first := 0
	for first < len(b) && b[first] < utf8.RuneSelf {
		first++
	}
	sample := b[first:min(len(b), first+guessSample)]
	if first+guessSample < len(b) {
		// Cut at a line's end, where no character is cut in two.
		if i := bytes.LastIndexByte(sample, '\n'); i > 0 {
			sample = sample[:i]
		}
	}
	x, err := lang.Load()
	if err != nil || len(sample) == 0 {
		return charmap.Windows1252, "windows-1252"
	}
	var buf []byte
	scores := make([]float64, len(legacyEncodings)) // -Inf: not read
	for i := range scores {
		scores[i] = math.Inf(-1)
	}
	read := func(latin bool) {
		for i, c := range legacyEncodings {
			if c.latin != latin {
				continue
			}
			if out, err := c.enc.NewDecoder().Bytes(sample); err == nil {
				scores[i] = readsAs(x, out, &buf)
			}
		}
	}
	// Text whose bytes look Latin (see latinBytes) and that reads in a
	// Latin encoding is read in those alone; other text in all.
	read(true)
	if !latinBytes(sample) || slices.Max(scores) < 0 {
		read(false)
	}
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	if bestScore, base := scores[best], scores[0]; best > 0 && (bestScore < base+minGuessMargin || bestScore < 0) {
		best = 0 // no reading clearly better; or none that reads well at all (text garbled before it was encoded)
	}
	return legacyEncodings[best].enc, legacyEncodings[best].name
}

// readsAs scores text decoded in some encoding: per word outside ASCII
// (words in ASCII read alike in every encoding), a stopword of some
// language of two letters or more adds one; an odd word (see oddWord), a
// symbol between two letters (see glued), or a character that no text
// holds (see strayRune) takes four. A character of Chinese or
// Japanese is a word of its own, as their stopwords are ("的", "の"). A
// wrong reading breaks words into letters between symbols, and a letter
// alone is a stopword of some language too often ("о", "и", "a").
// buf is scratch for a word's key.
func readsAs(x *lang.Lexicons, text []byte, buf *[]byte) float64 {
	words, stops, odd := 0, 0, 0
	start := -1 // the start of the word being read
	stop := func(w []byte) {
		*buf = lang.AppendKey((*buf)[:0], string(w))
		if x.Word(*buf).Stops != 0 {
			stops++
		}
	}
	word := func(end int) {
		w := text[start:end]
		start = -1
		if !hasHighBytes(w) {
			return
		}
		words++
		if oddWord(w) {
			odd++
		} else if utf8.RuneCount(w) >= 2 {
			stop(w)
		}
	}
	var prev rune                            // the rune before r
	beforeLetter, prevLetter := false, false // the runes before prev and r are letters
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		letter := isLetter(r)
		switch {
		case strayRune(r):
			odd++
			words++ // a unit of the text, as a word is
			if start >= 0 {
				word(i)
			}
		case letter && breaksAround(r):
			if start >= 0 {
				word(i)
			}
			words++
			stop(text[i : i+size])
		case letter || isWordRune(r):
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 {
				word(i)
			}
		}
		if letter && beforeLetter && !prevLetter && glued(prev) {
			odd++ // a symbol between letters: "mia³a", "▌s▀c"
		}
		beforeLetter, prevLetter, prev = prevLetter, letter, r
		i += size
	}
	if start >= 0 {
		word(len(text))
	}
	if words == 0 {
		return 0
	}
	return float64(stops-4*odd) / float64(words)
}

// isLetter is unicode.IsLetter, at once for ASCII and the letters of the
// blocks that legacy encodings decode to most: Latin-1 and Latin
// Extended-A, Greek, Cyrillic, Hebrew, Arabic, Thai, kana, the unified
// ideographs and Hangul syllables; and at once false for the general
// punctuation, symbols and box drawing from U+2000 to U+2BFF.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	case r < 0xc0:
		return r == 0xaa || r == 0xb5 || r == 0xba
	case r < 0x180:
		return r != 0xd7 && r != 0xf7
	case r >= 0x388 && r <= 0x3ff, r >= 0x410 && r <= 0x44f, r >= 0x5d0 && r <= 0x5ea, r >= 0x620 && r <= 0x64a, r >= 0xe01 && r <= 0xe30:
		return true
	case r >= 0x2000 && r < 0x2c00:
		return r >= 0x2100 && r < 0x2150 && unicode.IsLetter(r) // letterlike symbols: "ℓ"
	case r >= 0x3000 && r < 0x3040:
		return r >= 0x3005 && r <= 0x3007 // CJK punctuation, but "々"
	case r >= 0x3041 && r <= 0x3096, r >= 0x30a1 && r <= 0x30fa, r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff:
		return true // kana, the unified and compatibility ideographs, Hangul syllables
	}
	return unicode.IsLetter(r)
}

// isWordRune reports whether r, no letter, is part of a word: a mark or a
// digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	if r < 0x300 || r >= 0x2000 && r < 0x2c00 {
		return false // Latin-1's symbols and punctuation; general punctuation, symbols, box drawing
	}
	return unicode.IsMark(r) || unicode.IsDigit(r)
}

// strayRune reports whether r is a character that no text holds: an
// invalid sequence's replacement, a control character other than white
// space, a private-use character, or a half-width katakana, which
// Japanese has not written since the 1990s and which a Chinese or Korean
// text read as Shift_JIS is full of.
func strayRune(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r' && r != '\f'
	case r >= 0x7f && r < 0xa0:
		return true
	case r >= 0xe000 && r <= 0xf8ff:
		return true
	}
	return r >= 0xff61 && r <= 0xff9f
}

// glued reports whether r is a symbol that a text read in the wrong
// encoding puts between the letters of its words: Latin-1's "³" for
// Polish "ł" ("mia³a"), "¿" for "ż" ("mo¿e"); the box drawing of KOI8-R
// ("▌s▀c┴о" for Japanese read as KOI8-R). At a word's end such a symbol
// is the text's own: "m²", "Apple®", a heading's "¶"; so is "¿" before
// a question.
func glued(r rune) bool {
	if r < 0xa1 {
		return false
	}
	return r <= 0xbf && !unicode.IsLetter(r) && r != 0xab && r != 0xbb || unicode.IsSymbol(r)
}

// oddWord reports whether w, a word, is one no text writes: letters of
// two scripts run together ("f鼀r" for "für" read as GBK), a capital
// after a small letter ("оПЮБХРЕКЭЯРБН" for Russian read as KOI8-R), or
// four letters or more mostly outside ASCII in the Latin script ("Ïðàâèòåëüñòâî" for Russian
// read as windows-1252). A name written so ("iPhone", "McDonald") costs as
// much in every encoding.
func oddWord(w []byte) bool {
	script := -1
	letters, high := 0, 0
	lower := false
	for _, r := range string(w) {
		letter := isLetter(r)
		if !letter && (r < 0x300 || !unicode.IsMark(r)) {
			continue
		}
		s := scriptOf(r)
		if !letter && (s == otherScript || s == latinScript) {
			continue // a combining mark of every script
		}
		if script < 0 {
			script = s
		} else if s != script {
			return true
		}
		if !letter {
			continue
		}
		letters++
		if r >= utf8.RuneSelf {
			high++
		}
		if s != latinScript && s != greekScript && s != cyrillicScript {
			continue // a script without case
		}
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return script == latinScript && letters >= 4 && 2*high > letters
}

// The scripts oddWord tells apart, by the blocks of their letters; the
// letters of other scripts read as one more.
const (
	otherScript = iota
	latinScript
	greekScript
	cyrillicScript
	hebrewScript
	arabicScript
	thaiScript
	hangulScript
)

// scriptOf returns the script of r, a letter or a mark, among those
// oddWord tells apart.
func scriptOf(r rune) int {
	switch {
	case r < 0x250, r >= 0x1e00 && r < 0x1f00:
		return latinScript
	case r >= 0x370 && r < 0x400, r >= 0x1f00 && r < 0x2000:
		return greekScript
	case r >= 0x400 && r < 0x530:
		return cyrillicScript
	case r >= 0x590 && r < 0x600, r >= 0xfb1d && r < 0xfb50:
		return hebrewScript
	case r >= 0x600 && r < 0x700, r >= 0x750 && r < 0x780, r >= 0xfb50 && r < 0xfe00, r >= 0xfe70 && r < 0xff00:
		return arabicScript
	case r >= 0xe00 && r < 0xe80:
		return thaiScript
	case r >= 0xac00 && r < 0xd7b0, r >= 0x1100 && r < 0x1200, r >= 0x3130 && r < 0x3190:
		return hangulScript
	}
	return otherScript
}
