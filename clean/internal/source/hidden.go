package source

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The attributes that hide an element from the reader, and the hidden
// panels a page shows when asked to, which are read all the same.

// streamedSegment reports whether n is a segment of a page that React
// streams as it renders it on the server (Next.js does): the text of a
// suspended part of the page comes late, in <div hidden id="S:0">, and a
// script moves it into its place. It is the page's text, shown as soon
// as it arrives; often the whole article.
func streamedSegment(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "id" {
			id, ok := strings.CutPrefix(a.Val, "S:")
			if !ok || id == "" {
				return false
			}
			for i := 0; i < len(id); i++ {
				if id[i] < '0' || id[i] > '9' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isHidden reports whether an element is not shown: the hidden attribute,
// aria-hidden="true", an inline display:none or visibility:hidden, or a
// class that hides it or makes it a hover box. letters is how many letters
// the element's text holds, total the page's.
//
// An element that holds more than two thirds of the page's letters is
// the page, and is read however it is hidden: a script shows it once the
// page has loaded. A modal dialog sets aria-hidden on the page behind it
// (its <main>, an app's root), and a page saved while one was open keeps
// it; a shop's password app wraps the whole page in display:none until it
// has checked the visitor. What is left outside such an element is the
// chrome around it, or the dialog. A disclosure widget's hidden panels
// are read too (see isPanel). aria-hidden hides nothing from the eye, only
// from screen readers: a carousel's slides out of view (isSlide), a link
// that repeats another (isRepeatLink) and a text that its parent's label
// repeats (isLabelled) are read.
func isHidden(n *html.Node, letters, total int) bool {
	return hides(n) && 3*letters <= 2*total
}

// hides reports whether n's attributes hide it (see isHidden).
func hides(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			if !streamedSegment(n) {
				return true
			}
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") && !isSlide(n) && !isRepeatLink(n) && !isLabelled(n) {
				return true
			}
		case "style":
			if styleHides(a.Val) {
				return true
			}
		case "class":
			if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
				continue // the page's classes say what the page may show
			}
			if hiddenClass(a.Val) || hasWord(a.Val, popupWords) {
				return true
			}
		}
	}
	return false
}

// styleHides reports whether an inline style hides its element: it says
// display:none or visibility:hidden, in any case and with any spaces.
func styleHides(v string) bool {
	if !strings.ContainsAny(v, ":") {
		return false
	}
	var buf [256]byte
	b := buf[:0]
	for _, r := range v {
		if !unicode.IsSpace(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return bytes.Contains(b, []byte("display:none")) || bytes.Contains(b, []byte("visibility:hidden"))
}

// hiddenClasses are the class names CSS frameworks hide an element with
// (Bootstrap, Tailwind, WordPress): on the screen they are not there, and
// a screen-reader text repeats what the screen shows.
var hiddenClasses = map[string]bool{
	"d-none": true, "hidden": true, "hide": true, "invisible": true, "is-hidden": true,
	"screen-reader-text": true, "sr-only": true, "u-hidden": true,
	"visually-hidden": true, "visuallyhidden": true,
}

// panelWords name the panels of a disclosure widget: an accordion's
// sections, a FAQ's answers, a product's tabs, which a page hides until
// their heading or tab is clicked.
var panelWords = map[string]bool{
	"accordion": true, "answer": true, "collapse": true, "collapsed": true, "collapsible": true,
	"expandable": true, "expander": true, "panel": true, "tabpanel": true,
}

// isPanel reports whether n is the panel of a disclosure widget: a
// control names it in aria-controls (controlled holds those ids), its role
// is tabpanel, its class or id has one of panelWords, or it follows a
// heading (see underHeading). A panel that a chrome hint or a hover box's
// class names is not one: a menu that collapses ("navbar-collapse", a
// toggle's aria-controls="mobile-menu") is still the menu.
func isPanel(n *html.Node, controlled map[string]bool) bool {
	found := false
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			found = found || strings.EqualFold(strings.TrimSpace(a.Val), "tabpanel")
		case "id":
			found = found || controlled[a.Val] || hasWord(a.Val, panelWords)
		case "class":
			found = found || hasWord(a.Val, panelWords)
		}
	}
	if !found && !underHeading(n) {
		return false
	}
	h, _, _, _ := classHint(n)
	return h == NoHint && !hasWord(attr(n, "class"), popupWords)
}

// underHeading reports whether the element before n, among its
// siblings, is a heading: the question or title that opens the hidden
// block n when clicked.
func underHeading(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		switch s.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
		return false
	}
	return false
}

// popupWords name the boxes a page shows only while the pointer rests on
// something: their text is not part of the line they sit in.
var popupWords = map[string]bool{"tooltip": true, "popover": true, "rollover": true, "hovercard": true}

// hasWord reports whether one of the words of a class or id value (see
// hintWords) is in words.
func hasWord(v string, words map[string]bool) bool {
	for it := hintWords(v); it.next(); {
		if words[string(it.word())] {
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
	var buf [64]byte
	for c := range strings.FieldsSeq(v) {
		lc := append(buf[:0], c...)
		for i, ch := range lc {
			if 'A' <= ch && ch <= 'Z' {
				lc[i] = ch + 'a' - 'A'
			}
		}
		switch {
		case hiddenClasses[string(lc)]:
			hidden = true
		case bytes.Contains(lc, []byte(":")), bytes.HasPrefix(lc, []byte("d-")) && bytes.Count(lc, []byte("-")) == 2 && !bytes.HasPrefix(lc, []byte("d-print-")):
			return false
		}
	}
	return hidden
}
