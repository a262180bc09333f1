package source

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// Which part of a page's <title> is its headline and which its site's
// name: the page's h1s say (see siteless), but for a logo's h1, a link to
// the front page (homeLink), and a menu bar's, which names the site on
// every page (inMenu).

// homeLink reports whether n holds a link to its site's front page (an
// address whose path is "/" or empty) among its first maxLogoElements
// elements: a logo's, whose h1 names the site on every page of a blog,
// not the page. A logo is small; the bound keeps a page of deeply nested
// h1s from being read again for each.
func homeLink(n *html.Node) bool {
	budget := maxLogoElements
	var find func(n *html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil && budget > 0; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			budget--
			if c.DataAtom == atom.A && frontPage(attr(c, "href")) || find(c) {
				return true
			}
		}
		return false
	}
	return find(n)
}

// inMenu reports whether n stands in a nav element or in a menu's bar
// (an element whose class or id names a menu, a menubar, a navbar or a
// toolbar), among its maxMenuAncestors nearest ancestors: a book's menu
// bar, whose h1 names the book on every page of it. A wrapper whose class
// names navigation ("wy-nav-content", around a documentation's whole
// text) is no menu.
func inMenu(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < maxMenuAncestors; a, k = a.Parent, k+1 {
		if a.Type != html.ElementNode {
			continue
		}
		if a.DataAtom == atom.Nav || hasWord(attr(a, "class"), menuWords) || hasWord(attr(a, "id"), menuWords) {
			return true
		}
	}
	return false
}

// inBanner reports whether n stands in the page's banner, among its
// maxMenuAncestors nearest ancestors: a header element that no article,
// main, section or aside holds, as ARIA reads a header. A reference's
// banner names it over each of its pages ("Node.js documentation", over
// "DNS"); a story's header, inside its article, names the story.
func inBanner(n *html.Node) bool {
	for a, k := n.Parent, 0; a != nil && k < maxMenuAncestors; a, k = a.Parent, k+1 {
		if a.DataAtom != atom.Header {
			continue
		}
		for o := a.Parent; o != nil; o = o.Parent {
			switch o.DataAtom {
			case atom.Article, atom.Main, atom.Section, atom.Aside:
				return false
			}
		}
		return true
	}
	return false
}

// menuWords are the words of a class or id that name a menu's bar (see
// inMenu).
var menuWords = map[string]bool{"menu": true, "menubar": true, "navbar": true, "toolbar": true}

// maxMenuAncestors is how many of an h1's ancestors inMenu reads.
const maxMenuAncestors = 3

// maxLogoElements is the most elements of an h1 that homeLink reads.
const maxLogoElements = 32

// frontPage reports whether href is the address of a site's front page:
// its path is "/", or empty after a host, with no query; or, where the
// path holds an address (an archive's copy,
// "/web/2008/http://example.org/"), that address is. A link to a place
// on the page ("#error-code-e0455", a heading's own anchor) is none.
func frontPage(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || u.RawQuery != "" {
		return false
	}
	if i := strings.Index(u.Path, "://"); i > 0 {
		return frontPage(u.Path[strings.LastIndexByte(u.Path[:i], '/')+1:])
	}
	return u.Path == "/" || u.Path == "" && u.Host != "" // "#top" or "" is the page itself
}

// titleSeparators part a page's <title> from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// siteless returns a <title> without the site's name: of the parts the
// usual separators make ("Bridge approved - The Daily Planet"), the one
// that one of the page's h1s gives, in any case and spacing ("systemd" of
// "systemd - ArchWiki", shorter than the site's name), or else the
// longest. Where an h1 gives one part of two, the other is the site's
// name; where no h1 does but an h1 of the page's menus does (menuH1s, a
// book's menu bar: "Extern crates - The Rust Reference"), that part is
// the site's name and the other the headline; else the site is not known
// ("mediaarchitecture.de // » Jens Weber": the longer part is the
// site's). An h1 of the page's banner (bannerH1s, see inBanner) is the
// site's name where it gives the last part of two and no other h1 gives
// a part ("DNS | Node.js Documentation"); where it gives the first, it is
// the headline's, as any h1's: a theme may put the page's own h1 in a
// header at its top ("Bridge approved | The Daily Planet").
func siteless(t string, h1s, menuH1s, bannerH1s []string) (headline, site string) {
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		keys := make([]string, len(parts))
		longest, named, n := 0, -1, 0
		for i, part := range parts {
			parts[i], keys[i] = strings.TrimSpace(part), lang.Key(part)
			if len(parts[i]) > len(parts[longest]) {
				longest = i
			}
			if slices.Contains(h1s, keys[i]) || i < len(parts)-1 && slices.Contains(bannerH1s, keys[i]) {
				named, n = i, n+1
			}
		}
		if n == 0 && len(parts) == 2 {
			for i := range parts {
				if slices.Contains(menuH1s, keys[i]) {
					return parts[1-i], parts[i] // a book's name, which its menu bar gives
				}
			}
			if slices.Contains(bannerH1s, keys[1]) {
				return parts[0], parts[1] // a reference's name, which its banner gives
			}
		}
		if n != 1 {
			return parts[longest], "" // a logo's h1 and the headline's name both parts
		}
		if len(parts) == 2 {
			site = parts[1-named]
		}
		return parts[named], site
	}
	return t, ""
}

// maxH1s is the most h1s of a page that siteless reads.
const maxH1s = 8
