package decide

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// How a line rates as a headline (titleScore), and what it reads of the
// page to rate it: the other lines that hold its text (heldBy), a
// breadcrumb printed as a list right above (listCrumb). The headline pass
// (headline.go) weighs the rated lines by their place on the page.

// minTitleScore is the least score of a headline.
const minTitleScore = 1.0

// titleScore rates line i as a headline; ok is false if it cannot be one.
// A line that matches a chrome phrase cannot, though its rule is weak: a
// call to action ("Get Started", "Läs mer") right above the article is
// not its headline (wceb text-h2t: one page's title moves, from "Get
// Started" to a heading, and its F1 by -0.0006; no other page changes).
func titleScore(p *Page, i int) (score float64, ok bool) {
	f, l := p.f(i), &p.Lines[i]
	h1 := isH1(p, i)
	named := h1 || i == p.firstLine() && i+1 < len(p.Lines) && p.f(i+1).Blank
	chapter := chapterHeading(p, i) || h1 && f.Heading == 0 // a heading in text, numbered or with its permalink's sign
	code := codeHeadline(p, i)
	switch {
	case i < p.m.FrontMatter: // a field of the front matter (see source.Meta.FrontMatter)
		return 0, false
	case !shaped(f, named) && !chapter && !oneWordHeadline(p, i), l.strongVote, f.Table != lang.NoTable,
		l.class == content && l.good == Prose && !questionTitle(p, i),
		byline(f, p) < 0,
		strings.Contains(f.Content, "://") || strings.Contains(f.Content, "www."),
		trail(f),
		f.Digits > 0 && (hasDate(p, f.Content) || hasAge(p, f) || yearless(p, f) != 0 || opensYearless(p, f)),
		isLabelValue(f.Content) && !code,
		factsRow(f.Content),
		f.ContentsLabel, // "On this page", over a table of contents
		sectionName(p, f),
		fragment(f),
		shortTokens(f.Content),    // a size picker: "S M L XL"
		pictureCounter(f.Content), // a gallery's controls: "1/32 Alle foto's Plattegrond Video"
		gluedCounter(f.Content),   // a picture's alt text and its gallery's count: "... XB-200 Preto1/6"
		spacedCells(f.Content) >= minSpacedCells,
		signInBar(p, f),
		buttonBar(p, f),
		controlBar(p, f),
		f.Aligned && f.Heading == 0, // a row of a table whose columns text aligns: an infobox's "Area    42 km²"
		hasInputBox(f),              // a form's field: "Estimate shipping [      ] OK"
		wrappedHead(p, i),
		firstEntry(p, i),
		listedSection(p, i),
		contentsEntry(p, i),
		tabRow(p, i),
		f.OpensWithAmount(),
		stockLine(p, f),
		strings.ContainsAny(f.Content, "★☆"), // a rating: "★4.5（212件のレビュー）"
		signature(f.Content) && !code,
		f.Usage(), // a synopsis of one line: "npm help <term> [<terms..>]"
		!f.Plain,
		ofByline(p, i),
		f.Dated, // printed first, a reading would lift it
		faqQuestion(p, i),
		captionUnderPicture(p, i),
		gluedControl(p, f),
		wrappedInBlock(p, i):
		return 0, false
	}
	h := heldBy(p, i)
	if h.label && categoryList(f.Content) {
		return 0, false // a list of the page's categories, given again under a label
	}
	elsewhere, site, crumb := h.elsewhere, h.site, h.crumb
	s := 1.0 + math.Min(float64(f.Words), 12)/12
	switch {
	case f.Words == 1 && !p.m.HTML && (subjectWord(p, i) || crumb && aboveSpan(p, i)):
		s += 0.5 // as a line that the lede echoes (see echoedByLede)
	case f.Words == 1:
		s -= 2
	case f.Words <= 3:
		s -= 0.5 // "Configuring Tidewater", but also "Editorial Board"
	}
	if f.Heading > 0 || chapter {
		s += 1.5
	}
	if h1 {
		s += 1 // HTML's own headline element
	}
	if mk := p.m.MetaKey; mk != "" && (f.Key == mk || (f.Words >= 3 || f.Heading == 1 && f.Words == 2) && (lang.ContainsWords(mk, f.Key) || lang.ContainsWords(f.Key, mk))) {
		// The headline the page's metadata declares, or a line of three
		// words or more that its title holds; or an h1 of two that it
		// holds, which a song's artist under it ("Northbound Train" over
		// "The Low Hills") had outscored: wceb html titles found 0.7273 ->
		// 0.7303, four titles nearer their truths', F1 0.8247 -> 0.8246
		// (one page keeps the tagline under its new headline).
		s += 2
	}
	crumb = crumb || listCrumb(p, i) // a breadcrumb printed as a list right above
	// A headline is given a few times (a breadcrumb, a share text, a
	// teaser); a widget's label once a group of a menu or a card, in
	// sentence case ("Arrow that indicates expansion state", "Transcript
	// Toggle more options"), is no headline for it. A name in title case
	// may be given as often (a product's under each of its pictures). With
	// five other copies or more counting only in title case, wceb titles
	// found: text-w3m 0.4424 -> 0.4455, text-h2t 0.6485 -> 0.6515, html as
	// before; two pages lost 0.009 and 0.013, whose labels (a podcast's
	// "Transcript", a forum's "Location (town/city + country)") had been
	// dropped as copies of their title.
	//
	// The bonus is one point, less than a heading's: at two, a logo's
	// alt text in the header and again in the footer ("UC Davis Health
	// wordmark"), a sign-in bar at the top and the bottom, and a
	// picture's caption under each of its pictures had outscored the
	// headline right over the article. At one, wceb titles found:
	// text-w3m 0.4455 -> 0.4636, html 0.7303 -> 0.7394, text-h2t as
	// before; lynx 0.4421 -> 0.4543, numbered w3m 0.4116 -> 0.4177,
	// html2text with links 0.6453 -> 0.6514. F1 moves on pages whose
	// wrong title had taken its copies out as the headline's, chrome
	// that now stays: wceb html 0.8258 -> 0.8262, trafilatura text-w3m
	// 0.9211 -> 0.9205 (a snippet on one page), the others within
	// 0.0013 either way.
	repeats := f.Words >= 4 && f.Repeats > 0 && (f.Repeats < 5 || f.CapsRatio() >= 0.6) && !copiedBlock(p, i)
	if repeats || f.Words >= 4 && elsewhere || f.Words >= 2 && crumb {
		s += 1 // short repeated lines are labels: "Joined: June 2019"
	}
	if site || siteName(p, i) {
		s -= 2 // the site's name (see heldBy)
	}
	if !p.m.HTML && f.Heading == 0 && f.Words >= 2 && f.Words <= maxEchoedWords && !quoted(f.Content) && echoedByLede(p, i) {
		s += 0.5
	}
	return s, true
}

// echoedByLede reports whether the article's first paragraph, the first
// of its first three lines of minLedeWords words or more (a lede, as
// ledeAbove reads one), gives every word
// of line i that is no stopword, two of them at least. A text rendering
// marks no headings, and a manual's or a guide's name is short ("Unsafe
// Rust", "npm shrinkwrap", "Significant Cyber Incidents"): it scored below
// a tagline or the book's name above it, and the page's first paragraph,
// which names its subject, tells it. titleScore gives such a line of two
// to maxEchoedWords words half a point, in text only (HTML marks its h1),
// and not to a heading (html2text's "### Book of the Month Club", the
// first entry of a list of products that the article's lede names) nor to
// a quotation (a film's “Wild Rose”, which a news story's lede names).
// wceb text-w3m titles found 0.5242 -> 0.5303 (F1 as before: two pages
// whose headline is now their title keep their standfirst, -0.013 and
// -0.001), text-h2t and html as before; of 921 reference manuals on this
// machine, 13 in w3m and 10 in lynx take their page's name for title
// ("npm shrinkwrap" over its tagline "Lock down dependency versions for
// publication", "Control Flow" over "The Rust Programming Language").
func echoedByLede(p *Page, i int) bool {
	if p.Start > p.End || i >= p.Start {
		return false
	}
	lede := spanLede(p)
	if lede < 0 {
		return false
	}
	key := p.f(lede).Key
	words := 0
	for w := range strings.FieldsSeq(p.f(i).Key) {
		if p.m.Lex.Word([]byte(w)).Stops.Has(p.m.Lang) {
			continue
		}
		if !lang.ContainsWords(key, w) {
			return false
		}
		words++
	}
	return words >= 2
}

// spanLede returns the article's first paragraph, the first of its first
// three lines of minLedeWords words or more (a lede, as ledeAbove reads
// one), or -1.
func spanLede(p *Page) int {
	for k, n := p.nonBlank(p.Start, 1), 0; k >= 0 && k <= p.End && n < 3; k, n = p.nonBlank(k+1, 1), n+1 {
		if p.f(k).Words >= minLedeWords {
			return k
		}
	}
	return -1
}

// trail reports whether f parts its words as a breadcrumb does, with an
// angle between spaces (see trailSeps): "Creative Commons > What we do".
// A German headline quotes »so«, with no space inside the marks.
func trail(f *measure.Line) bool {
	if f.Punct&measure.PunctAngle == 0 {
		return false
	}
	for _, sep := range trailSeps[:angleSeps] {
		if strings.Contains(f.Content, sep) {
			return true
		}
	}
	return false
}

// quoted reports whether s is a quotation alone: a name the article
// mentions ("“Wild Rose”").
func quoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“„«'‘", r)
}

// maxEchoedWords is the most words of a line that echoedByLede may lift.
const maxEchoedWords = 5

// siteName reports whether line i is the site's name that the page's
// metadata gives (see measure.Page.SiteKey), alone or with at most
// maxSiteNameWords words more: a logo's text, a wiki's "From ArchWiki"
// under its headline.
func siteName(p *Page, i int) bool {
	f, k := p.f(i), p.m.SiteKey
	return k != "" && len(f.Key) >= len(k) && f.Words <= strings.Count(k, " ")+1+maxSiteNameWords && lang.ContainsWords(f.Key, k)
}

// maxSiteNameWords is the most words a line may give besides the site's
// name and still be that name (see siteName).
const maxSiteNameWords = 2

// hasDate reports whether s holds a date anywhere.
func hasDate(p *Page, s string) bool {
	d, _, _ := p.m.Lex.FindDate(s)
	return d != 0
}

// containedElsewhere reports whether another short line of the page holds
// line i's text: a breadcrumb or a "Reading:" bar that ends with the
// headline (see heldBy).
func containedElsewhere(p *Page, i int) bool {
	return heldBy(p, i).elsewhere
}

// heldBy reports, in one reading of the page, which other lines hold line
// i's text as whole words. elsewhere: a line of at most twelve words more,
// a breadcrumb or a "Reading:" bar that ends with the headline. site: a
// line where a site writes its own name (a copyright notice, a prompt to
// follow or subscribe to it: the rules marked namesSite), whatever its
// length; "© 2024 The Small Kitchen" holds the site's name, not a
// headline, and "Scratch Culinary Meal Prep" under a logo, which the
// page's copyright notice gives too, is that name (scoring it less as a
// headline: wceb titles found, text-w3m 0.3879 -> 0.3970, text-h2t and
// html as before; no page's F1 moved). crumb: a breadcrumb, whatever its
// length, that ends with line i's text ("Startseite > Herren > Jacken >
// Regenjacke Nordwind"): the page's own name, however short. A trail
// parted by slashes reads as a list of names first ("Startseite / Herren /
// Trailschuhe X2"), and is a breadcrumb too. label: a line below that
// gives line i's text after a label (see labelGives).
func heldBy(p *Page, i int) (h holders) {
	l := p.f(i)
	for j := range p.Lines {
		o := p.f(j)
		if j == i || o.Blank || len(o.Key) <= len(l.Key) || !o.MayHold(l) {
			continue
		}
		bad := p.Lines[j].bad
		if !h.crumb && (bad == Breadcrumb || bad == NameList && breadcrumb(o, p) < 0) && endsWithKey(o, l) {
			h.crumb = true
		}
		if !h.label && j > i && labelGives(o, l) {
			h.label = true
		}
		names := rules[bad].namesSite
		if names && h.site || !names && (h.elsewhere || o.Words > l.Words+12) {
			continue // found already, or too long to be a breadcrumb
		}
		if lang.ContainsWords(o.Key, l.Key) {
			h.site, h.elsewhere = h.site || names, h.elsewhere || !names
			if h.site && h.elsewhere && h.crumb && h.label {
				break
			}
		}
	}
	return h
}

// holders are the other lines of a page that hold a line's text (see
// heldBy).
type holders struct{ elsewhere, site, crumb, label bool }

// endsWithKey reports whether o's key ends with l's, as whole words.
func endsWithKey(o, l *measure.Line) bool {
	cut := len(o.Key) - len(l.Key) - 1
	return cut > 0 && strings.HasSuffix(o.Key, l.Key) && o.Key[cut] == ' '
}

// labelGives reports whether o gives l's text after a label of up to two
// words and a colon ("Хабы: Разработка веб-сайтов, JavaScript" at the end
// of a Russian article gives its hubs, "Разработка веб-сайтов*,
// JavaScript*", which w3m prints between its h1 and its text).
func labelGives(o, l *measure.Line) bool {
	if !endsWithKey(o, l) {
		return false
	}
	label, _, ok := strings.Cut(o.Content, ":")
	var buf [64]byte
	return ok && fieldCount(label) <= 2 && string(lang.AppendKey(buf[:0], label)) == o.Key[:len(o.Key)-len(l.Key)-1]
}

// categoryList reports whether s is a list of items parted by commas, each
// of at most three words: a page's categories or tags. Given again under
// a label below (see labelGives), such a line is that label's value and
// no headline; it had been a Russian article's title, over its h1. A
// headline that a line gives again after a label ("Read more: ...") is
// no such list.
func categoryList(s string) bool {
	if !strings.Contains(s, ", ") {
		return false
	}
	for item := range strings.SplitSeq(s, ",") {
		if n := fieldCount(item); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// listCrumb reports whether line i is the last entry of a breadcrumb that
// a renderer printed as a short list right above it ("1. Documentation",
// "2. Effective Go", then the headline "Effective Go"): the item just
// above it, blank lines aside, gives its text, and ends a list of two to
// maxCrumbItems items of maxCrumbWords words or fewer. A menu is longer,
// and its entry that names the page stands apart from the headline. wceb
// titles found: text-w3m 0.4636 -> 0.4667 (Go's "Effective Go", which a
// menu's "Learn and network with Go developers from around the world"
// had outscored), text-h2t 0.6515 -> 0.6545 (a shop's category "CBD
// Gummies" over its first product's name; that page's F1 +0.016 there
// and in html2text's rendering), lynx 0.4573 -> 0.4604; no page's F1
// falls.
func listCrumb(p *Page, i int) bool {
	j := p.nonBlank(i-1, -1)
	if j < 0 || p.f(j).Marker == source.MarkNone || p.f(j).Key != p.f(i).Key {
		return false
	}
	n := 0
	for k := j; k >= 0 && n <= maxCrumbItems; k-- {
		f := p.f(k)
		if f.Blank || f.Marker == source.MarkNone || f.Words > maxCrumbWords {
			break
		}
		n++
	}
	return n >= 2 && n <= maxCrumbItems
}

// A breadcrumb printed as a list has at most maxCrumbItems entries of at
// most maxCrumbWords words each (see listCrumb).
const (
	maxCrumbItems = 6
	maxCrumbWords = 6
)

// ofByline reports whether line i is a byline's, not a headline: the
// author's role between the byline and its date ("By Jane Doe",
// "Co-founder and Chief Architect", "Dec 17, 2025"), or the author's name
// right over the byline that gives it again ("Jane Doe" over "By Jane
// Doe"). Nearer the article than the headline over them, each had been
// taken for it (wceb titles found: text-w3m 0.5000 -> 0.5030, text-h2t
// 0.6697 -> 0.6727, and so in lynx; a Spanish news page had its author's
// name for title in w3m and lynx; no page's F1 moves). A line right under
// a byline with no date under it may be the headline: a German blog
// gives its "Von ... publiziert am ..." over its headline, which, read as
// the byline's, had lost to the "Zurück zur Übersicht" above. So is a
// line under a byline's label alone ("Author:", see bylineLabel): a
// news story's "Editorial Staff" had been its title in each text
// rendering, and a manual's author in w3m and lynx (which now has none:
// its headline, repeated in its contents, is no candidate).
func ofByline(p *Page, i int) bool {
	above, below := p.nonBlank(i-1, -1), p.nonBlank(i+1, 1)
	switch {
	case above >= 0 && bylineLabel(p, above):
		return true // "Author:" over the author's name
	case below >= 0 && p.f(below).Dateline() && bylineAt(p, above):
		return true // the author's role, between the byline and its date
	case !bylineAt(p, below):
		return false
	}
	b, name := p.f(below).Key, p.f(i).Key // the name over the byline that gives it again
	return len(b) > len(name) && strings.HasSuffix(b, name) && b[len(b)-len(name)-1] == ' '
}

// bylineAt reports whether line j is a byline: its strongest chrome vote
// is the byline rule's, or that rule reads it so under a stronger vote.
// It is false for j < 0.
func bylineAt(p *Page, j int) bool {
	return j >= 0 && (p.Lines[j].bad == Byline || byline(p.f(j), p) < 0)
}

// bylineLabel reports whether line i is a byline's label alone, over the
// name it labels: "Author:", "Written by:" (the byline-labels list).
func bylineLabel(p *Page, i int) bool {
	f := p.f(i)
	return f.End == measure.EndColon && has(f.First, lang.BylineLabels) && p.m.Lex.In(lang.BylineLabels, f.Key, p.m.Lang)
}

// copiedBlock reports whether line i is given again with a line beside
// it: another line holds its text, and the lines above the two, or the
// lines under them, blank lines aside, hold the same text too. A site
// prints its header twice, for small screens and large ones, and a row of
// its menu comes back with the rows around it ("Home Discovery Queue
// Wishlist Points Shop News Charts" under "Store", over "Community"); a
// headline's copies stand alone (the page's title line, a breadcrumb, a
// share text). Such a row earns no bonus as a copy. wceb titles found:
// text-w3m 0.5121 -> 0.5242 (a store's menu row had been three game pages'
// title), text-h2t 0.6727 -> 0.6788, html as before; F1 text-w3m 0.8058
// -> 0.8057, text-h2t as before: two pages whose headline is now their
// title keep a standfirst, or lose an edition's line, that their truths
// give otherwise. Two ScrapingHub stories and three in lynx's renderings
// now take their headline over a newsletter's or a share bar's row;
// their F1 does not move.
func copiedBlock(p *Page, i int) bool {
	f := p.f(i)
	above, below := p.nonBlank(i-1, -1), p.nonBlank(i+1, 1)
	for j, seen := 0, 0; j < len(p.Lines) && seen < f.Repeats; j++ {
		if j == i || !sameText(p.f(j), f) {
			continue
		}
		seen++
		if sameLine(p, i, above, p.nonBlank(j-1, -1)) || sameLine(p, i, below, p.nonBlank(j+1, 1)) {
			return true
		}
	}
	return false
}

// sameLine reports whether lines a and b, both on the page, hold the same
// words, no sentence's, which are not line i's: a headline printed three
// times in a row is no block, and a product's name under each of its
// pictures ("[image]") is no menu. A teaser of the article in a list of
// the site's stories gives its headline with its kicker above
// ("Krach vor der VW-Betriebsversammlung:") or its standfirst under it,
// as the article does; these end as a label or a sentence does, and a
// menu's rows do not.
func sameLine(p *Page, i, a, b int) bool {
	if a < 0 || b < 0 || a == b {
		return false
	}
	f, g := p.f(a), p.f(b)
	return sameText(f, g) && f.Key != p.f(i).Key && !f.Image && !f.File && f.Alpha > 0 && f.End == measure.EndNone
}

// sameText reports whether lines a and b hold the same text, as keys
// compare it (the hash first, which the key determines).
func sameText(a, b *measure.Line) bool { return a.Hash == b.Hash && a.Key == b.Key }

// captionUnderPicture reports whether line i of a text is a picture's
// caption: right under the picture as w3m prints one, a bracket alone on
// its line ("[gold]", whose rule's row says picture), with no blank line
// between; a caption is given once or twice (its alt text), and a
// product's name under each of its pictures is still the page's name. A form's field, empty or with
// its label ("[          ]",
// "Search for: [ ] [Search]"), is no picture: a blog's headline and a
// news site's section name stood right under their search boxes. A story's "Gold bars in a shop. (Reuters)" under its
// photo, nearer its text than the headline over its byline, date and
// share bar, had been its title, in English as in Arabic; w3m sets a
// heading apart from what stands over it by a blank line.
func captionUnderPicture(p *Page, i int) bool {
	if p.m.HTML || i == 0 || p.f(i-1).Blank || p.f(i).Repeats >= 2 {
		return false
	}
	l, c := &p.Lines[i-1], strings.TrimSpace(p.f(i-1).Content)
	return l.class == chrome && rules[l.bad].picture && strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") && strings.Count(c, "[") == 1 && strings.TrimSpace(c[1:len(c)-1]) != ""
}

// wrappedInBlock reports whether line i is a paragraph of several lines of
// the input (one a renderer wrapped; see maxHeadlineLines) with a line
// above or below it: w3m prints a heading between blank lines, and a
// wrapped row of a site's header, printed under its menu ("acme / tabview
// Public Notifications Fork 213 Star 3.4k Code Issues 187 Pull" over
// "requests 23 Actions Security Insights"), is no headline.
func wrappedInBlock(p *Page, i int) bool {
	if f := p.f(i); f.Heading > 0 || strings.IndexByte(f.Text, '\n') < 0 {
		return false // one line, or a setext heading, whose rules are lines of its block
	}
	return i > 0 && !p.f(i-1).Blank || i+1 < len(p.Lines) && !p.f(i+1).Blank
}
