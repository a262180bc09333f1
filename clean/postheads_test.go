package clean_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// threadPost is one post of a thread as XenForo prints it: with micro, a
// Comment item with its author (a Person item: name, title, card) and its
// date; without, the same elements, as XenForo prints a thread's opening
// post.
func threadPost(micro bool, author, title, date, text string) string {
	item, person, name, published := "", "", "", ""
	if micro {
		item = ` itemscope itemtype="https://schema.org/Comment"`
		person = ` itemprop="author" itemscope itemtype="https://schema.org/Person"`
		name, published = ` itemprop="name"`, ` itemprop="datePublished"`
	}
	return `<article class="message"` + item + `>
<div class="message-user"` + person + `>
<h4 class="message-name"><a href="/members/` + author + `/"><span` + name + `>` + author + `</span></a></h4>
<h5 class="userTitle" itemprop="jobTitle">` + title + `</h5>
<div class="message-userExtras"><dl><dt>Joined</dt><dd>Jun 4, 2011</dd></dl><dl><dt>Reaction score</dt><dd>1,204</dd></dl></div>
</div>
<header><ul><li class="u-concealed"><a href="/posts/1"><time` + published + ` datetime="2024-09-21">` + date + `</time></a></li><li><a href="/posts/1">Share</a></li></ul></header>
<div class="message-content"><article class="message-body"><div itemprop="text"><div class="bbWrapper">` + text + `</div></div></article></div>
<aside class="message-signature"><div>Tent: Hilleberg Akto, Pack: Osprey Exos 48</div></aside>
<footer class="message-footer"><div><a href="/reply">Reply</a></div><ul class="reactions"><li>👍</li><li>4</li></ul></footer>
</article>
`
}

// postedThread is a thread of four posts, two by the same poster, under a
// forum's menus.
var postedThread = `<html><head><title>Which tent for a first trip? | Trail Forum</title></head><body>
<header><nav><ul><li><a href="/">Forums</a></li><li><a href="/whats-new">What's new</a></li><li><a href="/members">Members</a></li></ul></nav>
<div><a href="/login">Log in</a> <a href="/register">Register</a></div></header>
<div class="cookie-notice"><p>This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.</p><a href="/accept">Accept</a></div>
<main><h1>Which tent for a first trip?</h1>
<ul class="pairs"><li>Thread starter ann_walks</li><li>Start date Sep 21, 2024</li></ul>
` + threadPost(false, "ann_walks", "Well-known member", "Sep 21, 2024", "<p>I am going on my first overnight trip in the hills next month and I need a tent that is light enough to carry for ten miles.</p>"+
	"<p>The forecast there is often wet and windy in the autumn, so I would rather carry a little more weight than spend the night holding the poles up.</p>"+
	"<p>My budget is about two hundred pounds, and I would like to use the tent for a few trips each year after this one, alone or with my brother.</p>"+
	"<p>I have read reviews of a few single-skin tents, but I am not sure whether condensation will be a problem on cold nights near the river.</p>"+
	"<p>What did you buy for your first trips, and what would you buy now if you were starting again with what you know today?</p>") +
	threadPost(true, "RidgeRunner", "Well-known member", "Sep 21, 2024", "A two-person tent of about three pounds is plenty for one person, and it leaves you room for your pack when it rains all night.") +
	threadPost(true, "ann_walks", "Well-known member", "Sep 22, 2024", "Thank you, that makes sense, and I will look for one that pitches with the fly first so the inside stays dry.") +
	threadPost(true, "Hollis", "Senior Member", "Sep 23, 2024", "Practise pitching it in your garden before the trip, because doing it for the first time in the wind and the dark is no fun at all.") +
	`<p>You must log in or register to reply here.</p>
<h3>Share:</h3><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">X</a> <a href="mailto:">Email</a>
</main>
<aside><h3>Similar threads</h3><ul><li><a href="/t/2">Best sleeping bag for autumn camping?</a></li><li><a href="/t/3">Stove recommendations for two people</a></li></ul></aside>
<footer><p>Community platform by XenForo © 2010-2024 XenForo Ltd.</p></footer>
</body></html>`

// A thread keeps who wrote each post and when, as its microdata marks
// them, whatever the rules say of the name alone (a link, a line the page
// repeats) or of the date alone (the page's date line): on a thread whose
// opening post is the page's main text, the other posts' names had gone.
// The opening post, printed without microdata in the same elements, keeps
// its own.
// The authors' titles and cards stay out, and the body cleaned again is
// the same.
func TestThreadKeepsItsPostersAndDates(t *testing.T) {
	res, err := clean.HTML(strings.NewReader(postedThread))
	require.NoError(t, err)
	assert.Equal(t, "Which tent for a first trip?", res.Title)
	heads := map[string]bool{"ann_walks": true, "RidgeRunner": true, "Hollis": true, "• Sep 21, 2024": true, "• Sep 22, 2024": true, "• Sep 23, 2024": true}
	seen := 0
	for _, l := range res.Lines {
		if heads[l.Text] {
			seen++
			assert.Equal(t, clean.Keep, l.Verdict, l.Text)
			assert.Equal(t, "post-head", l.Rule, l.Text)
		}
	}
	assert.Equal(t, 8, seen, "four names and four dates")
	for _, chrome := range []string{"Thread starter", "Well-known member", "Senior Member", "Joined", "Reaction score", "Tent: Hilleberg", "Reply", "Share", "Similar threads", "XenForo"} {
		assert.NotContains(t, res.Body, chrome)
	}
	assert.Less(t, strings.Index(res.Body, "RidgeRunner"), strings.Index(res.Body, "A two-person tent"))
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}
