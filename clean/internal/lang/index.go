package lang

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// index builds the lookups of x from its lexicons: the word table, the
// phrase tables by kind and key, and the word lists.
func (x *Lexicons) index() error {
	n := 0
	for _, lex := range x.langs {
		n += len(lex.Stopwords)
	}
	x.words = make(map[string]Word, n)
	x.initials = map[string]Set{}
	for id, lex := range x.langs {
		for _, w := range lex.Stopwords {
			w = Key(w) // a word as lines' keys write it: "artık" is "artik"
			e := x.words[w]
			e.Stops |= 1 << id
			x.words[w] = e
		}
		for _, w := range lex.Initials {
			x.initials[Key(w)] |= 1 << id
		}
		for _, w := range lex.StopPrefixes {
			k := Key(w)
			x.prefixes = append(x.prefixes, stopPrefix{k, 1 << id})
			x.prefixOpener[k[0]] = true
		}
	}
	for k := range x.phrases {
		x.phrases[k] = map[string]phraseEntry{}
	}
	var withinKeys []string
	withinIdx := map[string]int{}
	// Tables in their order, so that of two Within phrases in one line the
	// earlier table's wins.
	for t := Table(1); t < NumTables; t++ {
		for id, lex := range x.langs {
			for _, ph := range lex.Tables[t] {
				key := Key(ph.Text)
				if key == "" {
					return fmt.Errorf("lang: %s [%s]: %q has no words", lex.Code, t, ph.Text)
				}
				if (ph.Kind == Within || ph.Kind == Lead) && cjkKey(key) {
					list := &x.cjkWithin
					if ph.Kind == Lead {
						list = &x.cjkLead
					}
					if err := addCJK(list, key, t, ID(id), ph.Everywhere); err != nil {
						return fmt.Errorf("lang: %s: %s %q %w", lex.Code, ph.Kind, ph.Text, err)
					}
					continue
				}
				if ph.Kind == Within {
					i, ok := withinIdx[key]
					if !ok {
						i = len(withinKeys)
						withinIdx[key] = i
						withinKeys = append(withinKeys, key)
						x.withinAt = append(x.withinAt, phraseEntry{table: t})
						x.flagWord(x.anchor(key), AnchorsWithin)
					}
					if err := x.withinAt[i].add(t, ID(id), ph.Everywhere); err != nil {
						return fmt.Errorf("lang: %s: %s %q %w", lex.Code, ph.Kind, ph.Text, err)
					}
					continue
				}
				m := x.phrases[ph.Kind]
				e, ok := m[key]
				if !ok {
					e.table = t
				}
				if err := e.add(t, ID(id), ph.Everywhere); err != nil {
					return fmt.Errorf("lang: %s: %s %q %w", lex.Code, ph.Kind, ph.Text, err)
				}
				m[key] = e
				switch ph.Kind {
				case Whole:
					x.maxWhole = max(x.maxWhole, len(key))
					x.rowPiece(key)
				case Label:
					x.maxLabel = max(x.maxLabel, len(ph.Text)+8)
				case Lead:
					x.maxLead = max(x.maxLead, strings.Count(key, " ")+1)
					x.flag(key, StartsLead)
					x.rowPiece(key)
				}
			}
		}
	}
	x.within = newWordTable(withinKeys)
	for l := range NumLists {
		x.lists[l] = x.indexList(l)
		for _, k := range x.lists[l].keys.keys {
			switch l.Matching() {
			case AsWords:
				x.flagWord(x.anchor(k), Marks(l))
			case AsWord:
				x.flag(k, Marks(l))
			}
		}
	}
	x.table = newWordIndex(x.words)
	x.words = nil
	return nil
}

// add counts the entry in language id for table t; a key belongs to one
// table only.
func (e *phraseEntry) add(t Table, id ID, everywhere bool) error {
	if e.table != t {
		return fmt.Errorf("is in both [%s] and [%s]", e.table, t)
	}
	e.langs |= 1 << id
	e.everywhere = e.everywhere || everywhere
	return nil
}

// flag marks the first word of key as opening a phrase.
func (x *Lexicons) flag(key string, f Flags) {
	first, _, _ := strings.Cut(key, " ")
	x.flagWord(first, f)
}

// flagWord sets flag f on word w.
func (x *Lexicons) flagWord(w string, f Flags) {
	e := x.words[w]
	e.Flags |= f
	x.words[w] = e
}

// anchor returns the word of key a line must hold to hold key: its
// longest word that is no stopword in any language, or its longest word;
// the last of them on a tie. The rarer the anchor, the fewer lines are
// searched for key.
func (x *Lexicons) anchor(key string) string {
	best, bestStop := "", true
	for w := range strings.SplitSeq(key, " ") {
		stop := x.words[w].Stops != 0
		if bestStop && !stop || stop == bestStop && len(w) >= len(best) {
			best, bestStop = w, stop
		}
	}
	return best
}

// listIndex is the lookups of one word list.
type listIndex struct {
	entries map[string]listEntry
	keys    wordTable   // the entries' keys, for Find
	at      []listEntry // the entries, by index in keys
	active  [][]string  // the entries' texts that count, by language (None last)
}

// listEntry is an entry's value and the languages it counts in.
type listEntry struct {
	value int
	phraseEntry
}

// indexList builds the lookups of list l.
func (x *Lexicons) indexList(l List) listIndex {
	ix := listIndex{entries: map[string]listEntry{}}
	var texts []string // the entries' keys in order, each once
	for id, lex := range x.langs {
		for _, e := range lex.Lists[l] {
			k := Key(e.Text) // as lines are looked up: "kasım" is "kasim"
			cur, ok := ix.entries[k]
			if !ok {
				texts = append(texts, k)
				cur.value = e.Value
			}
			cur.langs |= 1 << id
			cur.everywhere = cur.everywhere || e.Everywhere
			ix.entries[k] = cur
		}
	}
	ix.at = make([]listEntry, len(texts))
	for i, t := range texts {
		ix.at[i] = ix.entries[t]
	}
	ix.keys = newWordTable(texts)
	for id := range len(x.langs) + 1 {
		lang := ID(id)
		if id == len(x.langs) {
			lang = None
		}
		var active []string
		for i, t := range texts {
			if ix.at[i].counts(lang) {
				active = append(active, t)
			}
		}
		ix.active = append(ix.active, active)
	}
	return ix
}

// Entries returns the keys of the entries of list l that count on a page
// read in id (see Key).
func (x *Lexicons) Entries(l List, id ID) []string {
	a := x.lists[l].active
	if int(id) >= len(a)-1 {
		return a[len(a)-1]
	}
	return a[id]
}

// In reports whether key is an entry of list l that counts on a page read
// in id.
func (x *Lexicons) In(l List, key string, id ID) bool {
	e, ok := x.lists[l].entries[key]
	return ok && e.counts(id)
}

// Value returns the value of entry key of list l, in whatever language:
// the number of a month.
func (x *Lexicons) Value(l List, key string) (int, bool) {
	e, ok := x.lists[l].entries[key]
	return e.value, ok
}

// Find reports whether an entry of list l that counts in id stands in key
// as whole words; bloom is the key's bloom filter (see Bloom). l must be a
// list matched anywhere in a line (see List).
func (x *Lexicons) Find(l List, key string, bloom uint64, id ID) bool {
	ix := &x.lists[l]
	return ix.keys.find(key, bloom, func(i int) bool { return ix.at[i].counts(id) }) >= 0
}

// Contains reports whether an entry of list l that counts in id stands
// anywhere in s, even inside a word.
func (x *Lexicons) Contains(l List, s string, id ID) bool {
	for _, e := range x.Entries(l, id) {
		if strings.Contains(s, e) {
			return true
		}
	}
	return false
}

// Lead returns the length of the entry of list l that counts in id and
// opens key as whole words ("posted by" in "posted by jane doe"), or -1.
func (x *Lexicons) Lead(l List, key string, id ID) int {
	for _, e := range x.Entries(l, id) {
		if strings.HasPrefix(key, e) && (len(key) == len(e) || key[len(e)] == ' ') {
			return len(e)
		}
	}
	return -1
}

// LabelTable returns the table of the label entry whose key is key, on a
// page read in id, or NoTable: a definition list's term ("Messages") that
// a line would give as a label ("Messages: 214").
func (x *Lexicons) LabelTable(key string, id ID) Table {
	if e, ok := x.phrases[Label][key]; ok && e.counts(id) {
		return e.table
	}
	return NoTable
}

// MatchKey is Match's Whole and Lead tries on key, a line's key built in a
// buffer, with no string made of it (see measure's withoutInnerCount).
func (x *Lexicons) MatchKey(key []byte, first Flags, id ID) (Table, Kind) {
	if t := wholeOf(x, key, id); t != NoTable {
		return t, Whole
	}
	if t := leadOf(x, key, first, id); t != NoTable {
		return t, Lead
	}
	return NoTable, Whole
}

// wholeOf returns the table of the Whole phrase that key is, or NoTable.
// A key of bytes is looked up without a string made of it.
func wholeOf[K ~string | ~[]byte](x *Lexicons, key K, id ID) Table {
	if len(key) <= x.maxWhole {
		if e, ok := x.phrases[Whole][string(key)]; ok && e.counts(id) {
			return e.table
		}
	}
	return NoTable
}

// leadOf returns the table of the Lead phrase of maxLead words at most
// that opens key, whose first word's flags are first, or NoTable.
func leadOf[K ~string | ~[]byte](x *Lexicons, key K, first Flags, id ID) Table {
	if first&StartsLead == 0 {
		return NoTable
	}
	end := 0 // key[:end] is the line's first n words
	for n := 0; n < x.maxLead && end < len(key); n++ {
		end++
		for end < len(key) && key[end] != ' ' {
			end++
		}
		if e, ok := x.phrases[Lead][string(key[:end])]; ok && e.counts(id) {
			return e.table
		}
	}
	return NoTable
}

// Match returns the table whose phrase a line matches on a page read in
// id, and how it matches; NoTable if none does. The line is given by its
// content (its text without indentation or markers), its key, its length
// in words, the flags of its first word and the flags of all its words
// together (see Word), and the bloom filter of its key (see Bloom). The
// kinds are tried in order: Whole, Label, Lead, Within.
func (x *Lexicons) Match(content, key string, words int, first, all Flags, bloom uint64, id ID) (Table, Kind) {
	if t := wholeOf(x, key, id); t != NoTable {
		return t, Whole
	}
	if i := labelEnd(content[:min(len(content), x.maxLabel+len("："))]); i > 0 && i <= x.maxLabel {
		var buf [64]byte
		k := AppendKey(buf[:0], content[:i])
		if e, ok := x.phrases[Label][string(k)]; ok && e.counts(id) {
			return e.table, Label
		}
	}
	if t := leadOf(x, key, first, id); t != NoTable {
		return t, Lead
	}
	if r, _ := utf8.DecodeRuneInString(key); len(x.cjkLead) > 0 && IsCJK(r) {
		for i := range x.cjkLead {
			if c := &x.cjkLead[i]; c.entry.counts(id) && strings.HasPrefix(key, c.key) {
				return c.entry.table, Lead
			}
		}
	}
	if all&AnchorsWithin != 0 && words <= MaxWithinWords {
		if i := x.within.find(key, bloom, func(i int) bool { return x.withinAt[i].counts(id) }); i >= 0 {
			return x.withinAt[i].table, Within
		}
	}
	if words <= MaxWithinWords {
		for i := range x.cjkWithin {
			if c := &x.cjkWithin[i]; c.entry.counts(id) && strings.Contains(key, c.key) {
				return c.entry.table, Within
			}
		}
	}
	if words >= 2 && words <= maxRowWords && len(key) <= maxRowPhrases*x.maxWhole {
		if t := x.wholeRow(key, id); t != NoTable {
			return t, Whole
		}
	}
	if r, _ := utf8.DecodeRuneInString(key); IsCJK(r) && len(key) <= maxRowPhrases*x.maxWhole && strings.IndexByte(key, ' ') < 0 {
		if t := x.cjkRow(key, id); t != NoTable {
			return t, Whole
		}
	}
	return NoTable, Whole
}

// IsWhole reports whether key is a phrase of table t that matches a line
// whole (see Whole) on a page read in id.
func (x *Lexicons) IsWhole(t Table, key string, id ID) bool {
	e, ok := x.phrases[Whole][key]
	return ok && e.table == t && e.counts(id)
}

// IsLabel reports whether key is a phrase of table t that matches the
// label before a line's first colon (see Label) on a page read in id.
func (x *Lexicons) IsLabel(t Table, key string, id ID) bool {
	e, ok := x.phrases[Label][key]
	return ok && e.table == t && e.counts(id)
}

// WholesIn counts the phrases of table t that match a line whole (see
// Whole) and stand in key as whole words, each of up to maxWholesIn
// words, on a page read in id: a bar of links that a text renderer
// prints on one line ("Programmers Forum Log in Register Members") holds
// two of the sign-in table's. Where two overlap, the longer counts.
func (x *Lexicons) WholesIn(t Table, key string, id ID) int {
	n, _ := x.WholesCover(t, key, id)
	return n
}

// WholesCover is WholesIn, and also returns how many of key's words the
// phrases it counts cover: a row of buttons is made of them ("quantity
// add to cart buy now add to wishlist"), a headline only holds a few
// ("home depot stock falls after earnings report disappoints").
func (x *Lexicons) WholesCover(t Table, key string, id ID) (n, words int) {
	for start := 0; start < len(key); {
		end, long := -1, 0
		for stop, w := start, 0; w < maxWholesIn && stop < len(key); w++ {
			next := strings.IndexByte(key[stop+1:], ' ')
			if next < 0 {
				stop = len(key)
			} else {
				stop += 1 + next
			}
			if stop-start > x.maxWhole {
				break
			}
			if e, ok := x.phrases[Whole][key[start:stop]]; ok && e.table == t && e.counts(id) {
				end, long = stop, w+1
			}
		}
		if end >= 0 {
			n, words = n+1, words+long
		} else {
			end = strings.IndexByte(key[start:], ' ')
			if end < 0 {
				break
			}
			end += start
		}
		start = end + 1
	}
	return n, words
}

// maxWholesIn is the most words of a phrase that WholesIn finds.
const maxWholesIn = 3

// cjkKey reports whether key is one word of a script written without
// spaces (see IsCJK): "メールマガジン" (whose "ー" is of no one script).
func cjkKey(key string) bool {
	return !strings.Contains(key, " ") && strings.ContainsFunc(key, IsCJK)
}

// addCJK adds the phrase key of table t, in language id, to list, the
// Within or Lead phrases looked for as text.
func addCJK(list *[]cjkPhrase, key string, t Table, id ID, everywhere bool) error {
	for i := range *list {
		if (*list)[i].key == key {
			return (*list)[i].entry.add(t, id, everywhere)
		}
	}
	c := cjkPhrase{key: key, entry: phraseEntry{table: t}}
	if err := c.entry.add(t, id, everywhere); err != nil {
		return err
	}
	*list = append(*list, c)
	return nil
}

// labelEnd returns the index of the first colon of s, ASCII or full-width,
// or -1.
func labelEnd(s string) int {
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// wordTable finds which of a list of keys stands in a key as whole words.
// Each key's bloom filter (see Bloom) rules most of them out at once.
type wordTable struct {
	keys   []string
	blooms []uint64
}

func newWordTable(keys []string) wordTable {
	t := wordTable{keys: keys, blooms: make([]uint64, len(keys))}
	for i, k := range keys {
		t.blooms[i] = Bloom(k)
	}
	return t
}

// find returns the index of the first of t's keys, in their order, for
// which ok holds and that stands in key, whose bloom filter is bloom, on
// word boundaries; or -1. ok is asked before the key is searched: most
// keys are another language's.
func (t wordTable) find(key string, bloom uint64, ok func(int) bool) int {
	for i, b := range t.blooms {
		if b&^bloom == 0 && ok(i) && ContainsWords(key, t.keys[i]) {
			return i
		}
	}
	return -1
}

// ContainsWords reports whether key, a Key, holds sub, another, at word
// boundaries: "sign in now" holds "sign in", "signing in" does not.
func ContainsWords(key, sub string) bool {
	for from := 0; from < len(key); {
		i := strings.Index(key[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(sub)
		if (i == 0 || key[i-1] == ' ') && (end == len(key) || key[end] == ' ') {
			return true
		}
		from = i + 1
	}
	return false
}
