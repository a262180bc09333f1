package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// Punct is a set of punctuation a line's content holds, for the rules that
// look for it: they read the text only when it is there.
type Punct uint16

const (
	PunctSlash     Punct = 1 << iota // /
	PunctBar                         // |
	PunctAngle                       // > » ›
	PunctAt                          // @
	PunctLess                        // <
	PunctAmp                         // &
	PunctParen                       // (
	PunctBracket                     // [
	PunctColon                       // :
	PunctComma                       // ,
	PunctCopyright                   // © ⓒ
	PunctArrow                       // → ← « ‹
	PunctStar                        // *
	PunctDash                        // -
	PunctEquals                      // =
	PunctMoney                       // a currency sign: $ € £ ¥ ₹ ...
)

// asciiPunct gives the Punct of each ASCII byte.
var asciiPunct = [utf8.RuneSelf]Punct{
	'/': PunctSlash, '|': PunctBar, '>': PunctAngle, '@': PunctAt, '<': PunctLess,
	'&': PunctAmp, '(': PunctParen, '[': PunctBracket, ':': PunctColon, ',': PunctComma,
	'*': PunctStar, '-': PunctDash, '=': PunctEquals, '$': PunctMoney,
}

// ASCII classes for the tokeniser.
const (
	asciiOther = iota
	asciiLower
	asciiUpper
	asciiDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

// meter measures lines.
type meter struct {
	lex     *lang.Lexicons
	maxLine int
}

// tokenizer is the state of the tokeniser within a line. A word of the
// key is a run of letters, marks and digits; a token is a word, or a part
// of one where a run of CJK characters starts or ends.
type tokenizer struct {
	p *Page
	l *Line
	x *lang.Lexicons

	keyFrom int // where the line's key starts in p.keys

	inWord    bool
	wordFrom  int
	wordToks  int
	firstWord bool
	lineHash  uint64 // the words' hashes folded (see Counts.Hash)

	inTok   bool
	tokCJK  bool
	tokFrom int
	cjkRun  int
	abcRun  int  // the characters of cjkRun in an alphabet that spaces phrases (see lang.IsSpacedPhrase)
	letter  bool // the token starts with a letter
	upper   bool // ... an upper-case or title-case one
	lastCJK bool // the last token was a CJK run
	last    lang.Word
	tokHash uint64 // the last token's hash

	initial lang.Set // the languages that list the token just closed, a capital alone, as an initial
	amp     bool     // the last separator was an ampersand
}

// measure fills the token features of l: one pass over its content (up to
// the meter's maxLine bytes) counts its tokens and words, builds its key,
// looks each token up in the lexicons, and notes its punctuation.
func (m *meter) measure(p *Page, l *Line) {
	l.File = PictureFile(l.Content)
	content := l.Content
	if m.maxLine > 0 && len(content) > m.maxLine {
		i := m.maxLine
		for i > 0 && !utf8.RuneStart(content[i]) {
			i--
		}
		content = content[:i]
	}
	t := tokenizer{p: p, l: l, x: m.lex, keyFrom: len(p.keys), firstWord: true, lineHash: lang.HashOffset}
	l.masks.from = int32(len(p.masks))
	l.inits.from = int32(len(p.inits))
	lowerRun := 0 // lower-case letters in a row, of any alphabet, right before i (see Counts.Humps)
	for i := 0; i < len(content); {
		c := content[i]
		if c < utf8.RuneSelf {
			cls := asciiClass[c]
			if cls == asciiOther {
				l.Punct |= asciiPunct[c]
				t.endWord()
				t.separator(c)
				i++
				lowerRun = 0
				continue
			}
			// A run of ASCII letters and digits, read in one loop.
			t.char(false, cls != asciiDigit, cls == asciiUpper)
			j, lower := i, lowerRun // lower: lower-case letters in a row before j
			for ; j < len(content); j++ {
				c := content[j]
				if c >= utf8.RuneSelf {
					break
				}
				switch asciiClass[c] {
				case asciiOther:
					lower = 0
					goto done
				case asciiUpper:
					if lower >= 2 && j+1 < len(content) && content[j+1] < utf8.RuneSelf && asciiClass[content[j+1]] == asciiLower {
						l.Humps++ // "ComputingComputer"
					}
					lower = 0
					c += 'a' - 'A'
				case asciiDigit:
					if lower >= 2 {
						l.Humps++ // "team2009"
					}
					lower = 0
					l.Digits++
				default:
					lower++
				}
				p.keys = append(p.keys, c)
			}
		done:
			l.Chars += j - i
			i = j
			lowerRun = lower
			continue
		}
		r, size := utf8.DecodeRuneInString(content[i:])
		i += size
		var info runeInfo
		if r < smallRunes {
			info = small[r]
		} else {
			info = infoOf(r)
		}
		switch {
		case info&(isLetter|isUpper|isHan) == isLetter:
			lowerRun++ // "Português" before "Perguntas"
		case info&isMark == 0:
			lowerRun = 0
		}
		if info&isOptional != 0 {
			continue // as lang.AppendKey leaves it out
		}
		if info&isWord == 0 {
			switch {
			case CopyrightSign(r):
				l.Punct |= PunctCopyright
			case r == '»' || r == '›':
				l.Punct |= PunctAngle
			case r == '→' || r == '←' || r == '«' || r == '‹':
				l.Punct |= PunctArrow
			default:
				if boxBar(r) {
					l.bars++ // w3m draws a table's borders: "│1 │Chicago│", "├──┼──┤"
				} else if unicode.Is(unicode.Sc, r) {
					l.Punct |= PunctMoney
				}
			}
			t.endWord()
			t.separator(utf8.RuneSelf)
			// Copies of it that follow change nothing: w3m's rules of ━.
			for i+size <= len(content) && content[i:i+size] == content[i-size:i] {
				i += size
			}
			continue
		}
		if info&isHan != 0 {
			t.char(true, false, false)
			if info&isMark == 0 {
				// A character, not a vowel sign or tone mark over
				// one (Thai, Khmer, Myanmar): lengths count characters.
				t.cjkRun++
				if lang.IsSpacedPhrase(r) {
					t.abcRun++
				}
				l.CJK++
				l.Chars++
			}
		} else {
			t.char(false, info&isLetter != 0, info&isUpper != 0)
			if info&isDigit != 0 {
				l.Digits++
			}
			if info&isMark == 0 {
				l.Chars++
			}
		}
		if info&folds != 0 {
			r = lang.Fold(r)
		}
		p.keys = utf8.AppendRune(p.keys, r)
	}
	t.endWord()
	l.masks.to = int32(len(p.masks))
	l.inits.to = int32(len(p.inits))
	l.key = span{int32(t.keyFrom), int32(len(p.keys))}
	if l.key.to > l.key.from {
		l.Hash = t.lineHash
	}
	l.End = lineEnding(l.Content)
	if l.Punct&PunctBar != 0 {
		l.bars += strings.Count(l.Content, "|")
	}
	l.cols = columnGaps(l.Content)
	l.Date = m.dateOfLine(l)
}

// char opens what a word character needs: a word of the key, and a token
// (closing the open one where CJK starts or ends). letter and upper say
// what the character is.
func (t *tokenizer) char(cjk, letter, upper bool) {
	if !t.inWord {
		if len(t.p.keys) > t.keyFrom {
			t.p.keys = append(t.p.keys, ' ')
		}
		t.inWord, t.wordFrom, t.wordToks = true, len(t.p.keys), 0
	}
	if t.inTok && t.tokCJK != cjk {
		t.endToken()
	}
	if !t.inTok {
		t.inTok, t.tokCJK, t.tokFrom, t.cjkRun, t.abcRun = true, cjk, len(t.p.keys), 0, 0
		t.letter, t.upper = letter, upper
	}
}

// endToken closes the open token, if any, and counts it.
func (t *tokenizer) endToken() {
	if !t.inTok {
		return
	}
	l := t.l
	t.inTok = false
	t.wordToks++
	l.Tokens++
	t.lastCJK = t.tokCJK
	if t.tokCJK {
		l.Words += lang.RunWords(t.cjkRun, t.abcRun)
		return
	}
	l.Words++
	if t.letter {
		l.Alpha++
		if t.upper {
			l.Caps++
		}
	}
	tok := t.p.keys[t.tokFrom:]
	t.tokHash = lang.HashBytes(tok)
	t.last = t.x.WordHashed(tok, t.tokHash)
	t.p.masks = append(t.p.masks, t.last.Stops)
	if t.upper && len(tok) == 1 && t.last.Stops != 0 {
		if s := t.x.Initial(tok); s != 0 {
			t.initial = s
			if t.amp {
				t.addInitial() // the P of "S&P"
			}
		}
	}
}

// separator notes the character that closed the word before it, c
// (utf8.RuneSelf for any but ASCII): a letter alone in capitals, that
// some language lists as an initial, is one when a full stop or an
// ampersand follows it ("U.S.", "J. Smith", "S&P"), and when an
// ampersand comes right before it.
func (t *tokenizer) separator(c byte) {
	if t.initial != 0 && (c == '.' || c == '&') {
		t.addInitial()
	}
	t.initial, t.amp = 0, c == '&'
}

// addInitial notes the initial the last token is (see Line.inits).
func (t *tokenizer) addInitial() {
	t.p.inits = append(t.p.inits, t.initial)
	t.initial = 0
}

// endWord closes the open token and word of the key, if any: it sets the
// word's bit of the line's bloom filter and takes its phrase flags.
func (t *tokenizer) endWord() {
	t.endToken()
	if !t.inWord {
		return
	}
	t.inWord = false
	l := t.l
	h, w := t.tokHash, t.last // a word of one token (most words)
	if t.wordToks != 1 || t.lastCJK {
		h = lang.HashBytes(t.p.keys[t.wordFrom:])
		w = t.x.WordHashed(t.p.keys[t.wordFrom:], h)
	}
	l.Bloom |= 1 << (h & 63)
	t.lineHash = (t.lineHash ^ h) * lang.HashPrime
	if t.firstWord {
		l.First, t.firstWord = w.Flags, false
	}
	l.All |= w.Flags
}

// runeInfo is what the tokeniser needs to know of a character.
type runeInfo uint8

const (
	isWord     runeInfo = 1 << iota // a letter, mark or digit (see lang.IsWordRune)
	isLetter                        // a letter
	isUpper                         // upper or title case
	isDigit                         // a decimal digit
	isMark                          // a mark
	isHan                           // a character of a script written without spaces (see lang.IsCJK)
	folds                           // lang.Fold changes it
	isOptional                      // a mark a key leaves out (see lang.Optional)
)

// infoOf returns what the tokeniser needs to know of r.
func infoOf(r rune) runeInfo {
	var i runeInfo
	if !lang.IsWordRune(r) {
		return 0
	}
	i |= isWord
	if lang.IsCJK(r) {
		if unicode.IsMark(r) {
			i |= isMark
		}
		return i | isHan
	}
	if unicode.IsLetter(r) {
		i |= isLetter
	}
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		i |= isUpper
	}
	if unicode.IsDigit(r) {
		i |= isDigit
	}
	if unicode.IsMark(r) {
		i |= isMark
	}
	if lang.Optional(r) {
		i |= isOptional
	}
	if lang.Fold(r) != r {
		i |= folds
	}
	return i
}

// smallRunes is the end of the characters whose runeInfo is in small: the
// scripts of Europe, the Middle East, India and South-East Asia,
// punctuation, symbols and shapes; not CJK.
const smallRunes = 0x3000

var small = func() (t [smallRunes]runeInfo) {
	for r := range rune(smallRunes) {
		t[r] = infoOf(r)
	}
	return t
}()

// CopyrightSign reports whether r is a copyright sign: ©, or the circled
// ⓒ that Korean pages write ("ⓒ 한빛일보").
func CopyrightSign(r rune) bool { return r == '©' || r == 'ⓒ' || r == 'Ⓒ' }
