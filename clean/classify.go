package clean

import (
	"fmt"
	"math"
	"strings"
)

// pagePasses are the whole-document passes, in the order they run. Each can
// be turned off by name like a rule.
var pagePasses = []struct{ name, doc string }{
	{"context", "settles uncertain lines from their neighbours: a short line between two paragraphs is content, one inside a menu is not"},
	{"article-span", "finds where the article starts and ends; weak chrome inside it stays, everything outside it goes"},
	{"headline", "lifts the article's headline into Title"},
	{"headline-copy", "removes the other copies of the headline: Reading: ..., breadcrumbs, teasers"},
	{"duplicate", "removes the copies, outside the article, of a line of eight words or more that the page repeats, and all but the first when it gives the line three times or more"},
	{"date-prefix", "lifts a leading \"date YYYY-MM-DD\" metadata prefix into Date"},
	{"reread", "cleans the output again and follows that reading until it changes nothing, so that cleaning is idempotent"},
}

// params are the knobs of the span pass; Balance turns some of them.
type params struct {
	uncertainMass float64 // cost of an uncertain line inside the span
	weakMass      float64 // base cost of a weak chrome line
	strongMass    float64 // base cost of a strong chrome line
	barrierMass   float64 // cost of a section heading that closes the article
	contextMass   float64 // share of its words an uncertain line settled as content adds

	// isolatedMass is the share of its words that a content line with no
	// content line beside it adds: teaser summaries and comments stand
	// alone between their metadata lines, an article's paragraphs follow
	// one another.
	isolatedMass float64
	// runGrowth is how many chrome lines in a row double the cost of the
	// next.
	runGrowth float64
	// Once a section heading that closes an article (related links,
	// comments) ends a span of at least minArticleWords words of content,
	// the content after it counts for afterBarrier of its words: a comment
	// thread or a block of teasers is not the article, however long it is.
	// An article that goes on after an inline box of related links does so
	// with paragraphs in a row, and reopenRun of them reopen it; nothing
	// reopens after a comment section, where a long comment also has
	// paragraphs in a row.
	minArticleWords int
	afterBarrier    float64
	reopenRun       int
	// On a page without an article, a run of reopenRun paragraphs, the
	// content is a set of records (posts, events, steps, blocks of code)
	// with their dates, authors and headings between them: there weak
	// chrome and uncertain lines cost recordsMass of their usual cost, and
	// lone paragraphs count in full.
	recordsMass float64
	// Chrome between content lines of the page's main container (HTML)
	// is a box inside the article: it costs insideMain of its usual cost,
	// and closes nothing.
	insideMain float64
}

func paramsFor(b Balance) params {
	prm := params{
		uncertainMass:   1,
		weakMass:        2,
		strongMass:      6,
		barrierMass:     40,
		insideMain:      0.3,
		contextMass:     0.5,
		isolatedMass:    0.4,
		runGrowth:       3,
		minArticleWords: 40,
		afterBarrier:    0.15,
		reopenRun:       3,
		recordsMass:     0.25,
	}
	switch b {
	case FavorPrecision:
		prm.uncertainMass, prm.weakMass, prm.barrierMass = 2, 4, 80
	case FavorRecall:
		prm.uncertainMass, prm.weakMass, prm.barrierMass = 0.5, 1, 20
	}
	return prm
}

// classify decides every line of p. The page's language is first taken
// from its long lines; once the article is found, it is taken again from
// the lines kept, and if that differs the page is decided again in it. So
// the language is the article's, and cleaning the output starts from the
// same language as the cleaning that produced it. Adversarial pages whose
// language would flip back and forth stop after maxLanguageRounds.
func (c *Cleaner) classify(p *page) {
	for round := 0; ; round++ {
		c.decide(p)
		kept := p.pickLanguage(func(l *line) bool { return l.verdict == Keep || l.verdict == Headline })
		if kept == p.lang || !p.anyKept() || round == maxLanguageRounds {
			return
		}
		p.setLanguage(kept)
		p.reset()
	}
}

// maxLanguageRounds bounds how often a page is decided again in another
// language.
const maxLanguageRounds = 3

// decide runs the rules and passes over p. The headline is looked for
// before the article span; its copies are then set aside and the span found
// again after it, so that no span rests on a line that is not kept and the
// body never starts before its title.
func (c *Cleaner) decide(p *page) {
	c.vote(p)
	c.settle(p)
	p.clean = isClean(p)
	switch {
	case p.clean:
		// A page without a line of strong chrome is an article already,
		// or a page cleaned before: it is all kept, but for its headline.
		p.start, p.end = 0, len(p.lines)-1
		if !c.cfg.disabled["headline"] {
			p.title = firstLineTitle(p)
			p.start = p.title + 1
		}
	default:
		c.findSpan(p, 0)
		if !c.cfg.disabled["headline"] {
			p.title = findTitle(p)
		}
	}
	copies := false
	if p.title >= 0 && !c.cfg.disabled["headline-copy"] {
		copies = markCopies(p)
	}
	if !c.cfg.disabled["duplicate"] {
		copies = markDuplicates(p) || copies
	}
	if copies {
		c.settle(p)
	}
	if !p.clean && (p.title >= 0 || copies) {
		c.findSpan(p, p.title+1)
	}
	applySpan(p)
	dropBoxes(p)
	p.date = p.metaDate
	if p.date == "" {
		p.date = findDateLine(p)
	}
	if !p.clean {
		trimEdges(p)
	}
}

// isClean reports whether no line of p is strong chrome. Of the 859 pages
// of the benchmarks' text renderings, 3 are; of what the cleaner prints,
// nearly all.
func isClean(p *page) bool {
	any := false
	for i := range p.lines {
		l := &p.lines[i]
		if l.class == chrome && l.strong {
			return false
		}
		any = any || !l.blank
	}
	return any
}

// firstLineTitle returns the headline of a clean page: its first line, if
// it reads as a headline and a blank line parts it from more text, as this
// package prints a title; else -1.
func firstLineTitle(p *page) int {
	i := p.nonBlank(0, 1)
	if i < 0 || i+1 >= len(p.lines) || !p.lines[i+1].blank || p.nonBlank(i+1, 1) < 0 {
		return -1
	}
	if _, ok := titleScore(p, i); !ok {
		return -1
	}
	return i
}

// anyKept reports whether some line of p is kept.
func (p *page) anyKept() bool {
	for i := range p.lines {
		if p.lines[i].verdict == Keep {
			return true
		}
	}
	return false
}

// reset forgets every decision on p, keeping the measured features.
func (p *page) reset() {
	for i := range p.lines {
		l := &p.lines[i]
		l.score, l.goodRule, l.badRule, l.goodDetail, l.badDetail = 0, "", "", "", ""
		l.ruleClass, l.class, l.strong, l.barrier, l.strongVote = uncertain, uncertain, false, false, false
		l.verdict, l.reason, l.detail = Blank, "", ""
		l.copy, l.extended = notCopy, false
	}
	p.start, p.end, p.title, p.date = 0, -1, -1, ""
}

// vote runs the line rules over every line and sums their votes.
func (c *Cleaner) vote(p *page) {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		var best, worst float64
		for _, r := range c.rules {
			v := r.vote(l, p)
			if v == 0 {
				continue
			}
			l.score += v
			if v > best {
				best, l.goodRule, l.goodDetail = v, r.name, ""
				if r.detail != nil {
					l.goodDetail = r.detail(l)
				}
			}
			if v < worst {
				worst, l.badRule, l.badDetail = v, r.name, ""
				if r.detail != nil {
					l.badDetail = r.detail(l)
				}
				l.strong, l.barrier = r.strong && v <= -1, r.barrier
			}
			l.strongVote = l.strongVote || r.strong && v <= -1
		}
		switch {
		case l.score >= contentScore:
			l.ruleClass = content
		case l.score <= -chromeScore:
			l.ruleClass = chrome
		default:
			l.ruleClass = uncertain
		}
	}
}

// contextReach is how many decided non-blank lines the context pass looks
// past on each side before giving up.
const contextReach = 3

// settle is the context pass, in the spirit of jusText's context-sensitive
// classification: an uncertain line between two content lines is content
// (a subheading, a short answer in an interview); one with chrome, or the
// edge of the page, on both sides is chrome (an entry of a menu). It reads
// the classes the rules gave, so the order of lines does not matter, and it
// skips the headline's copies, so it can run again once they are known.
// With the pass turned off, uncertain lines stay uncertain.
func (c *Cleaner) settle(p *page) {
	off := c.cfg.disabled["context"]
	// The lines that take part, so that walking to a neighbour never
	// crosses blank lines one by one.
	idx := p.scratchIdx[:0]
	for i := range p.lines {
		if l := &p.lines[i]; !l.blank && l.copy == notCopy {
			idx = append(idx, i)
		}
	}
	p.scratchIdx = idx
	for k, i := range idx {
		l := &p.lines[i]
		l.class, l.detail = l.ruleClass, ""
		switch l.class {
		case content:
			l.reason, l.detail = l.goodRule, l.goodDetail
			continue
		case chrome:
			l.reason, l.detail = l.badRule, l.badDetail
			continue
		}
		l.reason = ""
		if off {
			continue
		}
		prev, next := neighbour(p, idx, k, -1), neighbour(p, idx, k, 1)
		switch {
		case prev == content && next == content:
			l.class, l.reason, l.detail = content, "context", "between content lines"
		case prev == chrome && next == chrome:
			l.class, l.reason, l.detail = chrome, "context", "between chrome lines"
		}
	}
}

// neighbour returns the rules' class of the nearest decided line from
// idx[k] in direction dir, chrome at the edge of the page, or uncertain when
// none is within reach.
func neighbour(p *page, idx []int, k, dir int) class {
	seen := 0
	for j := k + dir; j >= 0 && j < len(idx); j += dir {
		if c := p.lines[idx[j]].ruleClass; c != uncertain {
			return c
		}
		if seen++; seen >= contextReach {
			return uncertain
		}
	}
	return chrome
}

// mass is what a line adds to an article span that includes it: content
// adds its words, chrome costs more the longer and surer it is.
func mass(l *line, prm params) float64 {
	switch l.class {
	case content:
		if l.reason == "context" {
			return prm.contextMass * float64(l.words)
		}
		return float64(l.words)
	case chrome:
		switch {
		case l.barrier:
			return -prm.barrierMass
		case l.strong && interrupts(l.badRule):
			return -prm.strongMass // a caption or an embed costs the same however long
		case l.strong:
			return -prm.strongMass - float64(l.words)
		}
		return -prm.weakMass - 0.5*float64(l.words)
	}
	return -prm.uncertainMass
}

// findSpan is the article-span pass: the article is the run of lines from
// line from on with the greatest total mass (the maximum subarray, as in
// Finn's body text extraction), each line's mass being what it adds to an
// article that includes it (see spanMasses).
func (c *Cleaner) findSpan(p *page, from int) {
	if c.cfg.disabled["article-span"] {
		p.start, p.end = from, len(p.lines)-1
		return
	}
	p.start, p.end = 0, -1
	s, ok := bestSpan(p, c.spanMasses(p, from), from, len(p.lines))
	if !ok {
		return
	}
	p.start, p.end = s.start, s.end
	if !hasArticleRun(p, c.prm.reopenRun) {
		extendRecords(p, from)
	}
}

// extendRecords widens the span of a page of records by what belongs to
// its first and last records: the date written right above the first one
// ("3 March 2024 at 18:04", with no blank line before the post), and the
// short data lines right after the last one (a recipe's nutrition table),
// up to the first strong chrome, section heading or list of links.
func extendRecords(p *page, from int) {
	for i := p.start - 1; i >= from; i-- {
		l := &p.lines[i]
		if l.blank || l.date == "" || p.lines[i+1].blank {
			break
		}
		p.start, l.extended = i, true
	}
	for i, seen := p.end+1, 0; i < len(p.lines) && seen < recordTail; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		if l.strong || l.barrier || l.marker != markNone || l.words > 12 {
			break
		}
		seen++
		p.end, l.extended = i, true
	}
}

// recordTail is how many short lines after its last record a page of
// records may keep.
const recordTail = 8

// span is a run of lines, start to end inclusive, and its mass.
type span struct {
	start, end int
	mass       float64
}

// bestSpan returns the run of lines lo to hi-1 with the greatest mass.
func bestSpan(p *page, masses []float64, lo, hi int) (span, bool) {
	var best span
	found := false
	sum, start := 0.0, lo
	for i := lo; i < hi; i++ {
		if l := &p.lines[i]; l.blank || l.copy != notCopy {
			continue
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += masses[i]
		if sum > best.mass {
			best, found = span{start, i, sum}, true
		}
	}
	return best, found
}

// spanMasses returns what each line from line from on adds to an article
// span that includes it. Content adds its words, half of them when no
// content line stands beside it. Chrome costs more the longer and surer it
// is, and the longer its run: a caption or an ad between two paragraphs is
// cheap to bridge, a block of menu entries or teasers is where an article
// ends. Content after a heading that closes an article counts for little.
// Copies of the headline are left out, as if they were not there.
func (c *Cleaner) spanMasses(p *page, from int) []float64 {
	masses := make([]float64, len(p.lines))
	records := !hasArticleRun(p, c.prm.reopenRun)
	sum, run := 0.0, 0
	words := 0       // content words in the current run of positive mass
	closed := false  // a barrier closed an article: what follows is another section
	final := false   // ... and it was a comment section, which the article never follows
	consecutive := 0 // content lines in a row, strong chrome between them aside
	withheld := 0.0  // mass the discount took from them
	var box []int    // the chrome lines since the barrier that closed the article
	adjacent := 0    // paragraphs content by their own votes in a row, interruptions aside
	mainLo, mainHi := mainContent(p)
	for i := from; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank || l.copy != notCopy {
			continue
		}
		if sum <= 0 {
			sum, words = 0, 0
		}
		m := mass(l, c.prm)
		if records && m < 0 && !l.barrier {
			m *= c.prm.recordsMass
		}
		switch l.class {
		case content:
			// A paragraph of the page's main container (HTML) is the
			// article's, wherever it stands; a list item there may be a
			// teaser.
			if !records && !(l.dom.main && l.marker == markNone) && isolated(p, i) {
				m *= c.prm.isolatedMass
			}
			run = 0
			if l.marker == markNone {
				consecutive++ // a list is not the article going on, nor does it stop it
			}
			if l.marker == markNone && l.ruleClass == content {
				adjacent++
			} else {
				adjacent = 0 // teasers' titles, content only by their summaries, part them
			}
			if closed && consecutive >= c.prm.reopenRun && !final {
				// The article goes on: the paragraphs that reopened it count
				// in full, and when they follow each other, as an article's
				// do and teasers with their titles do not, the box between,
				// if it is one box of items under one heading, costs what a box
				// inside the article costs.
				closed = false
				m += withheld
				if adjacent >= c.prm.reopenRun && inlineBox(p, box) {
					for _, j := range box {
						masses[j] *= c.prm.insideMain
					}
				}
				box = box[:0]
			}
			if closed {
				withheld += m * (1 - c.prm.afterBarrier)
				m *= c.prm.afterBarrier
			} else {
				words += l.words
			}
		case chrome:
			if i > mainLo && i < mainHi {
				m *= c.prm.insideMain
			} else if !l.barrier && !(records && !l.strong) {
				m *= 1 + float64(run)/c.prm.runGrowth
			}
			run++
			if !l.strong || l.barrier {
				consecutive, withheld = 0, 0 // ads and images interrupt an article; metadata lines separate comments and teasers
			}
			if l.barrier && l.marker == markNone && !l.dom.main && !inButtonRow(p, i) && !(i > mainLo && i < mainHi) && words >= c.prm.minArticleWords {
				if !closed {
					box = append(box[:0], i)
				}
				closed = true
				final = final || l.badRule == "comments"
			}
		}
		if l.class != content && !(l.class == chrome && l.strong && interrupts(l.badRule)) {
			adjacent = 0
		}
		if closed && l.class != content && (len(box) == 0 || box[len(box)-1] != i) {
			box = append(box, i)
		}
		masses[i] = m
		sum += m
	}
	return masses
}

// inlineBox reports whether lines, the chrome between an article and
// where it goes on, are one box of items under one heading: no other
// heading that closes articles, and no strong chrome but interruptions
// (a share bar or a newsletter prompt is the page's, not a box's).
func inlineBox(p *page, lines []int) bool {
	heads := 0
	for _, i := range lines {
		l := &p.lines[i]
		switch {
		case l.class != chrome:
		case l.barrier:
			heads++
		case l.strong && !interrupts(l.badRule) && l.badRule != "image" && l.badRule != "form-widget":
			return false // a w3m box shows its pictures as [alt] or [id]
		}
	}
	return heads == 1 && len(lines) > 1
}

// isolated reports whether the non-blank lines on both sides of line i are
// not content by their own votes: a teaser's title between two summaries is
// content only by its neighbours, and does not make them a run.
func isolated(p *page, i int) bool {
	for _, dir := range []int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(p.lines); j += dir {
			o := &p.lines[j]
			if o.blank || o.copy != notCopy || o.class == chrome && interrupts(o.badRule) {
				continue // set-aside copies are not there; ads, captions and "Read also:" links interrupt paragraphs without ending a run
			}
			if o.ruleClass == content {
				return false
			}
			break
		}
	}
	return true
}

// hasArticleRun reports whether p holds an article's run of paragraphs:
// n plain content lines of 15 words or more in a row, or two of 25 words or
// more, ads and captions between them aside.
func hasArticleRun(p *page, n int) bool {
	run, long := 0, 0
	for i := range p.lines {
		l := &p.lines[i]
		switch {
		case l.blank || l.copy != notCopy:
		case l.ruleClass == content && l.marker == markNone && l.words >= 15:
			run++
			if l.words >= 25 {
				long++
			} else {
				long = 0
			}
			if run >= n || long >= 2 {
				return true
			}
		case l.class == chrome && interrupts(l.badRule):
		default:
			run, long = 0, 0
		}
	}
	return false
}

// interrupts reports whether chrome decided by rule interrupts an article
// without ending it: ad slots, photo captions, "Read also:" links.
func interrupts(rule string) bool {
	return rule == "advert" || rule == "image-credit" || rule == "related-link"
}

// mainContent returns the first and last content lines inside the page's
// main container (HTML), or -1, -1.
func mainContent(p *page) (int, int) {
	lo, hi := -1, -1
	for j := range p.lines {
		if l := &p.lines[j]; l.dom.main && l.class == content {
			if lo < 0 {
				lo = j
			}
			hi = j
		}
	}
	return lo, hi
}

// inButtonRow reports whether line i sits in a row of buttons: next to a
// one- or two-word share or navigation label ("Facebook", "Print"). There,
// "Comments" is a button, not the heading of a comment section.
func inButtonRow(p *page, i int) bool {
	for _, dir := range []int{-1, 1} {
		j := p.nonBlank(i+dir, dir)
		if j < 0 {
			continue
		}
		o := &p.lines[j]
		if o.words <= 2 && o.class == chrome && (o.badRule == "share-bar" || o.badRule == "nav-label" || o.badRule == "follow-us") {
			return true
		}
	}
	return false
}

// applySpan turns classes into verdicts. Inside the span, everything but
// strong chrome stays, and in HTML weak chrome outside the page's main
// container goes too: it is a box the span bridged. Outside the span,
// everything goes. The headline and its copies have their own verdicts.
func applySpan(p *page) {
	for i := range p.lines {
		l := &p.lines[i]
		inside := i >= p.start && i <= p.end
		switch {
		case l.blank:
		case i == p.title:
			l.verdict, l.reason, l.detail = Headline, "headline", ""
		case l.copy != notCopy:
			l.verdict, l.reason, l.detail = Drop, l.copy.String(), ""
		case l.class == chrome && (l.strong || !inside || p.hasMain && !l.dom.main):
			l.verdict = Drop
		case inside:
			l.verdict = Keep
			if l.class != content {
				l.reason, l.detail = "inside-article", spanDetail(p)
			}
		default:
			// An uncertain line outside the article: name the chrome vote it
			// had, if any, since it says more than the span does.
			l.verdict = Drop
			l.reason, l.detail = "outside-article", spanDetail(p)
			if l.class == uncertain && l.badRule != "" {
				l.reason = l.badRule
			}
		}
	}
}

// spanDetail describes the article span for explanations.
func spanDetail(p *page) string {
	if p.start > p.end {
		return "no article found"
	}
	return fmt.Sprintf("article is lines %d-%d", p.start+1, p.end+1)
}

// trimEdges drops the kept lines before the first and after the last line
// that is content by its own votes. The span starts and ends on content, but
// the headline passes may remove such a line, and a line that is content
// only by its neighbours loses them once the page is cleaned: an article
// must not begin or end on a line that cleaning its output would drop.
func trimEdges(p *page) {
	selfContent := func(l *line) bool { return l.verdict == Keep && (l.score >= contentScore || l.extended) }
	first, last := -1, -1
	for i := range p.lines {
		if selfContent(&p.lines[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := range p.lines {
		l := &p.lines[i]
		if l.verdict == Keep && (first < 0 || i < first || i > last) {
			l.verdict, l.reason, l.detail = Drop, "outside-article", "at the edge of the article"
		}
	}
	if first < 0 && p.title >= 0 {
		// A headline without an article is not one.
		t := &p.lines[p.title]
		t.verdict, t.reason, t.detail = Drop, "outside-article", "no article found"
		p.title = -1
	}
}

// titleReach is how many non-blank lines before the article the headline
// is looked for.
const titleReach = 40

// findTitle returns the index of the headline: the best title-like line
// shortly before the article, or -1.
func findTitle(p *page) int {
	if p.start > p.end {
		return -1
	}
	i, _, ok := titleBefore(p, p.start)
	if !ok {
		return -1
	}
	return i
}

// titleBefore returns the best title-like line among the titleReach
// non-blank lines before line start, with its score, if one scores above
// the least a headline needs. A headline is short, does not end a
// sentence, and is often repeated on the page (breadcrumb, "Reading:" bar,
// teaser), marked as a heading, or the first line of a document that goes
// straight on with the article.
func titleBefore(p *page, start int) (int, float64, bool) {
	first := p.nonBlank(0, 1)
	best, bestScore := -1, minTitleScore
	seen := 0
	adjacent := true // only lines a headline may have below it so far
	for i := start - 1; i >= 0 && seen < titleReach; i-- {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		seen++
		s, ok := titleScore(p, i)
		if !ok {
			adjacent = adjacent && (l.strong || l.date != "" || byline(l, p) < 0 || l.words <= 5 || l.copy != notCopy)
			continue
		}
		s -= 0.05 * float64(seen)
		if adjacent {
			// Only bylines, dates, buttons and such stand between it and
			// the article.
			s += 0.5
			adjacent = false
		}
		if i == first && seen == 1 {
			// "Title, blank line, article" is how plain text gives a title,
			// and how this package prints one.
			s += 2
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best, bestScore, best >= 0
}

// minTitleScore is the least score of a headline.
const minTitleScore = 1.0

// titleScore rates line i as a headline; ok is false if it cannot be one.
func titleScore(p *page, i int) (score float64, ok bool) {
	l := &p.lines[i]
	switch {
	case l.words < 2 || l.words > 30, l.alpha*3 < l.tokens*2 && l.cjk == 0,
		l.cjk == 0 && !strings.Contains(l.content, " "), // one token: "marta_k"
		l.end != endNone && !(l.end == endSentence && !endsWithPeriod(l.content)),
		l.marker != markNone, l.date != "", l.strongVote,
		l.class == content && l.goodRule == "prose",
		byline(l, p) < 0,
		strings.Contains(l.content, "://") || strings.Contains(l.content, "www."),
		l.digits > 0 && hasDate(l.content),
		isLabelValue(l.content),
		!printsAsItself(l.content),
		datePrefix.MatchString(l.content): // printed first, a reading would lift it
		return 0, false
	}
	s := 1.0 + math.Min(float64(l.words), 12)/12
	switch {
	case l.words == 1:
		s -= 2
	case l.words <= 3:
		s -= 0.5 // "Configuring Tidewater", but also "Editorial Board"
	}
	if l.heading > 0 {
		s += 1.5
	}
	if l.heading == 1 {
		s += 1 // HTML's own headline element
	}
	if p.metaKey != "" && (l.key == p.metaKey || l.words >= 3 && (containsWords(p.metaKey, l.key) || containsWords(l.key, p.metaKey))) {
		s += 2 // the headline the page's metadata declares
	}
	if l.words >= 4 && (l.repeats > 0 || containedElsewhere(p, i)) {
		s += 2 // short repeated lines are labels: "Joined: June 2019"
	}
	return s, true
}

// isLabelValue reports whether s is a label and a short value: "Joined:
// June 2019", "Posts: 214". Such a line is a field, not a headline.
func isLabelValue(s string) bool {
	label, value, ok := strings.Cut(s, ":")
	return ok && !strings.Contains(label, " ") && len(strings.Fields(value)) <= 3
}

// printsAsItself reports whether text, printed alone on a line, reads back
// as a plain line with the same text: a title is printed that way, and must
// be found again when the output is cleaned.
func printsAsItself(text string) bool {
	var l line
	parseMarkup(&l, text)
	return !l.blank && l.marker == markNone && l.heading == 0 && l.content == text && !l.image && !l.widget
}

// endsWithPeriod reports whether s ends a sentence with a full stop rather
// than a question or an exclamation, which headlines may use.
func endsWithPeriod(s string) bool {
	return lineEnding(s) == endSentence && (len(s) > 0 && s[len(s)-1] == '.' || hasSuffixAny(s, ".\"", ".”", ".'", ".’", "。"))
}

func hasSuffixAny(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if len(s) >= len(x) && s[len(s)-len(x):] == x {
			return true
		}
	}
	return false
}

// containedElsewhere reports whether another short line of the page holds
// line i's text: a breadcrumb or a "Reading:" bar that ends with the
// headline.
func containedElsewhere(p *page, i int) bool {
	k := p.lines[i].key
	for j := range p.lines {
		o := &p.lines[j]
		if j == i || o.blank || len(o.key) <= len(k) || o.words > p.lines[i].words+12 {
			continue
		}
		if namesTheSite(o.badRule) {
			continue // "© 2024 The Small Kitchen" holds the site's name, not a headline
		}
		if containsWords(o.key, k) {
			return true
		}
	}
	return false
}

// namesTheSite reports whether chrome decided by rule is where a site
// writes its own name: copyright and legal lines, sign-in and follow
// prompts.
func namesTheSite(rule string) bool {
	switch rule {
	case "copyright", "site-notice", "sign-in", "follow-us", "newsletter":
		return true
	}
	return false
}

// containsWords reports whether key holds sub at token boundaries.
func containsWords(key, sub string) bool {
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

// copyKind says why a line is set aside as a copy of another.
type copyKind uint8

const (
	notCopy      copyKind = iota
	headlineCopy          // repeats the headline
	duplicate             // repeats another line of the page
)

// String returns the name of the pass that sets such copies aside.
func (k copyKind) String() string {
	switch k {
	case headlineCopy:
		return "headline-copy"
	case duplicate:
		return "duplicate"
	}
	return ""
}

// markCopies sets aside the lines that repeat the headline: the same text,
// or a short line that holds it ("Reading: <headline>", "Home > News >
// <headline>"). Strong chrome that quotes the headline ("34 responses to
// “<headline>”") keeps its own reason and its weight in the span. It
// reports whether it set any line aside.
func markCopies(p *page) bool {
	t := &p.lines[p.title]
	any := false
	for i := range p.lines {
		l := &p.lines[i]
		if i == p.title || l.blank || l.class == chrome && l.strong {
			continue
		}
		if l.key == t.key || l.words <= t.words+12 && containsWords(l.key, t.key) {
			l.copy, any = headlineCopy, true
		}
	}
	return any
}

// minDuplicateWords is the length from which a repeated line is a copy
// rather than a recurring label.
const minDuplicateWords = 8

// maxArticleCopies is how many other copies of one of its lines an article
// may hold: a summary repeats a paragraph once; a line given three times
// or more is a pin-it caption or a call to action, and only its first copy
// stays. In HTML, lines of the main container may repeat (a meal plan's
// dishes, day after day), and so may the lines of a clean page, which such
// a plan printed is.
const maxArticleCopies = 2

// markDuplicates sets aside the copies of a line of minDuplicateWords words
// or more that the page repeats outside the first article span, when a copy
// is inside it: a teaser that quotes the article's first paragraph, a
// caption given twice. With no copy inside the span, the first copy stays.
// Inside the span a copy goes only when it follows another directly (alt
// text and caption); other copies stay: a summary may repeat a paragraph
// word for word ("What You Need To Know"). It reports whether it set any
// line aside.
func markDuplicates(p *page) bool {
	kept := map[string]int{} // key → the copy kept
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.copy != notCopy || l.words < minDuplicateWords || l.repeats == 0 || i == p.title {
			continue
		}
		if k, ok := kept[l.key]; !ok || inSpan(p, i) && !inSpan(p, k) {
			kept[l.key] = i
		}
	}
	any := false
	last := map[string]int{} // key → the previous copy seen
	for i := range p.lines {
		l := &p.lines[i]
		k, ok := kept[l.key]
		if !ok || l.copy != notCopy || i == p.title {
			continue
		}
		prev, seen := last[l.key]
		last[l.key] = i
		if i == k || inSpan(p, i) && inSpan(p, k) && !(seen && nearby(p, prev, i)) && (l.repeats < maxArticleCopies || l.dom.main || p.clean) {
			continue
		}
		l.copy, any = duplicate, true
	}
	return any
}

// nearby reports whether lines i < j follow each other but for lines that
// are dropped whatever the span: strong chrome and other copies. That is how
// an image's alt text and its caption come out, and how they stand once the
// page is cleaned.
func nearby(p *page, i, j int) bool {
	for k := i + 1; k < j; k++ {
		l := &p.lines[k]
		if !l.blank && l.copy == notCopy && !(l.class == chrome && l.strong) {
			return false
		}
	}
	return true
}

// dropBoxes drops the items of a box that the article span bridged: the
// lines under a section heading that closes articles ("Related stories"),
// up to the next paragraph. They are the box's list, not the article's. A
// label ("Don't miss: ...") heads no box.
func dropBoxes(p *page) {
	for i := p.start; i <= p.end && i < len(p.lines); i++ {
		h := &p.lines[i]
		if h.blank || !h.barrier || h.class != chrome || h.end == endColon {
			continue
		}
		for j := i + 1; j <= p.end; j++ {
			l := &p.lines[j]
			if l.blank || l.verdict != Keep {
				continue
			}
			if l.class == content && l.marker == markNone {
				break
			}
			l.verdict, l.reason, l.detail = Drop, h.badRule, fmt.Sprintf("under %q", h.content)
		}
	}
}

// inSpan reports whether line i is inside the article span.
func inSpan(p *page, i int) bool { return i >= p.start && i <= p.end }

// findDateLine returns the date of the date line nearest before the article,
// or of one among its first lines, or "".
func findDateLine(p *page) string {
	if p.start > p.end {
		return ""
	}
	seen := 0
	for i := p.start; i >= 0 && seen < titleReach; i-- {
		if l := &p.lines[i]; !l.blank {
			seen++
			if l.date != "" {
				return l.date
			}
		}
	}
	seen = 0
	for i := p.start; i <= p.end && seen < 5; i++ {
		if l := &p.lines[i]; !l.blank {
			seen++
			if l.date != "" {
				return l.date
			}
		}
	}
	return ""
}
