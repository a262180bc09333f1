package clean

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// htmlMeta is what a page's head and structured data say of its article.
type htmlMeta struct {
	title  string // og:title, twitter:title, or <title> without the site's name
	date   string // YYYY-MM-DD
	author string
	body   string // the articleBody of the page's JSON-LD
}

// The selectors of the metadata, compiled once when the package loads (a
// bad one panics there); TestReadMeta exercises each.
var (
	selTitleMeta = cascadia.MustCompile(`meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]`)
	selTitle     = cascadia.MustCompile(`head title`)
	selDateMeta  = cascadia.MustCompile(`meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[property="og:published_time"]`)
	selTime      = cascadia.MustCompile(`time[datetime]`)
	selAuthor    = cascadia.MustCompile(`meta[name="author"], meta[property="article:author"], meta[name="byl"]`)
	selJSONLD    = cascadia.MustCompile(`script[type="application/ld+json"]`)
)

// readMeta reads the metadata of a parsed page. JSON-LD comes first where
// it says something, then meta tags, then the document itself.
func readMeta(doc *goquery.Document) htmlMeta {
	var m htmlMeta
	for _, s := range doc.FindMatcher(selJSONLD).Nodes {
		var v any
		if json.Unmarshal([]byte(scriptText(s)), &v) == nil {
			m.fromLD(v, 0)
		}
	}
	if m.title == "" {
		m.title = strings.TrimSpace(doc.FindMatcher(selTitleMeta).First().AttrOr("content", ""))
	}
	if m.title == "" {
		m.title = siteless(strings.TrimSpace(doc.FindMatcher(selTitle).First().Text()))
	}
	if m.date == "" {
		m.date = dateIn(doc.FindMatcher(selDateMeta).First().AttrOr("content", ""))
	}
	if m.date == "" {
		m.date = dateIn(doc.FindMatcher(selTime).First().AttrOr("datetime", ""))
	}
	if m.author == "" {
		if a := strings.TrimSpace(doc.FindMatcher(selAuthor).First().AttrOr("content", "")); !strings.Contains(a, "://") {
			m.author = a
		}
	}
	m.title = strings.Join(strings.Fields(m.title), " ")
	m.author = strings.Join(strings.Fields(m.author), " ")
	return m
}

// articleTypes are the schema.org types whose JSON-LD describes an article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "BlogPosting": true, "Report": true,
	"ReportageNewsArticle": true, "AnalysisNewsArticle": true, "OpinionNewsArticle": true,
	"TechArticle": true, "ScholarlyArticle": true, "Recipe": true, "SocialMediaPosting": true,
}

// maxLDDepth bounds the walk into JSON-LD.
const maxLDDepth = 8

// fromLD takes the headline, body, date and author of the first article
// object in a JSON-LD value.
func (m *htmlMeta) fromLD(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			m.fromLD(x, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			m.fromLD(g, depth+1)
		}
		if !isArticleType(v["@type"]) {
			return
		}
		if m.title == "" {
			m.title, _ = v["headline"].(string)
		}
		if m.body == "" {
			m.body, _ = v["articleBody"].(string)
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

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && articleTypes[s] {
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
	d, _ := findDate(strings.TrimSpace(s))
	return d
}

// titleSeparators part a page's <title> from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// siteless returns a <title> without the site's name: the longest of the
// parts the usual separators make ("Bridge approved - The Daily Planet").
func siteless(t string) string {
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		best := ""
		for _, part := range strings.Split(t, sep) {
			if part = strings.TrimSpace(part); len(part) > len(best) {
				best = part
			}
		}
		return best
	}
	return t
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
