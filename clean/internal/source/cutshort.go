package source

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// A text cut short: a page shows the first words of a description, a
// seller's note or an introduction, ending in "..." and a "Read more" or
// "See more" control, and holds the whole text in a hidden element next to
// it, which the control shows in the short one's place ("intro__more" and
// "intro__less", an expander's "hide" copy). The reader wants the whole
// text once: the hidden element is read and the short one is not.

// minCutWords is the fewest words a text cut short must show before its
// ellipsis: fewer are a teaser's, a menu's or a label's ("More ..."), whose
// hidden neighbour is no copy of it.
const minCutWords = 8

// maxCutLetters is the most letters a text cut short shows: a box of more
// is no such text, and its text is not read to find out.
const maxCutLetters = 2000

// maxCutBytes is the most bytes of text a text cut short holds: its
// maxCutLetters letters, with their spaces and marks, in any script.
const maxCutBytes = 16 << 10

// cutShortTail is how many bytes of the whole text past the short one's
// length are read to see it go on.
const cutShortTail = 256

// cutShortSiblings is how many elements after a short text its whole text
// may come: the control that shows it may stand between them.
const cutShortSiblings = 2

// fullText returns the hidden element among the cutShortSiblings elements
// after n that holds n's text whole (see cutShort), or nil. self is n's
// index in the scan's elements. It reads text only where a hidden
// sibling has more letters than n, so most elements cost a few compares,
// and no more of either text than a text cut short may hold: nested boxes
// of few letters and much space each beside a hidden one cost no more
// than the walk.
func (w *walker) fullText(n *html.Node, self int) *html.Node {
	short := w.scan.elems[self]
	if short.letters < minCutWords*3 || short.letters > maxCutLetters {
		return nil
	}
	j := self + int(short.count)
	seen := 0
	text, read := "", false
	for s := n.NextSibling; s != nil && seen < cutShortSiblings; s = s.NextSibling {
		switch s.Type {
		case html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return nil // text between them: the two are apart
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if j >= len(w.scan.elems) {
			return nil
		}
		full := w.scan.elems[j]
		if full.letters > short.letters && !skipped[s.DataAtom] && hides(s) {
			if !read {
				var whole bool
				if text, whole = textUpTo(n, maxCutBytes); !whole {
					return nil // letters few, but a text too long to be one cut short
				}
				read = true
			}
			if lastEllipsis(text) < 0 {
				return nil
			}
			// cutShort reads no further into full than short's words.
			if head, _ := textUpTo(s, len(text)+cutShortTail); cutShort(text, head) {
				return s
			}
		}
		j += int(full.count)
		seen++
	}
	return nil
}

// cutShort reports whether short shows the first words of full and ends
// them with an ellipsis: the words before its last "..." or "…", but for
// the last, which the cut may have split ("you can com..."), are at least
// minCutWords and full's first words, and full goes on past them.
func cutShort(short, full string) bool {
	i := lastEllipsis(short)
	if i < 0 {
		return false
	}
	head := lang.Key(short[:i])
	cut := strings.LastIndexByte(head, ' ')
	if cut < 0 {
		return false
	}
	head = head[:cut]
	if strings.Count(head, " ")+1 < minCutWords {
		return false
	}
	whole := lang.Key(full)
	return len(whole) > len(head)+1 && strings.HasPrefix(whole, head) && whole[len(head)] == ' '
}

// lastEllipsis returns the index of the last "..." or "…" in s, or -1.
func lastEllipsis(s string) int {
	return max(strings.LastIndex(s, "..."), strings.LastIndex(s, "…"))
}
