package clean

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeHints maps the words of class, id, role and aria-label values to
// the kind of chrome they name. The words are English, as markup is.
var chromeHints = map[string]string{
	"ad": "advert", "ads": "advert", "adslot": "advert", "advert": "advert",
	"advertisement": "advert", "advertising": "advert", "promo": "advert",
	"promoted": "advert", "sponsor": "advert", "sponsored": "advert",

	"author": "byline", "authors": "byline", "byline": "byline", "dateline": "byline",
	"meta": "byline", "timestamp": "byline",

	"breadcrumb": "breadcrumb", "breadcrumbs": "breadcrumb",

	"comment": "comments", "comments": "comments", "disqus": "comments", "respond": "comments",

	"consent": "cookie", "cookie": "cookie", "cookies": "cookie", "gdpr": "cookie",

	"colophon": "footer", "footer": "footer",

	"banner": "header", "masthead": "header", "topbar": "header",

	"login": "sign-in", "signin": "sign-in", "register": "sign-in", "account": "sign-in",

	"menu": "nav", "menubar": "nav", "nav": "nav", "navbar": "nav", "navigation": "nav",
	"pagination": "nav", "pager": "nav", "toolbar": "nav", "skip": "nav",

	"newsletter": "newsletter", "paywall": "newsletter", "signup": "newsletter",
	"subscribe": "newsletter", "subscription": "newsletter",

	"modal": "popup", "overlay": "popup", "popup": "popup",

	"recirc": "related", "recommendations": "related", "recommended": "related", "related": "related",

	"share": "share", "sharing": "share", "social": "share",

	"rail": "sidebar", "sidebar": "sidebar", "widget": "sidebar",

	"tagcloud": "tags", "tags": "tags",
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
func classHint(n *html.Node) (chrome string, content bool) {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return "", false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "aria-label":
		default:
			continue
		}
		words := hintWords(a.Val)
		for i, w := range words {
			if i > 0 && hintModifiers[words[i-1]] {
				continue
			}
			if h, ok := chromeHints[w]; ok {
				return h, false
			}
			if contentHints[w] && a.Key != "role" && a.Key != "aria-label" {
				content = true
			}
		}
	}
	return "", content
}

// hintWords splits an attribute value into lower-case words at punctuation
// and at camelCase humps: "relatedArticles share-bar" → related, articles,
// share, bar.
func hintWords(v string) []string {
	var words []string
	start := -1
	var prev rune
	for i, r := range v {
		letter := unicode.IsLetter(r)
		hump := letter && unicode.IsUpper(r) && unicode.IsLower(prev)
		if start >= 0 && (!letter || hump) {
			words = append(words, strings.ToLower(v[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, strings.ToLower(v[start:]))
	}
	return words
}
