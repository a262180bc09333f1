package source

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// chromeHints maps the words of class, id, role and aria-label values to
// the kind of chrome they name. The words are English, as markup is.
var chromeHints = map[string]Hint{
	"ad": HintAdvert, "ads": HintAdvert, "adslot": HintAdvert, "advert": HintAdvert,
	"advertisement": HintAdvert, "advertising": HintAdvert, "promo": HintAdvert,
	"promoted": HintAdvert, "sponsor": HintAdvert, "sponsored": HintAdvert,

	"author": HintByline, "authors": HintByline, "byline": HintByline, "dateline": HintByline,
	"meta": HintByline, "timestamp": HintByline,

	"breadcrumb": HintBreadcrumb, "breadcrumbs": HintBreadcrumb,

	"comment": HintComments, "comments": HintComments, "disqus": HintComments, "respond": HintComments,

	"consent": HintCookie, "cookie": HintCookie, "cookies": HintCookie, "gdpr": HintCookie,

	"colophon": HintFooter, "footer": HintFooter,

	"banner": HintHeader, "masthead": HintHeader, "topbar": HintHeader,

	"login": HintSignIn, "signin": HintSignIn, "register": HintSignIn, "account": HintSignIn,

	"menu": HintNav, "menubar": HintNav, "nav": HintNav, "navbar": HintNav, "navigation": HintNav,
	"pagination": HintNav, "pager": HintNav, "toolbar": HintNav, "skip": HintNav,
	"facet": HintNav, "facets": HintNav, "filter": HintNav, "filters": HintNav, "refinements": HintNav,
	"sort": HintNav, "sorting": HintNav, "sortby": HintNav,

	"newsletter": HintNewsletter, "paywall": HintNewsletter, "signup": HintNewsletter,
	"subscribe": HintNewsletter, "subscription": HintNewsletter,

	// A site's notices are its own announcements over every page
	// ("Advertise virtually anything here ..."), in a panel one dismisses.
	// A "modal" is not among these words: shops print a product's details,
	// measurements and care in the modal that opens them, as the page's own
	// text (wceb html 0.8180 -> 0.8194, a shelf's page 0 -> 0.30; two pages
	// -0.003 and -0.006 keep a modal's "< Back" and a box of links). A
	// newsletter's or a sign-in's modal says so in its own words.
	"overlay": HintPopup, "popup": HintPopup, "notice": HintPopup, "notices": HintPopup,

	"recirc": HintRelated, "recommendations": HintRelated, "recommended": HintRelated, "related": HintRelated,

	// A post's reactions bar names who liked it ("Heizungsprofi gefällt
	// das.", XenForo's), as a share bar counts its shares.
	"share": HintShare, "sharing": HintShare, "social": HintShare, "reactions": HintShare,

	"rail": HintSidebar, "sidebar": HintSidebar, "widget": HintSidebar,

	"tagcloud": HintTags, "tags": HintTags,
}

// consentPlatforms are the words of class and id values that name a
// consent management platform, whose banners and preference centres many
// sites embed as they are: "onetrust-pc-sdk", "CybotCookiebotDialog",
// "didomi-popup", "usercentrics-root". They name nothing else, so, unlike
// the chrome hints, what they hold is never the page's own text, however
// much it reads like prose ("When you visit any website, it may store or
// retrieve information on your browser...").
var consentPlatforms = map[string]bool{
	"onetrust": true, "optanon": true, "cybot": true, "cookiebot": true, "didomi": true,
	"usercentrics": true, "truste": true, "trustarc": true, "iubenda": true,
	"cookieyes": true, "osano": true, "termly": true, "complianz": true, "cmplz": true,
}

// contentHints are the words of class and id values that name an article's
// text: article-body, post-content, entry-content, story-body.
var contentHints = map[string]bool{
	"article": true, "content": true, "entry": true, "post": true, "story": true, "body": true,
}

// hintModifiers make the word after them say something else than what it
// names: "has-sidebar", "no-ads", "with-comments".
var hintModifiers = map[string]bool{"has": true, "no": true, "with": true, "without": true, "is": true, "hide": true, "show": true}

// hintQualifiers make the word before them a property of the element
// rather than its kind: a shop's product card "subscription-eligible" is
// no newsletter's box, nor is an article "comments-enabled" its comments.
// A coffee shop's collection page, whose 51 cards are each
// "subscription-eligible", had lost every card, and printed nothing (wceb
// html: that page 0 -> 0.195; no other output of any corpus changes). The
// page's output counts in the averaged precision now, and collection
// falls 0.5922 -> 0.5873: the benchmark scores an empty output better than
// the items.
var hintQualifiers = map[string]bool{"eligible": true, "enabled": true, "disabled": true, "available": true}

// classHint reads n's class, id, role and aria-label: the kind of chrome
// they name, or whether they name content; whether its class or id names
// a consent platform (see consentPlatforms); and whether they name a
// toggle (see toggleWords). The root and body elements are not read:
// their classes describe the whole page ("single-post", "has-sidebar").
func classHint(n *html.Node) (chrome Hint, content, consent, toggle bool) {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return NoHint, false, false, false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "aria-label":
		default:
			continue
		}
		named := a.Key == "class" || a.Key == "id"
		if chrome != NoHint && !named {
			continue // only a platform's and a toggle's names are left to look for
		}
		modified, opens := false, false // opens: the word before asks for more (read, show, see)
		// A recipe's "meta" is its times and servings ("ds-recipe-meta":
		// "Arbeitszeit ca. 30 Minuten  Koch-/Backzeit ca. 1 Stunde 20
		// Minuten"), which went as a byline; trafilatura html: chefkoch's
		// page +1 snippet, no other output of the shared sets changes.
		recipe := false   // the word before is "recipe"
		pending := NoHint // the hint of the word before, unless the word after qualifies it
		for it := hintWords(a.Val); it.next(); {
			w := it.word()
			if pending != NoHint {
				if !hintQualifiers[string(w)] {
					chrome = pending
				}
				pending = NoHint
			}
			if named {
				consent = consent || consentPlatforms[string(w)]
				toggle = toggle || toggleWords[string(w)] || opens && string(w) == "more"
				opens = string(w) == "read" || string(w) == "show" || string(w) == "see"
			}
			if chrome == NoHint && !modified && !(recipe && string(w) == "meta") {
				if h, ok := chromeHints[string(w)]; ok {
					pending = h
				} else if contentHints[string(w)] && named {
					content = true
				}
			}
			modified, recipe = hintModifiers[string(w)], string(w) == "recipe"
		}
		if pending != NoHint {
			chrome = pending
		}
	}
	if chrome != NoHint {
		content = false
	}
	return chrome, content, consent, toggle
}

// hintWords yields the words of an attribute value, in lower case: it
// splits at punctuation and at camelCase humps ("relatedArticles
// share-bar" → related, articles, share, bar). Use it as
//
//	for it := hintWords(v); it.next(); { ... it.word() ... }
//
// The iterator lives on the caller's stack and the word in its buffer, so
// reading class names allocates nothing; a word is valid until next.
func hintWords(v string) wordIter { return wordIter{v: v} }

// wordIter walks the words of a class, id or label value (see hintWords).
// It holds the word as a length into its buffer, not as a slice of it,
// so that it stays on the stack. A word longer than the buffer is cut:
// such a word names no hint.
type wordIter struct {
	v    string
	i    int
	prev rune
	n    int
	buf  [64]byte
}

// next steps to the next word, and reports whether there is one. An ASCII
// byte, as most class names are all through, takes a path of its own that
// decodes nothing: next's share of a CPU profile of the HTML benchmark
// fell from 5.6% to 3.0%, and the words are the same (a check of 300,000
// random strings of ASCII, Latin, Turkish and Chinese letters, digits and
// marks, some cut inside a character, against the decoding path alone
// found no difference).
func (it *wordIter) next() bool {
	it.n = 0
	for it.i < len(it.v) {
		if it.n == 0 && !lang.IsWordRune(it.prev) {
			it.i += hashLen(it.v[it.i:]) // a token that is a hash names nothing
			if it.i >= len(it.v) {
				break
			}
		}
		if c := it.v[it.i]; c < utf8.RuneSelf { // ASCII, most class names: as below, without decoding
			letter := 'a' <= c|0x20 && c|0x20 <= 'z'
			if it.n > 0 && (!letter || c <= 'Z' && unicode.IsLower(it.prev)) {
				return true
			}
			it.i++
			it.prev = rune(c)
			if letter && it.n+utf8.UTFMax <= len(it.buf) {
				it.buf[it.n] = c | 0x20
				it.n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(it.v[it.i:])
		letter := unicode.IsLetter(r)
		hump := letter && unicode.IsUpper(r) && unicode.IsLower(it.prev)
		if it.n > 0 && (!letter || hump) {
			return true // r starts the next word, or ends this one: read it again next time
		}
		it.i += size
		it.prev = r
		if letter && it.n+utf8.UTFMax <= len(it.buf) {
			it.n += utf8.EncodeRune(it.buf[it.n:], unicode.ToLower(r))
		}
	}
	return it.n > 0
}

// hashLen returns the length of the token (a run of word characters: see
// lang.IsWordRune) that starts s if it is a hash, as build tools and page
// builders generate for class names and ids ("6hqbr3MKpSozC0adOdCzCB",
// "e7385638587d42929d64e649164435ad"), else 0: at least minHashLen
// bytes, of which at least minHashDigits digits. Read as words, a
// hash gives chance ones ("ad" in "...C0adOd..." or "...435ad"). A class
// name with a number in it ("ad300x250", "p23FlexibleHighlight") is
// shorter or has fewer digits, and keeps its words.
func hashLen(s string) int {
	n, digits := 0, 0
	for n < len(s) {
		if c := s[n]; c < utf8.RuneSelf {
			switch {
			case '0' <= c && c <= '9':
				digits++
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			default:
				return hashOf(n, digits)
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !lang.IsWordRune(r) {
			break
		}
		n += size
	}
	return hashOf(n, digits)
}

// hashOf returns n if a token of n bytes with the given digits is a hash
// (see hashLen), else 0.
func hashOf(n, digits int) int {
	if n >= minHashLen && digits >= minHashDigits {
		return n
	}
	return 0
}

// The least length and digits of a hash (see hashLen).
const (
	minHashLen    = 10
	minHashDigits = 3
)

// word returns the current word.
func (it *wordIter) word() []byte { return it.buf[:it.n] }

// unhintProse clears the hint of an element whose class names a menu but
// more than half of whose text is in lines of 25 words or more: a grid of
// service cards classed "nestedNavCardGrid", a FAQ's answers classed
// "filter-active". Menus, filters and pagers hold links and labels; a
// menu's one blurb among its links leaves it a menu. Other hints stay:
// related teasers, comments and cookie notices are paragraphs.
func unhintProse(lines []wline, text []byte) {
	type tally struct{ all, prose int }
	menu := func(l *wline) bool { return l.hinter != nil && l.dom.Hint == HintNav }
	var t map[*html.Node]tally
	for i := range lines {
		l := &lines[i]
		if !menu(l) {
			continue
		}
		if t == nil {
			t = map[*html.Node]tally{}
		}
		c, n := t[l.hinter], l.to-l.from
		c.all += n
		if paragraphScore(text[l.from:l.to]) > 0 {
			c.prose += n
		}
		t[l.hinter] = c
	}
	for i := range lines {
		if l := &lines[i]; menu(l) && 2*t[l.hinter].prose > t[l.hinter].all {
			l.dom.Hint = NoHint
		}
	}
}

// unhintComments clears the comments hint of a page whose text is its
// comments: its lines of text (minTextWords words or more) outside the
// page's regions (nav, header, aside, footer, forms) and other hints hold
// minCommentShare or more of their letters in elements whose class names
// comments, and no paragraph (see paragraphScore) outside the regions
// stands outside them, whatever its hint. An issue tracker's page, a
// thread whose software classes each post "comment": each comment is the
// page's text, the issue's own report the first of them, and the hint
// had voted its first lines out. A story's comments, however long, stand
// under the story's own paragraphs, and stay hinted; so do a paywalled
// story's, whose paragraphs a paywall's class hides.
func unhintComments(lines []wline, text []byte) {
	hinted := false
	for i := range lines {
		hinted = hinted || lines[i].dom.Hint == HintComments
	}
	if !hinted {
		return // most pages: no line to weigh
	}
	all, comments := 0, 0
	for i := range lines {
		l := &lines[i]
		if l.blank || l.dom.Region != NoRegion {
			continue
		}
		s := text[l.from:l.to]
		if fields(s) < minTextWords {
			continue
		}
		if l.dom.Hint != HintComments && paragraphScore(s) > 0 {
			return // a paragraph outside the comments: the story's own, though a paywall's class hides it
		}
		if l.dom.Hint != NoHint && l.dom.Hint != HintComments {
			continue
		}
		n := letters(string(s))
		all += n
		if l.dom.Hint == HintComments {
			comments += n
		}
	}
	if comments == 0 || float64(comments) < minCommentShare*float64(all) {
		return
	}
	for i := range lines {
		if l := &lines[i]; l.dom.Hint == HintComments {
			l.dom.Hint = NoHint
		}
	}
}

// minCommentShare is the share of a page's text that its comments must
// hold to be its text, and minTextWords the fewest words of a line of
// text (see unhintComments): a comment's head ("lenam commented on Mar
// 3, 2024") is none.
const (
	minCommentShare = 0.6
	minTextWords    = 10
)

// A toggle is a control that folds or unfolds the text around it, which
// a class or id names: "readmore", "read-more", "showMore", "expander",
// "game_page_autocollapse_readmore". Its caption ("READ MORE" under a
// shop's description) is a button that shows the rest of what is above
// it, not the heading of a block of related links that ends the text; a
// link is neither (the walker asks for no link around it), and neither is
// a container that holds more than maxToggleLetters letters, which is what
// the control unfolds (see DOM.Toggle).

// toggleWords are the words of class and id values that name a control
// that folds or unfolds text (see classHint).
var toggleWords = map[string]bool{
	"readmore": true, "showmore": true, "seemore": true, "expand": true, "expander": true,
	"collapse": true, "autocollapse": true, "toggle": true,
}

// maxToggleLetters is the most letters of an element whose class names a
// toggle (see classHint) for it to be the control rather than the text it
// folds.
const maxToggleLetters = 40

// blockAmidText reports whether n, an element whose class or id names a
// sidebar only by the word "widget", stands among the paragraphs of a
// text: a paragraph of minAmidLetters letters or more stands on each side
// of n, or of its parent (see paragraphBeside). A content system that
// names each block of a story a widget ("widget quote", "widget
// statement": a recipe's ingredients, a quoted question) puts it between
// the story's paragraphs; a sidebar's widgets stand beside the story,
// among other widgets. A paragraph on one side is not enough: a
// fact-checker's widget of its editors' names and appeal for support,
// after its story's last paragraph, had joined the story (scrapinghub
// html -0.17 on that page, when a paragraph anywhere within three levels
// counted). Scrapinghub html 0.9748 -> 0.9749 (a football story's
// embedded tweets, 0.9718 -> 1), trafilatura html 0.9479 -> 0.9490 (a
// cocktail story's quoted question and ingredients: 2 of its 3 lost
// snippets); no other output of any corpus changes.
func blockAmidText(n *html.Node) bool {
	if !namedWidget(n) {
		return false
	}
	for a, up := n, 0; a.Parent != nil && up < 2; a, up = a.Parent, up+1 {
		if paragraphBeside(a, -1) && paragraphBeside(a, 1) {
			return true
		}
	}
	return false
}

// paragraphBeside reports whether one of the maxAmidSiblings elements
// before n (dir -1) or after it (dir 1) is a paragraph of minAmidLetters
// letters or more, read from its first maxAmidBytes of text. The reach is
// bounded: a page of many thousand widgets side by side reads a few
// siblings of each, not all, and each paragraph for a few widgets only.
func paragraphBeside(n *html.Node, dir int) bool {
	next := func(s *html.Node) *html.Node {
		if dir < 0 {
			return s.PrevSibling
		}
		return s.NextSibling
	}
	seen := 0
	for s := next(n); s != nil && seen < maxAmidSiblings; s = next(s) {
		if s.Type != html.ElementNode {
			continue
		}
		seen++
		if s.DataAtom == atom.P {
			if text, _ := textUpTo(s, maxAmidBytes); letters(text) >= minAmidLetters {
				return true
			}
		}
	}
	return false
}

// namedWidget reports whether n's class names a sidebar only by the word
// "widget". Blogger calls the block that holds a blog's posts "widget
// Blog", and the post's text in it, "post-body entry-content", names the
// content: the post is no sidebar's (see walker.enter; see namesText),
// while a sidebar widget's own "widget-content" is. A Chinese song's
// lyrics on a Blogger blog had all gone, and the page printed nothing
// (trafilatura html: one snippet of its two found); with any class that
// names content, a fact-checker's widget of cards ("card-body") after
// its story had joined it (scrapinghub -0.17 on that page), and four wceb
// pages fell by 0.0002 to 0.0082. No other output of any corpus changes.
func namedWidget(n *html.Node) bool {
	return n != nil && hasWord(attr(n, "class"), widgetWords) && !hasWord(attr(n, "class"), sidebarWords) && !hasWord(attr(n, "id"), sidebarWords)
}

// namesText reports whether a class names the text of a story or a post,
// a word of each of textOwners and textParts ("post-body entry-content",
// "article-body"), not a card's body or a widget's content.
func namesText(class string) bool {
	return hasWord(class, textOwners) && hasWord(class, textParts)
}

// textOwners and textParts are the words of namesText.
var (
	textOwners = map[string]bool{"article": true, "entry": true, "post": true, "story": true}
	textParts  = map[string]bool{"body": true, "content": true, "text": true}
)

// widgetWords and sidebarWords are the words that name a sidebar (see
// chromeHints): a widget may be a block of a story, a sidebar or a rail
// is not.
var (
	widgetWords  = map[string]bool{"widget": true}
	sidebarWords = map[string]bool{"sidebar": true, "rail": true}
)

// minAmidLetters is the fewest letters of a paragraph that blockAmidText
// reads as a story's; maxAmidSiblings is how many elements on each side
// it reads, and maxAmidBytes how much of each paragraph's text.
const (
	minAmidLetters  = 80
	maxAmidSiblings = 8
	maxAmidBytes    = 1024
)
