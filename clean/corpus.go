package clean

import (
	"hash/fnv"
	"io"
	"maps"
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
	count map[uint64]int // line fingerprint → documents holding it
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
	p, _, err := loadText(s, false, DefaultLimits)
	if err != nil {
		return err
	}
	c.add(p)
	return nil
}

// AddHTML counts the lines of an HTML document.
//
// It returns the errors [Cleaner.HTML] returns, with DefaultLimits; such a
// document is not counted.
func (c *Corpus) AddHTML(r io.Reader) error {
	p, _, err := loadHTML(r, "", DefaultLimits)
	if err != nil {
		return err
	}
	c.add(p)
	return nil
}

// add counts each distinct line of p once.
func (c *Corpus) add(p *page) {
	c.docs++
	seen := map[uint64]bool{}
	for i := range p.lines {
		if f, ok := fingerprint(&p.lines[i]); ok && !seen[f] {
			seen[f] = true
			c.count[f]++
		}
	}
}

// Merge adds the counts of o to c.
func (c *Corpus) Merge(o *Corpus) {
	c.docs += o.docs
	for f, n := range o.count {
		c.count[f] += n
	}
}

// Docs returns the number of documents counted.
func (c *Corpus) Docs() int { return c.docs }

// Clone returns a copy of c.
func (c *Corpus) Clone() *Corpus {
	return &Corpus{docs: c.docs, count: maps.Clone(c.count)}
}

// corpusMinDocs is the fewest documents a line must recur in to count as
// chrome; corpusMinShare the least share of the corpus's documents.
const (
	corpusMinDocs  = 3
	corpusMinShare = 0.05
)

// recurs reports in how many documents l recurs, if that is enough to call
// it chrome.
func (c *Corpus) recurs(l *line) (int, bool) {
	f, ok := fingerprint(l)
	if !ok {
		return 0, false
	}
	n := c.count[f]
	return n, n >= corpusMinDocs && float64(n) >= corpusMinShare*float64(c.docs)
}

// fingerprint identifies a line by its key; lines without letters have none.
func fingerprint(l *line) (uint64, bool) {
	if l.blank || l.alpha == 0 && l.cjk == 0 {
		return 0, false
	}
	h := fnv.New64a()
	h.Write([]byte(l.key))
	return h.Sum64(), true
}
