package source

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scanned is what a first pass over a parsed page finds: how many
// elements it has, how many letters each element's text holds, and the
// page's metadata.
type scanned struct {
	elements int
	// elems holds, for every element in document order, the letters of
	// the text under it and the number of elements in its subtree, itself
	// included. The walk visits elements in the same order.
	elems []elemSize
	total int // letters of the page
	meta  metaScan
	// h1s holds the indices in elems of the page's h1 elements, in order.
	h1s []int32
	// controlled holds the ids that the page's controls name in
	// aria-controls: the panels they open (see isPanel).
	controlled map[string]bool
	// qaPage is set when the page's microdata says it is a question page
	// (itemtype QAPage): its questions and answers are posts.
	qaPage bool
	// posts is set when an element's microdata says it is a post of a
	// thread (see isPostItem).
	posts bool
}

// holdsH1 reports whether the element at index i in elems, whose subtree
// has count elements, holds an h1.
func (s *scanned) holdsH1(i, count int) bool {
	j, _ := slices.BinarySearch(s.h1s, int32(i))
	return j < len(s.h1s) && int(s.h1s[j]) < i+count
}

type elemSize struct {
	letters int32
	count   int32
}

// scan makes the first pass over the page under root. It does not count
// the letters of elements whose content is not text (see skipped).
func scan(root *html.Node) *scanned {
	s := &scanned{}
	s.node(root, false)
	s.elements = len(s.elems)
	if len(s.elems) > 0 {
		s.total = int(s.elems[0].letters)
	}
	return s
}

// node scans n and returns the letters of its text. In a skipped element
// letters are not counted, but elements are, so that the walk can step
// over them.
func (s *scanned) node(n *html.Node, skip bool) int {
	switch n.Type {
	case html.TextNode:
		if skip {
			return 0
		}
		return letters(n.Data)
	case html.ElementNode:
	case html.DocumentNode:
		sum := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			sum += s.node(c, skip)
		}
		return sum
	default:
		return 0
	}
	s.meta.element(n)
	if v := attr(n, "aria-controls"); v != "" {
		if s.controlled == nil {
			s.controlled = map[string]bool{}
		}
		for _, id := range strings.Fields(v) {
			s.controlled[id] = true
		}
	}
	if t := attr(n, "itemtype"); t != "" {
		s.qaPage = s.qaPage || hasSchemaType(t, "QAPage")
		s.posts = s.posts || hasSchemaType(t, postTypes...)
	}
	i := len(s.elems)
	s.elems = append(s.elems, elemSize{})
	if n.DataAtom == atom.H1 && !skip {
		s.h1s = append(s.h1s, int32(i))
	}
	skip = skip || skipped[n.DataAtom]
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += s.node(c, skip)
	}
	s.elems[i] = elemSize{letters: int32(min(sum, 1<<31-1)), count: int32(len(s.elems) - i)}
	return sum
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

// letters counts the letters and digits of s.
func letters(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		i += size
	}
	return n
}
