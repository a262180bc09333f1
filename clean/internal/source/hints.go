package source

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeHints maps the words of class, id, role and aria-label values to
// the kind of chrome they name. The words are English, as markup is.
var chromeHints = map[string]Hint{
	"ad": HintAdvert, "ads": HintAdvert, "adslot": HintAdvert, "advert": HintAdvert,
	"advertisement": HintAdvert, "advertising": HintAdvert, "promo": HintAdvert,
	"promoted": HintAdvert, "sponsor": HintAdvert, "sponsored": HintAdvert,

	"author": HintByline, "authors": HintByline, "byline": HintByline, "dateline": HintByline,
	"meta": HintByline, "timestamp": HintByline,

	"breadcrumb": HintBreadcrumb, "breadcrumbs": HintBreadcrumb,

	"comment": HintComments, "comments": HintComments, "disqus": HintComments, "respond": HintComments,

	"consent": HintCookie, "cookie": HintCookie, "cookies": HintCookie, "gdpr": HintCookie,

	"colophon": HintFooter, "footer": HintFooter,

	"banner": HintHeader, "masthead": HintHeader, "topbar": HintHeader,

	"login": HintSignIn, "signin": HintSignIn, "register": HintSignIn, "account": HintSignIn,

	"menu": HintNav, "menubar": HintNav, "nav": HintNav, "navbar": HintNav, "navigation": HintNav,
	"pagination": HintNav, "pager": HintNav, "toolbar": HintNav, "skip": HintNav,

	"newsletter": HintNewsletter, "paywall": HintNewsletter, "signup": HintNewsletter,
	"subscribe": HintNewsletter, "subscription": HintNewsletter,

	"modal": HintPopup, "overlay": HintPopup, "popup": HintPopup,

	"recirc": HintRelated, "recommendations": HintRelated, "recommended": HintRelated, "related": HintRelated,

	"share": HintShare, "sharing": HintShare, "social": HintShare,

	"rail": HintSidebar, "sidebar": HintSidebar, "widget": HintSidebar,

	"tagcloud": HintTags, "tags": HintTags,
}

// consentPlatforms are the words of class and id values that name a
// consent management platform, whose banners and preference centres many
// sites embed as they are: "onetrust-pc-sdk", "CybotCookiebotDialog",
// "didomi-popup", "usercentrics-root". They name nothing else, so, unlike
// the chrome hints, what they hold is never the page's own text, however
// much it reads like prose ("When you visit any website, it may store or
// retrieve information on your browser...").
var consentPlatforms = map[string]bool{
	"onetrust": true, "optanon": true, "cybot": true, "cookiebot": true, "didomi": true,
	"usercentrics": true, "truste": true, "trustarc": true, "iubenda": true,
	"cookieyes": true, "osano": true, "termly": true, "complianz": true, "cmplz": true,
}

// namesConsentPlatform reports whether n's class or id names a consent
// platform (see consentPlatforms).
func namesConsentPlatform(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		found := false
		hintWords(a.Val, func(w []byte) bool {
			found = consentPlatforms[string(w)]
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// contentHints are the words of class and id values that name an article's
// text: article-body, post-content, entry-content, story-body.
var contentHints = map[string]bool{
	"article": true, "content": true, "entry": true, "post": true, "story": true, "body": true,
}

// hintModifiers make the word after them say something else than what it
// names: "has-sidebar", "no-ads", "with-comments".
var hintModifiers = map[string]bool{"has": true, "no": true, "with": true, "without": true, "is": true, "hide": true, "show": true}

// classHint reads n's class, id, role and aria-label: the kind of chrome
// they name, or whether they name content. The root and body elements are
// not read: their classes describe the whole page ("single-post",
// "has-sidebar").
func classHint(n *html.Node) (chrome Hint, content bool) {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return NoHint, false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "aria-label":
		default:
			continue
		}
		var found Hint
		modified := false
		hintWords(a.Val, func(w []byte) bool {
			if !modified {
				if h, ok := chromeHints[string(w)]; ok {
					found = h
					return false
				}
				if contentHints[string(w)] && a.Key != "role" && a.Key != "aria-label" {
					content = true
				}
			}
			modified = hintModifiers[string(w)]
			return true
		})
		if found != NoHint {
			return found, false
		}
	}
	return NoHint, content
}

// hintWords calls f with each word of an attribute value, in lower case:
// it splits at punctuation and at camelCase humps ("relatedArticles
// share-bar" → related, articles, share, bar). It stops when f returns
// false. The word given to f is only valid during the call.
func hintWords(v string, f func(word []byte) bool) {
	var buf [64]byte
	w := buf[:0]
	var prev rune
	for _, r := range v {
		letter := unicode.IsLetter(r)
		hump := letter && unicode.IsUpper(r) && unicode.IsLower(prev)
		if len(w) > 0 && (!letter || hump) {
			if !f(w) {
				return
			}
			w = w[:0]
		}
		if letter {
			w = utf8.AppendRune(w, unicode.ToLower(r))
		}
		prev = r
	}
	if len(w) > 0 {
		f(w)
	}
}

// isHidden reports whether an element is not shown: the hidden attribute,
// aria-hidden="true", an inline display:none or visibility:hidden, or a
// class that hides it or makes it a hover box.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
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
			if hiddenClass(a.Val) || popupClass(a.Val) {
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

// popupWords name the boxes a page shows only while the pointer rests on
// something: their text is not part of the line they sit in.
var popupWords = map[string]bool{"tooltip": true, "popover": true, "rollover": true, "hovercard": true}

// popupClass reports whether a class attribute names a hover box (see
// popupWords).
func popupClass(v string) bool {
	found := false
	hintWords(v, func(w []byte) bool {
		found = popupWords[string(w)]
		return !found
	})
	return found
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
