// Package measure turns a document's blocks into the features the
// classifier reads: one pass over each line's text counts its words,
// letters, capitals, digits and stopwords, says how it ends, makes its
// key, and finds the chrome phrase and the date it holds. Then come the
// features that depend on the page: its language, the lines it repeats,
// the rows of its tables and its blocks of code. Nothing later tokenises a
// line again.
package measure

import (
	"slices"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Line is what is measured of one line.
type Line struct {
	Text    string // the line as the body prints it: the block's text from its Lift
	Content string // the text without indentation, markers or markup

	Blank bool
	Gap   bool // a blank line or a block boundary comes before the line

	// How the line is laid out, by the page's reading: the DOM's for
	// HTML, the text's for text (see source.Markup).
	Indent   int
	Marker   source.Marker
	Heading  int
	Links    int  // characters of link text
	Image    bool // a rendered image (text only)
	Widget   bool // a rendered form widget (text only)
	Code     bool // a line of a block of code
	Fence    bool // a fence of a fenced block of code, which it opens or closes (see markFences)
	Verse    bool // a line of a poem's or a song's stanza (see markVerse)
	TableRow bool // a row of a table shown with bars (or drawn borders) or aligned columns, beside another
	Aligned  bool // a row of a table shown with columns aligned by spaces, as w3m prints tables, beside another
	Plain    bool // the content printed alone reads back as itself (see source.Markup)
	Dated    bool // the content opens like a date prefix (see source.Markup)
	LinkRef  bool // in the list of link addresses lynx prints after a page (see source.Markup; text only)
	TagLinks bool // every link of the line leads to a tag's or a category's page (see source.DOM and source.Markup)
	DOM      source.DOM

	Counts

	Stops int // tokens in the page language's stopword list
	// Age is the time before now, in seconds, that a line gives and little
	// else: "3 days ago", "Asked 2 years ago", "vor 3 Tagen" (see
	// lang.Lexicons.Age). It is 0 on a line with a Date, and on others.
	Age     uint32
	Repeats int // other lines of the page with the same key
	// ContentsCopies is how many of those are entries of a table of
	// contents, on a line that is not one: a section heading that the
	// page's table of contents names (see markContents).
	ContentsCopies int
	// ContentsLabel is set on the label of a table of contents: "Table of
	// contents", "Inhaltsverzeichnis" (the contents list of the lexicon).
	ContentsLabel bool
	contents      bool // an entry of the table of contents under such a label
	// NextToCopy is set when the line before or after it, blank lines
	// aside, has the same key: a picture's alt text over its caption.
	NextToCopy bool
	// Introduces is set on a paragraph, not itself an item of a list,
	// that introduces the list of sentences under it (see
	// markIntroductions): "..., including…" over "• Cube storage: From
	// singular cubes to 25-cube units, you can square away your storage."
	Introduces bool
	// Consent is set on the lines of a consent platform's preference
	// centre as a text rendering prints it (see markConsent).
	Consent bool
	// Table is the chrome table whose phrase the line matches, on this
	// page; none for a line with the syntax of code (see codeSyntaxOf).
	Table lang.Table
}

// Counts are what one pass over a line's content measures: they depend on
// its text alone.
type Counts struct {
	Key string // the content's key (see lang.AppendKey)
	// Hash identifies Key: the hashes of its words (see
	// lang.HashString), folded: h = (h ^ wordHash) * lang.HashPrime from
	// lang.HashOffset.
	Hash uint64
	// Bloom is the bloom filter of Key's words (see lang.Bloom).
	Bloom  uint64
	Tokens int // runs of letters, marks and digits
	Words  int // length in words; a CJK run counts one word per two characters
	Chars  int // letters and digits
	Caps   int // tokens that start with an upper-case letter
	Alpha  int // tokens that start with a letter
	Digits int // digit characters
	CJK    int // CJK and Thai characters
	// Humps counts the places where a word runs into the next without a
	// space: two lower-case letters or more, of any alphabet, then an
	// upper-case letter and a lower-case one in ASCII ("ComputingComputer",
	// "PortuguêsPerguntas"), or a digit ("team2009"). Names such as
	// "iPhone" or "McDonald" have fewer letters before their hump; some
	// have as many ("JavaScript").
	Humps int
	End   Ending
	File  bool      // the content is a picture's file name alone (see PictureFile)
	Punct Punct     // the punctuation the content holds
	Date  lang.Date // the date, when the line is a date line

	// First holds the flags of the first word (see lang.Flags), All those
	// of all words together: which tables and lists the line may match.
	First, All lang.Flags

	key   span      // Key's place in Page.keys, until they become one string
	masks span      // the line's tokens' stopword sets, in Page.masks
	shape codeShape // what the text looks like to markCode, once known
	bars  int       // '|' and box-drawing strokes (see boxBar) in the content
	cols  int       // runs of two spaces or more inside the content: the gaps between a text table's columns
	// inits are the line's initials (see tokenizer.separator), in
	// Page.inits: each the languages whose stopword it is but as an
	// initial (see lang.Lexicon.Initials). They tell the page's language
	// as their stopwords do, but count as none of its stopwords (Stops).
	inits span
}

// span is a range of indices.
type span struct{ from, to int32 }

// Ending is how a line's text ends.
type Ending uint8

const (
	EndNone     Ending = iota
	EndSentence        // . ! ? and their CJK forms, before closing quotes
	EndColon           // : (a label or an introduction)
	EndEllipsis        // … or ... (a cut teaser, or a cut paragraph)
	EndComma           // , ; (a broken line)
)

// Dateline reports whether the line gives a date or a time ago, and
// little else (see Date and Age).
func (l *Line) Dateline() bool { return l.Date != 0 || l.Age != 0 }

// StopDensity returns the share of the line's tokens that are stopwords.
func (l *Line) StopDensity() float64 {
	if l.Tokens == 0 {
		return 0
	}
	return float64(l.Stops) / float64(l.Tokens)
}

// CapsRatio returns the share of the line's words that start upper-case.
func (l *Line) CapsRatio() float64 {
	if l.Alpha == 0 {
		return 0
	}
	return float64(l.Caps) / float64(l.Alpha)
}

// MayHold reports whether l's key may hold o's key as whole words: a fast
// test that never says no when it does.
func (l *Line) MayHold(o *Line) bool {
	return l.Bloom&o.Bloom == o.Bloom
}

// Page is a measured document.
type Page struct {
	Lines []Line
	Lex   *lang.Lexicons
	Lang  lang.ID // the page's language; lang.None in the language-independent mode
	CJK   bool    // most letters are CJK or Thai: lengths count characters
	HTML  bool    // read from HTML: the DOM fields are set
	// Written is the ISO 639-1 code of the language a CJK page's script
	// tells (zh, ja, ko, th; see writtenIn); "" on other pages.
	Written string

	MetaTitle string // the headline the page's metadata gives (HTML)
	MetaKey   string // its key
	SiteKey   string // the key of the site's name its metadata gives (see source.Meta.Site)
	// MetaTitlePlain is set when MetaTitle, printed alone, reads back as
	// itself.
	MetaTitlePlain bool
	MetaDate       string // the date the metadata or a date prefix gives
	FrontMatter    int    // the lines of the front matter that opens a Markdown text (see source.Meta.FrontMatter)
	Author         string
	Encoding       string
	// LD holds the hashes of the shingles of the page's JSON-LD
	// articleBody (HTML); nil when there is none.
	LD map[uint64]bool
	// LDItems holds the hashes of the keys of the items of a recipe that
	// the page's JSON-LD gives (see source.Meta.Items): its ingredients
	// and steps, each a line of the page; nil when there are none.
	LDItems map[uint64]bool
	// Price is the price of the page's one product, as its JSON-LD gives
	// it (HTML); 0 when there is none.
	Price float64

	masks  []lang.Set     // the stopword sets of the tokens of every line
	inits  []lang.Set     // the initials of every line (see Line.inits)
	keys   []byte         // the keys of every line, before they become one string
	counts []keyCount     // scratch of countRepeats
	names  map[string]int // scratch of markShared: the names of a page's pictures (markPlaceholders, markPictureNames)
	cards  [2][]int       // scratch of markCards: a run's price lines and the gaps between them
	grid   []int          // scratch of markPictureGrid: the non-blank lines
	heads  []head         // scratch of markReleases: the lines that may head a release
	cells  [2][]int       // scratch of markWrappedRows and markWidestRows: two rows' cell starts
	// firsts holds, when some block holds more than one line of the
	// input (a wrapped paragraph), the input line that opens each block,
	// from 0, and after them the number of input lines; else it is empty.
	firsts []int
}

// InputLine returns the number, from 1, of the line of the input that
// opens line i of the page; InputLine(len(p.Lines)) is one more than the
// input's last. They differ from i+1 when a line of the page is a wrapped
// paragraph of several (see source.Block.Lines).
func (p *Page) InputLine(i int) int {
	if len(p.firsts) == 0 {
		return i + 1
	}
	return p.firsts[i] + 1
}

// View measures v, a view of the measured page p: doc holds the lines a
// reading of p's output sees, read as text, and origin[i] is the index of
// the line of p that doc's line i prints, or -1 for a line that is not
// one of p's (a title from metadata, a blank line). The counts of a line
// with the content of its origin are taken from there, not measured again;
// everything that depends on the page is measured anew.
func View(v, p *Page, doc *source.Doc, origin []int, opt Options) {
	v.reset(p.Lex, len(doc.Blocks))
	v.MetaDate, v.Encoding = doc.Meta.Date, p.Encoding
	v.masks = p.masks[:len(p.masks):len(p.masks)] // shared; appending copies
	v.inits = p.inits[:len(p.inits):len(p.inits)]
	m := meter{lex: p.Lex, maxLine: opt.MaxLineBytes}
	v.Lines = v.Lines[:len(doc.Blocks)]
	for i := range doc.Blocks {
		l := &v.Lines[i]
		l.read(&doc.Blocks[i], false)
		if l.Blank {
			continue
		}
		if j := origin[i]; j >= 0 && p.Lines[j].Content == l.Content {
			o := &p.Lines[j]
			l.Counts = o.Counts
			l.key = span{}
			if l.Text != o.Text {
				l.shape = shapeUnknown
				l.Date = m.dateOfLine(l)
			}
			continue
		}
		m.measure(v, l)
	}
	v.finishKeys(0)
	v.derive(true, p, origin)
}

// SameAs reports whether l and o read the same: every feature but where
// they stand (Gap) is the same. A line of a view that reads as the line
// it prints is decided by its rules as that line was.
func (l *Line) SameAs(o *Line) bool {
	a, b := *l, *o
	a.Gap, b.Gap = false, false
	a.key, b.key = span{}, span{}       // where the key was built
	a.shape, b.shape = notCode, notCode // computed when needed
	return a == b
}

// Options say how to measure.
type Options struct {
	// MaxLineBytes is how much of a line is measured: the words,
	// stopwords and phrases of a longer line are read from its first
	// MaxLineBytes bytes.
	MaxLineBytes int
	// Done, when it is closed, stops the measuring: Measure returns within
	// a few thousand lines, and p is then of no use.
	Done <-chan struct{}
}

// checkEvery is how many lines Measure measures between two looks at
// Options.Done.
const checkEvery = 4096

// Measure measures the lines of doc into p, reusing p's memory.
func Measure(p *Page, doc *source.Doc, lex *lang.Lexicons, opt Options) {
	p.reset(lex, len(doc.Blocks))
	p.HTML = doc.HTML
	p.MetaTitle, p.MetaDate, p.Author, p.Encoding = doc.Meta.Title, doc.Meta.Date, doc.Meta.Author, doc.Encoding
	p.MetaTitlePlain, p.Price, p.FrontMatter = doc.Meta.TitlePlain, doc.Meta.Price, doc.Meta.FrontMatter
	if p.MetaTitle != "" {
		p.MetaKey = lang.Key(p.MetaTitle)
	}
	p.SiteKey = lang.Key(doc.Meta.Site)
	if doc.Meta.Body != "" {
		p.LD = shingleSet(doc.Meta.Body)
	}
	if len(doc.Meta.Items) > 0 {
		p.LDItems = make(map[uint64]bool, len(doc.Meta.Items))
		for _, s := range doc.Meta.Items {
			p.LDItems[lang.HashString(lang.Key(s))] = true
		}
	}
	m := meter{lex: lex, maxLine: opt.MaxLineBytes}
	p.Lines = p.Lines[:len(doc.Blocks)]
	size, wrapped := 0, false
	for i := range doc.Blocks {
		size += len(doc.Blocks[i].Markup.Content) + 1
		wrapped = wrapped || doc.Blocks[i].Lines > 1
	}
	if wrapped {
		p.firsts = inputLines(p.firsts[:0], doc.Blocks)
	}
	p.keys = slices.Grow(p.keys, size)     // a key is no longer than its content, but for a few lower-case letters
	p.masks = slices.Grow(p.masks, size/4) // a token has four bytes, or more with what parts it
	for i := range doc.Blocks {
		if i%checkEvery == checkEvery-1 && stopped(opt.Done) {
			return
		}
		b := &doc.Blocks[i]
		l := &p.Lines[i]
		l.read(b, doc.HTML)
		if l.Blank {
			continue
		}
		m.measure(p, l)
	}
	p.finishKeys(0)
	p.derive(!doc.HTML, nil, nil)
}

// stopped reports whether done is closed.
func stopped(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// finishKeys turns the keys of the lines from line from on into one
// string, which they share.
func (p *Page) finishKeys(from int) {
	if len(p.keys) == 0 {
		return
	}
	all := string(p.keys)
	for i := from; i < len(p.Lines); i++ {
		l := &p.Lines[i]
		if l.key.to > l.key.from {
			l.Key = all[l.key.from:l.key.to]
		}
	}
}

// read takes the line's text and layout from its block, in the page's
// reading: the DOM's for HTML, the text's markup for text.
func (l *Line) read(b *source.Block, html bool) {
	*l = Line{Text: b.Text[b.Lift:], Blank: b.Blank, Gap: b.Gap}
	if b.Blank {
		return
	}
	m := &b.Markup
	l.Content, l.Indent, l.Marker, l.Plain, l.Dated = m.Content, m.Indent, m.Marker, m.Plain, m.Dated
	if html {
		l.DOM, l.Heading, l.Links, l.Code, l.TagLinks = b.DOM, b.DOM.Heading, b.DOM.Links, b.DOM.Code, b.DOM.TagLinks
		return
	}
	l.Heading, l.Links, l.Image, l.Widget = m.Heading, m.Links, m.Image || pictureTwice(m.Content) || imageURL(m.Content) || lynxFrame(m.Content), m.Widget || lynxWidget(l.Text)
	l.LinkRef, l.TagLinks = m.LinkRef, m.TagLinks
}

// reset empties p for a document of n lines, keeping its memory.
func (p *Page) reset(lex *lang.Lexicons, n int) {
	lines := p.Lines
	if cap(lines) < n {
		lines = make([]Line, n)
	}
	*p = Page{Lines: lines[:0], Lex: lex, Lang: lang.None, masks: p.masks[:0], inits: p.inits[:0], keys: p.keys[:0], counts: p.counts, firsts: p.firsts[:0], cards: p.cards, names: p.names, grid: p.grid[:0], heads: p.heads[:0], cells: p.cells}
}

// inputLines appends to firsts the input line that opens each block, from
// 0, then the number of input lines (see Page.InputLine).
func inputLines(firsts []int, blocks []source.Block) []int {
	n := 0
	for i := range blocks {
		firsts = append(firsts, n)
		n += max(1, blocks[i].Lines)
	}
	return append(firsts, n)
}
