package clean

import (
	"io"
	"maps"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Corpus counts, over a set of documents from one source, how many of them
// hold each line. A line that recurs verbatim in many documents of a site is
// site chrome even when each page alone makes it look innocent: a footer
// paragraph, a standard disclaimer, a newsletter box.
//
// Counting is the first of two passes: add every document, then clean each
// one with [WithCorpus]. Counts do not depend on the order of documents,
// and corpora counted on separate machines combine exactly with
// [Corpus.Merge]. A Corpus must not be changed while a Cleaner uses it; it
// may be read by many Cleaners at once.
type Corpus struct {
	docs  int
	count map[uint64]int // line key hash → documents holding it
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{count: map[uint64]int{}}
}

// AddText counts the lines of a text document.
//
// It returns the errors [Cleaner.Text] returns for a document over
// DefaultLimits or not text; such a document is not counted.
func (c *Corpus) AddText(s string) error {
	lim := DefaultLimits()
	if len(s) > lim.MaxBytes {
		return &LimitError{Limit: "MaxBytes", Value: len(s), Max: lim.MaxBytes}
	}
	if isBinary(s) {
		return ErrBinary
	}
	var d source.Doc
	if err := source.Text(&d, s, false, lim.source()); err != nil {
		return limitError(err)
	}
	return c.add(&d, lim)
}

// AddHTML counts the lines of an HTML document.
//
// It returns the errors [Cleaner.HTML] returns, with DefaultLimits; such a
// document is not counted.
func (c *Corpus) AddHTML(r io.Reader) error {
	lim := DefaultLimits()
	b, err := readLimited(r, lim.MaxBytes)
	if err != nil {
		return err
	}
	if isBinary(b) {
		return ErrBinary
	}
	var d source.Doc
	if err := source.HTML(&d, b, "", lim.source()); err != nil {
		return limitError(err)
	}
	return c.add(&d, lim)
}

// add counts each distinct line of d once: each line with letters, by its
// key.
func (c *Corpus) add(d *source.Doc, lim Limits) error {
	lex, err := lang.Load()
	if err != nil {
		return err
	}
	var p measure.Page
	measure.Measure(&p, d, lex, measure.Options{MaxLineBytes: lim.MaxLineBytes})
	if c.count == nil {
		c.count = map[uint64]int{}
	}
	c.docs++
	seen := map[uint64]bool{}
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank || l.Alpha == 0 && l.CJK == 0 || seen[l.Hash] {
			continue
		}
		seen[l.Hash] = true
		c.count[l.Hash]++
	}
	return nil
}

// Merge adds the counts of o to c. A nil o adds nothing.
func (c *Corpus) Merge(o *Corpus) {
	if o == nil {
		return
	}
	if c.count == nil {
		c.count = map[uint64]int{}
	}
	c.docs += o.docs
	for f, n := range o.count {
		c.count[f] += n
	}
}

// Docs returns the number of documents counted: 0 for a nil c.
func (c *Corpus) Docs() int {
	if c == nil {
		return 0
	}
	return c.docs
}

// Clone returns a copy of c: an empty corpus for a nil c.
func (c *Corpus) Clone() *Corpus {
	if c == nil {
		return NewCorpus()
	}
	return &Corpus{docs: c.docs, count: maps.Clone(c.count)}
}

// corpusMinDocs is the fewest documents a line must recur in to count as
// chrome; corpusMinShare the least share of the corpus's documents.
const (
	corpusMinDocs  = 3
	corpusMinShare = 0.05
)

// recurs reports whether the line with key hash h recurs in enough of the
// corpus's documents to be chrome.
func (c *Corpus) recurs(h uint64) bool {
	n := c.count[h]
	return n >= corpusMinDocs && float64(n) >= corpusMinShare*float64(c.docs)
}
