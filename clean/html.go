package clean

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htmlToText renders HTML as text, one block per line: the simple front end
// that serves until the DOM-aware one lands. Script, style and similar
// elements are skipped; block elements and <br> end a line.
func htmlToText(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.String()
		case html.TextToken:
			if skip == 0 {
				out.Write(bytes.Join(bytes.Fields(z.Text()), []byte(" ")))
				out.WriteByte(' ')
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "script", "style", "template", "noscript", "svg", "head":
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre",
				"blockquote", "section", "article", "header", "footer", "nav", "ul", "ol",
				"table", "figcaption", "dt", "dd", "title", "aside", "main", "form":
				out.WriteByte('\n')
			}
		}
	}
}
