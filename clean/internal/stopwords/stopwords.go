// Package stopwords holds the stopword lists of stopwords-iso (MIT, see
// LICENSE) for 58 languages, as one table from a word to the set of
// languages that list it.
//
// table.go is generated from stopwords-iso.json, the file published in the
// npm package stopwords-iso@1.1.0. To update it, replace the JSON with the
// one from a newer package (npm pack stopwords-iso) and run go generate.
package stopwords

//go:generate go run gen.go

import "sync"

// Set is a set of languages, one bit per language in the order of
// [Languages].
type Set uint64

type entry struct {
	word string
	set  Set
}

// index is built on first use so that programs that never look up a word
// pay nothing for the table.
var index = sync.OnceValue(func() map[string]Set {
	m := make(map[string]Set, len(entries))
	for _, e := range entries {
		m[e.word] = e.set
	}
	return m
})

// Lookup returns the languages whose list holds word. The word must be
// lower-case and in NFC, as the tokeniser produces it.
func Lookup(word []byte) Set {
	return index()[string(word)]
}

// Languages returns the ISO 639-1 codes of the languages, in bit order.
func Languages() []string {
	return languages[:]
}

// Has reports whether s holds the language with index i.
func (s Set) Has(i int) bool {
	return s&(1<<uint(i)) != 0
}
