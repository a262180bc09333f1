package clean

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/stopwords"
)

// page is one document on its way through the classifier.
type page struct {
	lines []line
	masks []stopwords.Set // stopword masks of every token, by line

	lang language

	start, end int // the article span, line indices inclusive; start > end when there is none
	title      int // index of the headline line, -1 if none
	date       string
	metaDate   string  // a date given outside the lines: a "date YYYY-MM-DD" prefix, the page's metadata
	corpus     *Corpus // the corpus the document belongs to, if any
	maxLine    int     // bytes of a line that are measured (Limits.MaxLineBytes)
	clean      bool    // no line is strong chrome: the page is kept whole (see isClean)

	html        bool
	hasMain     bool            // some line is inside the page's main container (HTML)
	encoding    string          // what the input was read in
	metaTitle   string          // the headline the page's metadata gives (HTML)
	metaKey     string          // its key
	noMetaTitle bool            // the reread pass found metaTitle does not read as the headline
	author      string          // the author the page's metadata gives (HTML)
	ld          map[string]bool // the shingles of the page's JSON-LD articleBody (HTML)

	scratchIdx []int // reused by the context pass
}

// language is how a page's words are read.
type language struct {
	code string // ISO 639-1 code of the stopword list; "" in the language-independent mode
	bit  int    // the list's index in stopwords.Languages()
	cjk  bool   // most letters are CJK or Thai: lengths count characters
}

// minLangCoverage is the share of a page's prose tokens that the best
// stopword list must cover for the page to be read in that language. Prose
// in a language covers 30-60%; below this no list fits, and the page is
// classified by length, punctuation and structure alone.
const minLangCoverage = 0.15

// prepare measures every line of p, picks the page's language and counts
// repeated lines. Both front ends call it once their lines are cut.
func (p *page) prepare() {
	var s scratch
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		measure(l, &s, &p.masks, p.maxLine)
		l.phrase, _ = phrases().match(l)
		l.date = dateOfLine(l)
	}
	p.setLanguage(p.pickLanguage(func(*line) bool { return true }))
	p.countRepeats()
	p.markTableRows()
	p.title = -1
}

// markTableRows marks the rows of tables that text shows with bars ("Name
// | Age", html2text's and the HTML front end's cells): lines with a bar,
// next to a line without a blank between them that has as many.
func (p *page) markTableRows() {
	bars := func(i int) int {
		if i < 0 || i >= len(p.lines) || p.lines[i].blank {
			return 0
		}
		return strings.Count(p.lines[i].content, "|")
	}
	for i := range p.lines {
		l := &p.lines[i]
		n := bars(i)
		if n == 0 {
			continue
		}
		up := !l.gap && bars(i-1) == n
		down := i+1 < len(p.lines) && !p.lines[i+1].gap && bars(i+1) == n
		l.tableRow = up || down
	}
}

// pickLanguage returns the language of the lines for which use is true:
// the stopword list that covers most tokens of their long lines (menus are
// short, and often in another language than the article), or the
// language-independent mode when no list covers enough.
func (p *page) pickLanguage(use func(*line) bool) language {
	var counts [64]int
	total, cjk, chars := 0, 0, 0
	for _, long := range []bool{true, false} {
		for i := range p.lines {
			l := &p.lines[i]
			if l.blank || !use(l) || long && l.words < 8 {
				continue
			}
			total += l.maskTo - l.maskFrom
			cjk += l.cjk
			chars += l.chars
			for _, m := range p.masks[l.maskFrom:l.maskTo] {
				countBits(&counts, m)
			}
		}
		if chars > 0 {
			break // long lines decide when there are any
		}
	}
	if chars > 0 && cjk*2 > chars {
		return language{cjk: true}
	}
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	if total == 0 || float64(counts[best]) < minLangCoverage*float64(total) {
		return language{}
	}
	return language{code: stopwords.Languages()[best], bit: best}
}

// setLanguage reads the page in lang: it counts each line's stopwords.
func (p *page) setLanguage(lang language) {
	p.lang = lang
	for i := range p.lines {
		l := &p.lines[i]
		l.stops = 0
		if lang.code == "" {
			continue
		}
		for _, m := range p.masks[l.maskFrom:l.maskTo] {
			if m.Has(lang.bit) {
				l.stops++
			}
		}
	}
}

// countRepeats sets each line's repeats: how many other lines of the page
// have the same key.
func (p *page) countRepeats() {
	seen := make(map[string]int, len(p.lines))
	for i := range p.lines {
		if k := p.lines[i].key; k != "" {
			seen[k]++
		}
	}
	for i := range p.lines {
		if k := p.lines[i].key; k != "" {
			p.lines[i].repeats = seen[k] - 1
		}
	}
}

// nonBlank returns the index of the next non-blank line from i in direction
// dir (+1 or -1), or -1.
func (p *page) nonBlank(i, dir int) int {
	for ; i >= 0 && i < len(p.lines); i += dir {
		if !p.lines[i].blank {
			return i
		}
	}
	return -1
}
