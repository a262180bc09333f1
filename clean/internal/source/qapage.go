package source

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// A question page's posts, as its schema.org microdata gives them: a page
// that says it is a QAPage (itemtype="https://schema.org/QAPage", as every
// Stack Exchange site's does) marks its question and each answer with
// itemtype Question and Answer, and the text of each with itemprop="text".
// Those texts are the page's content, the question and all its answers,
// however few (see DOM.Post); a post's comments and author, items of
// their own, and its controls, no post's text, are not. A question with
// one answer, the share buttons, votes and "1 Answer / Sorted by:"
// between the two, had kept the question alone, where two answers or
// more, like posts each under the same controls, are read as a thread. A
// page that only has Question and Answer items (an FAQ's microdata) is no
// question page: its answers are panels, read as the rest of the page.

// hasSchemaType reports whether itemtype, an itemtype attribute's value,
// names one of types among schema.org's ("https://schema.org/Answer" names
// Answer). An itemtype is a set of types, apart by spaces, all of one
// vocabulary.
func hasSchemaType(itemtype string, types ...string) bool {
	for v := range strings.FieldsSeq(itemtype) {
		for _, prefix := range [...]string{"https://schema.org/", "http://schema.org/"} {
			if t, ok := strings.CutPrefix(v, prefix); ok && slices.Contains(types, strings.TrimSuffix(t, "/")) {
				return true
			}
		}
	}
	return false
}

// isQAPost reports whether n's itemtype says it is a question or an
// answer: on a question page (see scanned.qaPage), a post.
func isQAPost(n *html.Node) bool { return hasSchemaType(attr(n, "itemtype"), "Question", "Answer") }
