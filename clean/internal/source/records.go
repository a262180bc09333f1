package source

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markRecords finds the page's items: the largest set of like elements
// side by side (four or more siblings with the same tag and class, or the
// same parts: see kind) whose members each hold several lines of text, as
// the cards of a product grid, the entries of a listing or the posts of a
// thread do. Their lines are
// marked Record. A menu's entries are like siblings too, but each holds one
// line (or the nested list of a mega-menu, inside nav or header, which is
// not counted); a card holds a title, a summary, a price, a date.
//
// Lines inside a region (nav, menu, header, footer, aside) or an element
// whose class names chrome other than a byline, tags or comments count for
// no set: a card's rating or date may be classed "meta", a thread's posts
// "comment", but a carousel of related products is not the page's items.
// The set must hold minRecordShare of the letters of the page's lines
// outside regions.
//
// Elements of the set's tag and class (see hasClasses) in another
// container near the set's, the two containers meeting within
// cousinLevels levels, are items too: a listing's featured entries, set
// above the rest in a box of their own, or a service page's cards split
// in two rows. A radio's science page had lost its three newest stories,
// a recipe site's listing its first five recipes, a blog its latest
// posts beside the featured one (wceb html 0.8312 -> 0.8317, listing
// 0.7118 -> 0.7171, service 0.8571 -> 0.8580; five pages up 0.01 to
// 0.05, no page of any set or corpus down, and none moves further with
// up to ten levels). Not for a set found by its structure: bare elements
// of one shape are everywhere. Like elements in a region, or classed
// related, are still no items (see recordLine).
func markRecords(lines []wline, nodes []*html.Node, text []byte) {
	type group struct {
		memberCount
		lines   int
		letters int
	}
	groups := map[key]*group{}
	kinds := map[*html.Node]kind{} // for each element, its like siblings, itself included
	counted := map[*html.Node]bool{}
	likeSiblings := func(a *html.Node) kind {
		p := a.Parent
		if !counted[p] {
			counted[p] = true
			countKinds(p, kinds)
		}
		return kinds[a]
	}
	sizes := make([]int, len(lines)) // the letters of each line that may be an item's, else 0
	total := 0
	for i := range lines {
		l := &lines[i]
		n := nodes[i]
		if n == nil || l.blank || !recordLine(l.dom) {
			continue
		}
		size := letters(string(text[l.from:l.to]))
		if size == 0 {
			continue // a bullet, an icon: not a line of the item's
		}
		sizes[i] = size
		total += size
		for depth, a := 0, n; a != nil && a.Parent != nil && depth < maxRecordDepth; depth, a = depth+1, a.Parent {
			if a.Type != html.ElementNode || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
				continue
			}
			like := likeSiblings(a)
			if like.n < minRecords || !like.structural && !recordKind(a) {
				continue
			}
			k := key{a.Parent, a.Data, like.class}
			g := groups[k]
			if g == nil {
				g = &group{}
				groups[k] = g
			}
			g.add(a)
			g.lines++
			g.letters += size
		}
	}
	var best *key
	bestLetters := 0
	var order docOrder
	for k, g := range groups {
		if g.multi < minRecords || 2*g.multi < g.members || g.lines < 2*g.members {
			continue
		}
		if g.letters > bestLetters || g.letters == bestLetters && best != nil && order.before(k, *best) {
			k := k
			best, bestLetters = &k, g.letters
		}
	}
	// Without such a set, a long list of titles, a line each, may be the
	// page's items: a listing of recipes or jobs. Its lines are marked
	// Titles too, and the classifier takes them only on a page of records,
	// right by its span: beside an article, such a list is of other
	// articles.
	titles := false
	if best == nil {
		titles = true
		for k, g := range groups {
			if g.members < 2*minRecords || 2*g.lines > 3*g.members || g.letters < minTitleLetters*g.members {
				continue
			}
			if g.letters > bestLetters || g.letters == bestLetters && best != nil && order.before(k, *best) {
				k := k
				best, bestLetters = &k, g.letters
			}
		}
	}
	if best == nil || float64(bestLetters) < minRecordShare*float64(total) {
		return
	}

	isMember := func(a *html.Node) bool {
		return a.Parent == best.parent && a.Type == html.ElementNode && a.Data == best.tag && (kinds[a].class == best.class || hasClasses(attr(a, "class"), best.class))
	}
	var last *html.Node
	member := 0
	if !titles {
		if lead := leadOf(lines, nodes, sizes, isMember); lead != nil {
			member = 1
			for i := range lines {
				if sizes[i] > 0 && within(nodes[i], lead) {
					lines[i].dom.Record, lines[i].dom.Lead = 1, true
				}
			}
		}
	}
	if best.class != "" && best.class[0] != 0 {
		// A set of a class: the elements of its tag and class near it are
		// items too, its members among them (their parent is the set's).
		isMember = func(a *html.Node) bool {
			return a.Type == html.ElementNode && a.Data == best.tag && hasClasses(attr(a, "class"), best.class) && kin(a.Parent, best.parent, cousinLevels)
		}
	}
	for i := range lines {
		l := &lines[i]
		n := nodes[i]
		if sizes[i] == 0 || l.dom.Lead {
			continue
		}
		if a := recordAncestor(n, isMember); a != nil {
			if a != last {
				last, member = a, member+1
			}
			l.dom.Record, l.dom.Titles = member, titles
		}
	}
}

// recordAncestor returns n or the nearest of its ancestors, within
// maxRecordDepth levels, that ok accepts; else nil.
func recordAncestor(n *html.Node, ok func(*html.Node) bool) *html.Node {
	for depth, a := 0, n; a != nil && depth < maxRecordDepth; depth, a = depth+1, a.Parent {
		if ok(a) {
			return a
		}
	}
	return nil
}

// key names a set of like siblings: their parent, tag and kind.
type key struct {
	parent     *html.Node
	tag, class string
}

// before orders sets of the same size the same way every time: by their
// parent's place in the document, then by tag and kind.
func (o *docOrder) before(a, b key) bool {
	if a.parent != b.parent {
		return o.less(a.parent, b.parent)
	}
	if a.tag != b.tag {
		return a.tag < b.tag
	}
	return a.class < b.class
}

// minTitleLetters is the least letters a list of titles holds per line
// (about five words): a menu's entries are shorter ("Shoes", "Sale").
const minTitleLetters = 25

const (
	minRecords     = 4    // like siblings that make a set of items
	maxRecordDepth = 14   // how far above a line its item may be
	minRecordShare = 0.25 // the share of the page's letters outside regions a set of items holds
)

// kind is what makes an element like its siblings: its class, or, where
// fewer than minRecords siblings share it, its structure (structural): its
// tag and the tags of its children. Cards styled one by one with utility
// classes ("md:row-start-1 ...") share no class but have the same parts.
// A set found by structure must still hold several lines in most of its
// members, and a quarter of the page's letters, as any set must.
type kind struct {
	n          int    // the like siblings, itself included
	class      string // the class, or the structure
	structural bool
}

// countKinds records the kind of each child element of p.
func countKinds(p *html.Node, kinds map[*html.Node]kind) {
	elements := 0
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			elements++
		}
	}
	if elements < minRecords {
		return
	}
	byClass := map[[2]string]int{}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			byClass[[2]string{c.Data, attr(c, "class")}]++
		}
	}
	var byShape map[shapeKey]int // made only where some child's class is not shared
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		k := kind{n: byClass[[2]string{c.Data, attr(c, "class")}], class: attr(c, "class")}
		if k.n < minRecords {
			if byShape == nil {
				byShape = map[shapeKey]int{}
				for x := p.FirstChild; x != nil; x = x.NextSibling {
					if x.Type == html.ElementNode {
						byShape[shapeOf(x)]++
					}
				}
			}
			if sh := shapeOf(c); sh.parts != 0 && byShape[sh] >= minRecords {
				k = kind{n: byShape[sh], class: "\x00" + strconv.FormatUint(sh.parts, 16), structural: true}
			}
		}
		kinds[c] = k
	}
}

// shapeKey is an element's tag and a hash of the tags of its child
// elements, in order; parts is 0 when it has none.
type shapeKey struct {
	tag   string
	parts uint64
}

// shapeOf returns the shape of n: a grid's cells each holding a card, cards
// each holding a picture, a title and a price, share theirs.
func shapeOf(n *html.Node) shapeKey {
	h := uint64(14695981039346656037) // FNV-1a
	any := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		any = true
		for i := 0; i < len(c.Data); i++ {
			h = (h ^ uint64(c.Data[i])) * 1099511628211
		}
		h = (h ^ ' ') * 1099511628211
	}
	if !any {
		return shapeKey{tag: n.Data}
	}
	return shapeKey{tag: n.Data, parts: h | 1}
}

// hasClasses reports whether the class value c holds every word of want:
// a thread's accepted answer ("answer accepted-answer") is one of the
// answers ("answer"), a featured card ("card card--featured") one of the
// cards.
func hasClasses(c, want string) bool {
	if want == "" {
		return c == "" // list items, articles and rows without a class
	}
	for w := range strings.FieldsSeq(want) {
		found := false
		for x := range strings.FieldsSeq(c) {
			if x == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// recordKind reports whether a may be one of a set of items: an element
// with a class, or a list item, an article or a table row, which repeat
// without one. Bare divs and spans repeat everywhere.
func recordKind(a *html.Node) bool {
	switch a.DataAtom {
	case atom.Li, atom.Article, atom.Tr:
		return true
	}
	return attr(a, "class") != ""
}

// recordLine reports whether a line with the given DOM facts may belong to
// the page's items (see markRecords).
func recordLine(d DOM) bool {
	switch d.Region {
	case NoRegion, Form:
	default:
		return false
	}
	switch d.Hint {
	case NoHint, HintByline, HintTags, HintComments:
		return !d.Consent
	}
	return false
}

// leadOf returns the element that leads the page's items, if one does: a
// question above its answers, set apart from them by its own class but
// built as they are. Inside every item, some element of one class holds
// the item's text (the answers' "post-layout"), the same number of levels
// below the item. The lead is the last element of that class (with more
// classes of its own or none) before the first item, and the element as
// far above it as that (the question) has the items' tag and stands
// beside their container, or beside one of the container's two nearest
// ancestors; or the lead stands so itself: a thread's opening post, which
// forum software that threads replies prints as the replies' card alone,
// with classes of its own ("card post opener"), where each reply is an
// article around that card ("card"), beside the replies' block. Its
// opening post had gone (wceb html, that page 0.846 -> 0.936 with
// oneOfItems' nested replies; no other page of any set moves). It must
// hold two lines or more. It returns nil where there is no such element.
func leadOf(lines []wline, nodes []*html.Node, sizes []int, isMember func(*html.Node) bool) *html.Node {
	type inner struct {
		members, letters, depth int
		last                    *html.Node
	}
	classes := map[string]*inner{}
	members, first := 0, -1
	var lastMember *html.Node
	path := make([]*html.Node, 0, maxRecordDepth) // a line's elements up to its item
	for i := range lines {
		if sizes[i] == 0 {
			continue
		}
		var m *html.Node
		path = path[:0]
		for depth, a := 0, nodes[i]; a != nil && depth < maxRecordDepth; depth, a = depth+1, a.Parent {
			if a.Type == html.ElementNode && isMember(a) {
				m = a
				break
			}
			path = append(path, a)
		}
		if m == nil {
			continue
		}
		if first < 0 {
			first = i
		}
		if m != lastMember {
			lastMember = m
			members++
		}
		for k, a := range path {
			c := attr(a, "class")
			if c == "" {
				continue
			}
			in := classes[c]
			if in == nil {
				in = &inner{depth: len(path) - k}
				classes[c] = in
			}
			if in.depth != len(path)-k {
				in.depth = -1 // at different depths in different items
			}
			if in.last != m {
				in.last = m
				in.members++
			}
			in.letters += sizes[i]
		}
	}
	body, most := "", 0
	for c, in := range classes {
		if in.members == members && in.depth > 0 && (in.letters > most || in.letters == most && c < body) {
			body, most = c, in.letters
		}
	}
	if body == "" {
		return nil
	}
	var lead *html.Node
	held := 0
	for i := first - 1; i >= 0; i-- {
		if sizes[i] == 0 {
			continue
		}
		e := recordAncestor(nodes[i], func(a *html.Node) bool { return a.Type == html.ElementNode && hasClasses(attr(a, "class"), body) })
		if e == nil && lead == nil {
			continue // between the lead and the items
		}
		if e == nil || lead != nil && e != lead {
			break // the lead's lines are behind
		}
		lead = e
		held++
	}
	if held < 2 || !besideItems(lead, classes[body].depth, lastMember) && !standsBeside(lead, lastMember) {
		return nil
	}
	return lead
}

// besideItems reports whether the element depth levels above e, the
// lead's counterpart of an item, has the item's tag and stands beside the
// items' container or one of its two nearest ancestors.
func besideItems(e *html.Node, depth int, item *html.Node) bool {
	for range depth {
		if e = e.Parent; e == nil {
			return false
		}
	}
	return e.Data == item.Data && standsBeside(e, item)
}

// standsBeside reports whether e stands beside the container of item, or
// beside one of the container's two nearest ancestors.
func standsBeside(e, item *html.Node) bool {
	if e.Parent == nil {
		return false
	}
	c := item.Parent
	for range 3 {
		if c == nil || c == e {
			return false
		}
		if c.Parent == e.Parent {
			return true
		}
		c = c.Parent
	}
	return false
}

// cousinLevels is how many levels above their containers two groups of
// like items may meet (see markRecords).
const cousinLevels = 4

// kin reports whether a and b, or ancestors of theirs within levels
// levels, are the same element.
func kin(a, b *html.Node, levels int) bool {
	for x, i := a, 0; x != nil && i <= levels; x, i = x.Parent, i+1 {
		for y, j := b, 0; y != nil && j <= levels; y, j = y.Parent, j+1 {
			if x == y {
				return true
			}
		}
	}
	return false
}

// within reports whether n is a or inside it.
func within(n, a *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
