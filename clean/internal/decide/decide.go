// Package decide is the classifier: it decides, for every measured line of
// a page, whether it is the page's own content or chrome, and why. Rules
// vote on each line (votes.go); then passes run once each, in the order
// Decide gives: the context pass (context.go), the article span
// (span.go, widened on pages that are not one article in widen.go), the
// headline (headline.go, which rates lines in titlescore.go), its copies
// and the page's duplicates (copies.go), the verdicts (verdicts.go) and
// the date (date.go).
package decide

import (
	"math/bits"
	"slices"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// Verdict is the decision taken on a line.
type Verdict uint8

const (
	Blank    Verdict = iota // blank lines separate paragraphs
	Keep                    // the line is in the body
	Drop                    // the line is chrome
	Headline                // the line is the title
)

// class is what the classifier thinks a line is.
type class uint8

const (
	uncertain class = iota
	content
	chrome
)

// Config is what a Decider is made from.
type Config struct {
	Balance  Balance
	Disabled [NumRules]bool // rules and passes turned off
}

// Site is what a site profile says of the site of a page: the lines that
// recur across its documents. A nil *Site says nothing.
type Site struct {
	Name string // the site's name, as explanations give it
	Docs int    // the documents of the site counted
	// Recurring holds, by key hash, the lines that recur across enough of
	// the site's documents to be its chrome, with the number of documents
	// that hold each.
	Recurring map[uint64]int
}

// Balance chooses between keeping too much and removing too much.
type Balance uint8

const (
	Balanced       Balance = iota
	FavorPrecision         // when a line is in doubt, it goes
	FavorRecall            // when a line is in doubt, it stays
)

// Decider decides pages. It is immutable, and safe for concurrent use.
type Decider struct {
	cfg Config
	// The enabled line rules, in priority order, for text and for HTML.
	text, html voters
	prm        params
}

// voters are the enabled line rules of one kind of page, in priority
// order, at most 64, with the sets of them that a line is asked about.
type voters struct {
	list   []voter
	always uint64           // the rules that need no fact
	wants  [numFacts]uint64 // by fact, the rules that need it
}

// add appends a rule. TestRuleTable checks there are at most 64.
func (vs *voters) add(v voter) {
	bit := uint64(1) << len(vs.list)
	vs.list = append(vs.list, v)
	if v.needs == 0 {
		vs.always |= bit
		return
	}
	for f := range numFacts {
		if v.needs&(1<<f) != 0 {
			vs.wants[f] |= bit
		}
	}
}

// asked returns the set of rules to ask about a line with the facts has.
func (vs *voters) asked(has fact) uint64 {
	set := vs.always
	for m := uint32(has); m != 0; m &= m - 1 {
		set |= vs.wants[bits.TrailingZeros32(m)]
	}
	return set
}

// voter is what the vote loop reads of a rule's row, packed together.
type voter struct {
	vote     func(l *measure.Line, p *Page) float64
	rule     Rule
	needs    fact
	table    lang.Table
	strong   bool
	maxWords int32
	phrase   float64
	// heading: the phrase names a section's heading (the row closes
	// articles), and a line that ends a sentence heads no section: "More
	// on that in a follow-up post." or "related to human spaceflight.",
	// the end of a paragraph that wrapping parted from it, open with a
	// related block's words. wceb: a blog's "More on that in a follow-up
	// post about V8's performance." and a story's "More from Electrek:
	// The news comes after ..." are kept, +0.003 to +0.005 in each mode;
	// a forum's "Related Links Top of the: day, week, month.", a heading
	// that w3m ran into its box's text, is not, -0.002 in text-w3m.
	heading bool
}

// New returns a Decider for cfg.
func New(cfg Config) *Decider {
	d := &Decider{cfg: cfg, prm: paramsFor(cfg.Balance)}
	for r := Rule(1); r < NumRules; r++ {
		row := &rules[r]
		if row.kind != LineRule || cfg.Disabled[r] {
			continue
		}
		v := voter{vote: row.vote, rule: r, needs: row.needs, table: row.table, strong: row.strong, maxWords: int32(row.maxWords), phrase: row.phrase, heading: row.closes}
		if v.vote == nil {
			v.needs |= fTable // a rule that only reads its table needs a line that matches one
		}
		d.html.add(v)
		if !row.dom {
			d.text.add(v)
		}
	}
	return d
}

// on reports whether rule or pass r is enabled.
func (d *Decider) on(r Rule) bool { return !d.cfg.Disabled[r] }

// Decide decides every line of the measured page m, of the given site
// (nil when there is no site profile), into p, reusing p's memory.
func (d *Decider) Decide(p *Page, m *measure.Page, site *Site) {
	d.decide(p, m, site, nil, nil)
}

// DecideReading decides m, a reading of the output of the decided page
// src, into p: origin[i] is the line of src that m's line i prints, or
// PrintedBlank or PrintedMeta. A line that reads as the line it prints
// (see measure.Line.SameAs), on a page in the same language, keeps that
// line's votes: the rules read nothing else. The reading is of src's site.
func (d *Decider) DecideReading(p *Page, m *measure.Page, src *Page, origin []int) {
	d.decide(p, m, src.site, src, origin)
}

// decide runs the passes once each, in this order.
func (d *Decider) decide(p *Page, m *measure.Page, site *Site, src *Page, origin []int) {
	p.reset(m)
	p.site = site
	// A reading of the output measures its own prose, as a user's
	// cleaning of the output does: its long sentences are fewer than the
	// page's, and their median may differ (see vote).
	p.proseScale, p.dens = proseScaleOf(m, p.dens)
	p.proseByLength = !stopwordProse(m, p.proseScale)
	d.vote(p, src, origin)
	d.defineTerms(p)
	d.keepPostHeads(p)
	d.settle(p)
	d.findSpan(p)
	d.findHeadline(p)
	d.keepPostDates(p)
	headingAbove(p)
	sectionsAbove(p)
	sectionsBelow(p)
	keepRunsApart(p, d.prm)
	keepSectionsApart(p, d.prm)
	d.markCopies(p)
	d.applySpan(p)
	d.siteRepeats(p)
	keepFences(p)
	d.findDate(p)
}

// Line is the decision on one line.
type Line struct {
	Verdict Verdict
	Reason  Rule   // the rule or pass that decided; NoRule for blank lines
	Detail  Detail // what it saw

	score      float64
	good, bad  Rule  // the strongest content and chrome votes
	ruleClass  class // the class the rules' votes give
	class      class // the class after the context pass
	strong     bool  // the strongest chrome vote came from a strong rule
	strongVote bool  // some strong rule voted against the line
	copy       copyKind
	lede       bool // a paragraph between the headline and the span, kept (see keepStandfirst)
	apart      bool // a paragraph of a run apart from the span, kept (see keepRunsApart)
	extended   bool // added to a page of records' span as its first date or last data
	codeBlock  bool // in a block of code (see inCodeBlock)
	// Lift is the number of bytes a reading of the output lifted from the
	// start of the line's text into the page's metadata.
	Lift int
}

// Page is a measured page on its way through the classifier, and then its
// decisions.
type Page struct {
	m     *measure.Page
	Lines []Line // the decisions, by line

	Start, End int    // the article span, line indices inclusive; Start > End when there is none
	Title      int    // the index of the headline, -1 if none
	Date       string // the page's date, YYYY-MM-DD, when one was found
	clean      bool   // no line is strong chrome: the page is kept whole (see isClean)
	hasMain    bool   // some line is inside the page's main container (HTML)
	items      bool   // the span covers the page's items (see spanItems)
	// boxFrom and boxTo (exclusive) are the box between an introduction
	// and the rest of the article (see introBefore); empty when equal.
	boxFrom, boxTo int

	// NoMetaTitle is set when the metadata title does not read as the
	// headline of the page's output (see Follow).
	NoMetaTitle bool

	site     *Site    // what the page's site profile says, if there is one
	spanText string   // the detail of SpanDetail, once written
	given    []string // the details a reading of the output gave

	// proseScale scales the stopword shares that make a line prose (see
	// prose and proseScaleOf): 1 but on a page whose sentences hold few
	// stopwords, as a language that suffixes what others write as words
	// does (Turkish, Finnish, Hungarian).
	proseScale float64

	// proseByLength is set on a page in a language none of whose lines
	// is prose by its stopwords (see stopwordProse): its prose is read by
	// length, as on a page of no language.
	proseByLength bool

	// cookies is whether the page is about cookies (see aboutCookies):
	// 0 until asked, then 1 or -1.
	cookies int8

	// namedLines is one more than the number of lines that give a name
	// and, past a separator, digits (see namedLine): 0 until asked.
	namedLines int

	// pilcrow is one more than the line of a text's first heading that
	// ends with a permalink's sign (see pilcrowH1), -1 when it has none:
	// 0 until asked.
	pilcrow int

	// Scratch of the passes, kept for the next page.
	dens       []float64
	idx        []int
	masses     []float64
	box        []int
	kept, last map[uint64]int
	leads      map[uint64]int // see countEntryLeads
	lowerBuf   []byte
}

// reset prepares p for the page m.
func (p *Page) reset(m *measure.Page) {
	lines := p.Lines
	if cap(lines) < len(m.Lines) {
		lines = make([]Line, len(m.Lines))
	}
	lines = lines[:len(m.Lines)]
	clear(lines)
	kept, last, leads := p.kept, p.last, p.leads
	if kept == nil {
		kept, last, leads = map[uint64]int{}, map[uint64]int{}, map[uint64]int{}
	}
	*p = Page{m: m, Lines: lines, Start: 0, End: -1, Title: -1,
		idx: p.idx[:0], masses: p.masses[:0], box: p.box[:0], dens: p.dens[:0], kept: kept, last: last, leads: leads, lowerBuf: p.lowerBuf[:0]}
	for i := range m.Lines {
		p.hasMain = p.hasMain || m.Lines[i].DOM.Main
	}
	p.markCodeBlocks()
}

// markCodeBlocks sets Line.codeBlock on the lines of each block of code
// (see inCodeBlock), in one pass over the page.
func (p *Page) markCodeBlocks() {
	for i := 0; i < len(p.Lines); {
		if p.f(i).Blank {
			i++
			continue
		}
		j, code := i, false
		for ; j < len(p.Lines) && !p.f(j).Blank; j++ {
			f := p.f(j)
			code = code || f.ShowsCode()
		}
		for k := i; k < j && code; k++ {
			p.Lines[k].codeBlock = true
		}
		i = j
	}
}

// proseScaleOf returns the page's prose scale (see Page.proseScale): the
// median share of stopwords in its long sentences (lines of 20 words or
// more that end as a sentence does, at least minScaleLines of them) over
// proseNorm, at most 1 and at least minProseScale. In English, French or
// German such lines hold a third of stopwords or more, and the scale is 1;
// in Turkish a news story's paragraphs hold 0.09 to 0.36 ("Belediye
// meclisi salı akşamı, limanın geleceği hakkında uzun bir tartışmanın
// ardından ..." holds two of 21), and none had been prose by its own
// votes. dens is scratch space, returned for the next page.
func proseScaleOf(m *measure.Page, dens []float64) (float64, []float64) {
	if m.Lang == lang.None {
		return 1, dens
	}
	for i := range m.Lines {
		l := &m.Lines[i]
		if l.Words >= 20 && l.End == measure.EndSentence && !l.Image && !l.Code {
			dens = append(dens, l.StopDensity())
		}
	}
	if len(dens) < minScaleLines {
		return 1, dens[:0]
	}
	slices.Sort(dens)
	median := dens[len(dens)/2]
	return min(1, max(minProseScale, median/proseNorm)), dens[:0]
}

// stopwordProse reports whether a line of m is prose by its share of
// stopwords (see proseByStopwords), scaled by scale. A Hebrew story of three
// paragraphs had none: Hebrew writes its articles, prepositions and "and"
// as prefixes, its list covers few of its words, and no sentence was
// long enough, nor were there enough, to scale them (see proseScaleOf);
// the page printed nothing.
func stopwordProse(m *measure.Page, scale float64) bool {
	if m.Lang == lang.None {
		return true
	}
	for i := range m.Lines {
		if proseByStopwords(&m.Lines[i], scale) > 0 {
			return true
		}
	}
	return false
}

const (
	minScaleLines = 3   // the fewest long sentences that scale a page's prose
	proseNorm     = 0.3 // the share of stopwords of long sentences at which the scale is 1
	minProseScale = 0.4 // the least scale
)

// nonBlank returns the index of the next non-blank line from i in direction
// dir (+1 or -1), or -1.
func (p *Page) nonBlank(i, dir int) int {
	for ; i >= 0 && i < len(p.Lines); i += dir {
		if !p.m.Lines[i].Blank {
			return i
		}
	}
	return -1
}

// firstLine returns the index of the page's first line as a renderer
// shows it, under a Markdown document's front matter (see
// source.Meta.FrontMatter); -1 if there is none.
func (p *Page) firstLine() int { return p.nonBlank(p.m.FrontMatter, 1) }

// Measured returns the measured page p decides.
func (p *Page) Measured() *measure.Page { return p.m }

// f returns the features of line i.
func (p *Page) f(i int) *measure.Line { return &p.m.Lines[i] }

// inSpan reports whether line i is inside the article span.
func (p *Page) inSpan(i int) bool { return i >= p.Start && i <= p.End }
