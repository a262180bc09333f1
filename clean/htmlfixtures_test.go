package clean_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/eval"
)

// The HTML fixtures in testdata/html, written for these tests, each with
// what other extractors often lose and must stay here, and chrome that
// must go. Each also has the rendering `w3m -dump -cols 1000 -T text/html
// -I UTF-8 -O UTF-8 NAME.html > NAME.w3m.txt` made.
var htmlFixtures = []struct {
	file       string
	title      string
	keep, drop []string
}{
	{
		file:  "news.html",
		title: "Ferry returns to the island after forty years",
		keep: []string{
			// the lead paragraph, before the article's body element
			"The first passenger ferry since 1985 crossed to Gull Island on Tuesday, and half the island came down to the pier to meet it.",
			// the figure caption
			"The Saltwind ties up at the old stone pier on Tuesday morning.",
			// short dialogue lines between paragraphs
			`"Did you bring them?"`, `"Every one."`, `"Then you can stay."`,
			// a table and a list inside the article
			"Day | From the mainland | From the island",
			"Sunday | 11:00 | 16:30",
			"• Visitors can come for the day.",
			// the paragraphs after an inline box of related links
			"On the way back, the Saltwind carried its first load from the island: two crates of oysters, a piano going for repair and Agnes Tully, on her way to buy a new coat.",
		},
		drop: []string{
			"We use cookies to improve your experience on our site. Cookie policy", "• Sport", "Sign in",
			"Home > News > Local", "By Mira Okafor", "Facebook Twitter Email", "Related stories",
			"• Supply barge to stop in the winter", "Advertisement", "Tags: Ferries Islands Transport",
			"3 Comments", "Sign up for our daily newsletter.", "© 2025 The Harbour Gazette. All rights reserved.",
		},
	},
	{
		file:  "docs.html",
		title: "Rotating logs",
		keep: []string{
			// pre and code keep their line breaks, blank line included
			"[sinks.app]", `path = "/var/log/app.log"`, "[sinks.app.rotate]", "compress = true",
			"$ quill reload", "reloaded 1 sink",
			"Option | Default | Meaning", "keep | 5 | How many old files to keep.",
			"1. Lower max_size to a few kilobytes.",
			"Note: rotation never splits a line; a file may end up slightly larger than its limit.",
		},
		drop: []string{
			"Skip to content", "Docs Blog GitHub", "• API reference", "← Configuration Shipping logs →",
			"Edit this page on GitHub", "© 2025 The Quill authors. Documentation licensed under CC BY 4.0.",
		},
	},
	{
		file:  "recipe.html",
		title: "Lentil and Lemon Soup",
		keep: []string{
			"Serves 4. Prep 10 minutes, cook 30 minutes.", "Ingredients", "• 2 tablespoons olive oil", "• 1 lemon",
			"Method", "4. Season, then squeeze in the lemon just before serving.", "Nutrition", "Fibre | 9 g",
		},
		drop: []string{
			"• Soups", "Jump to Recipe Print Recipe", "Share this recipe Pinterest Facebook Email",
			"You May Also Like", "• Roast Squash and Sage Soup", "14 Comments", "Leave a Reply",
			"Popular Posts", "• Overnight Oats",
		},
	},
	{
		file:  "forum.html",
		title: "Seedlings falling over after a week",
		keep: []string{
			"12 April 2025 at 19:03", "12 April 2025 at 20:41", "• Sow into clean pots and fresh compost.",
			"13 April 2025 at 08:15", "Thank you!", "13 April 2025 at 11:30",
		},
		drop: []string{
			"Log in Register", "2. Growing", "Like Quote Reply", "You must log in or register to reply here.",
			"Similar threads", "• Leggy tomato seedlings", "© 2025 Allotment Talk",
		},
	},
}

// TestHTMLFixtures checks that the HTML front end keeps what other
// extractors lose (lead paragraphs, captions, lists and tables inside the
// article, code with its line breaks, short dialogue lines, forum posts)
// and drops the chrome around it.
func TestHTMLFixtures(t *testing.T) {
	for _, f := range htmlFixtures {
		t.Run(f.file, func(t *testing.T) {
			src, err := os.Open(filepath.Join("testdata/html", f.file))
			require.NoError(t, err)
			defer src.Close()
			res, err := clean.HTML(src)
			require.NoError(t, err)
			assert.Equal(t, f.title, res.Title)
			assertVerdicts(t, res, f.keep, f.drop)
		})
	}
}

// minRenderingF1 is how near the body cleaned from a fixture's HTML and the
// one cleaned from its w3m rendering must be, in the ScrapingHub
// benchmark's shingle F1 (1 is the same words in the same order). The two
// differ where the renderer does: w3m indents list items, lays tables out
// with spaces, and glues a forum user's name to its title.
const minRenderingF1 = 0.85

// TestHTMLAndRenderingAgree checks that one page gives nearly the same
// article through either front end.
func TestHTMLAndRenderingAgree(t *testing.T) {
	for _, f := range htmlFixtures {
		t.Run(f.file, func(t *testing.T) {
			page := filepath.Join("testdata/html", f.file)
			src, err := os.Open(page)
			require.NoError(t, err)
			defer src.Close()
			fromHTML, err := clean.HTML(src)
			require.NoError(t, err)
			text, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".w3m.txt")
			require.NoError(t, err)
			fromText, err := clean.Text(string(text))
			require.NoError(t, err)
			f1 := eval.ScoreShingles(fromText.String(), fromHTML.String()).F1()
			t.Logf("%s: shingle F1 %.3f", f.file, f1)
			assert.GreaterOrEqual(t, f1, minRenderingF1)
			assert.Equal(t, fromHTML.Title, fromText.Title)
		})
	}
}

// A consent platform's preference centre, long paragraphs of prose, goes
// as chrome; the article beside it stays.
func TestConsentDialogGoes(t *testing.T) {
	centre := "These technologies are necessary for the website to function and cannot be disabled. They are usually only set in response to actions made by you which amount to a request for services, such as setting your privacy preferences."
	page := `<html><body><main><h1>Ferry returns to the island</h1><p>` + para1 + `</p><p>` + para2 + `</p></main>` +
		`<div id="onetrust-pc-sdk"><h2>Privacy Preference Center</h2><p>` + centre + `</p><p>` + centre + ` Some of them are set by third parties.</p></div></body></html>`
	res := cleanHTML(t, page)
	assert.Contains(t, res.Body, para1)
	assert.Contains(t, res.Body, para2)
	assert.NotContains(t, res.Body, "These technologies")
	got := decision(t, res, centre)
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "consent-dialog", got.Rule)
}

// A page of items, testdata/html/shop.html: a category page whose product
// grid is its content. Each card's title, rating, features and price stay,
// though every title is a link and no card holds a sentence; the menus, the
// filters, the pagination, the box of related products and the footer go.
func TestItemsStay(t *testing.T) {
	src, err := os.Open("testdata/html/shop.html")
	require.NoError(t, err)
	defer src.Close()
	res, err := clean.HTML(src)
	require.NoError(t, err)
	assert.Equal(t, "Trail Running Shoes", res.Title)
	assertVerdicts(t, res,
		[]string{
			"Grippy, light and quick to dry: shoes for muddy hills and rocky paths.",
			"• Fellrunner 3", "4.6 out of 5 (212 reviews)", "• Deep lugs for soft ground", "£115.00",
			"• Tarn Skipper", "3.9 out of 5 (12 reviews)", "• 4 mm drop", "£85.00",
		},
		[]string{
			"We use cookies to remember your basket and to measure our traffic. Cookie settings",
			"• Men", "Sign in Basket (0)", "Filter", "•  Waterproof", "1 2 Next",
			"Customers also viewed", "• Merino Running Socks£14.00", "• Delivery",
			"© 2025 Ridgeline Outfitters Ltd.",
		})
}

// TestGridWithoutArticle: a shop's category page that is its grid of
// products and nothing else, no paragraph to make an article of. Its items
// are its content (see spanItems): the page prints them, not nothing.
func TestGridWithoutArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Cups | Joco</title></head><body><nav><ul>`)
	b.WriteString(linkItems(12, "/c", "Category %d"))
	b.WriteString(`</ul></nav><main><h1>Reusable Cups</h1><p>Showing all 12 results</p><ul class="products">`)
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, `<li class="product"><a href="/p/%d"><h2>Glass Cup %d oz</h2></a><div>Sandstone Lilac Violet</div><span class="price">$%d.95</span></li>`, i, 4+2*i, 20+i)
	}
	b.WriteString(`</ul></main><footer><ul>`)
	b.WriteString(linkItems(12, "/s", "Site link %d"))
	b.WriteString(`</ul><p>© 2025 Joco</p></footer></body></html>`)
	assertCups(t, cleanHTML(t, b.String()).Body, 1, 12)
}

// assertCups checks that body, a shop's page of cups cleaned, holds the
// names of cards first to n and the prices of cards 1 to n, and none of
// the menus and footer around them.
func assertCups(t *testing.T, body string, first, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		if i >= first {
			assert.Contains(t, body, fmt.Sprintf("Glass Cup %d oz", 4+2*i))
		}
		assert.Contains(t, body, fmt.Sprintf("$%d.95", 20+i))
	}
	for _, chrome := range []string{"Category", "Site link", "© 2025"} {
		assert.NotContains(t, body, chrome)
	}
}

// TestGridOfUnlikeCards: a shop's grid whose cards are each built their
// own way (no class, parts that differ), so that the DOM shows no set of
// like elements. Its lines are a grid all the same, found by their prices
// as in text (see TestTextGridWithoutArticle), and the page prints them.
func TestGridOfUnlikeCards(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Cups | Joco</title></head><body><nav><ul>`)
	b.WriteString(linkItems(12, "/c", "Category %d"))
	b.WriteString(`</ul></nav><main><h1>Reusable Cups</h1><div>`)
	for i := 1; i <= 8; i++ {
		if i%2 == 0 {
			fmt.Fprintf(&b, `<div><p><a href="/p/%d">Glass Cup %d oz</a></p><p>Sandstone Lilac Violet</p><p>$%d.95</p></div>`, i, 4+2*i, 20+i)
		} else {
			fmt.Fprintf(&b, `<section><h3><a href="/p/%d">Glass Cup %d oz</a></h3><span>Sandstone Lilac Violet</span><br><b>$%d.95</b></section>`, i, 4+2*i, 20+i)
		}
	}
	b.WriteString(`</div></main><footer><ul>`)
	b.WriteString(linkItems(12, "/s", "Site link %d"))
	b.WriteString(`</ul><p>© 2025 Joco</p></footer></body></html>`)
	// The first card's name opens the body, where a reading of the body
	// alone takes it for a headline (body-headline), as it does a div
	// grid's that the DOM shows; a list's items open with their bullets.
	assertCups(t, cleanHTML(t, b.String()).Body, 2, 8)
}

// A cookie banner's long paragraphs, inside an element classed as the
// banner, go; a page about cookies, whose content element is classed the
// same way but holds most of the page, stays.
func TestCookieBannerParagraphsGo(t *testing.T) {
	// No word of the cookie-words list: the class alone makes it the banner's.
	explain := "Cookies are small data files that a server stores on your computer or phone when you visit it, and that it reads back on your next visit to know who you are."
	page := `<html><body><main><h1>Ferry returns to the island</h1><p>` + para1 + `</p><p>` + para2 + `</p></main>` +
		`<div class="cookie-consent"><p>` + explain + `</p><button>Accept</button></div></body></html>`
	res := cleanHTML(t, page)
	assert.Contains(t, res.Body, para1)
	got := decision(t, res, explain)
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "cookie-banner", got.Rule)

	// However long: a banner's first paragraph may run past 80 words.
	long := explain + " Some of them are set by us, and some by the partners whose advertising we show. You can accept them all, refuse those that are not needed, or choose them one by one, and change your mind at any time from the link at the foot of every page of this site."
	article := ""
	for _, p := range []string{para1, para2, para3, para4, para1 + " " + para2, para3 + " " + para4} {
		article += "<p>" + p + "</p>"
	}
	page = `<html><body><main><h1>Ferry returns to the island</h1>` + article + `</main>` +
		`<div id="gdpr-banner"><p>` + long + `</p><button>Accept</button></div></body></html>`
	res = cleanHTML(t, page)
	got = decision(t, res, long)
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "cookie-banner", got.Rule)

	policy := `<html><body><nav><a href="/">Home</a></nav><div class="cookie-policy"><h1>Our cookie policy</h1><p>` + explain + `</p><p>` + para1 + `</p><p>` + para2 + `</p></div></body></html>`
	res = cleanHTML(t, policy)
	assert.Contains(t, res.Body, explain)
}

// A question page: the span finds the question, and its answers, which
// hold several times its words, follow it with the question's comments
// between. The answers, the accepted one among them, stay with their
// authors; the sidebar goes.
func TestAnswersStay(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Questions</a> <a href="/tags">Tags</a></nav></header><main>` +
		`<h1>How do I keep seedlings from falling over?</h1>` +
		`<div class="question"><p>My tomato seedlings came up well on the windowsill, but after a week the stems go thin at the base and they fall over. What am I doing wrong?</p></div>` +
		`<ul class="comments"><li class="comment">Which compost do you use? – ann</li></ul><h2>4 Answers</h2>`)
	for i := 1; i <= 4; i++ {
		class := "answer"
		if i == 1 {
			class = "answer accepted-answer"
		}
		fmt.Fprintf(&b, `<div class="%s"><p>Answer %d: %s</p><p>%s</p><div class="user-info">gardener%d</div></div>`, class, i, para1, para2, i)
	}
	b.WriteString(`</main><aside><h3>Hot questions</h3><ul><li><a href="/q/1">Why do cats purr?</a></li><li><a href="/q/2">Is a tomato a fruit?</a></li></ul></aside></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "How do I keep seedlings from falling over?", res.Title)
	for i := 1; i <= 4; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("Answer %d: %s", i, para1))
		assert.Contains(t, res.Body, fmt.Sprintf("gardener%d", i))
	}
	assert.NotContains(t, res.Body, "Why do cats purr?")
}

// A thread whose posts sit inside a form (a forum's moderation form, which
// holds less than a third of the page behind its menus) keeps them.
func TestPostsInsideAForm(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>`)
	b.WriteString(linkItems(40, "/f", "Forum section number %d of this large board"))
	b.WriteString(`</ul></nav><h1>New case for my build</h1><form action="/moderate">`)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, `<article class="post"><div class="author">member%d</div><time>March 19, 2024</time><p>Post %d: I moved everything over last night and the airflow is much better now.</p></article>`, i, i)
	}
	b.WriteString(`</form><footer><p>© 2024 The Board</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	for i := 1; i <= 5; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("Post %d: I moved everything over", i))
	}
	assert.NotContains(t, res.Body, "Forum section number")
}

// TestLongPostsInsideAForm: a thread of two posts, too few to be the
// page's items, inside the forum's moderation form, each with its author's
// signature in an aside. The posts' paragraphs read as prose; the form's
// own controls do not.
func TestLongPostsInsideAForm(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>`)
	b.WriteString(linkItems(30, "/f", "Forum section %d"))
	b.WriteString(`</ul></nav><form action="/search"><label>Search this topic</label><select><option>Everywhere</option></select><button>Go</button></form>`)
	b.WriteString(`<h1>New case for my build</h1><div id="comments"><form action="/moderate">`)
	posts := []string{
		"Not sure if this is the right place for this question, but does anyone know what the two round ports on the back of this case are for? The manual says nothing about them, yet both look very intentional, one below the power supply and one on the bottom panel where the intake fans go.",
		"I have heard from one of the moderators that the rear one is meant for an external connection to the lighting hub, so that you can chain several cases together, but nobody has confirmed what the one on the bottom panel next to the fans is supposed to do.",
	}
	for i, p := range posts {
		fmt.Fprintf(&b, `<article class="post comment"><aside><b>member%d</b><ul><li>Members</li><li>%d posts</li><li>Motherboard</li><li>Asus board</li></ul></aside><p>Posted March 19, 2024</p><div><p>%s</p></div></article>`, i, 10*i+3, p)
	}
	b.WriteString(`<input type="submit" value="Moderate"></form></div><footer><ul>`)
	b.WriteString(linkItems(40, "/h", "Help article %d about using your account on the board"))
	b.WriteString(`</ul><p>© 2024 The Board</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	for _, p := range posts {
		assert.Contains(t, res.Body, p)
	}
	assert.NotContains(t, res.Body, "Forum section")
	assert.NotContains(t, res.Body, "Search this topic")
	assert.NotContains(t, res.Body, "Everywhere")
}

// TestQuestionAboveAnswers: a question page whose question stands apart
// from its answers, built as they are, with its tags, buttons, author and
// comments between. The article span finds the answers; the question leads
// them (see source.DOM.Lead) and stays too.
func TestQuestionAboveAnswers(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>How do I keep bread fresh? - Cooking Answers</title></head><body><nav><ul>`)
	b.WriteString(linkItems(20, "/q", "Questions section %d"))
	b.WriteString(`</ul></nav><div class="mainbar"><h1>How do I keep bread fresh?</h1><div>Asked 3 years ago</div>`)
	b.WriteString(`<div class="question"><div class="post-layout"><div class="post-body"><p>I bake a loaf every weekend, and by Wednesday it has gone stale or mouldy.</p><p>I have tried a paper bag and a plastic box, but neither keeps it soft for long. What do you do to keep your bread fresh for the whole week?</p></div>`)
	b.WriteString(`<ul class="tags"><li><a href="/t/bread">bread</a></li><li><a href="/t/storage">storage</a></li></ul><div class="menu"><div><a href="#">Share</a></div><div><a href="#">Improve this question</a></div><div><a href="#">Follow</a></div></div><div class="user-info"><div>asked May 2, 2022 at 10:12</div><div><a href="/u/1">baker</a></div><div>1,204 5 gold badges</div></div>`)
	b.WriteString(`<div class="comments"><ul><li>Have you tried a linen bag? – <a href="/u/9">miller</a> May 2, 2022 at 11:00</li><li>Which flour do you use? – <a href="/u/8">grain</a> May 2, 2022 at 12:00</li></ul><a href="#">Add a comment</a></div></div></div>`)
	b.WriteString(`<div class="answers"><h2>5 Answers</h2><div>Sorted by: Highest score</div>`)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, `<div class="answer"><div class="post-layout"><div class="post-body"><p>Answer %d: freeze what you will not eat within two days, sliced, so that you can toast it straight from the freezer without thawing the whole loaf first.</p><p>A bread box with a little air flow keeps the crust crisp and the crumb soft for three or four days, which is as long as any home loaf lasts.</p><p>Never put bread in the fridge, where it goes stale faster than on the counter because the starch crystallises at low temperatures.</p></div>`, i)
		fmt.Fprintf(&b, `<div class="menu"><div><a href="#">Share</a></div><div><a href="#">Improve this answer</a></div><div><a href="#">Follow</a></div></div><div class="user-info"><div>answered May %d, 2022 at 11:00</div><div><a href="/u/%d">cook%d</a></div><div>3,100 badges</div></div><div class="comments"><a href="#">Add a comment</a></div></div></div>`, i+2, i+1, i)
	}
	b.WriteString(`</div></div><footer><ul>`)
	b.WriteString(linkItems(20, "/s", "Site link %d"))
	b.WriteString(`</ul><p>© 2024 Cooking Answers</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "How do I keep bread fresh?", res.Title)
	assert.Contains(t, res.Body, "I bake a loaf every weekend, and by Wednesday it has gone stale or mouldy.")
	assert.Contains(t, res.Body, "What do you do to keep your bread fresh for the whole week?")
	for i := 1; i <= 5; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("Answer %d: freeze what you will not eat", i))
	}
	assert.Less(t, strings.Index(res.Body, "I bake a loaf"), strings.Index(res.Body, "Answer 1:"))
	for _, chrome := range []string{"Questions section", "Site link", "Improve this", "Add a comment", "© 2024"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// TestDescriptionAboveTheBuyBox: a product page whose description stands
// under its name and price, and over the order form that parts it from the
// reviews the article span finds. The description is the page's own (see
// keepStandfirst); the form, the menu and the footer are not.
func TestDescriptionAboveTheBuyBox(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Trail 25 Pack | Outdoor Shop</title></head><body><nav><ul>`)
	b.WriteString(linkItems(20, "/c", "Department %d"))
	b.WriteString(`</ul></nav><main><h1>Trail 25 Pack</h1><div>$99.95</div>`)
	b.WriteString(`<p>Keep your gear within easy reach in the Trail 25 pack. It fits a wide range of bodies, and its pockets hold what you need on the trail.</p>`)
	b.WriteString(`<form action="/cart"><label>Colour: Oak Brown</label><select><option>XS - XL</option><option>XXL - 4XL</option></select><label>Quantity</label><input name="q"><button>Add to cart</button></form>`)
	b.WriteString(`<section class="reviews"><h2>Reviews</h2>`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, `<p>Review %d: I carried this pack on a dozen day hikes this summer and it never once rubbed my shoulders, even with three litres of water and a heavy jacket inside it.</p>`, i)
	}
	b.WriteString(`</section></main><footer><ul>`)
	b.WriteString(linkItems(20, "/s", "Site link %d"))
	b.WriteString(`</ul></footer></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "Trail 25 Pack", res.Title)
	assert.Contains(t, res.Body, "Keep your gear within easy reach in the Trail 25 pack.")
	assert.Contains(t, res.Body, "Review 4: I carried this pack")
	assert.Less(t, strings.Index(res.Body, "Keep your gear"), strings.Index(res.Body, "Review 1:"))
	for _, chrome := range []string{"Department", "Site link", "Add to cart", "Quantity"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// A landing page's sections, each in its own box inside <main>, with a
// course list of codes, prices and buttons between them that the span
// cannot bridge: the introduction above the list stays with the sections
// below it. The comments under the page's "Comments" heading, inside
// <main> too, stay out.
func TestSectionsOfMain(t *testing.T) {
	intro := []string{
		"Advance your career and gain the project management skills that employers look for, with a certificate you can complete in nine months while you keep working.",
		"The certificate is meant for anyone who wants to build or advance a career in the field, whether you are new to it or preparing for the professional exam.",
		"Classes meet online in the evening, so that students who work full time can take one or two courses each quarter and still finish within a year.",
	}
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(8, "/c", "Program %d") + `</ul></nav><main>` +
		`<h1>Project Management Certificate</h1><div class="hero"><div class="wrap"><div class="text">`)
	for _, p := range intro {
		b.WriteString(`<p>` + p + `</p>`)
	}
	b.WriteString(`</div></div></div><div class="courses"><h2>Courses</h2>`)
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, `<h4>Course %d</h4><div>BUSA-40%03d</div><div>Units: 3.00</div><div>$695.00</div><button>Add to cart</button>`, i, i)
	}
	b.WriteString(`</div><section class="benefits"><div class="inner"><h2>Benefits</h2><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div></section>` +
		`<h2>Comments</h2><div class="comment-list"><p>I took this course last year and it changed how I run meetings at work, thanks to the instructors for their patience.</p></div>` +
		`</main><footer><ul>` + linkItems(8, "/s", "Site link %d") + `</ul></footer></body></html>`)
	res := cleanHTML(t, b.String())
	for _, p := range append(intro, para1, para2, para3) {
		assert.Contains(t, res.Body, p)
	}
	for _, chrome := range []string{"I took this course", "Program 1", "Site link"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// cleanHTML cleans page as HTML with the default options.
func cleanHTML(t *testing.T, page string) *clean.Result {
	t.Helper()
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	return res
}

// linkItems returns n list items, each a link to href/i with text, in
// which %d is i: a page's menu or footer of links.
func linkItems(n int, href, text string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="%s/%d">`+text+`</a></li>`, href, i, i)
	}
	return b.String()
}

// TestCodeBlocksStayWhole: documentation whose examples are <pre> blocks,
// each under a "Copy" button. A block of one line between two buttons and
// an interpreter's output that the page repeats ("True") are code, not
// chrome: the page printed them verbatim, and a block's last line keeps
// its indentation. The buttons go.
func TestCodeBlocksStayWhole(t *testing.T) {
	copyButton := `<button class="copybutton" type="button">Copy</button>`
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(12, "/docs", "Module %d") + `</ul></nav><main><h1>paths — Filesystem paths</h1>`)
	b.WriteString(`<p>` + para1 + `</p><p>Importing the main class:</p>`)
	b.WriteString(`<div>` + copyButton + `<pre>&gt;&gt;&gt; from paths import Path</pre></div><p>Listing subdirectories:</p>`)
	b.WriteString(`<div>` + copyButton + `<pre>&gt;&gt;&gt; p = Path('.')` + "\n" + `&gt;&gt;&gt; p.exists()` + "\n" + `True` + "\n" + `&gt;&gt;&gt; p.is_dir()` + "\n" + `True</pre></div>`)
	b.WriteString(`<p>` + para2 + `</p>`)
	b.WriteString(`<div>` + copyButton + `<pre>for root, dirs, files in Path("lib").walk():` + "\n" + `    show(` + "\n" + `        root,` + "\n" + `        "consumes",` + "\n" + `    )</pre></div>`)
	b.WriteString(`<p>` + para3 + `</p></main><footer><ul>` + linkItems(8, "/s", "Site link %d") + `</ul></footer></body></html>`)
	res := cleanHTML(t, b.String())
	for _, code := range []string{"Importing the main class:\n\n>>> from paths import Path\n\nListing subdirectories:", ">>> p.exists()\nTrue\n>>> p.is_dir()\nTrue", "        \"consumes\",\n    )\n"} {
		assert.Contains(t, res.Body, code)
	}
	for _, chrome := range []string{"Copy", "Module 1", "Site link"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// A product's sections under tabs whose captions link to the section on
// the page ("#questions"): such a caption alone between its section and
// the one before is the section's heading, not a menu's link, and stays
// with it (see source.countAnchors). Two captions in a row are a menu's.
func TestInPageTabsStay(t *testing.T) {
	page := `<html><head><title>Relax Berries | Green Lane</title></head><body>
		<nav><ul>` + linkItems(3, "/c", "Category %d") + `</ul></nav>
		<div class="product"><h1>Relax Berries</h1>
		<form><p>One-time purchase</p><p>$37.99</p><p>Subscribe and save</p><p>$30.39</p><button>Add to cart</button></form>
		<p>Our classic gummy with a delicious flavour to help you unwind after a long day at work.</p>
		<div class="tab"><a href="#reviews">Customer reviews</a></div>
		<div class="tab"><a href="#use">Suggested use</a></div>
		<div id="use"><p>Take one or two gummies a day as part of your routine, with or without food, and see how you feel.</p></div>
		<div class="tab"><a href="#questions">Common questions</a></div>
		<div id="questions"><p>Can I take them every day? Yes: most people take them daily, and the effect builds over a week or two.</p>
		<p>Do they contain gluten? No. They are made without gluten, gelatine or artificial colours in a certified facility.</p>
		<p>How should I store them? Keep the jar closed in a cool, dry place, out of the sun and out of the reach of children.</p></div>
		</div>
		<footer><ul>` + linkItems(2, "/s", "Site link %d") + `</ul><p>© 2025 Green Lane</p></footer></body></html>`
	res := cleanHTML(t, page)
	assertVerdicts(t, res,
		[]string{
			"Take one or two gummies a day as part of your routine, with or without food, and see how you feel.",
			"Common questions",
			"Can I take them every day? Yes: most people take them daily, and the effect builds over a week or two.",
		},
		[]string{"One-time purchase", "Add to cart", "• Site link 1", "© 2025 Green Lane"})
	assert.Equal(t, "link-dense", decision(t, res, "Customer reviews").Rule)
}

// A listing whose top stories, each a linked title above its summary,
// stand above its grid of cards, outside the element that holds the grid:
// on a page of items they are entries too, and keep their titles (see
// decide's entryTitle).
func TestTopStoriesOfAListing(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Science | The Daily</title></head><body><nav><ul>`)
	b.WriteString(linkItems(4, "/s", "Section %d"))
	b.WriteString(`</ul></nav><main><h1>Science news</h1><div class="top">`)
	tops := []string{
		"Scientists map the deepest coral reefs yet found in the Caribbean",
		"Why bats sleep upside down, and what it tells us about their hearts",
	}
	for i, title := range tops {
		fmt.Fprintf(&b, `<div><h2><a href="/top/%d">%s</a></h2><p>The survey found towers of coral and creatures never seen before, hundreds of metres below the surface of the sea.</p></div>`, i, title)
	}
	b.WriteString(`</div><ul class="cards">`)
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&b, `<li><article><h3><a href="/b/%d">Story number %d about the sea and its creatures</a></h3><p>Researchers on the ship spent a month at sea to count the animals that live in the deep water, and found %d kinds they had never seen.</p><span>%d hours ago</span></article></li>`, i, i, i+3, i)
	}
	b.WriteString(`</ul></main><footer><ul>`)
	b.WriteString(linkItems(4, "/f", "Site link %d"))
	b.WriteString(`</ul><p>© 2026 The Daily</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	// The page's h1 is its headline, not the first entry's title; that
	// title, opening the body, goes as a headline would from a reading of
	// the body alone (see Result.Body), and the next entry's stays.
	assert.Equal(t, "Science news", res.Title)
	assert.Equal(t, clean.Keep, decision(t, res, tops[1]).Verdict)
	for i := 1; i <= 8; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("Story number %d about the sea and its creatures", i))
	}
	for _, chrome := range []string{"Section 1", "Site link 1", "© 2026"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// A product page keeps its price, under the product's name, where its
// JSON-LD offer, its microdata or its product meta tags give that price;
// a line of a price alone is otherwise a
// line without words, and goes (see decide's jsonLD).
func TestProductPrice(t *testing.T) {
	page := func(ld string) string {
		return `<html><head><title>White speckle mug | Clay Works</title>` + ld + `</head><body>
		<nav><ul>` + linkItems(3, "/c", "Category %d") + `</ul></nav>
		<main><h1>White speckle mug</h1><p>$60.00</p><p>$75.00</p>
		<form><label>Quantity</label><input name="q"><button>Add to cart</button></form>
		<p>A wheel-thrown mug in a speckled white glaze, made by hand in our studio and fired twice for strength.</p>
		<p>It holds about 350 ml, sits well in the hand and is safe in the dishwasher and the microwave.</p>
		<p>Each one is a little different, since the speckles come from the iron in the clay itself.</p></main>
		<footer><ul>` + linkItems(2, "/s", "Site link %d") + `</ul><p>© 2025 Clay Works</p></footer></body></html>`
	}
	offer := `<script type="application/ld+json">{"@type":"Product","name":"White speckle mug","offers":{"@type":"Offer","price":"60.00","priceCurrency":"AUD"}}</script>`
	res := cleanHTML(t, page(offer))
	assert.Equal(t, "White speckle mug", res.Title)
	assertVerdicts(t, res,
		[]string{"$60.00", "A wheel-thrown mug in a speckled white glaze, made by hand in our studio and fired twice for strength."},
		[]string{"$75.00", "Quantity Add to cart", "© 2025 Clay Works"})
	assert.Equal(t, "json-ld", decision(t, res, "$60.00").Rule)

	res = cleanHTML(t, page(""))
	assertVerdicts(t, res, nil, []string{"$60.00"})

	// So does a page whose microdata or product meta tags give the price,
	// where no JSON-LD describes the product.
	for _, marked := range []string{`<meta property="product:price:amount" content="60.00">`, `</head><body><span itemprop="price" content="60.00"></span>`} {
		res = cleanHTML(t, page(marked))
		assertVerdicts(t, res, []string{"$60.00"}, []string{"$75.00"})
	}
}

// TestSidebarUnderTheHeadline: a box of the site's that its class names
// (a sidebar of the most read stories) between the headline and the
// article closes the article's head: its long line is no standfirst (see
// keepStandfirst), though it reads as prose.
func TestSidebarUnderTheHeadline(t *testing.T) {
	popular := "1 Ferry timetable changes for the summer season 2 School board elects a new chair on Tuesday 3 Market hall reopens with forty stalls"
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(12, "/c", "Section %d") + `</ul></nav>`)
	b.WriteString(`<h1>Hunter catches plague after eating a wild rabbit</h1>`)
	b.WriteString(`<div class="sidebar"><h3>Most Popular Today</h3><p>` + popular + `</p></div>`)
	b.WriteString(`<form action="/comment"><div>Name (required)</div><div>Email (required)</div><div>Comment (required)</div><div>Submit</div></form>`)
	b.WriteString(`<div>November 18, 2019 | 4:10pm</div><div class="share"><a href="/s">Share</a></div><div>Shutterstock</div>`)
	b.WriteString(`<div>More On:</div><ul class="related"><li><a href="/t/1">Two patients diagnosed with plague as officials scramble</a></li><li><a href="/t/2">Origin of the Black Death traced to the steppe</a></li></ul>`)
	b.WriteString(`<div class="story"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>`)
	b.WriteString(`<footer><p>` + footer + `</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "Hunter catches plague after eating a wild rabbit", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)
	assert.NotContains(t, res.Body, "Ferry timetable")
}

// recipePage is a recipe's page as recipe sites build it: the recipe's
// name, buttons and a rating form, its ingredients in a table of short
// rows, its nutrition, then the steps under their timing. ld is its
// JSON-LD, or "".
func recipePage(ld string) string {
	return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mandarinen-Schmand-Kuchen | Kochseite</title>` + ld + `</head><body>
<header><nav><a href="/">Startseite</a> <a href="/rezepte">Rezepte</a> <a href="/magazin">Magazin</a> <a href="/login">Login</a></nav></header>
<main>
<h1>Mandarinen-Schmand-Kuchen</h1>
<div class="share"><a href="#">Drucken</a> <a href="#">Teilen</a> <a href="#">Rezept speichern</a></div>
<div class="rating">Durchschnittliche Bewertung: 4.52 bei 948 Bewertungen</div>
<form class="rate"><label>Perfekt</label><label>Sehr gut</label><label>Ganz gut</label><button>Rezept bewerten</button></form>
<h2>Zutaten</h2>
<table class="ingredients"><tr><td>125 g</td><td>Mehl</td></tr><tr><td>65 g</td><td>Zucker</td></tr><tr><td>1</td><td>Ei(er)</td></tr><tr><td>500 ml</td><td>Milch</td></tr><tr><td>3 Becher</td><td>Schmand</td></tr></table>
<a href="/smartlist">Zutaten auf die Einkaufsliste</a>
<div class="nutrition"><h3>Nährwerte pro Portion</h3><span>kcal 4512</span> <span>Fett 257 g</span></div>
<h2>Zubereitung</h2>
<div class="byline">Arbeitszeit ca. 30 Minuten  Backzeit ca. 1 Stunde 20 Minuten</div>
<p>` + recipeSteps[0] + `</p>
<p>` + recipeSteps[1] + `</p>
<div class="author">Rezept von jesusfreak</div>
</main>
<aside><h3>Weitere Rezepte</h3><ul><li><a href="/1">Ravioli mit Kürbissoße</a></li><li><a href="/2">Spaghettisalat</a></li><li><a href="/3">Wurstsalat</a></li></ul></aside>
<footer><p>© 2024 Kochseite GmbH</p></footer>
</body></html>`
}

var recipeSteps = [2]string{
	"Als erstes den Pudding kochen und zum Abkühlen zur Seite stellen, dabei Klarsichtfolie auf die Oberfläche legen.",
	"Den Kuchen bei 175 Grad Ober- und Unterhitze für etwa 80 Minuten backen und danach gut auskühlen lassen.",
}

// A recipe's JSON-LD names its ingredients: their short rows, which no
// paragraph holds and which a rating form and buttons part from the
// steps, are the page's own, and stay with the steps.
func TestRecipeIngredientsStay(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Mandarinen-Schmand-Kuchen",` +
		`"recipeIngredient":["125 g Mehl","65 g Zucker","1 Ei(er)","500 ml Milch","3 Becher Schmand"],` +
		`"recipeInstructions":[{"@type":"HowToStep","text":"` + recipeSteps[0] + `"},{"@type":"HowToStep","text":"` + recipeSteps[1] + `"}]}</script>`
	res, err := clean.HTML(strings.NewReader(recipePage(ld)))
	require.NoError(t, err)
	for _, row := range []string{"125 g | Mehl", "1 | Ei(er)", "3 Becher | Schmand"} {
		assert.Contains(t, res.Body, row)
	}
	assert.Contains(t, res.Body, recipeSteps[1])
	assert.NotContains(t, res.Body, "Wurstsalat")
}

// A dish's name that hyphens join ("Mandarinen-Schmand-Kuchen") is the
// recipe page's title, as its h1 or as the first line of the text the
// cleaner prints, over its table of ingredients; "Log-in" is no title.
func TestCompoundNameIsTitle(t *testing.T) {
	res, err := clean.HTML(strings.NewReader(recipePage("")))
	require.NoError(t, err)
	assert.Equal(t, "Mandarinen-Schmand-Kuchen", res.Title)

	ld := `<script type="application/ld+json">{"@type":"Recipe","name":"Mandarinen-Schmand-Kuchen","recipeIngredient":["125 g Mehl","65 g Zucker","1 Ei(er)","500 ml Milch","3 Becher Schmand"]}</script>`
	res, err = clean.HTML(strings.NewReader(recipePage(ld)))
	require.NoError(t, err)
	assert.Equal(t, "Mandarinen-Schmand-Kuchen", res.Title)
	again, err := clean.Text(res.String())
	require.NoError(t, err)
	assert.Equal(t, res.Title, again.Title)
	assert.Equal(t, res.Body, again.Body)

	for _, first := range []string{"Schoko-Muffins", "Log-in"} {
		res, err = clean.Text(first + "\n\n" + para1 + "\n\n" + para2 + "\n")
		require.NoError(t, err)
		if first == "Log-in" {
			assert.NotEqual(t, first, res.Title)
		} else {
			assert.Equal(t, first, res.Title)
		}
	}
}

// TestOpeningPostAndNestedReply: a thread whose opening post is a card of
// its own beside the replies' block, and whose replies are articles
// wrapping the same card, with the opener's answer to the first reply (the
// reply quoted whole, then two paragraphs) nested between the second and
// the third reply in a container of its own, as forum software that
// threads replies prints them. The nested reply outweighs the two replies
// the article span holds; it is the thread's all the same (see
// decide's oneOfItems), and the replies after it stay: they had gone.
func TestOpeningPostAndNestedReply(t *testing.T) {
	post := func(user, date, text string) string {
		return fmt.Sprintf(`<div class="card-user"><a href="/m/%s">%s</a></div><div class="card-stats">%d posts · Joined 2021</div><div class="card-date"><time>%s</time></div><div class="card-body">%s</div><footer class="card-actions"><a href="#">Save</a> <a href="#">Share</a><div><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Like</a></div></footer>`, user, user, len(user)*37, date, text)
	}
	opening := "I am looking to get into mountain biking and have been trying to work out which bike to buy first, with a budget of about eight hundred dollars and mostly forest trails near home."
	first := []string{
		"Good bikes with an air fork are going to seem expensive at first, and there is no way around that.",
		"Trail riding is tough on a bike: it takes a good frame and suspension to keep the trails from beating you up.",
		"You will save the money you are talking about by buying a decent bike to start with, and it will cost more than you think.",
		"You would keep it for years, and sell it for a good part of what you paid when you move on.",
	}
	replies := []string{
		strings.Join(first, "</p><p>"),
		"Both of the entry level bikes you mention are fine, and I have one of each for my kids, but tell us more about where you want to ride before you decide.",
		"The first of those is a good choice: nothing spectacular, just a solid bike that you can upgrade part by part as your riding gets better.",
		"You could also look at a trail hardtail from one of the smaller brands, which costs a little more but rides much better on rough descents.",
	}
	nested := "I have been riding trails on foot for years, but never on a bike, so I will start on the easy loops near my house and see how it goes from there."
	nested2 := "Thanks to all of you for the advice so far: I will go to the shop on Saturday, try both bikes on the car park, and report back here with what I chose."
	var b strings.Builder
	b.WriteString(`<html><head><title>Suggestions for a first trail bike | Bike Forum</title></head><body><nav><ul>`)
	b.WriteString(linkItems(30, "/f", "Forum section number %d"))
	b.WriteString(`</ul></nav><header class="thread-header"><h1>Suggestions for a first trail bike</h1><div>6.5K views 5 replies 3 participants last post by member4 Jun 7, 2024</div></header><div class="thread-body">`)
	b.WriteString(`<div class="card post-opener">` + post("rider", "Jun 3, 2024", "<p>"+opening+"</p>") + `</div><div class="sort">Sort by <a href="?o=old">Oldest first</a></div>`)
	b.WriteString(`<div class="block"><div class="block-container"><div class="replies">`)
	for i, r := range replies {
		fmt.Fprintf(&b, `<article class="post-wrap"><div class="card">%s</div></article>`, post(fmt.Sprintf("member%d", i+1), fmt.Sprintf("Jun %d, 2024", i+4), "<p>"+r+"</p>"))
		if i == 1 {
			b.WriteString(`<div class="children"><div class="children-list"><article class="post-wrap nested"><div class="card">` + post("rider", "Jun 5, 2024", `<blockquote><a href="#">member1 said:</a><p>`+strings.Join(first, "</p><p>")+`</p><a href="#">Click to expand...</a></blockquote><p>`+nested+`</p><p>`+nested2+`</p>`) + `</div></article></div></div>`)
		}
	}
	b.WriteString(`</div></div></div></div><aside class="related"><h2>Related Threads</h2><ul>`)
	b.WriteString(linkItems(8, "/t", "Another thread about bikes, number %d"))
	b.WriteString(`</ul></aside><footer><ul>`)
	b.WriteString(linkItems(20, "/s", "Site link %d"))
	b.WriteString(`</ul><p>© 2024 Bike Forum</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "Suggestions for a first trail bike", res.Title)
	for _, text := range append([]string{opening, nested, nested2, first[0], first[3]}, replies[1:]...) {
		assert.Contains(t, res.Body, text)
	}
	assert.Less(t, strings.Index(res.Body, opening), strings.Index(res.Body, first[0]))
	for _, chrome := range []string{"Forum section number", "Another thread about bikes", "Site link", "© 2024"} {
		assert.NotContains(t, res.Body, chrome)
	}
}
