package source

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// metaScan collects, in document order, the elements that carry a page's
// metadata: the first of each kind of meta tag, the head's title, the
// first time element with a datetime, and every JSON-LD script.
type metaScan struct {
	titleMeta, title, dateMeta, timeDate, author string
	canonical, ogURL                             string
	h1s                                          []string  // the keys of the page's h1s (see homeLink), up to maxH1s
	menuH1s                                      []string  // the keys of the h1s of its menus (see inMenu)
	bannerH1s                                    []string  // the keys of the h1s of its banner (see inBanner)
	siteName                                     string    // og:site_name
	prices                                       []float64 // the distinct prices that microdata and meta tags give (see markedPrice), up to maxMarkedPrices
	hasTitleMeta, hasTitle, hasDateMeta          bool
	hasTime, hasAuthor                           bool
	ld                                           []string
}

// The attribute values that name each kind of meta tag, by attribute.
var (
	titleMetas  = map[[2]string]bool{{"property", "og:title"}: true, {"name", "og:title"}: true, {"name", "twitter:title"}: true, {"property", "twitter:title"}: true}
	dateMetas   = map[[2]string]bool{{"property", "article:published_time"}: true, {"name", "article:published_time"}: true, {"itemprop", "datePublished"}: true, {"name", "date"}: true, {"name", "pubdate"}: true, {"name", "publish-date"}: true, {"property", "og:published_time"}: true}
	authorMetas = map[[2]string]bool{{"name", "author"}: true, {"property", "article:author"}: true, {"name", "byl"}: true}
)

// element looks at one element of the page, in document order.
func (m *metaScan) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta:
		content := attr(n, "content")
		if k := attr(n, "property"); k == "product:price:amount" || k == "og:price:amount" {
			m.markedPrice(content)
		}
		for _, a := range n.Attr {
			k := [2]string{a.Key, a.Val}
			switch {
			case !m.hasTitleMeta && titleMetas[k]:
				m.titleMeta, m.hasTitleMeta = content, true
			case !m.hasDateMeta && dateMetas[k]:
				m.dateMeta, m.hasDateMeta = content, true
			case !m.hasAuthor && authorMetas[k]:
				m.author, m.hasAuthor = content, true
			case m.siteName == "" && (k == [2]string{"property", "og:site_name"} || k == [2]string{"name", "og:site_name"}):
				m.siteName = strings.TrimSpace(content)
			case m.ogURL == "" && (k == [2]string{"property", "og:url"} || k == [2]string{"name", "og:url"}):
				m.ogURL = strings.TrimSpace(content)
			}
		}
	case atom.Link:
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Title:
		if !m.hasTitle && inHead(n) {
			m.title, m.hasTitle = textOf(n), true
		}
	case atom.H1:
		switch {
		case len(m.h1s)+len(m.menuH1s)+len(m.bannerH1s) >= maxH1s || homeLink(n):
		case inMenu(n):
			m.menuH1s = append(m.menuH1s, lang.Key(textOf(n)))
		case inBanner(n):
			m.bannerH1s = append(m.bannerH1s, lang.Key(textOf(n)))
		default:
			m.h1s = append(m.h1s, lang.Key(textOf(n)))
		}
	case atom.Time:
		if dt, ok := attrOK(n, "datetime"); ok && !m.hasTime {
			m.timeDate, m.hasTime = dt, true
		}
	case atom.Script:
		if attr(n, "type") == "application/ld+json" {
			m.ld = append(m.ld, scriptText(n))
		}
	}
	if n.DataAtom != atom.Meta && attr(n, "itemprop") == "price" {
		if c, ok := attrOK(n, "content"); ok {
			m.markedPrice(c)
		}
	}
}

// markedPrice notes a price that the page's microdata (itemprop="price"
// content="249.95") or its product meta tags (product:price:amount) give,
// a decimal string, among the distinct ones it has seen. A page that
// gives one price, and whose JSON-LD gives none, sells one product at it
// (see finish): a shop's product page whose price only microdata marks
// had lost its price as a line without letters between its name and its
// description. A page that marks other products' prices too gives more
// than one, and none is the page's.
func (m *metaScan) markedPrice(s string) {
	f := decimalPrice(s)
	if f == 0 || slices.Contains(m.prices, f) || len(m.prices) > maxMarkedPrices {
		return
	}
	m.prices = append(m.prices, f)
}

// decimalPrice reads a price that markup gives as a decimal string
// ("79.99", " 249.95 "), or 0 where s is none, or no price above 0.
func decimalPrice(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f <= 0 || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// maxMarkedPrices bounds the distinct prices markedPrice keeps: past one,
// they only tell that the page gives more than one.
const maxMarkedPrices = 1

// hasToken reports whether list, a list of tokens separated by spaces
// (as rel="canonical nofollow"), holds tok, in any case.
func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, tok) {
			return true
		}
	}
	return false
}

// inHead reports whether n is inside the head element.
func inHead(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Head {
			return true
		}
	}
	return false
}

// ldMeta is what a page's JSON-LD says of its article, or of its product.
type ldMeta struct {
	title, date, author, body string
	desc                      string   // a product's description, where no article's body is given
	price                     float64  // a product's price (see offerPrice)
	products                  int      // the product objects seen
	items                     []string // a recipe's ingredients and steps (see recipe)
	recipeRead                bool     // a recipe was read: the first one's items are the page's
}

// finish returns the page's metadata. JSON-LD comes first where it says
// something, then meta tags, then the document itself.
func (m *metaScan) finish() Meta {
	var ld ldMeta
	for _, s := range m.ld {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			ld.from(v, 0)
		}
	}
	title, date, author, body := ld.title, ld.date, ld.author, ld.body
	if body == "" {
		body = ld.desc
	}
	if title == "" {
		title = strings.TrimSpace(m.titleMeta)
	}
	headline, site := siteless(strings.TrimSpace(m.title), m.h1s, m.menuH1s, m.bannerH1s)
	if title == "" {
		title = headline
	}
	if m.siteName != "" {
		site = m.siteName
	}
	if date == "" {
		date = dateIn(m.dateMeta)
	}
	if date == "" {
		date = dateIn(m.timeDate)
	}
	if author == "" {
		if a := strings.TrimSpace(m.author); !strings.Contains(a, "://") {
			author = a
		}
	}
	meta := Meta{Title: oneLine(title), Date: date, Author: oneLine(author), Body: body, Items: ld.items, URL: m.canonical, Site: oneLine(site)}
	switch {
	case ld.products == 1:
		meta.Price = ld.price
	case ld.products == 0 && len(m.prices) == 1:
		meta.Price = m.prices[0]
	}
	if meta.URL == "" {
		meta.URL = m.ogURL
	}
	if meta.Title != "" {
		m, _ := ParseMarkup(meta.Title)
		meta.TitlePlain = m.Plain && m.Content == meta.Title && !m.Dated
	}
	return meta
}

// articleTypes are the schema.org types whose JSON-LD describes an article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "BlogPosting": true, "Report": true,
	"ReportageNewsArticle": true, "AnalysisNewsArticle": true, "OpinionNewsArticle": true,
	"TechArticle": true, "ScholarlyArticle": true, "Recipe": true, "SocialMediaPosting": true,
}

// maxLDDepth bounds the walk into JSON-LD.
const maxLDDepth = 8

// from takes the headline, body, date and author of the first article
// object in a JSON-LD value, and the description and price of the first
// product object, counting the product objects.
func (m *ldMeta) from(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			m.from(x, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			m.from(g, depth+1)
		}
		if hasType(v["@type"], productTypes) {
			m.products++
			if m.desc == "" {
				m.desc, _ = v["description"].(string)
			}
			if m.price == 0 {
				m.price = offerPrice(v["offers"], depth+1)
			}
			return
		}
		if !hasType(v["@type"], articleTypes) {
			return
		}
		if m.title == "" {
			m.title, _ = v["headline"].(string)
		}
		if m.body == "" {
			m.body, _ = v["articleBody"].(string)
		}
		if hasType(v["@type"], recipeTypes) && !m.recipeRead {
			m.recipe(v, depth)
		}
		if m.date == "" {
			s, _ := v["datePublished"].(string)
			m.date = dateIn(s)
		}
		if m.author == "" {
			m.author = ldName(v["author"])
		}
	}
}

// recipeTypes are the schema.org types whose JSON-LD gives a recipe.
var recipeTypes = map[string]bool{"Recipe": true}

// recipe takes what a recipe's JSON-LD says of it: its name as the title,
// where it gives no headline, and as its body, where it gives none, its
// description, its ingredients and the text of its steps ("125 g Mehl",
// "Roast the chicken for 45 minutes."), which are also its items, each a
// line of the page. A recipe's page gives them in a card of short lines
// (its ingredients, its times, its nutrition) under a photo and buttons,
// which no paragraph holds: they had gone as chrome, and the card's
// timing line had become the title.
func (m *ldMeta) recipe(v map[string]any, depth int) {
	if m.title == "" {
		m.title, _ = v["name"].(string)
	}
	m.items = ldTexts(v["recipeIngredient"], m.items, depth+1)
	m.items = ldTexts(v["recipeInstructions"], m.items, depth+1)
	if m.body == "" {
		m.body = strings.Join(append(ldTexts(v["description"], nil, depth+1), m.items...), "\n")
	}
	m.recipeRead = true
}

// ldTexts appends to texts the texts a JSON-LD value gives: a string, a
// list of them, or objects with a text (HowToStep) or a name and a list
// of items (HowToSection, whose name heads its steps).
func ldTexts(v any, texts []string, depth int) []string {
	if depth > maxLDDepth || len(texts) >= maxLDItems {
		return texts
	}
	switch v := v.(type) {
	case string:
		if t := strings.TrimSpace(v); t != "" {
			texts = append(texts, t)
		}
	case []any:
		for _, x := range v {
			texts = ldTexts(x, texts, depth+1)
		}
	case map[string]any:
		if items, ok := v["itemListElement"]; ok {
			texts = ldTexts(v["name"], texts, depth+1)
			return ldTexts(items, texts, depth+1)
		}
		texts = ldTexts(v["text"], texts, depth+1)
	}
	return texts
}

// maxLDItems bounds the items read from a page's JSON-LD.
const maxLDItems = 500

// productTypes are the schema.org types whose JSON-LD describes a
// product. Its description is the product page's own text, as an
// article's body is an article page's; its reviews are not always the
// page's (a shop gives them in JSON-LD and shows others).
var productTypes = map[string]bool{"Product": true, "ProductGroup": true}

// offerPrice returns the price a product's JSON-LD offers give: an
// Offer's price, an AggregateOffer's lowPrice, or the first such of a list
// of offers; a number or a decimal string ("79.99"). It returns 0 for
// none.
func offerPrice(v any, depth int) float64 {
	if depth > maxLDDepth {
		return 0
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if p := offerPrice(x, depth+1); p > 0 {
				return p
			}
		}
	case map[string]any:
		for _, k := range [...]string{"price", "lowPrice"} {
			switch p := v[k].(type) {
			case float64:
				if p > 0 {
					return p
				}
			case string:
				if f := decimalPrice(p); f > 0 {
					return f
				}
			}
		}
	}
	return 0
}

// hasType reports whether a JSON-LD @type, one name or a list of them,
// names one of types.
func hasType(t any, types map[string]bool) bool {
	switch t := t.(type) {
	case string:
		return types[t]
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && types[s] {
				return true
			}
		}
	}
	return false
}

// ldName returns the name of a JSON-LD author: a string, an object with a
// name, or the first of a list of them.
func ldName(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["name"].(string)
		return s
	case []any:
		if len(v) > 0 {
			return ldName(v[0])
		}
	}
	return ""
}

// dateIn returns the date of a timestamp as YYYY-MM-DD, or "".
func dateIn(s string) string {
	x, err := lang.Load()
	if err != nil {
		return ""
	}
	d, _, _ := x.FindDate(strings.TrimSpace(s))
	return d.String()
}

// scriptText returns the text of a script element.
func scriptText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK returns the value of n's attribute key, and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
