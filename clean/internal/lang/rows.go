package lang

import (
	"strings"
	"unicode/utf8"
)

// The rows of phrases: a line that a text renderer printed as a row of
// buttons or links, each of them a whole phrase of a table ("Log in
// Register") or an entry of a list, split into its pieces, words or, in a
// script written without spaces, characters.

// cjkRow is wholeRow for a key that is one run of characters of a script
// written without spaces, as w3m prints a row of Chinese or Japanese links
// ("发新帖回复返回列表", its spaces dropped): it splits the run at its
// characters rather than at words.
func (x *Lexicons) cjkRow(key string, id ID) Table {
	var at [maxCJKRow + maxCJKName + 1]int
	n := charOffsets(key, at[:])
	if n < 0 {
		return NoTable
	}
	if n <= maxCJKRow {
		if t, _ := x.splitRow(key, at[:n+1], at[:n+1], id); t != NoTable {
			return t
		}
	}
	// A site's name before its menu, the one run too
	// ("みんなの知恵袋トップカテゴリ一覧ランキングログイン新規登録"): three
	// phrases or more after up to maxCJKName characters. The cheap test
	// first: a phrase ends the run.
	if !x.endsWithWhole(key, at[:n+1], id) {
		return NoTable
	}
	for k := 1; k <= maxCJKName && n-k >= 3; k++ {
		if n-k > maxCJKRow {
			continue
		}
		if t, phrases := x.splitRow(key, at[k:n+1], at[k:n+1], id); phrases >= 3 {
			return t
		}
	}
	return NoTable
}

// maxCJKName is the most characters of a site's name that cjkRow reads
// before a row of phrases.
const maxCJKName = 10

// endsWithWhole reports whether key, whose characters start at the offsets
// at, ends with a phrase that matches a line whole.
func (x *Lexicons) endsWithWhole(key string, at []int, id ID) bool {
	n := len(at) - 1
	for v := n - 1; v >= 0 && len(key)-at[v] <= x.maxWhole; v-- {
		if e, ok := x.phrases[Whole][key[at[v]:]]; ok && e.counts(id) {
			return true
		}
	}
	return false
}

// charOffsets writes the byte offset of each character of key into at,
// and len(key) after the last, and returns how many characters key has;
// -1 when they do not fit.
func charOffsets(key string, at []int) int {
	n := 0
	for i := range key {
		if n == len(at)-1 {
			return -1
		}
		at[n] = i
		n++
	}
	at[n] = len(key)
	return n
}

// RunOf reports whether key, one run of characters of a script written
// without spaces, is two or more entries of list l that count in id, one
// after the other and nothing else: the captions of a row of buttons that
// w3m printed without their spaces ("回复引用举报").
func (x *Lexicons) RunOf(l List, key string, id ID) bool {
	var at [maxCJKRow + 1]int
	n := charOffsets(key, at[:])
	if n < 0 {
		return false
	}
	var parts [maxCJKRow + 1]int // the fewest entries that make up the first w characters; 0: none do
	for w := 1; w <= n; w++ {
		for v := w - 1; v >= 0; v-- {
			if (v == 0 || parts[v] > 0) && x.In(l, key[at[v]:at[w]], id) && (parts[w] == 0 || parts[v]+1 < parts[w]) {
				parts[w] = parts[v] + 1
			}
		}
	}
	return parts[n] >= 2
}

// maxCJKRow is the most characters of a run that cjkRow and RunOf read.
const maxCJKRow = 24

// maxRowPieces is the most pieces, words or characters, that splitRow
// reads.
const maxRowPieces = max(maxCJKRow, maxRowWords)

// OpensPhrase reports whether word, the first word of a key, opens a
// phrase that matches a line whole or a lead phrase: a line that begins
// with any other word matches neither.
func (x *Lexicons) OpensPhrase(word string, flags Flags) bool {
	return flags&StartsLead != 0 || x.startsPiece[word]
}

// rowPiece notes the first and last words of key, a phrase that may be a
// piece of a row (see wholeRow).
func (x *Lexicons) rowPiece(key string) {
	if x.endsPiece == nil {
		x.startsPiece, x.endsPiece = map[string]bool{}, map[string]bool{}
	}
	first, _, _ := strings.Cut(key, " ")
	x.startsPiece[first] = true
	x.endsPiece[key[strings.LastIndexByte(key, ' ')+1:]] = true
}

// wholeRow returns the table of the first phrase when key is two or more
// phrases that each match a line whole, one after the other and nothing
// else: a row of buttons or links that a renderer printed on one line
// ("Añadir al carrito Añadir a la lista de deseos", "Log in Register");
// NoTable otherwise. A Lead phrase matches a line that is that phrase
// alone too, and is a piece of a row as a Whole phrase is: a shop's
// quantity field and its button, "Quantity Add to cart", had stayed
// between a product's price and its description.
func (x *Lexicons) wholeRow(key string, id ID) Table {
	if first, _, _ := strings.Cut(key, " "); !x.startsPiece[first] || !x.endsPiece[key[strings.LastIndexByte(key, ' ')+1:]] {
		return NoTable // its first word opens no phrase, or its last ends none: the cheap tests first
	}
	var ends [maxRowWords + 1]int // the end of each word of key
	n := 0
	for i := 0; i <= len(key); i++ {
		if i == len(key) || key[i] == ' ' {
			if n == maxRowWords {
				return NoTable
			}
			n++
			ends[n] = i
		}
	}
	var starts [maxRowWords + 1]int // where each word of key begins
	for w := 1; w < n; w++ {
		starts[w] = ends[w] + 1
	}
	t, _ := x.splitRow(key, starts[:n+1], ends[:n+1], id)
	return t
}

// splitRow returns the table of the first phrase when key splits into two
// or more whole phrases one after the other, its pieces being
// key[starts[v]:ends[w]] for v < w (starts[v] where piece v begins, ends[w]
// where piece w-1 ends; ends[0] unused), and how many phrases; NoTable
// otherwise. Of the splits, the one of the most phrases counts.
func (x *Lexicons) splitRow(key string, starts, ends []int, id ID) (Table, int) {
	n := len(ends) - 1
	if n > maxRowPieces {
		return NoTable, 0
	}
	// first[w] is the table of the first phrase of a split of the first w
	// pieces into phrases, phrases[w] how many phrases the split has (0: none).
	var first [maxRowPieces + 1]Table
	var phrases [maxRowPieces + 1]int
	for w := 1; w <= n; w++ {
		for v := w - 1; v >= 0; v-- {
			if v > 0 && phrases[v] == 0 {
				continue
			}
			piece := key[starts[v]:ends[w]]
			e, ok := x.phrases[Whole][piece]
			if !ok || !e.counts(id) {
				if e, ok = x.phrases[Lead][piece]; !ok || !e.counts(id) {
					continue
				}
			}
			t := e.table
			if v > 0 {
				t = first[v]
			}
			if phrases[w] == 0 || phrases[v]+1 > phrases[w] {
				first[w], phrases[w] = t, phrases[v]+1
			}
		}
	}
	if phrases[n] < 2 {
		return NoTable, 0
	}
	return first[n], phrases[n]
}

// maxRowWords and maxRowPhrases bound the lines that wholeRow reads.
const (
	maxRowWords   = 12
	maxRowPhrases = 4
)

// RunLead is Lead for a key that opens with a run of characters of a
// script written without spaces: the length of the entry of list l that
// counts in id and opens that run, more of its characters after it
// ("个回答" in "个回答默认排序", a count that w3m ran into its sort
// control), or -1.
func (x *Lexicons) RunLead(l List, key string, id ID) int {
	if r, _ := utf8.DecodeRuneInString(key); !IsCJK(r) {
		return -1
	}
	for _, e := range x.Entries(l, id) {
		if len(e) < len(key) && strings.HasPrefix(key, e) {
			if r, _ := utf8.DecodeRuneInString(key[len(e):]); IsCJK(r) {
				return len(e)
			}
		}
	}
	return -1
}
