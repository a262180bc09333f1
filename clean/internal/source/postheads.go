package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A thread's posts, as the page's schema.org microdata gives them: forum
// software marks each post as an item (itemtype Comment on XenForo's,
// DiscussionForumPosting on Discourse's, Question and Answer on a
// question page), its author as an item of its own under it
// (itemprop="author", with the name in itemprop="name"), and its date
// (itemprop="datePublished"). A post's author and date open it: who says
// what, and when, is part of a thread, as its truth gives it. Alone on
// its line, a poster's name reads as a link, or as a line the page
// repeats (each post of the same poster gives it), and a date as the
// page's date line; they went, and the thread read as one voice (see
// DOM.PostHead). A post's other details, its author's title, join date
// and post count, its reactions, are not its head. A thread's opening
// post, which XenForo prints without microdata, is read by its elements
// (see spreadPostHeads).

// postTypes are the schema.org types of a post.
var postTypes = []string{"Comment", "DiscussionForumPosting", "SocialMediaPosting", "Question", "Answer"}

// isPostItem reports whether n's itemtype says it is a post of a thread.
func isPostItem(n *html.Node) bool { return hasSchemaType(attr(n, "itemtype"), postTypes...) }

// enterPost returns c for the content of n, on a page with post items:
// whether it is a post's nearest item, its author's, and its head (see
// DOM.PostHead), and on a question page (qaPage) whether it is the text
// of a question or an answer (see DOM.Post).
func enterPost(n *html.Node, c ctx, qaPage bool) ctx {
	prop := attr(n, "itemprop")
	author := false
	if _, ok := attrOK(n, "itemscope"); ok {
		author = c.posted && hasToken(prop, "author")
		c.posted, c.author = isPostItem(n), author
		c.qaItem = qaPage && isQAPost(n) // a post's nearest item, not its author's or a comment's
	}
	c.qaPost = c.qaPost || c.qaItem && hasToken(prop, "text")
	if author {
		return c // the author's item itself
	}
	switch {
	case n.DataAtom == atom.Meta || n.DataAtom == atom.Link:
	case c.author && hasToken(prop, "name"), c.posted && hasToken(prop, "author"):
		c.head = true // the author's name, or an author given as text
	case c.posted && (hasToken(prop, "datePublished") || hasToken(prop, "dateCreated")):
		c.head = true
	}
	return c
}

// spreadPostHeads marks as a post's head (DOM.PostHead) a line outside
// any post's item whose block has the tag and the class of a marked
// head's block, of at most maxPostHeadWords words, and that does not
// repeat the head right above it: forum software that marks its replies
// with microdata may print the thread's opening post without it
// (XenForo does), in the same elements, the name twice (for small
// screens and large).
func spreadPostHeads(lines []wline, nodes []*html.Node, text []byte) {
	type kind struct{ tag, class string }
	var kinds map[kind]bool
	for i := range lines {
		if n := nodes[i]; n != nil && lines[i].dom.PostHead && attr(n, "class") != "" {
			if kinds == nil {
				kinds = map[kind]bool{}
			}
			kinds[kind{n.Data, attr(n, "class")}] = true
		}
	}
	if kinds == nil {
		return
	}
	last := -1
	for i := range lines {
		l, n := &lines[i], nodes[i]
		if l.blank {
			continue
		}
		if n != nil && !l.inPost && !l.dom.PostHead && kinds[kind{n.Data, attr(n, "class")}] && fields(text[l.from:l.to]) <= maxPostHeadWords &&
			!(last >= 0 && string(text[lines[last].from:lines[last].to]) == trimMarker(text[l.from:l.to])) {
			l.dom.PostHead = true
		}
		if l.dom.PostHead {
			last = i
		} else {
			last = -1
		}
	}
}

// trimMarker returns line text without the bullet it may open with (see
// walker.startBlock).
func trimMarker(t []byte) string {
	if after, ok := strings.CutPrefix(string(t), "• "); ok {
		return strings.TrimSpace(after)
	}
	return string(t)
}

// maxPostHeadWords is the most words of a line that spreadPostHeads
// marks: a name, or a date and time.
const maxPostHeadWords = 6
