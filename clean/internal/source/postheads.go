package source

import (
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
// and post count, its reactions, are not its head.

// postTypes are the schema.org types of a post.
var postTypes = []string{"Comment", "DiscussionForumPosting", "SocialMediaPosting", "Question", "Answer"}

// isPostItem reports whether n's itemtype says it is a post of a thread.
func isPostItem(n *html.Node) bool { return hasSchemaType(n, postTypes...) }

// enterPost returns c for the content of n, on a page with post items:
// whether it is a post's nearest item, its author's, and its head (see
// DOM.PostHead).
func enterPost(n *html.Node, c ctx) ctx {
	prop := attr(n, "itemprop")
	if _, ok := attrOK(n, "itemscope"); ok {
		author := c.posted && hasToken(prop, "author")
		c.posted, c.author = isPostItem(n), author
		if author {
			return c
		}
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
