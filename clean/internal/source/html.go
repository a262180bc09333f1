package source

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML reads an HTML page into d: b is its bytes as given, contentType the
// HTTP Content-Type header it came with, if any. The page is decoded (see
// decodeHTML), parsed, and rendered as lines, one per block, as a text
// browser would print it; its metadata go to d.Meta.
//
// It returns a *LimitError for a page with more elements than lim.MaxNodes,
// or that parsing would give more (see checkNodes), or more lines than
// lim.MaxLines.
func HTML(d *Doc, b []byte, contentType string, lim Limits) error {
	d.reset()
	d.HTML = true
	b, d.Encoding = decodeHTML(b, contentType)
	if err := checkNodes(b, lim.MaxNodes); err != nil {
		return err
	}
	root, err := parse(b)
	if err != nil {
		return err
	}
	s := scan(root)
	if s.total < scriptPageLetters {
		if ns := noscriptText(root); letters(ns) >= noscriptPageLetters {
			if err := checkNodes([]byte(ns), lim.MaxNodes); err != nil {
				return err
			}
			if r, err := html.ParseWithOptions(bytes.NewReader(b), html.ParseOptionEnableScripting(false)); err == nil {
				unwrapNoscript(r)
				root, s = r, scan(r)
			}
		}
	}
	if s.elements > lim.MaxNodes {
		return &LimitError{Limit: "MaxNodes", Value: s.elements, Max: lim.MaxNodes}
	}
	w := walker{scan: s, maxDepth: lim.MaxDepth, maxLines: lim.MaxLines, gap: true}
	w.walk(root, ctx{post: -1})
	w.flush(true)
	if w.over {
		return &LimitError{Limit: "MaxLines", Max: lim.MaxLines} // how many more is not known
	}
	text := string(w.text)
	countAnchors(w.lines, text)
	unhintProse(w.lines, w.text)
	unhintComments(w.lines, w.text)
	markMain(w.lines, w.nodes, w.text)
	if s.posts {
		spreadPostHeads(w.lines, w.nodes, w.text)
	}
	markRecords(w.lines, w.nodes, w.text)
	markKin(w.lines, w.nodes)
	d.addLines(w.lines, text)
	d.Meta = s.meta.finish()
	return nil
}

// A page that builds its text with scripts often gives it to readers
// without scripts inside <noscript>, as Discourse and Flarum forums do. A
// page with fewer than scriptPageLetters letters of text of its own and
// noscriptPageLetters or more inside <noscript> is read as a browser
// without scripts reads it. A page with text of its own is read as a
// browser with scripts does: its <noscript> ("Please enable JavaScript",
// a tracking pixel) is not text of the page.
const (
	scriptPageLetters   = 200
	noscriptPageLetters = 1000
)

// noscriptText returns the raw content of the <noscript> elements under n,
// as a parser with scripting on leaves it: text.
func noscriptText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Noscript {
				for t := c.FirstChild; t != nil; t = t.NextSibling {
					if t.Type == html.TextNode {
						b.WriteString(t.Data)
					}
				}
				continue
			}
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// unwrapNoscript makes the <noscript> elements under n, parsed with
// scripting off, ordinary containers of the page's text.
func unwrapNoscript(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Noscript {
			c.DataAtom, c.Data = atom.Div, "div"
		}
		unwrapNoscript(c)
	}
}

// parse parses a page. The parser refuses pages nested deeper than 512
// elements, counting those it adds itself (a table's body and rows): such
// a page is read again with the elements nested deeper than parserDepth
// left out, and again with half that, until it parses.
func parse(b []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(b))
	for depth := parserDepth; err != nil && depth >= 8; depth /= 2 {
		root, err = html.Parse(strings.NewReader(flattenDeep(b, depth)))
	}
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	return root, nil
}

// parserDepth is how deeply nested elements flattenDeep keeps at first:
// well below the 512 the parser takes.
const parserDepth = 400

// flattenDeep returns the HTML b without the tags of the elements nested
// more than max deep, as a simple stack of open tags counts them; their
// text and everything else stays as written.
func flattenDeep(b []byte, max int) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out strings.Builder
	var open []string
	dropped := map[string]int{} // end tags still to drop, by name
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
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
		out.Write(raw)
	}
}

// voidElements have no end tag, and hold nothing.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true,
}

// addLines turns the walker's lines into blocks: each line's text is
// normalised, its white space collapsed unless it is code, and its markup
// read as a text renderer's would be.
func (d *Doc) addLines(lines []wline, text string) {
	d.Blocks = grow(d.Blocks, len(lines))
	for _, l := range lines {
		if l.blank {
			d.Blocks = append(d.Blocks, Block{Blank: true})
			continue
		}
		t, n := Normalize(text[l.from:l.to])
		d.Invalid += n
		if !l.dom.Code {
			if strings.Contains(t, "\n") {
				t = strings.ReplaceAll(t, "\n", " ")
			}
			t = strings.TrimSpace(t)
		}
		b := Block{Text: t, Gap: l.gap, DOM: l.dom}
		b.Blank = d.parseMarkup(len(d.Blocks), t, &b.Markup)
		d.Blocks = append(d.Blocks, b)
	}
	d.resolveArena()
}

// countAnchors counts the letters of in-page links (href="#...") as links
// where they make a menu: in a line that is mostly such links, next to
// another one, as the entries of a table of contents or an in-page menu
// stand. Alone between other lines, such a link is a tab's caption or a
// section's heading ("Ingredients", "Suggested Use" above their text),
// and inside a paragraph a footnote's mark: neither leads the reader
// away from the page, and neither is a link as a menu's are.
func countAnchors(lines []wline, text string) {
	// anchorLine reads each line once, the next one ahead: it also marks
	// a line that is all such links (see DOM.InPage).
	anchorLine := func(i int) bool {
		l := &lines[i]
		if l.blank || l.anchors == 0 {
			return false
		}
		n := letters(text[l.from:l.to])
		l.dom.InPage = l.anchors >= n
		return 2*l.anchors > n
	}
	prev, cur := false, len(lines) > 0 && anchorLine(0)
	for i := range lines {
		next := i+1 < len(lines) && anchorLine(i+1)
		if cur && (prev || next) {
			lines[i].dom.Links += lines[i].anchors
		}
		prev, cur = cur, next
	}
}
