package measure

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markLinkRefs marks the list of link addresses that lynx -dump prints
// after a page: a line "References", then its numbered entries, each an
// address alone ("  12. https://example.org/news/"), under "Visible
// links:" and "Hidden links:" when the page hides some, to the end of the
// text. The entries are the renderer's, not the page's, and their
// addresses have the tokens of code and of paragraphs: on wceb pages
// rendered by lynx, such a list of hundreds of entries had been taken for
// the article. A list that holds anything else, or ends before the text
// does, is left alone: a page's own "References" section, whose entries
// name sources.
func (p *Page) markLinkRefs() {
	head := -1
	for i := len(p.Lines) - 1; i >= 0; i-- {
		l := &p.Lines[i]
		if l.Blank || linkRef(l) || l.Indent > 0 && linkLabel(l.Content) {
			continue
		}
		if l.Indent == 0 && l.Marker == source.MarkNone && l.Content == "References" {
			head = i
		}
		break
	}
	if head < 0 {
		return
	}
	entries := 0
	for i := head + 1; i < len(p.Lines); i++ {
		if linkRef(&p.Lines[i]) {
			entries++
		}
	}
	if entries < minLinkRefs {
		return
	}
	for i := head; i < len(p.Lines); i++ {
		p.Lines[i].LinkRef = !p.Lines[i].Blank
	}
}

// minLinkRefs is the fewest entries that make a list of link addresses.
const minLinkRefs = 2

// linkRef reports whether l is an entry of lynx's list of link addresses:
// a numbered item that is an address alone, which may hold spaces (a
// share link's "mailto:?subject=...").
func linkRef(l *Line) bool {
	addr := l.Content
	if l.Marker == source.MarkNone {
		// From the thousandth entry on, the number is too long for a
		// list's marker: "1000. https://...".
		n := 0
		for n < len(addr) && '0' <= addr[n] && addr[n] <= '9' {
			n++
		}
		if n < 4 || !strings.HasPrefix(addr[n:], ". ") {
			return false
		}
		addr = addr[n+2:]
	} else if l.Marker != source.MarkOrdered {
		return false
	}
	scheme, rest, ok := strings.Cut(addr, ":")
	if !ok || scheme == "" || len(scheme) > 32 || rest == "" || rest[0] == ' ' {
		return false // "note: ..." is no address; "mailto:?subject=Shared post" is
	}
	for _, r := range scheme {
		if !('a' <= r && r <= 'z') && r != '+' && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// linkLabel reports whether s is one of the labels lynx prints over the
// visible and the hidden entries of its list.
func linkLabel(s string) bool {
	return s == "Visible links:" || s == "Hidden links:"
}
