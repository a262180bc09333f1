package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A thread's posts as forum software marks them: each a Comment (or a
// DiscussionForumPosting) with its author, an item of its own, and its
// date. The author's name and the date are each a post's head; the
// author's title, a counter's name inside the author, a line that joins
// the name with other text, and the same markup outside any post are not.
func TestPostHeads(t *testing.T) {
	doc := `<html><body><main>
		<article itemscope itemtype="https://schema.org/Comment">
			<meta itemprop="name" content="Post #2">
			<section itemprop="author" itemscope itemtype="https://schema.org/Person">
				<meta itemprop="name" content="Ann">
				<h4><a href="/members/ann.1/"><span itemprop="name">Ann</span></a></h4>
				<h5 itemprop="jobTitle">Distinguished Member</h5>
				<div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter"><span itemprop="name">Messages</span> 23,243</div>
			</section>
			<ul><li><a href="/posts/2"><time itemprop="datePublished" datetime="2024-09-21T09:09:05+0100">Sep 21, 2024</time></a></li><li><a href="/posts/2">#2</a></li></ul>
			<div itemprop="text"><p>Bang on the money except the asking price.</p></div>
		</article>
		<div itemscope itemtype="http://schema.org/DiscussionForumPosting">
			<div><span itemprop="author">Bob</span></div>
			<div><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/u/carol"><span itemprop="name">Carol</span></a></span> <time>June 2, 2024, 3:24pm</time></div>
			<p itemprop="text">The second post's text.</p>
		</div>
		<div itemscope itemtype="https://schema.org/Product">
			<div itemprop="review" itemscope itemtype="https://schema.org/Review"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Dave</span></div><p itemprop="datePublished">May 1, 2024</p></div>
		</div>
	</main></body></html>`
	for _, text := range []string{"Ann", "• Sep 21, 2024", "Bob"} {
		assert.True(t, htmlLine(t, doc, text).DOM.PostHead, text)
	}
	for _, text := range []string{"Distinguished Member", "Messages 23,243", "• #2", "Bang on the money except the asking price.",
		"Carol June 2, 2024, 3:24pm", "The second post's text.", "Dave", "May 1, 2024"} {
		assert.False(t, htmlLine(t, doc, text).DOM.PostHead, text)
	}
}

// XenForo prints a thread's opening post without microdata, in the same
// elements as the replies that have it, and each poster's name twice (in
// the post's card, and again in its header for small screens). The
// opening post's name and date are its head, by their elements' tag and
// class; the copy right under the name is not, nor is a reply's copy,
// which its microdata leaves out.
func TestOpeningPostHeads(t *testing.T) {
	post := func(micro bool, name, date string) string {
		item, author, nameProp, dateProp := "", "", "", ""
		if micro {
			item = ` itemscope itemtype="https://schema.org/Comment"`
			author = ` itemprop="author" itemscope itemtype="https://schema.org/Person"`
			nameProp, dateProp = ` itemprop="name"`, ` itemprop="datePublished"`
		}
		return `<article class="message"` + item + `><section class="message-user"` + author + `>
			<h4 class="message-name"><a href="/m/` + name + `"><span` + nameProp + `>` + name + `</span></a></h4></section>
			<header><ul><li><h4 class="message-name"><a href="/m/` + name + `">` + name + `</a></h4></li>
			<li class="u-concealed"><a href="/p/1"><time` + dateProp + `>` + date + `</time></a></li></ul></header>
			<div><p>The text of the post, long enough to read as a paragraph of its own in the thread.</p></div></article>`
	}
	doc := `<html><body><main>` + post(false, "Ann", "Sep 21, 2024") + post(true, "Bob", "Sep 22, 2024") +
		`<ul><li class="other">Cid</li></ul></main></body></html>`
	lines := readHTML(t, doc, "").Blocks
	heads := map[string][]bool{}
	for _, l := range lines {
		heads[l.Text] = append(heads[l.Text], l.DOM.PostHead)
	}
	assert.Equal(t, []bool{true}, heads["Ann"])
	assert.Equal(t, []bool{false}, heads["• Ann"], "the opening post's name again")
	assert.Equal(t, []bool{true}, heads["• Sep 21, 2024"])
	assert.Equal(t, []bool{true}, heads["Bob"])
	assert.Equal(t, []bool{false}, heads["• Bob"], "a reply's name again")
	assert.Equal(t, []bool{true}, heads["• Sep 22, 2024"])
	assert.Equal(t, []bool{false}, heads["• Cid"])
}
