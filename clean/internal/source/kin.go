package source

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markKin marks the lines of small sets of like elements (see DOM.Kin):
// two or more siblings of one tag and one class, two of them and half of
// them at least holding two lines or more (see memberCount), as a
// product's reviews stand side by side ("review", "review") under its
// description. The page's items (see
// markRecords) are such a set too, when they are the page's main matter;
// a set of kin is any such set, however little of the page it holds. A
// line's set is its nearest ancestor's, within maxRecordDepth levels,
// whose set holds such members. Lines in a region or in an element whose
// class names chrome other than a byline belong to no set (comments, a
// carousel of related products, a menu's entries).
func markKin(lines []wline, nodes []*html.Node) {
	type set struct {
		memberCount
		id     int
		member int        // the member the last line marked was in, from 1
		marked *html.Node // that member
	}
	likes := map[key]int{}           // children of a parent by tag and class
	counted := map[*html.Node]bool{} // the parents whose children are in likes
	like := func(a *html.Node) int {
		if !counted[a.Parent] {
			counted[a.Parent] = true
			for c := a.Parent.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					if cls := attr(c, "class"); cls != "" {
						likes[key{a.Parent, c.Data, cls}]++
					}
				}
			}
		}
		return likes[key{a.Parent, a.Data, attr(a, "class")}]
	}
	ancestors := func(n *html.Node, visit func(a *html.Node, k key) bool) {
		for depth, a := 0, n; a != nil && a.Parent != nil && depth < maxRecordDepth; depth, a = depth+1, a.Parent {
			if a.Type != html.ElementNode || a.DataAtom == atom.Body || attr(a, "class") == "" || like(a) < 2 {
				continue
			}
			if !visit(a, key{a.Parent, a.Data, attr(a, "class")}) {
				return
			}
		}
	}
	sets := map[key]*set{}
	for i := range lines {
		if n := nodes[i]; n != nil && !lines[i].blank && kinLine(lines[i].dom) {
			ancestors(n, func(a *html.Node, k key) bool {
				s := sets[k]
				if s == nil {
					s = &set{}
					sets[k] = s
				}
				s.add(a)
				return true
			})
		}
	}
	id := 0
	for i := range lines {
		n := nodes[i]
		if n == nil || lines[i].blank || !kinLine(lines[i].dom) {
			continue
		}
		ancestors(n, func(a *html.Node, k key) bool {
			s := sets[k]
			if s.multi < 2 || 2*s.multi < s.members {
				return true
			}
			if s.id == 0 {
				id++
				s.id = id
			}
			if s.marked != a {
				s.marked = a
				s.member++
			}
			lines[i].dom.Kin, lines[i].dom.KinMember = s.id, s.member
			return false
		})
	}
}

// kinLine reports whether a line with d may belong to a set of kin: one
// that may be an item's (see recordLine) and that no element classed tags
// or comments holds; a review's "author" line, classed a byline, may.
func kinLine(d DOM) bool {
	return recordLine(d) && d.Hint != HintTags && d.Hint != HintComments
}

// memberCount counts the members of a set of like elements as the lines
// in them are read, in document order.
type memberCount struct {
	last           *html.Node // the member the last line counted was in
	inLast         int        // the lines counted in it
	members, multi int        // members with a line; with two or more
}

// add counts a line in member a.
func (c *memberCount) add(a *html.Node) {
	if c.last != a {
		c.last, c.inLast = a, 0
		c.members++
	}
	if c.inLast++; c.inLast == 2 {
		c.multi++
	}
}
