package source

import (
	_ "embed"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// ctx is the context an element's content is read in.
type ctx struct {
	region  Region
	article bool
	card    bool // inside an <article> of at most maxCardLetters letters: a teaser's card
	post    int  // where the text of the innermost <article> element starts in the walker's text, or -1
	pane    bool // inside an aside that opens its article (see DOM.Pane)
	hint    Hint
	hinter  *html.Node // the element whose class named hint
	content bool
	consent bool
	dialog  bool // inside a dialog (see isDialog)
	toggle  bool // inside a control that unfolds the text around it (see classHint)
	caption bool
	term    bool // inside a term that a definition follows (see DOM.Term)
	qaItem  bool // inside a question page's question or answer, its nearest item (see isQAPost)
	qaPost  bool // inside the text of a question page's question or answer (see DOM.Post)
	posted  bool // inside a post's item, its nearest (see isPostItem)
	author  bool // inside that post's author's item
	head    bool // inside a post's author's name or its date (see DOM.PostHead)
	table   bool
	cell    bool // inside a table cell of at most maxCellLetters letters
	heading int
	headed  int  // letters of the innermost heading (see besideHeading)
	link    bool // inside a link to another page
	tag     bool // inside a link to a tag's or a category's page (see tagHref)
	code    bool // inside code: a link's cross-reference to a program's item (see countLinks)
	anchor  bool // inside a link to a place on the page itself
	button  bool // inside a button that acts, not one that unfolds or picks a tab (see actingButton)
	pre     bool
	group   *group // the innermost list, table or definition list
	block   *html.Node
	depth   int
}

// group is an open list, table or definition list: its items are lines
// that follow each other without a blank line between, as renderers write
// them.
type group struct {
	items   int
	ordered bool
	next    int // the number of the next item of an ordered list
}

// enter returns the context of n's content; n is element self of the
// scan.
func (w *walker) enter(n *html.Node, c ctx, self int) ctx {
	size := w.scan.elems[self]
	letters := int(size.letters)
	c.depth++
	if r, ok := regions[n.DataAtom]; ok && !(c.article && r == Header) && !(c.card && r == Footer) && !(r == Form && w.wraps(letters)) {
		c.region = r // an article's own header holds its headline; a teaser card's footer its byline; a form around the page is a framework's
	}
	switch n.DataAtom {
	case atom.Article, atom.Main:
		c.article = true
		c.card = n.DataAtom == atom.Article && letters <= maxCardLetters
		if n.DataAtom == atom.Article {
			c.post = len(w.text)
		}
		if c.region == Form {
			c.region = NoRegion // a forum's moderation form around its posts
		}
	case atom.Aside:
		c.pane = c.post >= 0 && len(w.text)-c.post <= maxPaneLead
	case atom.Figcaption, atom.Caption:
		c.caption = true
	case atom.Dt:
		c.term = definedTerm(n)
	case atom.Table:
		c.table = true
		c.cell = false
		c.group = &group{}
	case atom.Td, atom.Th:
		c.cell = letters <= maxCellLetters && !(size.count <= maxProseCell && proseCell(n))
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading = int(n.Data[1] - '0')
		c.headed = letters
	case atom.A:
		href := attr(n, "href")
		c.anchor = len(href) > 1 && href[0] == '#'
		c.link = !c.anchor
		c.tag = c.link && tagHref(href)
		if c.anchor && (c.heading > 0 || permalink(n, href[1:])) {
			c.anchor = false // a heading's or a rule's link to itself
		}
	case atom.Button:
		c.button = actingButton(n)
	case atom.Pre:
		c.pre = true
	case atom.Code:
		c.code = true
	case atom.Ul, atom.Menu, atom.Dl:
		c.group = &group{}
	case atom.Ol:
		c.group = &group{ordered: true, next: 1}
		if s, err := strconv.Atoi(attr(n, "start")); err == nil {
			c.group.next = s
		}
	}
	if w.scan.posts {
		c = enterPost(n, c, w.scan.qaPage)
	}
	role := attr(n, "role")
	if role == "main" {
		c.article = true
	}
	h, content, consent, toggle := classHint(n)
	if h == HintSidebar && blockAmidText(n) {
		h = NoHint
	}
	c.consent = c.consent || consent
	c.toggle = c.toggle || toggle && !c.link && letters <= maxToggleLetters
	c.dialog = c.dialog || isDialog(n, role)
	if h != NoHint && (c.dialog || !w.wraps(letters)) && !(h == HintSidebar && w.scan.holdsH1(self, int(size.count))) { // no sidebar holds an h1
		c.hint, c.hinter = h, n
	} else if content {
		c.content = true
		if c.hint == HintSidebar && namesText(attr(n, "class")) && namedWidget(c.hinter) {
			c.hint, c.hinter = NoHint, nil // a story's text in a block its system calls a widget (see namedWidget)
		}
	}
	return c
}

// tagHref reports whether href leads to the page of a tag or a category:
// a segment of its path names one (see tagSegments), and a name follows
// it ("/tag/chuva", "/tags/python/", "/category/news/local"). A tag's
// index alone ("/tags/") is a menu's entry, no tag.
func tagHref(href string) bool {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i] // a query's "tag" is as often an affiliate's ("?tag=bgwr1b-20", Amazon's)
	}
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		j := strings.IndexByte(href, '/')
		if j < 0 {
			return false
		}
		href = href[j:] // the path, without the host
	}
	href = strings.Trim(href, "/")
	for {
		seg, rest, ok := strings.Cut(href, "/")
		if !ok {
			return false // the last segment: a page's, or a tags' index
		}
		if tagSegments[strings.ToLower(seg)] && rest != "" {
			return true
		}
		href = rest
	}
}

// tagSegments are the path segments that lead to a tag's or a
// category's page (the embedded tag-segments.txt).
var tagSegments = wordSet(tagSegmentsFile)

//go:embed tag-segments.txt
var tagSegmentsFile string

// wordSet returns the words of list, one a line (see lang.WordLines).
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range lang.WordLines(list) {
		set[w] = true
	}
	return set
}

// actingButton reports whether n, a <button>, acts: adds to a cart,
// sends a form, shares, follows. One that unfolds a panel or picks a tab
// names text of the page's own: an FAQ's question, a product's
// "Description" tab. Such a button says so by its attributes
// (aria-expanded, aria-controls, a role), or by a class or id that names
// a disclosure (see disclosureWords): "accordion__trigger" over a
// course's question "Grading Options – Letter Grade or Pass/No Pass".
func actingButton(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "aria-expanded", "aria-controls", "role":
			return false
		case "class", "id":
			for it := hintWords(a.Val); it.next(); {
				if w := it.word(); disclosureWords[string(w)] || toggleWords[string(w)] {
					return false
				}
			}
		}
	}
	return true
}

// disclosureWords are the words of class and id values that name a
// control that shows a panel of the page's text (see actingButton), with
// toggleWords.
var disclosureWords = map[string]bool{
	"accordion": true, "collapsible": true, "disclosure": true, "faq": true, "question": true, "tab": true, "tabs": true,
}

// definedTerm reports whether dt, a <dt>, is a term that a definition
// follows: the next element after it and the terms beside it is a <dd>
// ("-f format" over "Use format as the format string.", "[seq]" over
// "Matches one character in seq."). A <dt> alone, or last in its list, is
// a heading or a label that defines nothing.
func definedTerm(dt *html.Node) bool {
	for s := dt.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s.DataAtom != atom.Dt {
			return s.DataAtom == atom.Dd
		}
	}
	return false
}

// permalink reports whether link n leads to one of its own ancestors,
// among the maxPermalinkAncestors nearest (href="#r-items.extern-crate"
// inside the element with that id): a link to the place where it stands,
// which a reference or a wiki gives each of its rules, as a heading
// gives itself, to be copied. It leads nowhere, and is no menu's entry.
func permalink(n *html.Node, id string) bool {
	for a, k := n.Parent, 0; a != nil && k < maxPermalinkAncestors; a, k = a.Parent, k+1 {
		if a.Type == html.ElementNode && attr(a, "id") == id {
			return true
		}
	}
	return false
}

// maxPermalinkAncestors is how many of a link's ancestors permalink reads.
const maxPermalinkAncestors = 4

// besideHeading reports whether a button of the given letters, read in
// context c, is a control beside a heading rather than part of it: the
// heading holds text of its own besides the button's ("Enum Option" and
// its "Copy item path", a poster's name and "Follow Author", a menu's
// heading and its "Toggle List"). Its caption is a line of its own, not
// words of the heading; a button that is the whole heading (an
// accordion's question) is the heading.
func besideHeading(c ctx, letters int) bool {
	return c.heading > 0 && c.headed > letters
}

// isDialog reports whether n, of the given role, is a dialog (role dialog
// or alertdialog, or aria-modal): a box over the page, never a wrapper around it, so what the
// classes and labels inside it say holds however much of the page it
// holds (see maxHintShare). On a shop's sparse product page a consent
// centre's paragraphs about each kind of cookie held more of the page's
// letters than the product, became its main container, and the span kept
// them (wceb html 0.8201 -> 0.8209, that page 0 -> 0.18; no other page of
// any set moves). It does not make a dialog chrome: a shop's product
// details in a modal name nothing, and keep no hint.
func isDialog(n *html.Node, role string) bool {
	return role == "dialog" || role == "alertdialog" || attr(n, "aria-modal") == "true"
}

// maxCardLetters is the most letters of an <article> that is a teaser's
// card rather than an article: a title, a summary and a byline.
const maxCardLetters = 600

// maxHintShare is the largest share of a page's letters an element may
// hold for its class to name chrome: a wrapper around most of the page
// (id="body_overlay", an article with class "author-jane") is not chrome,
// whatever its class says, but inside a dialog (see isDialog).
const maxHintShare = 0.3

// wraps reports whether an element with the given letters holds
// maxHintShare or more of the page's letters: what its class or name says
// is not about its content, most of the page.
func (w *walker) wraps(letters int) bool {
	return float64(letters) >= maxHintShare*float64(w.scan.total)
}
