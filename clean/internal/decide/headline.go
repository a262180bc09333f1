package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// findHeadline is the headline pass: it finds the article's headline, the
// best title-like line shortly before the article. On a clean page, the
// headline is its first line if that reads as one, and the article starts
// after it; so it is on any page whose span opens on its first line with
// no title-like line before: the cleaner's output of a recipe, its title
// over its table of ingredients, holds a line of strong chrome for a
// reading (the nutrition table's "kcal"), and a reading had kept the
// title in the body.
func (d *Decider) findHeadline(p *Page) {
	if !d.on(HeadlinePass) {
		return
	}
	if p.clean {
		p.Title = firstLineTitle(p)
		if p.Title >= 0 {
			if j := headlineBelow(p, p.Title); j >= 0 {
				p.Title = j
			}
		}
		p.Start = p.Title + 1
		return
	}
	if p.Start > p.End {
		return
	}
	i, _, ok := titleBefore(p, p.Start)
	if j := firstLineTitle(p); !ok && j >= 0 && j == p.Start {
		p.Title, p.Start = j, j+1 // the span opens on the page's title line
		return
	}
	if j := switchTitle(p); j >= 0 && (!ok || p.f(i).Heading == 0) {
		p.Title = j // a wiki's title, over its language switch
		return
	}
	if j := threadTitle(p); j >= 0 && (!ok || p.f(i).Heading != 1) {
		p.Title = j // the title over a forum thread's header
		return
	}
	if j := questionAbove(p); j >= 0 && (!ok || i > j && postBetween(p, j, i)) {
		p.Title, p.Start = j, j+1 // a thread's question, over the posts the span found
		return
	}
	if j := h1Opening(p); j >= 0 && (!ok || p.f(i).Heading == 0 || p.f(i).Heading > 2) {
		p.Title, p.Start = j, j+1
		postHeaderBelow(p)
		return
	}
	if j := questionOpening(p); j >= 0 && (!ok || p.f(i).Heading == 0) {
		p.Title, p.Start = j, j+1
		postHeaderBelow(p)
		return
	}
	if j := headlineUnderTrail(p); j >= 0 {
		p.Title, p.Start = j, j+1 // the trail above it is a copy of it (see markHeadlineCopies)
		return
	}
	if ok && p.items && p.f(i).Heading != 1 {
		if j := h1Above(p); j >= 0 {
			i = j // a page of items: its h1 names them, the first item's title does not
		}
	}
	if ok && strangerToMeta(p, i) {
		if j := metaLine(p); j >= 0 {
			p.Title, p.Start = j, max(p.Start, j+1)
		}
		return // else the metadata's title is the page's (see usesMetaTitle)
	}
	if ok {
		p.Title = i
		if j := headlineBelow(p, i); j >= 0 {
			p.Title = j
			p.Start = max(p.Start, j+1)
		}
		keepStandfirst(p)
	}
}

// headlineUnderTrail returns the line right under the span's first line
// when that line is a breadcrumb trail that ends with it, and it reads as
// a headline; else -1. A text rendering that draws a trail's separators
// as pictures or styles prints the trail as words ("Home News Business
// News Ascom and Dräger introduce ..."), which read as a paragraph and
// opened the span over the headline: the page had no title, and the trail
// and the headline both stayed in its body. The trail's own crumbs are
// one to maxTrailCrumbWords words before the headline's text. Such a
// trail and headline outrank any title-like line above the span: a row
// of buttons over a university's menus ("Start Undergraduate Application
// Start Graduate Application") had been a news post's title over its
// "Newsroom/Online learning tips/<headline>" (wceb text-w3m: titles found
// 0.5030 -> 0.5061, that page +0.0057; a German forum's thread takes its
// question for title in w3m and lynx). A line that ends with a colon is
// no trail: a forum post's "Continuing the discussion from <topic>:" over
// the topic's link, which would take the thread's title from its h1.
func headlineUnderTrail(p *Page) int {
	i := p.nonBlank(p.Start, 1)
	if i < 0 {
		return -1
	}
	j := p.nonBlank(i+1, 1)
	if j < 0 || j > p.End {
		return -1
	}
	t, h := p.f(i), p.f(j)
	n := len(t.Key) - len(h.Key) // where the headline's key starts in the trail's, after a space
	if h.Words < 3 || n < 2 || t.End == measure.EndColon || !strings.HasSuffix(t.Key, h.Key) || t.Key[n-1] != ' ' || t.Words-h.Words > maxTrailCrumbWords {
		return -1
	}
	if _, ok := titleScore(p, j); !ok {
		return -1
	}
	return j
}

// maxTrailCrumbWords is the most words of a trail's crumbs before the
// headline it ends with (see headlineUnderTrail).
const maxTrailCrumbWords = 6

// headlineBelow returns the line that is the headline itself when the line
// chosen, i, is the page's <title> as text renderings print it first: the
// headline with the site's name ("<headline> – TechCrunch"), and the
// headline on its own among the next few lines, before any paragraph of
// the article. Taking the shorter line prints the headline once, and a
// body cleaned again finds no headline left to lift. It returns -1 when
// no such line follows. It must not take a line that only shares words
// with the title: the shorter line's words must all be in line i, in
// order, and make most of it.
func headlineBelow(p *Page, i int) int {
	t := p.f(i)
	for j, seen := i+1, 0; j < len(p.Lines) && seen < 3; j++ {
		f, l := p.f(j), &p.Lines[j]
		if f.Blank {
			continue
		}
		seen++
		if readsAsText(l) {
			return -1 // the article has begun
		}
		if f.Words >= 3 && f.Words < t.Words && 3*f.Words >= 2*t.Words && lang.ContainsWords(t.Key, f.Key) {
			if _, ok := titleScore(p, j); ok {
				return j
			}
		}
	}
	return -1
}

// firstLineTitle returns the headline of a clean page: its first line, if
// it reads as a headline and a blank line parts it from more text, as the
// cleaner prints a title (without the indentation of its line), and opens
// neither a list of titles nor a grid of cards; else -1. A Markdown
// document's first line is the one under its front matter, which no
// renderer shows (see source.Meta.FrontMatter).
// An indented first line is the body's own: the name of a grid's first
// card, under the picture that did not stay, or a standfirst set in
// (across the benchmarks' text renderings, one scrapinghub page keeps
// such a standfirst, which its truth leaves out: -0.0178; two wceb pages
// move by -0.0030 and +0.0023).
func firstLineTitle(p *Page) int {
	i := p.firstLine()
	if i < 0 || i+1 >= len(p.Lines) || !p.f(i+1).Blank || p.nonBlank(i+1, 1) < 0 || p.f(i).Indent > 0 {
		return -1
	}
	if _, ok := titleScore(p, i); !ok {
		return -1
	}
	if titleRun(p, i) || inGrid(p, i) {
		return -1
	}
	return i
}

// titleRun reports whether line i opens a run of titleRunLines lines with
// a headline's shape: a list of titles (a listing's entries and their
// bylines, a list of categories), of which the first is no more the page's
// headline than the next. Without it, each reading of a cleaned listing's
// body lifted its first line, until the list was gone. It must not catch a
// headline over a subtitle, a byline and a subheading: runs of three
// lowered 24 of the 724 scrapinghub scores, and one collection page's
// from 0.49 to 0.005. Date lines between the titles ("Malcolm Owen, a
// year ago") neither count nor end the run; a table's row ends it ("125 g
// | Mehl", a recipe's ingredients under its title), and so does a line of
// Chinese or Japanese prose: short lines of those scripts read as
// headlines whatever they say, and a question page's question, over its
// own text and the buttons and counts of its answers ("关注问题 写回答",
// "32 个回答", "2,345 人赞同了该回答"), had lost its title to a reading of
// the output (no shared page moves; in English a question's text under
// it is a sentence, which ends the run as it is no headline's shape).
// Where the first line has a headline's shape only as a text's first
// line may (see shaped, named), so may the run's: a list of a name and a
// number each ("Caption 12", "Item #12", "Photo 12 of 80") had had its
// first line for its title, and each reading of the body alone lifted the
// next, up to maxBodyReads lines (a gallery's captions: 32 lines gone,
// and cleaning the body again took 32 more). A headline over such a list
// ("Gallery of the week") stays its title. A Steam page in text-w3m keeps
// "Open in Desktop App" in its body rather than as its title (-0.001),
// and a Perl module's history its "=head1 NAME"; no other document of any
// corpus moves.
func titleRun(p *Page, i int) bool {
	named := !headlineShape(p.f(i)) // the first line has a headline's shape only as a text's first line
	for n, j := 1, i; n < titleRunLines; n++ {
		j = p.nonBlank(j+1, 1)
		for j >= 0 && p.f(j).Dateline() {
			j = p.nonBlank(j+1, 1)
		}
		if j < 0 || !shaped(p.f(j), named) || p.f(j).TableRow || p.f(j).Verse || wrappedHead(p, j) {
			return false // a table's rows are no list of titles ("125 g | Mehl"), nor a wrapped paragraph's lines, nor a song's
		}
		if p.f(j).CJK > 0 && p.Lines[j].class == content && p.Lines[j].good == Prose {
			return false // nor Chinese or Japanese prose
		}
	}
	return true
}

// titleRunLines is how many headline-shaped lines in a row make a list of
// titles rather than a headline over its article. At 6, no benchmark
// headline over an article is lost.
const titleRunLines = 6

// titleReach is how many non-blank lines before the article the headline
// is looked for.
const titleReach = 40

// titleBefore returns the best title-like line among the titleReach
// non-blank lines before line start, or the page's h1 before them, with
// its score, if one scores above the least a headline needs. A headline is
// short, does not end a sentence, and is often repeated on the page
// (breadcrumb, "Reading:" bar, teaser), marked as a heading, or the first
// line of a document that goes straight on with the article. An h1 past
// the reach is the headline of an article that a contents list or a box
// parts from it (an encyclopedia's list page): of the wceb truths' titles,
// html found 187, then 196; wceb h2t rose from 0.7693 to 0.7717, with the
// standfirsts kept below such headlines. So is a heading of another level
// past the reach that the page's metadata names, word for word: a
// reference page's h2 over the index of its sections, whose last entry
// had been taken (the html titles found rose from 0.7121 to 0.7152, and
// no page's F1 moved by more than 0.0001). A line scores less the farther
// it is from the article, counted in lines that are not list items: a
// table of contents or a menu between the headline and the article is
// one box however many entries it has (wceb titles found: text-w3m
// 0.3697 -> 0.3727, text-h2t 0.5909 -> 0.6091, html 0.6970 -> 0.7030;
// text-h2t F1 0.7804 -> 0.7818). In text, a line right over the
// article's byline scores more: where no blank line parts a blog's
// header (a browser's innerText), the article's first section heading,
// below the byline and nearer the article, had been taken (wceb in
// innerText: titles found 120 -> 124 of 280; the shared renderings' titles
// do not move; one ScrapingHub text-htmltext page, whose tags line had
// been its title, takes its headline and keeps the standfirst under it,
// which its truth leaves out: -0.0095); so does a line over the
// article's header, its byline or date a few short lines under it (see
// overHeader). In text, a line right under a breadcrumb trail scores
// trailBonus more, as a page's h1 stands there (see underTrail): a shop's
// product name, parted from its description by its price, stock and
// buttons, had scored too little for its distance, and a job board's and
// a classifieds site's listings had no title; of the shared renderings,
// a Russian page in w3m and html-text takes its headline for title over
// its first subheading, and no page's F1 moves. In HTML an h1 marks the
// headline.
func titleBefore(p *Page, start int) (int, float64, bool) {
	first := p.firstLine()
	best, bestScore := -1, minTitleScore
	seen := 0
	adjacent := true // only lines a headline may have below it so far
	h1 := false      // an h1 was among the lines read
	dist := 0        // the lines read that are not list items: a menu is one box
	for i := start - 1; i >= 0; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if seen >= titleReach {
			// Past the reach, only the page's h1 may be the headline: a
			// contents list or a box can stand between it and the article.
			if h1 {
				break
			}
			if f.Heading != 1 && (f.Heading == 0 || f.Key != p.m.MetaKey) {
				continue
			}
		} else {
			seen++
			if f.Marker == source.MarkNone {
				dist++
			}
		}
		h1 = h1 || f.Heading == 1
		s, ok := titleScore(p, i)
		if j := p.nonBlank(i+1, 1); ok && j >= 0 && p.f(j).CheckBox() {
			ok = false // a filter's label over its options: "Faixa de preço" over "[ ] Até R$ 200"
		}
		if !ok {
			adjacent = adjacent && (l.strong || f.Dateline() || byline(f, p) < 0 || f.Words <= 5 || l.copy != notCopy)
			continue
		}
		s -= 0.05 * float64(dist)
		if !p.m.HTML && overHeader(p, i, start) {
			s += 1 // right over the article's byline
		}
		if !p.m.HTML && underTrail(p, i) {
			s += trailBonus // right under the breadcrumb trail, as a page's h1 stands
		}
		if adjacent {
			// Only bylines, dates, buttons and such stand between it and
			// the article.
			s += 0.5
			adjacent = false
		}
		if i == first && seen == 1 {
			// "Title, blank line, article" is how plain text gives a title,
			// and how the cleaner prints one.
			s += 2
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 && !p.m.HTML {
		if j := headlineOver(p, best); j >= 0 {
			best = j
		}
	}
	return best, bestScore, best >= 0
}

// underTrail reports whether the line above line i, blank lines and
// pictures aside, is a breadcrumb trail (or a list of names that opens
// as one, see homeTrail) that does not end with line i's
// text: a copy of the trail's last crumb is a section's label over a
// story's headline ("Accueil > Économie > Agriculture" over "Agriculture"),
// or the page's name, which titleScore reads as such (see crumbWord).
func underTrail(p *Page, i int) bool {
	for j := p.nonBlank(i-1, -1); j >= 0; j = p.nonBlank(j-1, -1) {
		switch l := &p.Lines[j]; {
		case l.bad == Breadcrumb || l.bad == NameList && homeTrail(p, p.f(j)):
			k := p.f(i).Key
			return !strings.HasSuffix(p.f(j).Key, " "+k)
		case !rules[l.bad].picture && !gluedControl(p, p.f(j)):
			return false // a picture, or its alt text run into its button, may stand between
		}
	}
	return false
}

// homeTrail reports whether f, a list of names by its slashes, opens
// with a nav-label of its own, as a trail opens with the home page
// ("Inicio / Electrodomésticos / Cafeteras"): in title case, its steps
// read as names. A menu so printed opens with one too ("About / Advertise
// / Contact"), and stands over the headline as a trail does.
func homeTrail(p *Page, f *measure.Line) bool {
	i := strings.Index(f.Content, " / ")
	return i > 0 && navLabelOpens(p, f, i)
}

// trailBonus is what titleBefore adds to the score of a line right under a
// breadcrumb trail (see underTrail).
const trailBonus = 0.5

// overHeader reports whether line i heads the article's header: among
// the headerLines non-blank lines under it, before line start, a byline,
// or a date line that is not the first of them, with only short lines
// (five words at most, no heading) before it. A header gives its byline
// and date over a few lines of their own ("Last updated", "Aug 04, 2025",
// "Written by", "Edzel Tabing"; a picture's "[svg]" between a standfirst
// and "By Sarah Schwartz — November 18, 2025"), and the headline over
// them had lost to a label nearer the article ("Our Integrity Network",
// "Topics covered"), or to its standfirst. A date right under the line is
// not enough: a picture's caption over the date ("person standing on a
// scale ...") and an author's role ("Co-founder of Intelivita") had been
// taken. A heading among the short lines is the headline, nearer the
// header than line i (a blog's name over "# Exploring USB Commands" over
// its date).
//
// Across the shared sets, with headlineOver taking the headline over a
// standfirst that heads such a header: wceb text-w3m titles found 0.4667
// -> 0.4848 (7 found, 1 lost: a blog's "Home Blog" two lines over the
// headline, over its date), text-h2t and html as before; F1 scrapinghub
// text-w3m 0.9497 -> 0.9499 (two pages), wceb text-w3m 0.8014 -> 0.8015
// and text-h2t 0.8095 -> 0.8096; trafilatura text-w3m 0.9210 -> 0.9203:
// a question page's question, now its title, leaves its post's first
// line, a question too, first in the body, and a reading of the body
// lifts it (see the clean package's readBody). In renderings the
// benchmark does not ship (wceb), lynx's titles found 0.4604 -> 0.4695
// and w3m's with numbered links 0.4543 -> 0.4726; in the latter a
// question page's headline is now found above its "Ask Question" bar,
// which questionAbove had taken for the thread's title, widening the
// span over the question's post; the post now stays out (-0.043).
func overHeader(p *Page, i, start int) bool {
	for n, j := 0, p.nonBlank(i+1, 1); n < headerLines && j > i && j < start; n, j = n+1, p.nonBlank(j+1, 1) {
		f := p.f(j)
		if bylineAt(p, j) || n > 0 && f.Dateline() {
			return true
		}
		if f.Words > 5 || f.Heading > 0 {
			return false // a paragraph, or a heading nearer the header
		}
	}
	return false
}

// headerLines is how many non-blank lines under a headline its header's
// byline or date may be (see overHeader).
const headerLines = 4

// headlineOver returns the headline above a standfirst that titleBefore
// chose, or -1: the line right above line i, a blank line between, that
// is headline-shaped too, five words or more and no shorter than half of
// it, under a line that is no paragraph, where a byline or a date line
// follows line i, or line i heads the article's header (see overHeader).
// A news story in text gives its headline, a blank line, its standfirst,
// then its byline ("Gold hits a record high as traders bet on rate cuts"
// over "The yellow metal hit its highest level ever as the dollar
// slipped" over "By ..."); the standfirst, nearer the byline and the
// article, had been taken. The page's first line has nothing above it,
// and is no such headline: a Hebrew site's name glued to its menu, which
// no case marks, had been taken over the headline under it, and a Swiss
// fan site's "... News - News-Archiv" over its post's title. The line
// above the headline had to be chrome; a newsletter's "SubscribeSign in"
// outside the span is not, and a post's title over its subtitle and
// header was lost to the subtitle (wceb text-w3m: one title more).
func headlineOver(p *Page, i int) int {
	j := p.nonBlank(i-1, -1)
	if j < 0 || j != i-2 || p.f(j).Words < 5 || 2*p.f(j).Words < p.f(i).Words {
		return -1
	}
	if c := p.f(j).Content; p.f(j).Punct&(measure.PunctSlash|measure.PunctBar|measure.PunctAngle) != 0 || strings.ContainsAny(c, "•·") {
		return -1 // a trail or a row of sections ("Utne/ Mind And Body/ ...", "Bars & Nightlife • Business")
	}
	if b := p.nonBlank(i+1, 1); b < 0 || !(p.f(b).Dateline() || overHeader(p, i, len(p.Lines))) {
		return -1
	}
	if _, ok := titleScore(p, j); !ok {
		return -1
	}
	if k := p.nonBlank(j-1, -1); k < 0 || p.Lines[k].class == content && p.Lines[k].good == Prose {
		return -1
	}
	return j
}

// strangerToMeta reports whether line i, the best title-like line before
// the article of an HTML page, shares no word with the title that the
// page's metadata gives, and is no h1: a box's heading or a listing's
// first teaser, where the page's own title is its metadata's. An h1 that
// gives the site's name (see siteName) may be one: a reference's banner
// gives it over each of its pages ("Node.js documentation", over the
// module its metadata names, "DNS"). A metadata
// title that is the site's name (see measure.Page.SiteKey), as a site
// gives on every page, says nothing of the page; nor does one that the
// site's notices give ("© 2024 Jane's Kitchen").
func strangerToMeta(p *Page, i int) bool {
	f := p.f(i)
	if !p.m.HTML || !p.m.MetaTitlePlain || p.m.MetaKey == "" || p.m.MetaKey == p.m.SiteKey || f.Heading == 1 && !siteName(p, i) {
		return false
	}
	for w := range strings.SplitSeq(f.Key, " ") {
		if len(w) > 2 && lang.ContainsWords(p.m.MetaKey, w) {
			return false
		}
	}
	for j := range p.Lines { // read only for a stranger: once a page at most
		if o := p.f(j); rules[p.Lines[j].bad].namesSite && p.Lines[j].class == chrome && lang.ContainsWords(o.Key, p.m.MetaKey) {
			return false // the site's name: its copyright notice gives it
		}
	}
	return true
}

// metaLine returns the line before the article, or its first, that gives
// the metadata's title word for word and may be a headline; else -1.
func metaLine(p *Page) int {
	for j := 0; j < len(p.Lines) && j <= p.Start; j++ {
		if f := p.f(j); !f.Blank && f.Key == p.m.MetaKey {
			if _, ok := titleScore(p, j); ok {
				return j
			}
		}
	}
	return -1
}
