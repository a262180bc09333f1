package source

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// wline is a line the walker has cut: a range of its text, and what the
// DOM says of it.
type wline struct {
	from, to int
	gap      bool
	blank    bool
	dom      DOM
	hinter   *html.Node // the element whose class named dom.Hint
	anchors  int        // letters inside links to a place on the page itself (see walker.anchors)
	inPost   bool       // inside a post's item (see isPostItem)
}

// walker renders a DOM into lines, one per block, as text browsers do.
type walker struct {
	scan     *scanned
	next     int // the index in scan.elems of the next element
	maxDepth int // how deep the walk reads elements; deeper content is read as flat text
	maxLines int
	over     bool // more lines than maxLines: the walk stopped

	text   []byte       // the text of every line, one after the other
	lines  []wline      // the lines cut so far
	nodes  []*html.Node // the block element each line comes from, by line
	start  int          // where the line being built starts in text
	space  bool         // a space is due before the next text
	links  int          // letters inside links in the line being built
	info   DOM          // what the DOM says of the line being built
	hinter *html.Node   // the element whose class named info.Hint
	node   *html.Node   // the block the line being built comes from
	has    bool         // info is set
	gap    bool         // the line being built starts a block of its own
	// marker is the length of the list marker the line being built
	// opens with, while it holds nothing else.
	marker int
	// anchors are the letters inside links to a place on the page itself
	// (href="#results"): a tab's caption, a footnote's mark, the entries
	// of a table of contents (see countAnchors).
	anchors int
	// buttons are the letters inside acting buttons of the line being
	// built (see DOM.Buttons), tags those inside links to tags' pages
	// (see DOM.TagLinks).
	buttons, tags int
	// inPost is set when the line being built starts inside a post's item.
	inPost bool
	// heads and others are set when the line being built holds text of
	// a post's head (see DOM.PostHead), and other text.
	heads, others bool
	// shown holds the hidden elements that hold a text the page shows cut
	// short, read in its place (see fullText).
	shown map[*html.Node]bool
}

// blocks are the elements that start and end a line.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// regions are the elements whose name says what part of a page they are.
var regions = map[atom.Atom]Region{
	atom.Nav: Nav, atom.Menu: Menu, atom.Header: Header,
	atom.Footer: Footer, atom.Aside: Aside, atom.Form: Form,
}

func (w *walker) walk(n *html.Node, c ctx) {
	switch n.Type {
	case html.TextNode:
		w.addText(n.Data, c)
		return
	case html.DocumentNode:
		for ch := n.FirstChild; ch != nil && !w.over; ch = ch.NextSibling {
			w.walk(ch, c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	self := w.next
	size := w.scan.elems[self]
	w.next += int(size.count) // past n's subtree, unless the walk goes into it
	if skipped[n.DataAtom] || isHidden(n, int(size.letters), w.scan.total) && !isPanel(n, w.scan.controlled) && !w.shown[n] {
		return
	}
	if full := w.fullText(n, self); full != nil {
		if w.shown == nil {
			w.shown = map[*html.Node]bool{}
		}
		w.shown[full] = true
		return // a text cut short, read whole from full
	}
	if n.DataAtom == atom.Br {
		w.flush(false)
		return
	}
	if n.DataAtom == atom.A && c.heading > 0 && size.letters == 0 && headingAnchor(n) {
		return // a heading's permalink, no words of the heading
	}
	inCell := c.cell && rowBlocks(n.DataAtom)
	if c.pre && n.DataAtom == atom.Code && len(w.text) > w.start && afterCode(n) {
		w.emit(true) // a listing of its own, right after another in the same block
		w.gap = false
	}
	beside := n.DataAtom == atom.Button && (besideHeading(c, int(size.letters)) || c.pre)
	c = w.enter(n, c, self)
	if beside {
		c.heading = 0 // the button's caption is no words of the heading
		c.pre = false // nor a line of the code its block shows
	}
	block := blocks[n.DataAtom] && !inCell || beside
	if inCell && len(w.text) > w.start && w.text[len(w.text)-1] != ' ' {
		w.space = true // the block's text is a word apart from the cell's
	}
	if block {
		c.block = n
		w.flush(true)
		w.startBlock(n, c)
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		if len(w.text) > w.start {
			w.text = append(w.text, " | "...)
			w.space = false
		}
	}
	if c.depth < w.maxDepth {
		w.next = self + 1
		for ch := n.FirstChild; ch != nil && !w.over; ch = ch.NextSibling {
			w.walk(ch, c)
		}
	} else {
		w.addText(textOf(n), c)
	}
	if block {
		w.flush(true)
	}
}

// headingAnchor reports whether link n, inside a heading, leads to the
// heading itself: to its own id or to one of its nearest ancestors' (see
// permalink). With no letter or digit in its text ("#", "¶", "§", a zero
// width space), it is the permalink a documentation shows beside each
// heading on hover, to copy its address, which had printed "DNS#" and
// "Basic use¶".
func headingAnchor(n *html.Node) bool {
	href := strings.TrimSpace(attr(n, "href"))
	if len(href) < 2 || href[0] != '#' {
		return false
	}
	return attr(n, "id") == href[1:] || permalink(n, href[1:])
}

// afterCode reports whether code element n abuts another code element: a
// block that shows one program two ways ("import dns from 'node:dns'",
// then "const dns = require('node:dns')"), of which a page's style shows
// one at a time. Code elements with text between them (a highlighter's
// line of its own each, "\n" between) are lines of one listing.
func afterCode(n *html.Node) bool {
	s := n.PrevSibling
	return s != nil && s.Type == html.ElementNode && s.DataAtom == atom.Code
}

// startBlock prepares the line that a block element opens: list items get
// their bullet or number, as text renderers write them.
func (w *walker) startBlock(n *html.Node, c ctx) {
	g := c.group
	switch n.DataAtom {
	case atom.Li:
		if g == nil {
			g = &group{}
		}
		w.text = w.text[:len(w.text)-w.marker] // an item that opens with another list: one marker
		if g.ordered {
			w.text = strconv.AppendInt(w.text, int64(g.next), 10)
			w.text = append(w.text, ". "...)
			g.next++
		} else {
			w.text = append(w.text, "• "...)
		}
		w.marker = len(w.text) - w.start
	case atom.Tr, atom.Dt, atom.Dd:
	default:
		return
	}
	if g != nil {
		w.gap = g.items == 0
		g.items++
	}
	w.setInfo(c)
}

// setInfo records the context of the line being built, once.
func (w *walker) setInfo(c ctx) {
	if w.has {
		return
	}
	w.has = true
	w.info = DOM{Region: c.region, Article: c.article, Pane: c.pane, Hint: c.hint, Content: c.content, Consent: c.consent, Toggle: c.toggle,
		Caption: c.caption, Term: c.term, Table: c.table, Code: c.pre, Heading: c.heading, Post: c.qaPost}
	w.node = c.block
	w.hinter = c.hinter
	w.inPost = c.posted || c.author
}

// addText adds a text node's content to the line being built.
func (w *walker) addText(s string, c ctx) {
	if c.pre {
		w.preText(s, c)
		return
	}
	if s == "" {
		return
	}
	// Text nodes next to each other join with a space where the source has
	// white space. Where it has none, a space still parts two words of a
	// spaced script, since elements that abut in the source are most often
	// laid out apart ("<a>jane</a><span>Moderator</span>"); punctuation and
	// the scripts written without spaces join ("<a>漢字</a>を", "<a>link</a>.").
	if r, _ := utf8.DecodeRuneInString(s); isSpace(r) {
		w.space = true
	} else if len(w.text) > w.start && !w.space {
		prev, _ := utf8.DecodeLastRune(w.text[w.start:])
		w.space = spacedWord(prev) && spacedWord(r)
	}
	fields := false
	for i := 0; i < len(s); {
		// The next field: a run of characters that are not white space.
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		if w.space && len(w.text) > w.start {
			w.text = append(w.text, ' ')
		}
		w.setInfo(c)
		w.text = append(w.text, s[i:j]...)
		w.countLinks(c, s[i:j])
		w.heads, w.others = w.heads || c.head, w.others || !c.head
		w.space, fields = true, true
		i = j
	}
	if fields {
		w.space = isSpace(lastRune(s))
	}
}

// preText adds preformatted text: every line break ends a line, and the
// lines of one <pre> stay together.
func (w *walker) preText(s string, c ctx) {
	for first := true; ; first = false {
		part, rest, more := cutByte(s, '\n')
		if !first {
			w.emit(true)
			w.gap = false
		}
		w.setInfo(c)
		w.text = append(w.text, strings.TrimRight(part, "\r")...)
		w.countLinks(c, part)
		if !more {
			return
		}
		s = rest
	}
}

// cutByte cuts s around the first c.
func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// flush ends the line being built. After a block, the next line starts a
// block of its own; after a <br>, it continues the block.
func (w *walker) flush(block bool) {
	w.emit(false)
	if block {
		w.gap = true
	} else if len(w.lines) > 0 {
		w.gap = false
	}
}

// emit ends the line being built, keeping it if it has text (or, in pre,
// as a blank line), and starts the next. A line of a <pre> keeps its white
// space, the last one too, which the end of the block emits.
func (w *walker) emit(pre bool) {
	from, to := w.start, len(w.text)
	line := w.text[from:to]
	t := bytes.TrimSpace(line)
	switch {
	case len(t) == 0:
		w.text = w.text[:w.start]
		if pre {
			w.add(wline{blank: true}, nil)
		}
	case !pre && w.marker > 0 && to-from == w.marker:
		// An item that opens with a block (<li><h3>): its marker goes on
		// the block's first line, as text browsers print it.
		w.space, w.links, w.anchors, w.info, w.has, w.node, w.hinter = false, 0, 0, DOM{}, false, nil, nil
		w.heads, w.others, w.buttons, w.tags = false, false, 0, 0
		return
	default:
		if !pre && !w.info.Code {
			from += cap(line) - cap(t)
			to = from + len(t)
		}
		dom := w.info
		dom.Links = w.links
		dom.PostHead = w.heads && !w.others
		dom.Buttons = w.buttons > 0 && 2*w.buttons >= letters(string(t))
		dom.TagLinks = w.tags > 0 && w.tags == w.links
		w.add(wline{from: from, to: to, gap: w.gap, dom: dom, hinter: w.hinter, anchors: w.anchors, inPost: w.inPost}, w.node)
		w.start = len(w.text)
	}
	w.space, w.links, w.anchors, w.info, w.has, w.node, w.hinter, w.marker = false, 0, 0, DOM{}, false, nil, nil, 0
	w.heads, w.others, w.buttons, w.tags = false, false, 0, 0
}

// countLinks counts the letters of s, text inside a link, as links' or
// anchors', and inside a button as buttons'.
func (w *walker) countLinks(c ctx, s string) {
	if !c.button && (c.code || !c.link && !c.anchor) {
		return // text outside links and buttons, or a link in code: nothing to count
	}
	n := letters(s)
	if c.button {
		w.buttons += n
	}
	switch {
	case c.code:
		// A link from code to the item it names, a documentation's
		// cross-reference ("_MM_FROUND_TO_ZERO : truncate"), reads as the
		// code, not as an entry of a menu.
	case c.link:
		w.links += n
		if c.tag {
			w.tags += n
		}
	case c.anchor:
		w.anchors += n
	}
}

// add appends a line, or stops the walk once there are more than maxLines.
func (w *walker) add(l wline, node *html.Node) {
	if len(w.lines) >= w.maxLines {
		w.over = true
		return
	}
	w.lines = append(w.lines, l)
	w.nodes = append(w.nodes, node)
}

// textOf returns the text of n's subtree, for content deeper than the walk
// goes. It does not recurse, so it cannot overflow on any depth.
func textOf(n *html.Node) string {
	s, _ := textUpTo(n, math.MaxInt)
	return s
}

// textUpTo returns the text of n's subtree, each text node's followed by a
// space, but reads no more than max bytes of it: the first max bytes, and
// false, where it has more.
func textUpTo(n *html.Node, max int) (string, bool) {
	var b []byte
	for stack := []*html.Node{n}; len(stack) > 0; {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			if len(b)+len(x.Data)+1 > max {
				return string(append(b, x.Data[:max-len(b)]...)), false
			}
			b = append(b, x.Data...)
			b = append(b, ' ')
			continue
		}
		if x.Type == html.ElementNode && skipped[x.DataAtom] {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return string(b), true
}

// spacedWord reports whether r is a letter or digit of a script that parts
// its words with spaces.
func spacedWord(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !lang.IsCJK(r) || unicode.Is(unicode.Hangul, r)
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// maxPaneLead is the most text an article element may give before an
// aside that is its author pane (see DOM.Pane): a post's anchor or number.
const maxPaneLead = 100
