package source

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// markMain finds the page's main container, as Readability does: each line
// that reads like a paragraph scores for the parent of its block, and for
// half and a third of that for the next two ancestors; the element with the
// best score holds the article. Its lines are marked Main. nodes holds the
// block element of each line, text the lines' text. Where that element is
// the body, the page has no container: its paragraphs stand side by side
// with its banners and notices (a Japanese page's cookie notice, under
// its copyright, had read as the article's own).
func markMain(lines []wline, nodes []*html.Node, text []byte) {
	score := map[*html.Node]float64{}
	for i := range lines {
		l := &lines[i]
		n := nodes[i]
		if n == nil || l.blank || l.dom.Region != NoRegion {
			continue
		}
		s := paragraphScore(text[l.from:l.to])
		if s == 0 {
			continue
		}
		for k, a := 1.0, n.Parent; a != nil && k <= 3; k, a = k+1, a.Parent {
			score[a] += s / k
		}
	}
	var top *html.Node
	var order docOrder
	for n, s := range score {
		if top == nil || s > score[top] || s == score[top] && order.less(n, top) {
			top = n
		}
	}
	if top == nil || top.DataAtom == atom.Body {
		return
	}
	main := map[*html.Node]bool{top: true}
	if top.Parent != nil {
		// Siblings that hold paragraphs too, or look like top, are parts of
		// the same article split by inline boxes. A section like top is one
		// even where its paragraphs are too short to score: a reference's
		// section of a short paragraph or of a table (Node.js's "JSON
		// output", its "Stability overview" of links to each module), which
		// had gone with what followed it. On the shared pages, one page
		// moves: Ansible's guide keeps its "Ansible-Pull" heading, whose
		// truth gives the heading's icon instead (wceb html -0.0034).
		for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && (score[s] >= siblingShare*score[top] || (score[s] > 0 || s.DataAtom == atom.Section) && sameKind(s, top)) {
				main[s] = true
			}
		}
	}
	// An article split into parts (top and two siblings or more, a
	// reference's sections) may hold paragraphs of its own beside them,
	// under their parent: an introduction before the first section, which
	// scored for the parent, not for a part. Such a paragraph is the
	// article's, as Readability takes a container's sibling paragraphs.
	// Beside one part or two, such paragraphs are as often a box of the
	// page: taking them in then cost a recipe's page all its text and a
	// news page 0.45 (scrapinghub), and a listing 0.002 beside one sibling.
	split := len(main) >= minSplitParts && top.Parent != nil
	for i := range lines {
		// A line belongs to the container as it scored for it: from one of
		// its three nearest ancestors, counted from the list or table of
		// an item or a row. A box nested deep inside is not the article's
		// text.
		n := groupOf(nodes[i])
		if n == nil {
			continue
		}
		if split && n.Parent == top.Parent && !lines[i].blank && lines[i].dom.Region == NoRegion && paragraphScore(text[lines[i].from:lines[i].to]) > 0 {
			lines[i].dom.Main = true // a paragraph between the article's parts: its introduction
			continue
		}
		for k, a := 1, n.Parent; a != nil && k <= 3; k, a = k+1, a.Parent {
			if main[a] || sameRecord(a, top) {
				lines[i].dom.Main = true
				break
			}
		}
	}
}

// minSplitParts is the fewest parts (the container and its siblings) of
// an article split into parts, beside which paragraphs are its own.
const minSplitParts = 3

// siblingShare is the share of the main container's score a sibling needs to
// join it.
const siblingShare = 0.2

// sameRecord reports whether a repeats the container top as the posts of a
// thread or the answers on a question page repeat each other: a has top's
// tag and class, and so do its parent and grandparent those of top's. Two
// of the three must have a class: bare divs repeat everywhere, but forum
// software sets a bare wrapper inside each post's classed body, and when
// that wrapper was the container, only the longest post was the page's
// (wceb html forum 0.7116 -> 0.7183: four threads +0.02 to +0.12).
func sameRecord(a, top *html.Node) bool {
	if a == top {
		return false
	}
	classed := 0
	for range 3 {
		if a == nil || top == nil || !sameKind(a, top) {
			return false
		}
		if attr(top, "class") != "" {
			classed++
		}
		if a == top {
			return classed >= 2 // a common ancestor: a is inside top's own record
		}
		a, top = a.Parent, top.Parent
	}
	return classed >= 2
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

// sameKind reports whether two elements have the same tag and class.
func sameKind(a, b *html.Node) bool {
	return a.Data == b.Data && attr(a, "class") == attr(b, "class")
}

// paragraphScore rates a line as a paragraph of text: 0 below 25 words,
// then one point, one per comma, and one per 100 bytes up to three.
// Chinese and Japanese write their commas "，" and "、", and no spaces
// between words (see fields): counted by spaces, a Japanese story's
// paragraphs had scored nothing, and no container held its article.
func paragraphScore(text []byte) float64 {
	if fields(text) < 25 {
		return 0
	}
	commas := bytes.Count(text, []byte(",")) + bytes.Count(text, []byte("，")) + bytes.Count(text, []byte("、"))
	return 1 + float64(commas) + min(3, float64(len(text))/100)
}

// fields counts the words of b, up to 25, as measure counts a line's: the
// runs of text parted by ASCII white space, where a run written without
// spaces (Chinese, Japanese, Thai: see lang.IsCJK) counts as many words
// as its characters make (see lang.RunWords).
func fields(b []byte) int {
	n := 0
	for i := 0; i < len(b) && n < 25; {
		if isASCIISpace(b[i]) {
			i++
			continue
		}
		cjk, spaced := 0, 0
		for i < len(b) && !isASCIISpace(b[i]) {
			if b[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRune(b[i:])
			i += size
			if lang.IsCJK(r) {
				cjk++
				if lang.IsSpacedPhrase(r) {
					spaced++
				}
			}
		}
		if cjk > 0 {
			n += lang.RunWords(cjk, spaced)
		} else {
			n++
		}
	}
	return min(n, 25)
}

// docOrder orders nodes by their position in the document, to break ties
// the same way every time: the earlier node first. The first comparison
// numbers the document's nodes in order, once; counting each node's
// siblings for every comparison had made a page of 20,000 like rows take
// seconds, its groups of items all tied.
type docOrder struct {
	seq map[*html.Node]int
}

// less reports whether a comes before b in the document.
func (o *docOrder) less(a, b *html.Node) bool {
	if o.seq == nil {
		root := a
		for root.Parent != nil {
			root = root.Parent
		}
		o.seq = map[*html.Node]int{}
		for n := root; n != nil; {
			o.seq[n] = len(o.seq)
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
			for n != nil && n.NextSibling == nil {
				n = n.Parent
			}
			if n != nil {
				n = n.NextSibling
			}
		}
	}
	return o.seq[a] < o.seq[b]
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
