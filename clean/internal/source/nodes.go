package source

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML parser can make far more elements than a page has tags: before
// most tokens it reopens the formatting elements (b, i, font, ...) that are
// still active but were closed by an enclosing element, as browsers do
// for misnested markup. 400 unclosed <b id=N> followed by 100,000 <p>
// make 40 million elements from 800 KB. checkNodes refuses such a page
// before it is parsed.

// checkNodes returns a *LimitError when parsing the page b could make more
// than max elements. A cheap count rules out most pages: the tags, times
// the formatting start tags (each active formatting element is reopened
// at most once per token) and the constant number of elements the parser
// adds per tag. Pages it does not rule out are tokenised, and the
// elements estimated from above (see estimateElements).
func checkNodes(b []byte, max int) error {
	tags := bytes.Count(b, []byte("<"))
	if tags*(formattingTags(b)+perTagElements) <= max {
		return nil
	}
	if estimateElements(b, max) > max {
		return &LimitError{Limit: "MaxNodes", Max: max}
	}
	return nil
}

// perTagElements bounds the elements the parser makes for one tag besides
// reopened formatting elements: the element itself, those it implies
// (html, head, body, tbody, tr), and the adoption agency's clones for a
// misnested end tag.
const perTagElements = 32

// formattingTags counts the start tags of b that may stay on the parser's
// list of active formatting elements ("<b", "<font", ... in any case): a
// bound on how many elements can be reopened before each token.
func formattingTags(b []byte) int {
	n := 0
	for i := bytes.IndexByte(b, '<'); i >= 0; {
		j := i + 1
		for j < len(b) && j-i <= 8 && isASCIILetter(b[j]) {
			j++
		}
		if j > i+1 && j-i <= 7 && (j == len(b) || !isASCIILetter(b[j])) {
			var name [6]byte
			for k, c := range b[i+1 : j] {
				name[k] = c | 0x20
			}
			if reopened[atom.Lookup(name[:j-i-1])] {
				n++
			}
		}
		k := bytes.IndexByte(b[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return n
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// reopened are the formatting elements the parser reopens: all but a and
// nobr, of which it keeps one active at a time.
var reopened = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.S: true, atom.Small: true, atom.Strike: true, atom.Strong: true,
	atom.Tt: true, atom.U: true,
}

// markers are the elements that put a marker on the list of active
// formatting elements: nothing before it is reopened inside them, and it
// is cleared when they end.
var markers = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Applet: true,
	atom.Object: true, atom.Marquee: true, atom.Template: true,
}

// estimateElements tokenises b and follows the parser's list of active
// formatting elements: entries are added by formatting start tags (at most
// three alike after the last marker, one a, one nobr), removed by their
// end tags, and cleared back to a marker when a cell or the like ends. It
// counts every element as if all the active entries after the last marker
// were reopened before every tag and every text: an estimate from above of
// the elements the parser makes. It stops counting past max.
func estimateElements(b []byte, max int) int {
	type entry struct {
		name   atom.Atom
		attrs  string
		marker bool
	}
	var active []entry
	open := 0 // entries after the last marker
	lastMarker := func() int {
		for i := len(active) - 1; i >= 0; i-- {
			if active[i].marker {
				return i
			}
		}
		return -1
	}
	remove := func(i int) {
		active = append(active[:i], active[i+1:]...)
		open--
	}
	removeLast := func(name atom.Atom) {
		for i := len(active) - 1; i >= 0 && !active[i].marker; i-- {
			if active[i].name == name {
				remove(i)
				return
			}
		}
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	n := 0
	for n <= max {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.TextToken:
			if len(bytes.TrimSpace(z.Text())) > 0 {
				n += open
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			n += 1 + open
			switch {
			case a == atom.A || a == atom.Nobr:
				removeLast(a)
				active = append(active, entry{name: a})
				open++
			case reopened[a]:
				var attrs []byte
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					attrs = append(append(append(append(attrs, k...), '='), v...), 0)
				}
				e := entry{name: a, attrs: string(attrs)}
				same, first := 0, -1
				for i := len(active) - 1; i >= 0 && !active[i].marker; i-- {
					if active[i].name == a && active[i].attrs == e.attrs {
						same, first = same+1, i
					}
				}
				if same >= 3 {
					remove(first)
				}
				active = append(active, e)
				open++
			case markers[a]:
				active = append(active, entry{marker: true})
				open = 0
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case reopened[a] || a == atom.A || a == atom.Nobr:
				removeLast(a)
			case markers[a]:
				if m := lastMarker(); m >= 0 {
					active = active[:m]
					m = lastMarker()
					open = len(active) - m - 1
				}
			}
		}
	}
	return n
}
