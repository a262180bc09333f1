package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// aria-hidden hides an element from screen readers, not from the eye:
// hides reads these kinds of it all the same (see isHidden).

// isSlide reports whether n is a slide of a carousel, which the reader
// brings into view by scrolling or with the carousel's arrows: its class
// names a carousel (one of carouselWords) but no copy of a slide that the
// carousel makes to loop ("slick-cloned", "swiper-slide-duplicate"). A
// carousel marks the slides out of view aria-hidden, and moves the mark as
// they come into view; they are on the page all the same (a listing's
// "About this home" at the end of each home's photos). A slide that its
// style or a hiding class hides is still hidden, and so is an off-canvas
// menu that slides in ("slide-menu"): "slide" names no carousel.
func isSlide(n *html.Node) bool {
	c := attr(n, "class")
	return hasWord(c, carouselWords) && !hasWord(c, cloneWords)
}

// isRepeatLink reports whether n is a link that a site hides from screen
// readers and takes out of the tab order (aria-hidden, tabindex="-1")
// because it repeats another: a card's summary or picture that links
// where its headline does. On the screen it is there, and a summary is
// the card's text. A link in a hidden menu goes with the menu.
func isRepeatLink(n *html.Node) bool {
	return n.DataAtom == atom.A && strings.TrimSpace(attr(n, "tabindex")) == "-1"
}

// isLabelled reports whether n's parent gives screen readers n's text in
// its aria-label, in n's place: a heading that says "Data Services 2025
// (opens in a new tab)" to a screen reader and shows "Data Services 2025"
// in an aria-hidden span, its only content. On the screen n is there. It
// must not catch an icon: a symbol ("×", "›") or an icon font's word
// ("search", "close") beside the button's text or alone, so n's text has
// two words or more, and n is all its parent shows. A menu that a
// labelled box hides (aria-label="Sections") is not its label's text, and
// stays hidden.
func isLabelled(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	label := attr(p, "aria-label")
	if strings.TrimSpace(label) == "" {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	t, whole := textUpTo(n, labelBytes*len(label)+labelSlack)
	if !whole {
		return false // more than its label could say
	}
	text := lang.Key(t)
	return strings.Contains(text, " ") && strings.Contains(lang.Key(label), text)
}

// labelBytes and labelSlack bound the text isLabelled reads: more than
// labelBytes times the label's bytes and labelSlack, in spaces and marks
// that a key leaves out, and the label cannot hold it.
const (
	labelBytes = 8
	labelSlack = 1024
)

// carouselWords name a carousel or its slides, in the names the common
// carousel scripts give them (Slick, Swiper, Glide, Splide, Flickity).
var carouselWords = map[string]bool{
	"carousel": true, "flickity": true, "glide": true, "slick": true, "splide": true, "swiper": true,
}

// cloneWords name the copies of its slides that a carousel makes to loop.
var cloneWords = map[string]bool{"clone": true, "cloned": true, "duplicate": true}
