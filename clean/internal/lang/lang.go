// Package lang holds what the cleaner knows of each language: its
// stopwords, the phrases of each chrome table, and the word lists rules
// read (month names, date words, byline words, ...). The data are text
// files embedded from lexicon/, one folder per language; lexicon/README.md
// gives their format. The package parses them once and indexes them for
// the tokeniser and the rules.
//
// A phrase or list entry counts on pages of its language, and on pages of
// every language when its file marks it so (the English "newsletter" is
// chrome on German pages too). A page read in no language (the
// language-independent mode) uses every entry. Month names are read on
// pages of every language.
package lang

import (
	"embed"
	"math/bits"
	"sync"
	"unicode/utf8"
)

//go:embed lexicon
var lexiconFS embed.FS

// ID identifies a language: its index among the languages of the lexicon
// folder, in the order of their codes.
type ID uint8

// None is no language: a page read in the language-independent mode.
const None ID = 255

// Set is a set of languages, one bit per ID.
type Set uint64

// Has reports whether s holds the language id.
func (s Set) Has(id ID) bool { return id < 64 && s&(1<<id) != 0 }

// Lexicon is what the cleaner knows of one language, as its files give it.
type Lexicon struct {
	Code      string // ISO 639-1
	Stopwords []string
	// Initials are the letters among the stopwords that are no word as a
	// capital alone before a full stop or an ampersand, or after an
	// ampersand: an initial's ("U.S.", "S&P", "J. Smith"). In lower case
	// they stay stopwords: English's "s" of "company’s" and "t" of
	// "don’t", and the "c" of a file name ("eval.c"), are as frequent.
	Initials []string
	// StopPrefixes are the stopwords that the language writes glued to the
	// word after them: Arabic's article "ال" and its forms with a
	// preposition or a conjunction before it ("وال", "بال", "لل"). A word
	// that opens with one, and has two letters or more after it, counts as
	// a stopword of the language: Arabic prose had held a tenth to a
	// quarter of stopwords, where other languages' holds a third.
	StopPrefixes []string
	Tables       [NumTables][]Phrase
	Lists        [NumLists][]Entry
}

// Phrase is an entry of a phrase table.
type Phrase struct {
	Kind       Kind
	Text       string
	Everywhere bool // chrome on pages of every language
}

// Entry is an entry of a word list.
type Entry struct {
	Text       string
	Value      int  // the number given with " = ", as for months; else 0
	Everywhere bool // read on pages of every language
}

// Flags say what a word may start, in some language, so that a line is
// only looked up in a table or a list when one of its words could open an
// entry.
type Flags uint64

const (
	// StartsLead: the word opens a Lead phrase of some table.
	StartsLead Flags = 1 << iota
	// AnchorsWithin: the word is the anchor of a Within phrase of some
	// table (see anchor).
	AnchorsWithin
	firstListFlag
)

// Flags has a bit for each list after StartsLead and AnchorsWithin: a
// list past the 64th bit needs a wider type, and this does not compile.
const _ uint = 64 - 2 - uint(NumLists)

// Marks returns the flag of the words that mark an entry of list l: for a
// list matched AsWords, the entry's anchor (see anchor); for one matched
// AsWord, its first word. A list matched AsText has no such words: no
// word is flagged for it.
func Marks(l List) Flags { return firstListFlag << l }

// Word is what the lexicons say of one word.
type Word struct {
	Stops Set   // the languages that list it as a stopword
	Flags Flags // the phrases it may open, in any language
}

// Lexicons holds the lexicon of every language and the indexes built from
// them. It is built once (see Load) and never written after: it is safe
// for concurrent use.
type Lexicons struct {
	langs    []*Lexicon
	words    map[string]Word // while indexing; then wordTab
	table    wordIndex
	initials map[string]Set // the languages that list a letter as an initial (see Lexicon.Initials)

	prefixes     []stopPrefix // see Lexicon.StopPrefixes, as keys
	prefixOpener [256]bool    // the first bytes of prefixes

	phrases   [Within]map[string]phraseEntry // Whole, Label and Lead phrases by key
	within    wordTable                      // the keys of Within phrases, in table order
	withinAt  []phraseEntry                  // their entries, by index in within
	cjkWithin []cjkPhrase                    // Within phrases of scripts written without spaces
	cjkLead   []cjkPhrase                    // Lead phrases of such scripts: a line's key opens with one
	maxWhole  int                            // bytes of the longest Whole key
	maxLabel  int                            // bytes of the longest Label text
	maxLead   int                            // words of the longest Lead key

	// The first and the last words of the Whole and Lead keys, the pieces
	// of a row (see wholeRow): sets of their own, as flagging the first
	// words in the word table grew it by 2 MB.
	startsPiece, endsPiece map[string]bool

	lists [NumLists]listIndex
}

// cjkPhrase is a Within phrase written in a script without spaces
// between words ("订阅我们的"): a line's key holds it inside a run of such
// characters, which is one word of the key, so it is looked for as text.
type cjkPhrase struct {
	key   string
	entry phraseEntry
}

// phraseEntry is a key's place in a table, and the languages it counts in.
type phraseEntry struct {
	table      Table
	langs      Set
	everywhere bool
}

// counts reports whether the entry counts on a page read in id.
func (e *phraseEntry) counts(id ID) bool {
	return id == None || e.everywhere || e.langs.Has(id)
}

// Load returns the lexicons of every language. They are parsed on first
// use; an error means the embedded data are malformed, which the package's
// tests rule out.
func Load() (*Lexicons, error) { return load() }

var load = sync.OnceValues(func() (*Lexicons, error) {
	return parseFS(lexiconFS, "lexicon")
})

// Languages returns the number of languages.
func (x *Lexicons) Languages() int { return len(x.langs) }

// Lexicon returns the lexicon of language id, or nil for None.
func (x *Lexicons) Lexicon(id ID) *Lexicon {
	if int(id) >= len(x.langs) {
		return nil
	}
	return x.langs[id]
}

// Code returns the ISO 639-1 code of id, or "" for None.
func (x *Lexicons) Code(id ID) string {
	if l := x.Lexicon(id); l != nil {
		return l.Code
	}
	return ""
}

// ByCode returns the language whose code is code.
func (x *Lexicons) ByCode(code string) (ID, bool) {
	for i, l := range x.langs {
		if l.Code == code {
			return ID(i), true
		}
	}
	return None, false
}

// Word returns what the lexicons say of a word as a key writes it (see
// AppendKey): lower case, in NFC, Turkish's ı as i.
func (x *Lexicons) Word(w []byte) Word {
	return x.WordHashed(w, HashBytes(w))
}

// WordHashed is Word for a word whose hash (see HashBytes) is known.
func (x *Lexicons) WordHashed(w []byte, hash uint64) Word {
	word := x.table.lookup(w, hash)
	if len(w) > 0 && x.prefixOpener[w[0]] {
		word.Stops |= x.prefixStops(w)
	}
	return word
}

// stopPrefix is a stop prefix's key and its languages.
type stopPrefix struct {
	key   string
	langs Set
}

// prefixStops returns the languages whose stop prefix w opens with, two
// letters or more after it (see Lexicon.StopPrefixes).
func (x *Lexicons) prefixStops(w []byte) Set {
	var s Set
	for _, p := range x.prefixes {
		if len(w) > len(p.key) && string(w[:len(p.key)]) == p.key && utf8.RuneCount(w[len(p.key):]) >= 2 {
			s |= p.langs
		}
	}
	return s
}

// Initial returns the languages whose stopword w, a letter's key, is no
// word as a capital alone (see Lexicon.Initials).
func (x *Lexicons) Initial(w []byte) Set {
	return x.initials[string(w)]
}

// The hash of words (HashString, HashBytes): eight bytes at a time,
// little-endian, each block mixed by a multiplication, then the length;
// the result folded. It is fast on the short words pages are made of, and
// it is stable: site profiles store hashes built from it.
const (
	HashOffset = 14695981039346656037 // the seed of a hash, and of a fold of hashes
	HashPrime  = 1099511628211        // the multiplier of a fold of hashes
	mixPrime   = 0x9e3779b97f4a7c15
)

// HashBytes returns the hash of b. It may read b's spare capacity, but
// never counts it.
func HashBytes(b []byte) uint64 {
	h := uint64(HashOffset)
	n := len(b)
	for len(b) >= 8 {
		h = mix(h, le64(b))
		b = b[8:]
	}
	var tail uint64
	switch {
	case len(b) == 0:
	case cap(b) >= 8:
		tail = le64(b[:8]) & (1<<(8*len(b)) - 1) // one load: the spare bytes are masked out
	default:
		for i, c := range b {
			tail |= uint64(c) << (8 * i)
		}
	}
	return finish(mix(h, tail), n)
}

// HashString returns the hash of s, as HashBytes.
func HashString(s string) uint64 {
	h := uint64(HashOffset)
	n := len(s)
	for len(s) >= 8 {
		_ = s[7]
		h = mix(h, uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24|
			uint64(s[4])<<32|uint64(s[5])<<40|uint64(s[6])<<48|uint64(s[7])<<56)
		s = s[8:]
	}
	var tail uint64
	for i := 0; i < len(s); i++ {
		tail |= uint64(s[i]) << (8 * i)
	}
	return finish(mix(h, tail), n)
}

// le64 reads the first eight bytes of b, little-endian.
func le64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func mix(h, block uint64) uint64 {
	h = (h ^ block) * mixPrime
	return h ^ h>>29
}

func finish(h uint64, n int) uint64 {
	h = (h ^ uint64(n)) * mixPrime
	return h ^ h>>32
}

// wordIndex is an open-addressing hash table of words, looked up by their
// FNV-1a hash, which the tokeniser computes as it reads them: every token
// of every page is looked up. A bit set in front of it answers for most
// words that are not in it without touching the table, and short words
// are stored in their slot, so that a lookup costs one memory access.
type wordIndex struct {
	filter []uint64   // a bit per value of the hash's bits 40 to 57
	slots  []wordSlot // a power of two of them, at most two thirds full
	mask   uint64
}

// wordSlot is a word of a wordIndex.
type wordSlot struct {
	hash  uint64
	w     Word
	n     uint8    // the word's length, or 0 for an empty slot
	short [22]byte // the word, when it is this short
	long  string   // the word, when it is longer
}

const filterShift, filterBits = 40, 18

// newWordIndex indexes words.
func newWordIndex(words map[string]Word) wordIndex {
	n := 1
	for n < len(words)+len(words)/2 {
		n *= 2
	}
	t := wordIndex{filter: make([]uint64, 1<<filterBits/64), slots: make([]wordSlot, n), mask: uint64(n - 1)}
	for w, v := range words {
		if w == "" || len(w) > 255 {
			continue
		}
		h := HashString(w)
		f := h >> filterShift & (1<<filterBits - 1)
		t.filter[f/64] |= 1 << (f % 64)
		i := h & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		s := wordSlot{hash: h, w: v, n: uint8(len(w))}
		if len(w) <= len(s.short) {
			copy(s.short[:], w)
		} else {
			s.long = w
		}
		t.slots[i] = s
	}
	return t
}

// lookup returns what the table holds of w, whose hash is h.
func (t *wordIndex) lookup(w []byte, h uint64) Word {
	if len(w) == 0 || len(w) > 255 || len(t.slots) == 0 {
		return Word{}
	}
	if f := h >> filterShift & (1<<filterBits - 1); t.filter[f/64]&(1<<(f%64)) == 0 {
		return Word{}
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch {
		case s.n == 0:
			return Word{}
		case s.hash != h || int(s.n) != len(w):
		case len(w) <= len(s.short) && string(s.short[:len(w)]) == string(w),
			len(w) > len(s.short) && s.long == string(w):
			return s.w
		}
	}
}

// MinCoverage is the share of a page's tokens that the best stopword list
// must cover for the page to be read in its language. Prose covers
// 30-60%; below this no list fits, and the page is read in no language.
const MinCoverage = 0.15

// Pick returns the language whose stopwords are counts[id] of total
// tokens, the most of any, if they cover MinCoverage of them; else None.
// Ties go to the language with the smaller ID.
func Pick(counts *[64]int, total int) ID {
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	if total == 0 || float64(counts[best]) < MinCoverage*float64(total) {
		return None
	}
	return ID(best)
}

// Count adds the languages of s to counts.
func Count(counts *[64]int, s Set) {
	for m := uint64(s); m != 0; m &= m - 1 {
		counts[bits.TrailingZeros64(m)]++
	}
}
