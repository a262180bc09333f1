package clean

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// newHTMLPage is the HTML front end: it decodes an HTML document (see
// decodeHTML), parses it, renders it as lines, one per block, and reads
// its metadata. It returns the number of invalid bytes replaced, and a
// *LimitError for a page with more elements than lim allows.
func newHTMLPage(b []byte, contentType string, lim Limits) (*page, int, error) {
	s, enc := decodeHTML(b, contentType)
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// The parser refuses pages nested deeper than 512 elements (it
		// fails on nothing else, reading from a string): read the page
		// again with the elements nested deeper than parserDepth left out.
		if root, err = html.Parse(strings.NewReader(flattenDeep(s, parserDepth))); err != nil {
			return nil, 0, fmt.Errorf("clean: parsing HTML: %w", err)
		}
	}
	if n := countElements(root, lim.MaxNodes); n > lim.MaxNodes {
		return nil, 0, &LimitError{Limit: "MaxNodes", Value: n, Max: lim.MaxNodes}
	}
	doc := goquery.NewDocumentFromNode(root)
	lines := renderHTML(root, lim.MaxDepth)
	invalid := 0
	for i := range lines {
		l := &lines[i]
		if l.blank {
			continue
		}
		t, n := normalize(l.text)
		invalid += n
		if !l.dom.code {
			t = strings.TrimSpace(strings.ReplaceAll(t, "\n", " "))
		}
		dom, gap := l.dom, l.gap
		*l = line{text: t, gap: gap, dom: dom}
		parseMarkup(l, t)
		// The markup of text renderers means nothing here: the DOM says.
		l.image, l.widget, l.linkChars = false, false, dom.links
		l.heading, l.code = dom.heading, dom.code
	}
	p := &page{lines: lines, html: true, encoding: enc}
	m := readMeta(doc)
	p.metaTitle, p.metaDate, p.author = oneLine(m.title), m.date, oneLine(m.author)
	p.metaKey, _ = keyOf(p.metaTitle, nil)
	if m.body != "" {
		p.ld = shingleSet(m.body)
	}
	for i := range lines {
		p.hasMain = p.hasMain || lines[i].dom.main
	}
	p.maxLine = lim.MaxLineBytes
	p.prepare()
	return p, invalid, nil
}

// parserDepth is how deeply nested elements flattenDeep keeps: well below
// the 512 the parser takes, which counts the elements it adds itself.
const parserDepth = 400

// flattenDeep returns the HTML s without the tags of the elements nested
// more than max deep, as a simple stack of open tags counts them; their
// text and everything else stays as written.
func flattenDeep(s string, max int) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	var open []string
	dropped := map[string]int{} // end tags still to drop, by name
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				break
			}
			if len(open) >= max {
				dropped[tag]++
				continue
			}
			open = append(open, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if dropped[tag] > 0 {
				dropped[tag]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == tag {
					open = open[:i]
					break
				}
			}
		}
		b.Write(raw)
	}
}

// voidElements have no end tag, and hold nothing.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true,
}

// countElements counts the elements under root, up to one more than max.
func countElements(root *html.Node, max int) int {
	n := 0
	for stack := []*html.Node{root}; len(stack) > 0 && n <= max; {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.ElementNode {
			n++
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return n
}

// domInfo is what the HTML front end sees of a line beyond its text.
type domInfo struct {
	valid   bool
	links   int    // letters of the line inside links
	region  string // the innermost of nav, menu, header, footer, aside, form around the line, "" if none
	article bool   // inside article, main or role=main
	hint    string // the innermost chrome word of an ancestor's class, id, role or aria-label
	content bool   // an ancestor's class or id names the content (article-body, post-content)
	caption bool   // inside figcaption or caption
	table   bool   // a row of a table
	code    bool   // inside pre
	heading int    // h1..h6
	main    bool   // inside the page's main container (see markMain)

	node *html.Node // the block element the line comes from
}

// walker renders a DOM into lines, one per block.
type walker struct {
	lines []line
	buf   []byte  // text of the line being built
	space bool    // a space is due before the next text
	links int     // letters inside links in the line being built
	info  domInfo // what the DOM says of the line being built
	gap   bool    // the line being built starts a block of its own
	nodes int     // elements seen

	maxDepth int // how deep the walk reads elements; deeper content is read as flat text (Limits.MaxDepth)

	size  map[*html.Node]int // letters under each node
	total int                // letters of the page
}

// ctx is the context an element's content is read in.
type ctx struct {
	region  string
	article bool
	hint    string
	content bool
	caption bool
	table   bool
	heading int
	link    bool
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

// renderHTML walks the parsed document from its root and returns its
// lines.
func renderHTML(root *html.Node, maxDepth int) []line {
	w := &walker{gap: true, size: subtreeLetters(root), maxDepth: maxDepth}
	w.total = w.size[root]
	w.walk(root, ctx{})
	w.flush(true)
	markMain(w.lines)
	return w.lines
}

// markMain finds the page's main container, as Readability does: each line
// that reads like a paragraph scores for the parent of its block, and for
// half and a third of that for the next two ancestors; the element with the
// best score holds the article. Its lines are marked main.
func markMain(lines []line) {
	score := map[*html.Node]float64{}
	for i := range lines {
		l := &lines[i]
		n := l.dom.node
		if n == nil || l.dom.region != "" {
			continue
		}
		s := paragraphScore(l.text)
		if s == 0 {
			continue
		}
		for k, a := 1.0, n.Parent; a != nil && k <= 3; k, a = k+1, a.Parent {
			score[a] += s / k
		}
	}
	var top *html.Node
	for n, s := range score {
		if top == nil || s > score[top] || s == score[top] && less(n, top) {
			top = n
		}
	}
	if top == nil {
		return
	}
	main := map[*html.Node]bool{top: true}
	if top.Parent != nil {
		// Siblings that hold paragraphs too, or look like top, are parts of
		// the same article split by inline boxes.
		for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && (score[s] >= siblingShare*score[top] || score[s] > 0 && sameKind(s, top)) {
				main[s] = true
			}
		}
	}
	for i := range lines {
		// A line belongs to the container as it scored for it: from one of
		// its three nearest ancestors, counted from the list or table of
		// an item or a row. A box nested deep inside is not the article's
		// text.
		n := groupOf(lines[i].dom.node)
		if n == nil {
			continue
		}
		for k, a := 1, n.Parent; a != nil && k <= 3; k, a = k+1, a.Parent {
			if main[a] || sameRecord(a, top) {
				lines[i].dom.main = true
				break
			}
		}
	}
}

// sameRecord reports whether a repeats the container top as the posts of a
// thread or the answers on a question page repeat each other: a has top's
// tag and class, and so do its parent and grandparent those of top's. The
// classes must be there: bare divs repeat everywhere.
func sameRecord(a, top *html.Node) bool {
	if a == top || attr(top, "class") == "" {
		return false
	}
	for range 3 {
		if a == nil || top == nil || !sameKind(a, top) {
			return false
		}
		if a == top {
			return true // a common ancestor: a is inside top's own record
		}
		a, top = a.Parent, top.Parent
		if top != nil && attr(top, "class") == "" {
			return false
		}
	}
	return true
}

// oneLine returns s normalised as a line of text is, its white space
// collapsed: how a title from metadata reads back when printed.
func oneLine(s string) string {
	s, _ = normalize(s)
	return strings.Join(strings.Fields(s), " ")
}

// groupOf returns the list or table an item or a row belongs to, else n.
func groupOf(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	switch n.DataAtom {
	case atom.Li, atom.Dt, atom.Dd, atom.Tr:
	default:
		return n
	}
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Ul, atom.Ol, atom.Menu, atom.Dl, atom.Table:
			return a
		}
	}
	return n
}

// siblingShare is the share of the main container's score a sibling needs to
// join it.
const siblingShare = 0.2

// sameKind reports whether two elements have the same tag and class.
func sameKind(a, b *html.Node) bool {
	return a.Data == b.Data && attr(a, "class") == attr(b, "class")
}

// paragraphScore rates a line as a paragraph of text: 0 below 25 words,
// then one point, one per comma, and one per 100 characters up to three.
func paragraphScore(text string) float64 {
	if len(strings.Fields(text)) < 25 {
		return 0
	}
	return 1 + float64(strings.Count(text, ",")) + min(3, float64(len(text))/100)
}

// less orders nodes by their position in the document, to break ties the
// same way every time: the earlier node first.
func less(a, b *html.Node) bool {
	pa, pb := path(a), path(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}

// path returns the position of n among its siblings, and theirs up to the
// root.
func path(n *html.Node) []int {
	var p []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			i++
		}
		p = append([]int{i}, p...)
	}
	return p
}

// maxHintShare is the largest share of a page's letters an element may
// hold for its class to name chrome: a wrapper around most of the page
// (id="body_overlay", an article with class "author-jane") is not chrome,
// whatever its class says.
const maxHintShare = 0.3

// subtreeLetters counts the letters of the text under each element, in one
// pass that does not recurse.
func subtreeLetters(root *html.Node) map[*html.Node]int {
	size := map[*html.Node]int{}
	type frame struct {
		n    *html.Node
		done bool
	}
	for stack := []frame{{n: root}}; len(stack) > 0; {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			continue
		}
		if n.Type == html.TextNode {
			size[n] = letters(n.Data)
			continue
		}
		if f.done {
			sum := 0
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				sum += size[ch]
			}
			size[n] = sum
			continue
		}
		stack = append(stack, frame{n: n, done: true})
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			stack = append(stack, frame{n: ch})
		}
	}
	return size
}

// skipped are the elements whose content is not text of the page.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Datalist: true, atom.Head: true, atom.Img: true,
	atom.Input: true, atom.Textarea: true, atom.Picture: true, atom.Source: true,
	// Ruby annotations gloss the base text (its reading); the base text is
	// the text.
	atom.Rt: true, atom.Rp: true,
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
var regions = map[atom.Atom]string{
	atom.Nav: "nav", atom.Menu: "menu", atom.Header: "header",
	atom.Footer: "footer", atom.Aside: "aside", atom.Form: "form",
}

func (w *walker) walk(n *html.Node, c ctx) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, c)
		return
	case html.DocumentNode:
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			w.walk(ch, c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	w.nodes++
	if skipped[n.DataAtom] || isHidden(n) {
		return
	}
	if n.DataAtom == atom.Br {
		w.flush(false)
		return
	}
	c = w.enter(n, c)
	block := blocks[n.DataAtom]
	if block {
		c.block = n
		w.flush(true)
		w.startBlock(n, c)
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		if len(w.buf) > 0 {
			w.buf = append(w.buf, " | "...)
			w.space = false
		}
	}
	if c.depth < w.maxDepth {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			w.walk(ch, c)
		}
	} else {
		w.text(textOf(n), c)
	}
	if block {
		w.flush(true)
	}
}

// enter returns the context of n's content.
func (w *walker) enter(n *html.Node, c ctx) ctx {
	c.depth++
	if r, ok := regions[n.DataAtom]; ok && !(c.article && r == "header") && !(r == "form" && w.wraps(n)) {
		c.region = r // an article's own header holds its headline; a form around the page is a framework's
	}
	switch n.DataAtom {
	case atom.Article, atom.Main:
		c.article = true
	case atom.Figcaption, atom.Caption:
		c.caption = true
	case atom.Table:
		c.table = true
		c.group = &group{}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading = int(n.Data[1] - '0')
	case atom.A:
		c.link = true
	case atom.Pre:
		c.pre = true
	case atom.Ul, atom.Menu, atom.Dl:
		c.group = &group{}
	case atom.Ol:
		c.group = &group{ordered: true, next: 1}
		if s, err := strconv.Atoi(attr(n, "start")); err == nil {
			c.group.next = s
		}
	}
	if attr(n, "role") == "main" {
		c.article = true
	}
	if h, content := classHint(n); h != "" && !w.wraps(n) {
		c.hint = h
	} else if content {
		c.content = true
	}
	return c
}

// wraps reports whether n holds maxHintShare or more of the page's letters:
// what its class or name says is not about its content, most of the page.
func (w *walker) wraps(n *html.Node) bool {
	return float64(w.size[n]) >= maxHintShare*float64(w.total)
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
		if g.ordered {
			w.buf = append(w.buf, strconv.Itoa(g.next)+". "...)
			g.next++
		} else {
			w.buf = append(w.buf, "• "...)
		}
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
	if w.info.valid {
		return
	}
	w.info = domInfo{valid: true, region: c.region, article: c.article, hint: c.hint,
		content: c.content, caption: c.caption, table: c.table, code: c.pre, heading: c.heading,
		node: c.block}
}

// text adds a text node's content to the line being built.
func (w *walker) text(s string, c ctx) {
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
	} else if len(w.buf) > 0 && !w.space {
		prev, _ := utf8.DecodeLastRune(w.buf)
		w.space = spacedWord(prev) && spacedWord(r)
	}
	fields := false
	for _, f := range strings.FieldsFunc(s, isSpace) {
		if w.space && len(w.buf) > 0 {
			w.buf = append(w.buf, ' ')
		}
		w.setInfo(c)
		w.buf = append(w.buf, f...)
		if c.link {
			w.links += letters(f)
		}
		w.space, fields = true, true
	}
	if fields {
		w.space = isSpace(lastRune(s))
	}
}

// preText adds preformatted text: every line break ends a line, and the
// lines of one <pre> stay together.
func (w *walker) preText(s string, c ctx) {
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			w.flushPre()
		}
		w.setInfo(c)
		w.buf = append(w.buf, strings.TrimRight(part, "\r")...)
		if c.link {
			w.links += letters(part)
		}
	}
}

// flushPre ends a line of preformatted text; the next continues its block.
func (w *walker) flushPre() {
	w.emit(string(w.buf), true)
	w.gap = false
}

// flush ends the line being built. After a block, the next line starts a
// block of its own; after a <br>, it continues the block.
func (w *walker) flush(block bool) {
	w.emit(strings.TrimSpace(string(w.buf)), false)
	if block {
		w.gap = true
	} else if len(w.lines) > 0 {
		w.gap = false
	}
}

// emit appends a line of text, if it has any, and resets the builder.
func (w *walker) emit(text string, pre bool) {
	defer func() {
		w.buf, w.space, w.links, w.info = w.buf[:0], false, 0, domInfo{}
	}()
	if strings.TrimSpace(text) == "" {
		if pre {
			w.lines = append(w.lines, line{blank: true})
		}
		return
	}
	l := line{text: text, gap: w.gap}
	l.dom = w.info
	l.dom.links = w.links
	w.lines = append(w.lines, l)
}

// isHidden reports whether an element is not shown: the hidden attribute,
// aria-hidden="true", or an inline display:none or visibility:hidden.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class":
			if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
				continue // the page's classes say what the page may show
			}
			if hiddenClass(a.Val) || popupClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenClasses are the class names CSS frameworks hide an element with
// (Bootstrap, Tailwind, WordPress): on the screen they are not there, and
// a screen-reader text repeats what the screen shows.
var hiddenClasses = map[string]bool{
	"d-none": true, "hidden": true, "hide": true, "invisible": true, "is-hidden": true,
	"screen-reader-text": true, "sr-only": true, "u-hidden": true,
	"visually-hidden": true, "visuallyhidden": true,
}

// popupWords name the boxes a page shows only while the pointer rests on
// something: their text is not part of the line they sit in.
var popupWords = map[string]bool{"tooltip": true, "popover": true, "rollover": true, "hovercard": true}

// popupClass reports whether a class attribute names a hover box (see
// popupWords).
func popupClass(v string) bool {
	for _, w := range hintWords(v) {
		if popupWords[w] {
			return true
		}
	}
	return false
}

// hiddenClass reports whether a class attribute hides its element: it has
// one of hiddenClasses and no responsive class that shows it again on some
// screens ("d-none d-md-block", "hidden lg:flex").
func hiddenClass(v string) bool {
	hidden := false
	for _, c := range strings.Fields(v) {
		c = strings.ToLower(c)
		switch {
		case hiddenClasses[c]:
			hidden = true
		case strings.Contains(c, ":"), strings.HasPrefix(c, "d-") && strings.Count(c, "-") == 2 && !strings.HasPrefix(c, "d-print-"):
			return false
		}
	}
	return hidden
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text of n's subtree, for content deeper than the walk
// goes. It does not recurse, so it cannot overflow on any depth.
func textOf(n *html.Node) string {
	var b strings.Builder
	for stack := []*html.Node{n}; len(stack) > 0; {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			b.WriteByte(' ')
			continue
		}
		if x.Type == html.ElementNode && skipped[x.DataAtom] {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return b.String()
}

// spacedWord reports whether r is a letter or digit of a script that parts
// its words with spaces.
func spacedWord(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isCJK(r) || unicode.Is(unicode.Hangul, r)
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// letters counts the letters and digits of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
