package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// applySpan turns classes into verdicts. Inside the span, everything but
// strong chrome stays, and in HTML weak chrome outside the page's main
// container goes too: it is a box the span bridged, unless it is one of
// the page's items the span was widened over (a card's price, a post's
// author), not their lead (a question's tags and comments), or a line of
// one of the page's items that gives a date (a post's poster and date,
// "alison100 3 May 2025 09:21", on a thread whose first post is long
// enough to be an article: wceb html forum 0.7272 -> 0.7276, nine pages up
// and seven down, where a truth writes the poster over the date or drops a
// post's footer), or, on a page of items, an entry's linked title above
// its summary (see entryTitle).
// Outside the span, everything goes but the paragraphs between the
// headline and the span (see keepStandfirst) and the runs of paragraphs
// apart from it (see keepRunsApart); so does what is not content
// in a box that parts the article's introduction from the rest of it (see
// introBefore). A byline inside the span goes when it is the page's only
// one (see soleByline): the article's own, between its standfirst and its
// text (23 page scores up, 1 down: scrapinghub text-w3m, text-h2t
// and text-htmltext up to +0.002 a page, trafilatura text-w3m +0.0005; a
// listing's "by PR SecurityMetrics" over its one entry, text-h2t -0.016);
// more are a thread's posters ("by Minoa » Tue Aug 27, 2019") or a
// listing's authors, which stay with their posts and entries. So does,
// anywhere, the author's biography under the byline (see
// bioUnderByline). The headline and its copies have their own verdicts. Then
// the items of boxes the span bridged go (see dropBoxes), and, but on a
// clean page, the lines at the edges of the article that are not content
// by their own votes (see trimEdges).
func (d *Decider) applySpan(p *Page) {
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		inside := p.inSpan(i)
		switch {
		case f.Blank:
			l.Verdict = Blank
		case i == p.Title:
			l.Verdict, l.Reason, l.Detail = Headline, HeadlinePass, Detail{}
		case l.copy == headlineCopy:
			l.Verdict, l.Reason, l.Detail = Drop, HeadlineCopy, Detail{}
		case l.copy == duplicate:
			l.Verdict, l.Reason, l.Detail = Drop, Duplicate, Detail{}
		case inside && entryTitle(p, i):
			l.Verdict = Keep
			l.Reason, l.Detail = InsideArticle, Detail{Kind: SpanDetail}
		case l.class == chrome && (l.strong || !inside || p.hasMain && !f.DOM.Main && !keptItemLine(p, f) || l.bad == Byline && soleByline(p, i)):
			l.Verdict = Drop
		case l.class != chrome && bioUnderByline(p, i):
			l.Verdict, l.Reason, l.Detail = Drop, AuthorBio, Detail{}
		case i >= p.boxFrom && i < p.boxTo && l.class != content:
			l.Verdict, l.Reason, l.Detail = Drop, OutsideArticle, Detail{Kind: InBox}
			if l.bad != NoRule {
				l.Reason = l.bad // the chrome vote it had says more
			}
		case l.lede || l.apart:
			kind := Standfirst
			if !l.lede {
				kind = Apart
			}
			l.Verdict, l.Detail = Keep, Detail{Kind: kind}
			if l.class != content {
				l.Reason = ArticleSpan // a line the rules left in doubt: the span's pass keeps it
			}
		case inside:
			l.Verdict = Keep
			if l.class != content {
				l.Reason, l.Detail = InsideArticle, Detail{Kind: SpanDetail}
			}
		default:
			// An uncertain line outside the article: name the chrome vote it
			// had, if any, since it says more than the span does.
			l.Verdict = Drop
			l.Reason, l.Detail = OutsideArticle, Detail{Kind: SpanDetail}
			if l.class == uncertain && l.bad != NoRule {
				l.Reason = l.bad
			}
		}
	}
	dropBoxes(p)
	if !p.clean {
		trimEdges(p)
	}
}

// soleByline reports whether line i is the page's only author line, as
// an article's own is. A thread gives one a post, and at the span's edge
// its first post's may go: read again, the output of a thread of three
// posts holds two, which must still be a thread's. It reads the page only
// for a byline inside the span.
//
// A line like it counts as a byline too, whatever its vote: one that
// opens with the same byline word, with the same punctuation, and with
// digits if it has them. A thread's post heads ("von Klaus_B » Mo 4. Mär
// 2024, 21:14") are bylines by their words and date, and one whose date
// the byline rule read, where it read the others' not, had gone as the
// thread's only byline while the others stayed.
func soleByline(p *Page, i int) bool {
	b := p.f(i)
	word, _, _ := strings.Cut(b.Key, " ")
	for j := range p.Lines {
		if j == i {
			continue
		}
		if p.Lines[j].class == chrome && p.Lines[j].bad == Byline {
			return false
		}
		if f := p.f(j); !f.Blank && f.Punct == b.Punct && (f.Digits > 0) == (b.Digits > 0) && f.Words <= maxBylineLine && strings.HasPrefix(f.Key, word+" ") && has(f.First, lang.BylineWords) {
			return false
		}
	}
	return true
}

// bioUnderByline reports whether line i is the author's biography under
// the author's name: a paragraph of minBioWords words or more that opens
// with a name ("Rebecca has been a journalist ...", "By Richard Garner
// Richard Garner is an experienced mortgage broker ...") that one of the
// maxBioGap lines right above it gives, a byline by its vote or by its
// element's class ("Written by", "Rebecca Edwards"), with nothing but
// chrome between. The name is the byline's first word after its label
// that is no stopword, and the paragraph gives it in title case: a story's
// dateline, "CLEVELAND, Ohio – ...", under "By Troy L. Smith,
// Cleveland.com" is the story's (it had gone when any word of the byline
// counted: scrapinghub -0.13 on that page in every mode). wceb html
// 0.8294 -> 0.8296 (six pages +0.006 to +0.035: a moving guide's, an app
// glossary's, a mortgage broker's bios), trafilatura html 0.9453 ->
// 0.9458, wceb text-h2t one page +0.006; no page of any set or rendering
// falls. The authorBio rule catches the bios that name a reporter's job.
func bioUnderByline(p *Page, i int) bool {
	f := p.f(i)
	if f.Words < minBioWords || f.Marker != source.MarkNone || f.End != measure.EndSentence {
		return false
	}
	if !titleCase(f.Content) {
		return false
	}
	first, rest, _ := strings.Cut(f.Key, " ")
	if first == "by" {
		first, _, _ = strings.Cut(rest, " ")
	}
	for j, n := p.nonBlank(i-1, -1), 0; j >= 0 && n < maxBioGap; j, n = p.nonBlank(j-1, -1), n+1 {
		o, l := p.f(j), &p.Lines[j]
		if l.class != chrome {
			return false
		}
		if (l.bad == Byline || o.DOM.Hint == source.HintByline) && o.Words <= maxBioByline {
			if name := firstName(p, o.Key); name != "" && name == first {
				return true // firstName gives no stopword: neither does the paragraph open with one
			}
		}
	}
	return false
}

// firstName returns the first word of a byline's key after its label
// ("written by") that is no stopword of the page's language ("by"), or "".
func firstName(p *Page, key string) string {
	if n := p.m.Lex.Lead(lang.BylineLabels, key, p.m.Lang); n > 0 {
		key = key[n:]
	}
	for w := range strings.SplitSeq(key, " ") {
		if w != "" && !p.m.Lex.Word([]byte(w)).Stops.Has(p.m.Lang) {
			return w
		}
	}
	return ""
}

// titleCase reports whether s opens with a word in title case: an
// upper-case letter, then a lower-case one ("Rebecca", not "CLEVELAND").
func titleCase(s string) bool {
	s = strings.TrimPrefix(s, "By ")
	r, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// The shape of an author's biography under the byline (see
// bioUnderByline): the fewest words of the paragraph, the most lines
// between, and the most words of the byline.
const (
	minBioWords  = 12
	maxBioGap    = 3
	maxBioByline = 8
)

// keptItemLine reports whether f is a line of one of the page's items, not
// its lead, that applySpan keeps outside the main container: on a page of
// items, any; elsewhere one that gives a date (a post's header).
func keptItemLine(p *Page, f *measure.Line) bool {
	return f.DOM.Record > 0 && !f.DOM.Lead && (p.items || f.Date != 0)
}

// dropBoxes drops the items of a box that the article span bridged: the
// lines under a section heading that closes articles ("Related stories"),
// up to the next paragraph, or to a line that names a section of the
// page's own ("Features", "Specifications"; see sectionName): a game
// shop's "READ MORE" button had taken the game's features and languages
// with it (wceb text-w3m two pages +0.003 and +0.032, text-h2t +0.011 and
// +0.033; no other page of any set moves), and so had its "System
// Requirements" (the same pages +0.037 and +0.073 in text-w3m, +0.018 and
// +0.037 in text-h2t). They are the box's list, not
// the article's. A heading that ends in a colon is a label ("Read more:")
// and heads no box, but for a list of references ("Sources:", then the
// sources, each a line of its own: a fact-check's, +0.024 to +0.026 in
// each text rendering, no other page of any set moves). Nor does a count
// of comments: a listing gives one under each entry ("0 comments"), and
// the next entry's tags, date and title had gone under it (a blog's front
// page, html +0.022, text-h2t +0.030; no other page of any set moves).
// Nor does a heading over fields (see fieldsUnder): a game's recommended
// system requirements, under "RECOMMENDED", had gone as a box of
// recommended links (wceb text-w3m 0.8052 -> 0.8054, its products 0.4993
// -> 0.5008, that page +0.042; text-h2t +0.014 on it; no other page of
// any set moves).
func dropBoxes(p *Page) {
	for i := max(p.Start, 0); i <= p.End && i < len(p.Lines); i++ {
		h := &p.Lines[i]
		if h.class == chrome && (h.bad == RelatedLink && p.f(i).End == measure.EndColon || linksLabel(p, i)) {
			labelledLinks(p, i) // "Read also:", "LEIA TAMBÉM:" (see linksLabel)
			continue
		}
		if p.f(i).Blank || !h.bad.closes() || h.class != chrome || p.f(i).End == measure.EndColon && h.bad != References || h.bad == Comments && p.f(i).Digits > 0 || fieldsUnder(p, i) {
			continue
		}
		for j := i + 1; j <= p.End; j++ {
			f, l := p.f(j), &p.Lines[j]
			if f.Blank || l.Verdict != Keep {
				continue
			}
			if l.class == content && f.Marker == source.MarkNone || sectionName(p, f) {
				break
			}
			if p.items && f.DOM.Record > 0 {
				continue // the page's own items, not a box's
			}
			l.Verdict, l.Reason, l.Detail = Drop, h.bad, Detail{Kind: Under, Line: i}
		}
	}
}

// labelledLinks drops the links that a "Read also:" label (related-link,
// ending in a colon) gives on the kept lines after it, as w3m prints a
// teaser apart from its label ("Leggi anche:", a picture, "La grande
// sete: due mesi senza pioggia, mai così dal 1878"): the lines up to the
// next paragraph (content, in no list), or, where the first is a list's
// item, up to the list's end. scrapinghub +0.0003 to +0.0004 in each
// mode (two stories, +0.02 and +0.05), trafilatura text-w3m 0.9131 ->
// 0.9136; a tour operators' guide whose truth keeps the guides it lists
// under "Read more in our guides below:" -0.002 in each wceb mode. Going
// on to the next paragraph, as under a heading that closes the article,
// took that guide's next subheading too.
func labelledLinks(p *Page, i int) {
	first, list := true, false
	for j := i + 1; j <= p.End; j++ {
		f, l := p.f(j), &p.Lines[j]
		if f.Blank || l.Verdict != Keep {
			continue
		}
		item := f.Marker != source.MarkNone
		if l.class == content && !item || list && !item || p.items && f.DOM.Record > 0 {
			return
		}
		l.Verdict, l.Reason, l.Detail = Drop, RelatedLink, Detail{Kind: Under, Line: i}
		if first {
			first, list = false, item
		}
	}
}

// trimEdges drops the kept lines before the first and after the last line
// that is content by its own votes, or one of the page's items the span
// was widened over (see spanItems), or a post's head as the page's
// microdata marks it (see keepPostHeads: a thread's opening post, its
// poster's name and date on one line, as Discourse prints them, had lost
// them at the span's top edge, where the replies kept theirs; wceb html
// one thread +0.0007, no other page of any set moves), or that the
// thread's dates make one (see keepPostDates): a question page in w3m, its
// asker's name and date right under the question ("brotfan88 12.03.2024,
// 18:45"), had lost them where each answer kept its own (wceb text-h2t: a
// thread +0.0010, a page whose truth holds other text -0.0001; no other
// page of any set moves). The span starts and ends on content, but the
// headline passes may remove such a line, and a line that is content only
// by its neighbours loses them once the page is cleaned: an article must
// not begin or end on a line that cleaning its output would drop.
func trimEdges(p *Page) {
	selfContent := func(i int) bool {
		l := &p.Lines[i]
		return l.Verdict == Keep && (l.score >= contentScore || l.extended || p.items && p.f(i).DOM.Record > 0 || l.good == PostHead && l.class == content)
	}
	first, last := -1, -1
	for i := range p.Lines {
		if selfContent(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Verdict == Keep && (first < 0 || i < first || i > last) {
			l.Verdict, l.Reason, l.Detail = Drop, OutsideArticle, Detail{Kind: Edge}
		}
	}
	if first < 0 && p.Title >= 0 {
		// A headline without an article is not one.
		t := &p.Lines[p.Title]
		t.Verdict, t.Reason, t.Detail = Drop, OutsideArticle, Detail{Kind: NoArticle}
		p.Title = -1
	}
}

// entryTitle reports whether line i, on a page of items (see spanItems),
// is a link's text (link-dense chrome) that titles an entry whose summary
// follows it: a paragraph that is prose by its own votes, right below.
// Such an entry is one of the page's items even outside the element that
// holds the others (a listing's top stories above its grid); on an
// article page it is a teaser of another article, and the span decides.
func entryTitle(p *Page, i int) bool {
	l := &p.Lines[i]
	if !p.items || l.class != chrome || l.bad != LinkDense || p.f(i).Words < minTitleWords {
		return false
	}
	j := p.nonBlank(i+1, 1)
	return ownParagraph(p, j) && p.f(j).Marker == source.MarkNone
}

// ownParagraph reports whether line j, -1 for none, is a paragraph by its
// own votes, whatever its neighbours.
func ownParagraph(p *Page, j int) bool {
	return j >= 0 && p.Lines[j].ruleClass == content && p.Lines[j].good == Prose
}

// minTitleWords is the fewest words of an entry's title (see
// entryTitle): a shorter link is a category's or a button's.
const minTitleWords = 3

// keepFences keeps both fences of a fenced block of code (see measure's
// markFences) that keeps a line, and drops both of one that keeps none.
// A fence alone in the output, read again, marks no block, and the lines
// of a block without its fences read as no code: a span that began inside
// a licence's fenced text had dropped its fences, and the output, cleaned
// again, lost more.
func keepFences(p *Page) {
	open := -1
	for i := range p.Lines {
		if !p.f(i).Fence {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		kept := false
		for k := open + 1; k < i && !kept; k++ {
			kept = p.Lines[k].Verdict == Keep
		}
		for _, j := range [2]int{open, i} {
			switch l := &p.Lines[j]; {
			case l.Verdict == Headline: // the title stays the title
			case kept && l.Verdict != Keep:
				l.Verdict, l.Reason, l.Detail = Keep, Code, Detail{}
			case !kept && l.Verdict == Keep:
				l.Verdict, l.Reason, l.Detail = Drop, OutsideArticle, Detail{Kind: SpanDetail}
			}
		}
		open = -1
	}
}

// fieldsUnder reports whether the kept lines under line i, the heading of
// a box, open with minFields fields or more, half of them or more giving
// a number: a short label, a colon, a short value ("OS: Windows 10",
// "Memory: 4GB"). Such lines are a table of specifications under its
// column's heading (a game's "RECOMMENDED" system requirements beside its
// "MINIMUM" ones), not a box's links.
func fieldsUnder(p *Page, i int) bool {
	fields, numbers := 0, 0
	for j := i + 1; j <= p.End && j < len(p.Lines); j++ {
		f := p.f(j)
		if f.Blank || p.Lines[j].Verdict != Keep {
			continue
		}
		label, value, ok := strings.Cut(f.Content, ": ")
		if !ok || strings.Count(label, " ") >= maxFieldLabel || value == "" || strings.Count(value, " ") >= maxFieldValue {
			break
		}
		fields++
		if f.Digits > 0 {
			numbers++
		}
	}
	return fields >= minFields && 2*numbers >= fields
}

// The fields of a table of specifications (see fieldsUnder): at least
// minFields of them, each a label of fewer than maxFieldLabel words and a
// value of fewer than maxFieldValue.
const (
	minFields     = 3
	maxFieldLabel = 3
	maxFieldValue = 10
)

// boxAtStart moves the span's start past the list of a box that it opens
// inside: its first line is a list's item, and the list's items above it,
// blank lines aside, run up to a heading that closes articles, not a
// label's colon ("Artikelen in deze sectie", a help centre's list of the
// other articles of its section, as w3m prints the sidebar over the
// article). The item the span opened on asked a question, as a help
// centre's titles do, and read as a sentence of the article, so that the
// article's headline under the box was inside the span and no title. The
// span now opens on the first line after the list that its rules made
// content. scrapinghub text-w3m and text-h2t: a story under a box of the
// site's most read stories, whose last two the span had opened on,
// 0.9826 -> 1.0; html: a photo's credit over a story, +0.0005;
// trafilatura text-w3m: a blog's box of its other posts over one post
// goes (scored by snippets, no page moves). No other output of the
// shared sets changes.
func boxAtStart(p *Page) {
	if p.Start > p.End || p.f(p.Start).Marker == source.MarkNone {
		return
	}
	k := p.nonBlank(p.Start-1, -1)
	for k >= 0 && p.f(k).Marker != source.MarkNone {
		k = p.nonBlank(k-1, -1)
	}
	if k < 0 {
		return
	}
	if h := &p.Lines[k]; h.class != chrome || !h.bad.closes() || p.f(k).End == measure.EndColon {
		return
	}
	last := p.Start
	for j := p.nonBlank(last+1, 1); j >= 0 && j <= p.End && p.f(j).Marker != source.MarkNone; j = p.nonBlank(j+1, 1) {
		last = j
	}
	for j := last + 1; j <= p.End; j++ {
		if p.Lines[j].class == content {
			p.Start = j
			return
		}
	}
}
