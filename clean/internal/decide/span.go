package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// findSpan is the article-span pass: the article is the run of lines with
// the greatest total mass (the maximum subarray, as in Finn's body text
// extraction), each line's mass being what it adds to an article that
// includes it (see spanMasses). A page without a line of strong chrome is
// an article already, or a page cleaned before: its span is the whole
// page.
func (d *Decider) findSpan(p *Page) {
	p.clean = isClean(p)
	if p.clean || !d.on(ArticleSpan) {
		p.Start, p.End = 0, len(p.Lines)-1
		return
	}
	p.Start, p.End = 0, -1
	footer := footerStart(p)
	records := !hasArticleRun(p, d.prm.reopenRun, footer)
	s, ok := bestSpan(p, d.spanMasses(p, records, footer))
	if !ok {
		itemsAlone(p)
		if !p.items && !p.m.HTML {
			numberedAlone(p)
		}
		return
	}
	p.Start, p.End = s.start, s.end
	if titleList(p) {
		if records && nearSpan(p) {
			spanItems(p)
		}
	} else if records || oneOfItems(p) || answersFollow(p) || ledItems(p) || mostlyItems(p) {
		spanItems(p)
	}
	switch {
	case p.m.HTML: // the page's items decide (see spanItems)
		spreadArticle(p)
		spreadLD(p)
		spreadPosts(p)
		spreadKin(p)
	case records:
		spreadRecords(p)
		numberedTitles(p)
		letterIndex(p)
	default:
		spreadThread(p, footer)
	}
	if records {
		extendRecords(p)
	} else if p.Start == s.start && !p.items {
		introBefore(p, d.prm)
	}
	boxAtStart(p)
	postHeadsAbove(p)
	itemsAbove(p)
	ledeAbove(p)
	lastBelow(p)
	itemTailBelow(p)
	stepsBelow(p)
	cutBelow(p)
	if j := p.nonBlank(p.Start-1, -1); j >= 0 && entryTitle(p, j) {
		// A page of items whose span opens on an entry's summary: the
		// entry's linked title above it is the entry's too.
		p.Start, p.Lines[j].extended = j, true
	}
	tableAfter(p)
	listsAfter(p)
	tableAfter(p)
	codeAfter(p)
	if p.m.HTML {
		kinAfter(p)
	}
	numberedOn(p)
	datesAfter(p)
	signatureBelow(p)
	itemHead(p)
	entryAbove(p)
	for i := p.Start - 1; i >= 0 && p.Start <= p.End && (wrappedHead(p, i) || stanzaHead(p, i)); i-- {
		p.Start, p.Lines[i].extended = i, true // the lines of the span's first paragraph above it (see wrappedHead, stanzaHead)
	}
	rowsBefore(p)
	quantitiesAbove(p)
}

// itemsAlone makes the span of a page without one its items (see
// spanItems), if it has any: a shop's grid or a listing with no paragraph
// to make an article of, whose short cards each cost more than they add.
// In text the items are a grid's cards (see measure's markCards): wceb
// text-w3m rose from 0.7754 to 0.7775 and text-h2t from 0.7846 to
// 0.7868, with three collection pages from 0 or 0.22 to 0.49-0.56 in
// both; a category page whose truth is its buying guide, not its grid,
// fell 0.15 (w3m) and 0.07 (h2t), as its HTML does.
// Its items are its content, and a user cleaning it wants them rather
// than nothing. (Where a page's truth is a summary unlike its items, the
// benchmark scores the items lower than nothing: on the wceb pages
// without a span, a collection rose from 0 to 0.566, and a listing and a
// product page whose truths summarise them gained output of precision
// near 0; html fell from 0.8036 to 0.8018, collection rose from 0.5344
// to 0.5530.)
func itemsAlone(p *Page) {
	p.Start, p.End = len(p.Lines), -1
	spanItems(p)
	if !p.items {
		p.Start, p.End = 0, -1
	}
}

// isClean reports whether no line of p is strong chrome, nor chrome that
// an element's class names (see domHint). Of the 859 pages of the
// benchmarks' text renderings, 3 are; of what the cleaner prints, nearly
// all. A page whose only chrome is a popup or a menu that its classes
// name is not kept whole: a book's short chapter under its help popup
// ("Keyboard shortcuts", then its theme list) had taken the popup's
// heading for its headline, and a Chinese news page, whose text no main
// container holds, had kept its menus, its "【关闭窗口】 【发表评论】"
// and its teasers (trafilatura html 0.9463 -> 0.9468; no other page of
// any set moves).
func isClean(p *Page) bool {
	any := false
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.class == chrome && (l.strong || p.f(i).DOM.Hint != source.NoHint) {
			return false
		}
		any = any || !p.f(i).Blank
	}
	return any
}

// mass is what a line adds to an article span that includes it: content
// adds its words, chrome costs more the longer and surer it is.
func mass(l *Line, words int, prm params) float64 {
	switch l.class {
	case content:
		if l.Reason == Context {
			return prm.contextMass * float64(words)
		}
		return float64(words)
	case chrome:
		switch {
		case l.bad.closes():
			return -prm.barrierMass
		case l.strong && l.bad.interrupts():
			return -prm.strongMass // a caption or an embed costs the same however long
		case l.strong:
			return -prm.strongMass - float64(words)
		}
		return -prm.weakMass - 0.5*float64(words)
	}
	return -prm.uncertainMass
}

// span is a run of lines, start to end inclusive, and its mass.
type span struct {
	start, end int
	mass       float64
}

// bestSpan returns the run of lines with the greatest mass.
func bestSpan(p *Page, masses []float64) (span, bool) {
	var best span
	found := false
	sum, start := 0.0, 0
	for i := range p.Lines {
		if p.f(i).Blank {
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

// spanMasses returns what each line adds to an article span that includes
// it. Content adds its words, half of them when no content line stands
// beside it. Chrome costs more the longer and surer it is, and the longer
// its run: a caption or an ad between two paragraphs is cheap to bridge, a
// block of menu entries or teasers is where an article ends. Content after
// a heading that closes an article counts for little.
//
// On a page of records (see params.recordsMass) chrome costs less. A row
// of a table whose columns text aligns with spaces (see
// measure.Line.Aligned) or parts with bars (measure.Line.TableRow: a
// markdown table), weak chrome by its short cells and numbers, costs what
// a box inside the article costs, and does not lengthen a run: an
// article's table of figures must not cut it in two. A row with no word
// ("|  |", a layout table's) costs in full, but for the bar alone on its
// line between two cells of a table that html2text printed one cell to a
// paragraph (see measure.markExplodedTables): an article went on after
// its comparison table, which had ended it (wceb text-h2t: that page
// +0.11). A table of contents costs
// what such a box costs too, from its label (the contents list of the
// lexicon: "Table of contents", "Inhaltsverzeichnis") through the chrome
// before its first item ("Toggle") to its last item: its entries read as
// a menu's, and cut an article's introduction from its sections. The
// uncertain items of a list right under a paragraph (no other line
// between) cost nothing: the paragraph introduces them ("Our capabilities
// include:" and its points), and at an uncertain line's cost a service
// page's section of a paragraph and thirteen points had not paid for the
// picture and heading above it (wceb 0169 text-w3m 0.867 -> 0.992;
// trafilatura text-w3m 0.9206 -> 0.9211, no snippet changing; no other
// page of any set moves). The page's footer, from line footer on (see
// footerStart), closes whatever is open, and nothing reopens after it.
func (d *Decider) spanMasses(p *Page, records bool, footer int) []float64 {
	prm := d.prm
	masses := p.masses
	if cap(masses) < len(p.Lines) {
		masses = make([]float64, len(p.Lines))
	}
	masses = masses[:len(p.Lines)]
	clear(masses)
	p.masses = masses
	sum, run := 0.0, 0
	words := 0        // content words in the current run of positive mass
	closed := false   // a barrier closed an article: what follows is another section
	final := false    // ... and it was a comment section, which the article never follows
	comments := false // ... under an article of minArticleWords words or more
	consecutive := 0  // content lines in a row, strong chrome between them aside
	withheld := 0.0   // mass the discount took from them
	box := p.box[:0]  // the chrome lines since the barrier that closed the article
	adjacent := 0     // paragraphs content by their own votes in a row, interruptions aside
	mainLo, mainHi := mainContent(p)
	toc, tocItems := false, 0 // in an article's table of contents: its label, then its items
	introduced := false       // in a list right under a paragraph
	pane := false             // the line before was in an author pane (see source.DOM.Pane)
	fine := finePrint(p, footer)
	countEntryLeads(p)
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if sum <= 0 {
			sum, words = 0, 0
		}
		switch {
		case f.ContentsLabel:
			toc, tocItems = true, 0
		case toc && f.Marker != source.MarkNone:
			tocItems++
		case toc && (tocItems > 0 || l.class != chrome):
			toc = false // the contents end; chrome before their first item is theirs ("Toggle")
		}
		if i == footer { // the page's footer starts: nothing reopens
			closed, final = true, true
			masses[i] = -prm.barrierMass
			sum += masses[i]
			continue
		}
		m := mass(l, f.Words, prm)
		item := f.Marker != source.MarkNone
		if l.class == uncertain && item && introduced {
			m = 0 // an item of a list a paragraph introduces
		}
		switch {
		case l.class == content && !item:
			introduced = true // a paragraph, which a list may follow
		case item && l.class != chrome:
			// the list goes on, introduced or not
		default:
			introduced = false
		}
		card := l.class == chrome && (l.bad == PostMeta && f.Table == lang.PostMeta || f.DOM.Pane)
		if card {
			// A post's card and labels ("Posts: 214", "Last edited: ...")
			// stand between the posts of a thread, which they do not end.
			m = -prm.weakMass
			if f.DOM.Pane && pane {
				m = 0 // an author pane costs once, however long its signature
			}
		}
		pane = f.DOM.Pane
		// "Add a comment" under every post (three times or more) is a
		// post's control, not the heading of a comment section, as is a
		// link that ends every entry (see entryLink): it costs what
		// strong chrome costs, and closes nothing.
		prompt := commentPrompt(l, f) || entryLink(p, i)
		if prompt && l.class == chrome {
			m = -prm.strongMass - float64(f.Words)
		}
		if records && m < 0 && !l.bad.closes() {
			m *= prm.recordsMass
		}
		if i >= fine && l.class == content {
			m *= prm.finePrintMass
		}
		switch l.class {
		case content:
			// A paragraph of the page's main container (HTML) is the
			// article's, wherever it stands; a list item there may be a
			// teaser.
			if !records && !(f.DOM.Main && f.Marker == source.MarkNone) && isolated(p, i) {
				m *= prm.isolatedMass
			}
			run = 0
			// A list is not the article going on, nor does it stop it.
			// Nor, in HTML, are paragraphs inside an element whose class
			// names chrome, once a heading closed the article: a related
			// block's cards, a picture and a long summary each, had
			// reopened a guide over its teasers (wceb html, a page 0.696
			// -> 0.741; no other page of any set moves).
			if f.Marker == source.MarkNone && !(closed && f.DOM.Hint != source.NoHint) {
				consecutive++
			}
			if f.Marker == source.MarkNone && l.ruleClass == content {
				adjacent++
			} else {
				adjacent = 0 // teasers' titles, content only by their summaries, part them
			}
			if closed && consecutive >= prm.reopenRun && !final {
				// The article goes on: the paragraphs that reopened it count
				// in full, and when they follow each other, as an article's
				// do and teasers with their titles do not, the box between,
				// if it is one box of items under one heading, costs what a box
				// inside the article costs.
				closed = false
				m += withheld
				if adjacent >= prm.reopenRun && inlineBox(p, box) {
					for _, j := range box {
						masses[j] *= prm.insideMain
					}
				}
				box = box[:0]
			}
			switch {
			case !closed:
				words += f.Words
			case comments:
				m *= prm.afterComments // nothing reopens after comments: nothing is withheld
			case underPicture(p, i):
				withheld += m * (1 - prm.afterComments) // a card's summary
				m *= prm.afterComments
			default:
				withheld += m * (1 - prm.afterBarrier)
				m *= prm.afterBarrier
			}
		case chrome:
			if toc || (f.Aligned || f.TableRow && (f.Tokens > 0 || f.Content == "|")) && !l.strong {
				m *= prm.insideMain // a row of the article's table, an entry of its contents
				break
			}
			barrier := l.bad.closes() && !prompt && !linksLabel(p, i)
			if i > mainLo && i < mainHi {
				m *= prm.insideMain
			} else if !barrier && !(records && !l.strong) {
				m *= 1 + float64(run)/prm.runGrowth
			}
			if !card {
				run++
			}
			if !l.strong || barrier {
				consecutive, withheld = 0, 0 // ads and images interrupt an article; metadata lines separate comments and teasers
			}
			if barrier && f.Marker == source.MarkNone && !f.DOM.Main && !inButtonRow(p, i) && !(i > mainLo && i < mainHi) && (words >= prm.minArticleWords || closed || p.m.HTML) {
				if !closed {
					box = append(box[:0], i)
				}
				closed = true
				thread := l.bad == Comments && (f.Words > 1 || f.Digits > 0 || commentThread(p, i)) // a phrase or a count names a thread
				final = final || thread
				comments = comments || thread && words >= prm.minArticleWords
			}
		}
		if l.class != content && !(l.class == chrome && l.strong && l.bad.interrupts()) {
			adjacent = 0
		}
		if closed && l.class != content && (len(box) == 0 || box[len(box)-1] != i) {
			box = append(box, i)
		}
		masses[i] = m
		sum += m
	}
	p.box = box
	return masses
}

// commentThread reports whether line i, a comment section's heading of
// one word, heads one: among the commentReach non-blank lines under it, a
// comment's or a comment form's mark (a date, a byline or a commenter's
// "says:", a post's metadata, a sign-in prompt, a form's field, another
// prompt to comment). Such a word also names a section
// of the article's own, which the article goes on after: a paper's
// "Discussion" over its paragraphs, a programming book's chapter on
// "Comments" in code (Rust by Example's one page, whose 11,000 lines after
// that chapter's heading had counted for nothing in text). Only a thread
// closes the article for good (see the span pass's final). A heading of
// more words, or with a count, names a thread ("Discussion about this
// post", "12 Comments"): its comments' marks are not all known ("20h",
// "Liked by ...").
func commentThread(p *Page, i int) bool {
	n := 0
	for j := i + 1; j < len(p.Lines) && n < commentReach; j++ {
		f, l := p.f(j), &p.Lines[j]
		if f.Blank {
			continue
		}
		n++
		if f.Dateline() || hasAge(p, f) {
			return true
		}
		switch l.bad {
		case Byline, CommentAuthor, PostMeta, SignIn, FormWidget, Comments, DateLine:
			return true
		}
	}
	return false
}

// commentReach is how many non-blank lines under a comment section's
// heading commentThread reads.
const commentReach = 20
