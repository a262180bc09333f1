package clean

import (
	"encoding/binary"
	"io"
	"maps"
	"slices"

	"github.com/cleanseeds/cleanseeds/clean/internal/decide"
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Profile counts, per site, the lines of the site's documents. A line
// that recurs verbatim across many documents of one site is the site's
// chrome even when each page alone makes it look like content: a footer
// paragraph, a standard disclaimer, a tagline. (A document's site is
// described at [Site].)
//
// A profile is built in a first pass over the documents (AddText,
// AddHTML), then given to a Cleaner ([WithProfile]), whose site-repeat
// pass removes what recurs (see [WithRepeatThresholds] for how often is
// enough). Each distinct document counts once, however many times it is
// added: a document is the set of its lines that hold letters, so two
// copies of a page, or a page reached by two paths, are one document.
//
// Profiles are values their owner keeps: a profile can be written to a
// file ([Profile.WriteTo], [ReadProfile]) and merged with others
// ([Profile.Merge]). Counting is exact and does not depend on order: the
// profiles of the parts of a set of documents, merged in any order, are
// the profile of the whole, to the byte. That is what lets a crawl be
// counted in shards, on separate machines.
//
// The zero Profile is empty and ready to use. A Profile is not safe for
// concurrent use; count in one per goroutine and merge them.
type Profile struct {
	sites map[string]*siteDocs
}

// siteDocs is the documents of one site: by fingerprint, the key hashes of
// the lines with letters of each, sorted and distinct. The slices are
// never changed once made, so profiles may share them.
type siteDocs struct {
	docs map[uint64][]uint64
}

// NewProfile returns an empty profile.
func NewProfile() *Profile { return &Profile{} }

// AddText counts the lines of a text document from origin o.
//
// It returns the errors [Cleaner.Text] returns for a document over
// DefaultLimits or not text; such a document is not counted.
func (p *Profile) AddText(s string, o Origin) error {
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
	return p.add(&d, o.site(""), lim)
}

// AddHTML counts the lines of an HTML page from origin o.
//
// It returns the errors [Cleaner.HTML] returns, with DefaultLimits; such a
// page is not counted.
func (p *Profile) AddHTML(r io.Reader, o Origin) error {
	lim := DefaultLimits()
	b, err := readLimited(r, lim.MaxBytes)
	if err != nil {
		return err
	}
	if isBinary(b) {
		return ErrBinary
	}
	var d source.Doc
	if err := source.HTML(&d, b, o.ContentType, lim.source()); err != nil {
		return limitError(err)
	}
	return p.add(&d, o.site(d.Meta.URL), lim)
}

// add counts the document d of site.
func (p *Profile) add(d *source.Doc, site string, lim Limits) error {
	lex, err := lang.Load()
	if err != nil {
		return err
	}
	var m measure.Page
	measure.Measure(&m, d, lex, measure.Options{MaxLineBytes: lim.MaxLineBytes})
	var lines []uint64
	for i := range m.Lines {
		if l := &m.Lines[i]; counted(l) {
			lines = append(lines, l.Hash)
		}
	}
	if len(lines) == 0 {
		return nil // nothing of it can recur
	}
	slices.Sort(lines)
	p.addDoc(site, slices.Clip(slices.Compact(lines)))
	return nil
}

// counted reports whether a profile counts line l: a line with letters.
func counted(l *measure.Line) bool {
	return !l.Blank && (l.Alpha > 0 || l.CJK > 0)
}

// addDoc adds a document, the sorted distinct key hashes of its lines, to
// site.
func (p *Profile) addDoc(site string, lines []uint64) {
	if p.sites == nil {
		p.sites = map[string]*siteDocs{}
	}
	s := p.sites[site]
	if s == nil {
		s = &siteDocs{docs: map[uint64][]uint64{}}
		p.sites[site] = s
	}
	fp := fingerprint(lines)
	// Two documents with one fingerprint are one document. Should two
	// different ones ever share it, the smaller is kept, so that the
	// result does not depend on the order they came in.
	if old, ok := s.docs[fp]; ok && slices.Compare(old, lines) <= 0 {
		return
	}
	s.docs[fp] = lines
}

// fingerprint hashes the sorted key hashes of a document's lines.
func fingerprint(lines []uint64) uint64 {
	b := make([]byte, 8*len(lines))
	for i, h := range lines {
		binary.LittleEndian.PutUint64(b[8*i:], h)
	}
	return lang.HashBytes(b)
}

// Merge adds the documents of o to p; a document both count stays one.
// o is not changed, and may be nil.
func (p *Profile) Merge(o *Profile) {
	if o == nil {
		return
	}
	for site, s := range o.sites {
		for _, lines := range s.docs {
			p.addDoc(site, lines)
		}
	}
}

// Sites returns the sites p counts documents of, in order.
func (p *Profile) Sites() []string {
	if p == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(p.sites))
}

// Docs returns the number of distinct documents of site that p counts.
func (p *Profile) Docs(site string) int {
	if p == nil || p.sites[site] == nil {
		return 0
	}
	return len(p.sites[site].docs)
}

// Default thresholds of the site-repeat pass (see WithRepeatThresholds).
const (
	DefaultRepeatMinDocs  = 3
	DefaultRepeatMinShare = 0.05
)

// recurring returns, by site, the lines that recur across at least
// minDocs documents of the site and minShare of them, with the number of
// documents that hold each. Sites with no such line are left out.
func (p *Profile) recurring(minDocs int, minShare float64) map[string]*decide.Site {
	out := map[string]*decide.Site{}
	if p == nil {
		return out
	}
	for name, s := range p.sites {
		count := map[uint64]int{}
		for _, lines := range s.docs {
			for _, h := range lines {
				count[h]++
			}
		}
		need := max(float64(minDocs), minShare*float64(len(s.docs)))
		for h, n := range count {
			if float64(n) < need {
				delete(count, h)
			}
		}
		if len(count) > 0 {
			out[name] = &decide.Site{Name: name, Docs: len(s.docs), Recurring: count}
		}
	}
	return out
}
