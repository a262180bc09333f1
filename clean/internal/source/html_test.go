package source

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// testLimits are the limits the tests read pages with.
var testLimits = Limits{MaxLines: 1 << 20, MaxDepth: 256, MaxNodes: 1_000_000}

// readHTML reads an HTML document with testLimits.
func readHTML(t *testing.T, doc, contentType string) *Doc {
	t.Helper()
	var d Doc
	require.NoError(t, HTML(&d, []byte(doc), contentType, testLimits))
	return &d
}

// textBlocks returns the blocks of doc, read as HTML, that hold text.
func textBlocks(t *testing.T, doc string) []Block {
	t.Helper()
	var blocks []Block
	for _, b := range readHTML(t, doc, "").Blocks {
		if !b.Blank {
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// htmlLines renders an HTML document as the HTML front end cuts it: one
// string per non-blank line, "¶" before a line that starts a block of its
// own after another line.
func htmlLines(t *testing.T, doc string) []string {
	t.Helper()
	d := readHTML(t, doc, "")
	var out []string
	for i, l := range d.Blocks {
		if l.Blank {
			continue
		}
		s := l.Text
		if l.Gap && i > 0 {
			s = "¶" + s
		}
		out = append(out, s)
	}
	return out
}

func TestRenderHTML(t *testing.T) {
	cases := []struct {
		name, doc string
		want      []string
	}{
		{"blocks are lines", `<p>One.</p><div>Two.</div><h2>Three</h2>`,
			[]string{"One.", "¶Two.", "¶Three"}},
		{"text nodes join with the source's spaces", `<p><b>Spaced</b> <i>out</i>, <a>linked</a>.</p>`,
			[]string{"Spaced out, linked."}},
		{"abutting words are parted", `<p><a>jane</a><span>Moderator</span></p>`,
			[]string{"jane Moderator"}},
		{"scripts without spaces join", `<p><a>漢字</a>を読む</p>`,
			[]string{"漢字を読む"}},
		{"white space collapses", "<p>  one\n\t two  </p>", []string{"one two"}},
		{"br continues the block", `<p>Roses are red,<br>violets are blue.</p>`,
			[]string{"Roses are red,", "violets are blue."}},
		{"list items", `<ul><li>salt</li><li>pepper</li></ul><ol start="3"><li>mix</li><li>bake</li></ol>`,
			[]string{"• salt", "• pepper", "¶3. mix", "4. bake"}},
		{"an item that opens with a block takes its marker", `<ul><li><a href="/p/1"><h3>Fellrunner 3</h3></a><div>£115.00</div></li><li><h3>Tarn Skipper</h3></li></ul>`,
			[]string{"• Fellrunner 3", "¶£115.00", "¶• Tarn Skipper"}},
		{"an item that opens with a list has one marker", `<ul><li><ul><li>inner</li></ul></li></ul><ol><li><p>first</p></li></ol>`,
			[]string{"• inner", "¶1. first"}},
		{"an empty item prints nothing", `<ul><li><img src="a.png"></li><li>seen</li></ul>`,
			[]string{"• seen"}},
		{"table rows", `<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>34</td></tr></table>`,
			[]string{"Name | Age", "Ann | 34"}},
		{"a cell's paragraphs stay on its row", `<table><tr><th>Best Use</th><td><p>Hiking</p></td></tr><tr><th>Weight</th><td><ul><li>1 lb.</li><li>2 lb.</li></ul></td></tr></table>`,
			[]string{"Best Use | Hiking", "Weight | 1 lb. 2 lb."}},
		{"a long cell's paragraphs are lines", `<table><tr><td><p>` + strings.Repeat("word ", 100) + `</p><p>Second.</p></td></tr></table>`,
			[]string{strings.TrimSpace(strings.Repeat("word ", 100)), "¶Second."}},
		{"a short cell's paragraph of prose, its header and its controls are lines", `<table><tr><td><div><span><a href="/u/jpw">jpw</a> 2 hours ago</span></div><div>Did you measure it with the WAL checkpoints running in the background, or without?</div><div><p><a href="/reply">reply</a></p></div></td></tr></table>`,
			[]string{"jpw 2 hours ago", "¶Did you measure it with the WAL checkpoints running in the background, or without?", "¶reply"}},
		{"a short cell's Chinese paragraph of prose, its header and its controls are lines", `<table><tr><td><div><em>发表于 2026-4-15 19:20</em></div><div><p>按照楼上的方法每天摇一摇，这几天终于坐住了三个果，太感谢了！</p></div><div><a href="/reply">回复</a></div></td></tr></table>`,
			[]string{"发表于 2026-4-15 19:20", "¶按照楼上的方法每天摇一摇，这几天终于坐住了三个果，太感谢了！", "¶回复"}},
		{"a short cell's short Chinese paragraphs stay on its row", `<table><tr><th>颜色</th><td><p>银色</p><p>黑色</p></td></tr></table>`,
			[]string{"颜色 | 银色 黑色"}},
		{"a short cell's short paragraphs stay on its row", `<table><tr><th>Size</th><td><p>Small</p><p>Large</p></td></tr></table>`,
			[]string{"Size | Small Large"}},
		{"a short cell's list stays on its row", `<table><tr><th>Pros</th><td><ul><li>Social media management, advertising and influencer marketing</li><li>Small team</li></ul></td></tr></table>`,
			[]string{"Pros | Social media management, advertising and influencer marketing Small team"}},
		{"pre keeps its line breaks", "<pre>func main() {\n\tfmt.Println(1)\n}</pre>",
			[]string{"func main() {", "\tfmt.Println(1)", "}"}},
		{"definition lists", `<dl><dt>Term</dt><dd>What it means.</dd></dl>`,
			[]string{"Term", "What it means."}},
		{"figure caption", `<figure><img src="a.jpg" alt="x"><figcaption>A bridge at dawn.</figcaption></figure>`,
			[]string{"A bridge at dawn."}},
		{"hidden elements are skipped",
			`<p>seen</p><p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p><p style="visibility:hidden">h4</p>`,
			[]string{"seen"}},
		{"a disclosure widget's panels are read",
			`<h2><button aria-controls="faq-1" aria-expanded="false">What is a certificate?</button></h2><div id="faq-1" hidden><p>A short course that ends in an exam.</p></div>` +
				`<div class="faq__question">Is it free?</div><div class="faq__answer" style="display: none;"><p>Yes, every course is.</p></div>` +
				`<div role="tabpanel" hidden><p>Weight: 1 lb.</p></div><div class="chakra-collapse" style="display:none"><p>Made of steel.</p></div>` +
				`<h3>Can I use it outdoors?</h3><div class="content" style="display: none;"><p>Yes, on a terrace too.</p></div>`,
			[]string{"What is a certificate?", "¶A short course that ends in an exam.", "¶Is it free?", "¶Yes, every course is.", "¶Weight: 1 lb.", "¶Made of steel.",
				"¶Can I use it outdoors?", "¶Yes, on a terrace too."}},
		{"a menu that collapses stays hidden",
			`<p>seen</p><button aria-controls="mobile-menu">Menu</button><div id="mobile-menu" hidden><a href="/">Home</a></div><div class="navbar-collapse collapse" style="display:none"><a href="/shop">Shop</a></div><div class="panel tooltip" hidden>Tip</div>` +
				`<h2>Sections</h2><div class="nav-links" hidden><a href="/news">News</a></div><p>Hello</p><div hidden><p>A draft.</p></div>`,
			[]string{"seen", "¶Menu", "¶Sections", "¶Hello"}},
		{"a page that a script shows is read",
			`<div class="lockdown" style="display:none"><main><h1>Fair trade coffee</h1><ul><li>Dark Roast Coffee $19.99</li><li>Light Roast Coffee $19.99</li></ul></main></div><nav>Shop</nav><p class="hidden">Sold out</p>`,
			[]string{"Fair trade coffee", "¶• Dark Roast Coffee $19.99", "• Light Roast Coffee $19.99", "¶Shop"}},
		{"a page behind a modal dialog is read",
			`<main aria-hidden="true"><h1>Quarter socks</h1><p>Higher than an ankle sock, lower than a calf sock.</p></main><div role="dialog" aria-modal="true"><p>We use cookies.</p></div><p aria-hidden="true">icon</p>`,
			[]string{"Quarter socks", "¶Higher than an ankle sock, lower than a calf sock.", "¶We use cookies."}},
		{"a carousel's slides out of view are read, not its copies",
			`<ul class="photo-carousel"><li class="carousel__cell">Front</li><li class="carousel__cell" aria-hidden="true">Kitchen</li>` +
				`<li class="carousel__cell" aria-hidden="true"><p>About this home: a single-story home on an oversized lot.</p></li></ul>` +
				`<div class="swiper-slide swiper-slide-duplicate" aria-hidden="true">Front</div><div class="slick-slide slick-cloned" aria-hidden="true">Front</div>` +
				`<div class="slide-menu" aria-hidden="true"><a href="/">Home</a></div><div class="carousel__cell" aria-hidden="true" style="display:none">Draft</div>`,
			[]string{"• Front", "• Kitchen", "¶• About this home: a single-story home on an oversized lot."}},
		{"a card's link that repeats its headline's is read",
			`<article><h2><a href="/a/1">Beats gain new colours</a></h2><p><a href="/a/1" aria-hidden="true" tabindex="-1">Walmart now has the Solo 4 in new colourways.</a></p>` +
				`<a href="/a/1" aria-hidden="true">Read more</a><span aria-hidden="true" tabindex="-1">icon</span></article>`,
			[]string{"Beats gain new colours", "¶Walmart now has the Solo 4 in new colourways."}},
		{"a text that its parent's label repeats is read, not icons",
			`<h3 aria-label="Data Modernization Services 2025 Opens in a new tab"><span aria-hidden="true">Data Modernization Services 2025</span></h3>` +
				`<button aria-label="Close"><span aria-hidden="true">×</span></button><button aria-label="Search the site"><span aria-hidden="true">search</span></button>` +
				`<a aria-label="Search all health pages"><span aria-hidden="true">search health</span> Search all health pages</a>` +
				`<nav aria-label="Sections"><ul aria-hidden="true"><li>World news</li></ul></nav>`,
			[]string{"Data Modernization Services 2025", "¶Search all health pages"}},
		{"a text cut short is read whole from its hidden copy",
			`<p><span class="more">Our certificate courses give you job-role training and workplace skills. In three hours you can com... <a href="#">Read More</a></span>` +
				`<span class="less" style="display:none">Our certificate courses give you job-role training and workplace skills. In three hours you can complete any course. <a href="#">Read Less</a></span></p>` +
				`<div><span>Welcome to my store. I am a regular guy who finds items at auctions ...</span><details><summary>See more</summary></details></div>` +
				`<div aria-hidden="true" class="hide">Welcome to my store. I am a regular guy who finds items at auctions and sends them all over the world.</div>` +
				`<p>The story of a river that goes on past the mill and the ...</p><p hidden>A menu of other stories that the page hides until it is asked for.</p>` +
				`<p>Short words ...</p><p hidden>Short words and more of them here, hidden.</p>`,
			[]string{"Our certificate courses give you job-role training and workplace skills. In three hours you can complete any course. Read Less",
				"¶Welcome to my store. I am a regular guy who finds items at auctions and sends them all over the world.",
				"¶The story of a river that goes on past the mill and the ...", "¶Short words ..."}},
		{"classes that hide are skipped",
			`<p class="d-none">a</p><p class="sr-only">b</p><p class="x hidden">c</p><p class="d-none d-md-block">wide</p><p class="hidden lg:block">large</p><p class="d-none d-print-block">print</p>`,
			[]string{"wide", "¶large"}},
		{"hover boxes are skipped", `<p>Rep. <a>Jane Doe<span class="rollover-people-block">Jane Doe Related: other stories</span></a> said so.</p>`,
			[]string{"Rep. Jane Doe said so."}},
		{"the body's classes hide nothing", `</head><body class="avada-image-rollover-yes hidden"><p>seen</p>`,
			[]string{"seen"}},
		{"non-text elements are skipped",
			`<p>seen</p><script>var x</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><svg><text>s</text></svg>`,
			[]string{"seen"}},
		{"ruby annotations are skipped", `<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p>`,
			[]string{"漢字を読む"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, htmlLines(t, "<html><body>"+c.doc+"</body></html>"))
		})
	}
}

// A document nested deeper than the walk goes is still read, in order.
func TestRenderHTMLDeep(t *testing.T) {
	n := testLimits.MaxDepth + 100
	doc := "<p>top</p>" + strings.Repeat("<div>", n) + "deep <b>text</b>" + strings.Repeat("</div>", n) + "<p>after</p>"
	got := htmlLines(t, doc)
	require.Len(t, got, 3)
	assert.Equal(t, "top", got[0])
	assert.Equal(t, "deep text", strings.TrimPrefix(got[1], "¶"))
	assert.Equal(t, "¶after", got[2])
}

// htmlLine returns the line of an HTML document whose text is text.
func htmlLine(t *testing.T, doc, text string) Block {
	t.Helper()
	for _, l := range readHTML(t, doc, "").Blocks {
		if l.Text == text {
			return l
		}
	}
	t.Fatalf("no line %q", text)
	return Block{}
}

// TestSidebarWithHeadline checks that an element classed as a sidebar is
// not chrome when it holds an h1: a product page's title, price and order
// box stand in a column that its theme calls a sidebar, and a page's
// headline is never in the sidebar beside it.
func TestSidebarWithHeadline(t *testing.T) {
	filler := "<p>" + strings.Repeat("A sentence of the description that makes the page long enough. ", 20) + "</p>"
	doc := `<html><body><main>` + filler + `
		<div class="product__sidebar"><h1>Trail 25 Pack</h1><p>Price: $99.95</p></div>
		<div class="sidebar"><p>Popular this week</p></div>
	</main></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, "Price: $99.95").DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "Popular this week").DOM.Hint)
}

func TestDOMFeatures(t *testing.T) {
	filler := "<p>" + strings.Repeat("A sentence of the article that makes the page long enough. ", 20) + "</p>"
	doc := `<html><body>
		<nav><a href="/">Home</a></nav>
		<header><p>Site header</p></header>
		<article><header><h1>The headline</h1></header>` + filler + `
			<p>Read <a href="/x">this other story about bridges</a> now.</p>
			<div class="share-bar"><span>Share this</span></div>
			<div class="article-body"><p>Body text.</p></div>
		</article>
		<aside><p>Sidebar</p></aside>
		<ul><li><article><h3><a href="/a">A teaser's title</a></h3><p>Its summary.</p><footer>Jane Doe · March 3, 2026</footer></article></li></ul>
		<article>` + filler + `<footer><p>Tags: bridges</p></footer></article>
		<footer><p>Footer</p></footer>
		<form><p>Form text</p></form>
	</body></html>`
	for text, region := range map[string]Region{"Home": Nav, "Site header": Header, "Sidebar": Aside, "Footer": Footer, "Form text": Form, "The headline": NoRegion,
		"Jane Doe · March 3, 2026": NoRegion, "Tags: bridges": Footer} {
		assert.Equal(t, region, htmlLine(t, doc, text).DOM.Region, text)
	}
	h := htmlLine(t, doc, "The headline")
	assert.Equal(t, 1, h.DOM.Heading)
	assert.True(t, h.DOM.Article, "an article's own header is not the site's")

	link := htmlLine(t, doc, "Read this other story about bridges now.")
	assert.Equal(t, letters("this other story about bridges"), link.DOM.Links)

	assert.Equal(t, HintShare, htmlLine(t, doc, "Share this").DOM.Hint)
	assert.True(t, htmlLine(t, doc, "Body text.").DOM.Content)
}

// A thread's posts, each an article element that opens with its author's
// pane (an aside), inside the form of a forum's moderation tools: the
// panes are marked as such (DOM.Pane), an aside after an article's text
// is not one, and an article inside a form is not the form's.
func TestAuthorPanes(t *testing.T) {
	doc := `<html><body><form action="/topic/1/?do=multimod" method="post">
		<article><a id="comment-1"></a><aside><h3>Ann</h3><p>Members</p><p>Asus Zenith II Extreme</p></aside>
			<div><p>The first post's text.</p></div></article>
		<article><div><p>An article's text that is longer than a post's anchor or number, so that the aside that comes after it is the article's box and no author's pane.</p></div><aside><p>Related reading</p></aside></article>
		</form><aside><p>Sidebar</p></aside></body></html>`
	for _, text := range []string{"Ann", "Members", "Asus Zenith II Extreme"} {
		assert.True(t, htmlLine(t, doc, text).DOM.Pane, text)
	}
	for _, text := range []string{"The first post's text.", "Related reading", "Sidebar"} {
		assert.False(t, htmlLine(t, doc, text).DOM.Pane, text)
	}
	assert.Equal(t, NoRegion, htmlLine(t, doc, "The first post's text.").DOM.Region)
	assert.Equal(t, Aside, htmlLine(t, doc, "Related reading").DOM.Region)
}

// A link to a place on the page itself leads nowhere: a tab's caption
// above its text and a footnote's mark are no links, but the entries of a
// table of contents, one under the other, are a menu's.
func TestInPageLinks(t *testing.T) {
	doc := `<html><body><main>
		<div class="tabs"><a href="#ingredients">Ingredients</a></div>
		<p>Sugar, pectin, natural flavours and citric acid.</p>
		<div class="tabs"><a href="#use">Suggested Use</a></div>
		<p>Take one or two a day <a href="#fn1">[1]</a> with <a href="/water">water</a>.</p>
		<div class="toc"><a href="#intro">1 Introduction</a></div>
		<div class="toc"><a href="#method">2 Method</a></div>
	</main></body></html>`
	for _, text := range []string{"Ingredients", "Suggested Use"} {
		assert.Zero(t, htmlLine(t, doc, text).DOM.Links, text)
	}
	assert.Equal(t, letters("water"), htmlLine(t, doc, "Take one or two a day [1] with water.").DOM.Links)
	for _, text := range []string{"1 Introduction", "2 Method"} {
		assert.Equal(t, letters(text), htmlLine(t, doc, text).DOM.Links, text)
	}

	// A heading's link to itself, and a rule's, one under the other, are
	// permalinks, no menu's entries.
	doc = `<html><body><main>
		<div class="rule" id="r-items.extern"><a class="rule-link" href="#r-items.extern">[items.extern]</a></div>
		<h1 id="extern-crates"><a class="header" href="#extern-crates">Extern crate declarations</a></h1>
		<h2 id="syntax">Syntax<a class="headerlink" href="#syntax">¶</a></h2>
		<p>An extern crate declaration specifies a dependency on an external crate.</p>
	</main></body></html>`
	for _, text := range []string{"[items.extern]", "Extern crate declarations", "Syntax"} {
		assert.Zero(t, htmlLine(t, doc, text).DOM.Links, text)
	}
}

// A class that names chrome means nothing on an element that holds most of
// the page: a wrapper's "has-sidebar" or "post-share" cannot make the whole
// article chrome.
func TestHintOnWrapperIsIgnored(t *testing.T) {
	text := strings.Repeat("A sentence of the article. ", 20)
	doc := `<html><body><div class="share-wrapper"><p>` + text + `</p></div><p>Other.</p></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, strings.TrimSpace(text)).DOM.Hint)
}

// A page whose text is its comments (an issue tracker's, a thread's)
// keeps no comments hint on them; a story whose comments are longer than
// its own paragraphs keeps it, and so does a paywalled story whose
// paragraphs a paywall's class hides (see unhintComments).
func TestCommentsThatAreThePage(t *testing.T) {
	report := "Starting the client with an empty config file panics instead of using the defaults, on every platform."
	reply := "Thanks for the report, the decoder returns a nil table for an empty document and we never check it."
	issue := `<html><body><h1>Crash when config file is empty</h1><p>Closed · opened this issue on Mar 3, 2024</p>` +
		`<div class="comment"><p>lenam commented</p><p>` + report + `</p></div>` +
		`<p>mkowal added the bug label on Mar 3, 2024</p>` +
		`<div class="comment"><p>mkowal commented</p><p>` + reply + `</p></div>` +
		`<div class="comment"><p>lenam commented</p><p>Confirmed fixed in the next release, thank you for the quick fix and the new test.</p></div>` +
		`<p>lenam closed this as completed on Mar 5, 2024</p></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, issue, report).DOM.Hint)

	story := strings.Repeat("The council voted on Tuesday to approve a new bridge over the river, ending a long debate. ", 2)
	for _, wrap := range []string{"div", `div class="paywall"`} {
		doc := `<html><body><h1>Bridge vote</h1><` + wrap + `><p>` + strings.TrimSpace(story) + `</p></div>` +
			strings.Repeat(`<div class="comment"><p>`+reply+` `+report+`</p></div>`, 4) + `</body></html>`
		assert.Equal(t, HintComments, htmlLine(t, doc, reply+" "+report).DOM.Hint, wrap)
	}
}

// A dialog is a box over the page, never a wrapper around it: the class or
// label of an element inside one names chrome however much of a sparse
// page the dialog holds (a shop's product page under a consent centre
// that explains each kind of cookie in a paragraph).
func TestHintInsideDialog(t *testing.T) {
	text := strings.Repeat("These cookies remember the choices you made. ", 12)
	for _, open := range []string{`<section role="dialog">`, `<section aria-modal="true">`} {
		doc := `<html><body><p>Roadcase, 4 units.</p>` + open +
			`<div aria-label="Consent Configuration"><p>` + text + `</p></div></section></body></html>`
		assert.Equal(t, HintCookie, htmlLine(t, doc, strings.TrimSpace(text)).DOM.Hint, open)
	}
	// Without the dialog it is a wrapper, as TestHintOnWrapperIsIgnored has it.
	doc := `<html><body><p>Roadcase, 4 units.</p><section>` +
		`<div aria-label="Consent Configuration"><p>` + text + `</p></div></section></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, strings.TrimSpace(text)).DOM.Hint)
}

// A form around the whole page (ASP.NET pages have one) is not a form the
// reader fills in; a small one is.
func TestFormAroundThePage(t *testing.T) {
	text := strings.Repeat("A sentence of the article. ", 20)
	doc := `<html><body><form><p>` + text + `</p></form><form><p>Your e-mail</p></form></body></html>`
	assert.Equal(t, NoRegion, htmlLine(t, doc, strings.TrimSpace(text)).DOM.Region)
	assert.Equal(t, Form, htmlLine(t, doc, "Your e-mail").DOM.Region)
}

// A menu's class on an element that holds paragraphs names nothing: a
// grid of service cards classed "nestedNavCardGrid", each a heading over a
// paragraph, is the page's text; a menu of links, and a menu with one
// short blurb in it, stay menus.
func TestMenuClassOnParagraphs(t *testing.T) {
	filler := "<p>" + strings.Repeat("A sentence of the article that makes the page long enough. ", 30) + "</p>"
	card := "We help you set out a strategy for your data that serves the goals of your business, the challenges it meets and what it hopes to build over the next few years."
	blurb := "Our new guide is out now, read it today."
	doc := `<html><body>` + filler + `
		<section class="o-nestedNavCardGrid"><h2>What we do</h2>
			<div><a href="/a"><h3>Data Strategy</h3><p>` + card + `</p></a></div>
			<div><a href="/b"><h3>Data Engineering</h3><p>` + card + `</p></a></div>
		</section>
		<div class="main-menu"><ul><li><a href="/x">Services</a></li><li><a href="/y">Insights</a></li></ul><p>` + blurb + `</p></div>
	</body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, "Data Strategy").DOM.Hint)
	assert.Equal(t, NoHint, htmlLine(t, doc, "What we do").DOM.Hint)
	assert.Equal(t, HintNav, htmlLine(t, doc, "• Services").DOM.Hint)
	assert.Equal(t, HintNav, htmlLine(t, doc, blurb).DOM.Hint)
}

func TestClassHint(t *testing.T) {
	var words []string
	for it := hintWords("relatedArticles share-bar  ÉtéNews_x9y caféBar navÉté"); it.next(); {
		words = append(words, string(it.word()))
	}
	assert.Equal(t, []string{"related", "articles", "share", "bar", "été", "news", "x", "y", "café", "bar", "nav", "été"}, words)
	cases := []struct {
		attrs   string
		chrome  Hint
		content bool
	}{
		{`class="share-bar"`, HintShare, false},
		{`class="reactionsBar js-reactionsList"`, HintShare, false}, // who liked a post: "Heizungsprofi gefällt das."
		{`id="relatedArticles"`, HintRelated, false},
		{`role="navigation"`, HintNav, false},
		{`aria-label="Advertisement"`, HintAdvert, false},
		{`class="no-ads has-sidebar"`, NoHint, false},
		{`class="entry-content"`, NoHint, true},
		{`class="shadow"`, NoHint, false}, // words, not substrings
		// Hashes that build tools put in class names and ids hold chance words.
		{`id="6hqbr3MKpSozC0adOdCzCB"`, NoHint, false},
		{`class="builder-block builder-e7385638587d42929d64e649164435ad"`, NoHint, false},
		{`class="slot ad300x250"`, HintAdvert, false},
		{`class="css-1lvapyk sidebar"`, HintSidebar, false},
		{`class="panel Notice DismissParent"`, HintPopup, false},
		{`class="pipf-product-details-modal"`, NoHint, false}, // a shop's details, opened in a modal
		// A word after the hint that makes it the element's property.
		{`class="card-wrapper product-card-wrapper subscription-eligible"`, NoHint, false},
		{`class="comments-enabled"`, NoHint, false},
		{`class="newsletter-signup"`, HintNewsletter, false},
		{`class="subscription"`, HintNewsletter, false},
		{`class="subscription-eligible share-bar"`, HintShare, false},
		// A recipe's meta is its times and servings, no byline: chefkoch's
		// "Arbeitszeit ca. 30 Minuten  Koch-/Backzeit ca. 1 Stunde 20 Minuten".
		{`class="ds-recipe-meta recipe-meta"`, NoHint, false},
		{`class="entry-meta"`, HintByline, false},
		{`class="recipe-share"`, HintShare, false},
	}
	for _, c := range cases {
		root, err := html.Parse(strings.NewReader("<div " + c.attrs + "></div>"))
		require.NoError(t, err)
		div := root.FirstChild.LastChild.FirstChild // html > body > div
		chrome, content, _, _ := classHint(div)
		assert.Equal(t, c.chrome, chrome, c.attrs)
		assert.Equal(t, c.content, content, c.attrs)
	}
}

func TestReadMeta(t *testing.T) {
	cases := []struct {
		name, head string
		want       Meta
	}{
		{"og:title over title",
			`<meta property="og:title" content="Bridge approved"><title>Bridge approved | The Daily Planet</title>`,
			Meta{Title: "Bridge approved", TitlePlain: true}},
		{"title without the site's name",
			`<title>Council approves the new bridge - The Daily Planet</title>`,
			Meta{Title: "Council approves the new bridge", TitlePlain: true}},
		{"published time and author",
			`<meta property="article:published_time" content="2019-11-18T10:00:00Z"><meta name="author" content="Jane Doe">`,
			Meta{Date: "2019-11-18", Author: "Jane Doe"}},
		{"an author that is a URL is none",
			`<meta property="article:author" content="https://facebook.com/jane">`,
			Meta{}},
		{"JSON-LD first",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2020-02-03","author":[{"@type":"Person","name":"Ann Lee"}],"articleBody":"The body."}]}</script><meta property="og:title" content="OG title">`,
			Meta{Title: "LD headline", Date: "2020-02-03", Author: "Ann Lee", Body: "The body.", TitlePlain: true}},
		{"a product's description, not its reviews",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail 25 Pack","description":"A light pack for long days.","review":[{"@type":"Review","reviewBody":"Great pack."}]}</script>`,
			Meta{Body: "A light pack for long days."}},
		{"a product's price, from its offer",
			`<script type="application/ld+json">{"@type":"Product","name":"Mug","offers":{"@type":"Offer","price":"60.00","priceCurrency":"AUD"}}</script>`,
			Meta{Price: 60}},
		{"a product's lowest price, from its offers",
			`<script type="application/ld+json">{"@type":"ProductGroup","offers":[{"@type":"AggregateOffer","lowPrice":239.99,"highPrice":249.99}]}</script>`,
			Meta{Price: 239.99}},
		{"a product's price, from its microdata",
			`</head><body><div itemscope itemtype="https://schema.org/Product"><span itemprop="price" content="249.95">$249.95</span></div>`,
			Meta{Price: 249.95}},
		{"a product's price, from its meta tags",
			`<meta property="product:price:amount" content="19.99"><meta property="product:price:currency" content="EUR">`,
			Meta{Price: 19.99}},
		{"the same price twice is one",
			`<meta property="product:price:amount" content="19.99"></head><body><span itemprop="price" content="19.99">19,99 €</span>`,
			Meta{Price: 19.99}},
		{"no price where microdata marks two",
			`</head><body><span itemprop="price" content="249.95">$249.95</span><span itemprop="price" content="39.95">$39.95</span>`,
			Meta{}},
		{"JSON-LD's offer over microdata",
			`<script type="application/ld+json">{"@type":"Product","offers":{"price":"60"}}</script></head><body><span itemprop="price" content="70">$70</span>`,
			Meta{Price: 60}},
		{"no price on a page of several products",
			`<script type="application/ld+json">[{"@type":"Product","offers":{"price":"508000"}},{"@type":"Product","offers":{"price":"485000"}}]</script>`,
			Meta{}},
		{"an article's body over a product's description",
			`<script type="application/ld+json">[{"@type":"Product","description":"A light pack."},{"@type":"BlogPosting","articleBody":"The review."}]</script>`,
			Meta{Body: "The review."}},
		{"a recipe's name, ingredients and steps, of its sections too",
			`<script type="application/ld+json">{"@type":"Recipe","name":"Pear Jam","description":"Sweet.","recipeIngredient":["8 pears"," 1 lemon "],"recipeInstructions":[{"@type":"HowToSection","name":"The jars","itemListElement":[{"@type":"HowToStep","text":"Warm the jars."}]},{"@type":"HowToStep","text":"Cook the pears."},"Fill the jars."]}</script>`,
			Meta{Title: "Pear Jam", Body: "Sweet.\n8 pears\n1 lemon\nThe jars\nWarm the jars.\nCook the pears.\nFill the jars.", Items: []string{"8 pears", "1 lemon", "The jars", "Warm the jars.", "Cook the pears.", "Fill the jars."}, TitlePlain: true}},
		{"a recipe's headline over its name, and no steps but text",
			`<script type="application/ld+json">{"@type":"Recipe","headline":"The best jam","name":"Pear Jam","recipeIngredient":"8 pears","recipeInstructions":{"@type":"HowToStep","url":"#step1"}}</script>`,
			Meta{Title: "The best jam", Body: "8 pears", Items: []string{"8 pears"}, TitlePlain: true}},
		{"a title that would not print as itself",
			`<title>* Starred</title>`,
			Meta{Title: "* Starred"}},
		{"canonical link over og:url",
			`<meta property="og:url" content="https://m.example.com/a"><link rel="Canonical" href=" https://www.example.com/a ">`,
			Meta{URL: "https://www.example.com/a"}},
		{"og:url without a canonical link",
			`<link rel="stylesheet" href="/s.css"><meta property="og:url" content="https://example.org/b">`,
			Meta{URL: "https://example.org/b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := readHTML(t, "<html><head>"+c.head+"</head><body></body></html>", "")
			assert.Equal(t, c.want, d.Meta)
		})
	}
	t.Run("the title's part that an h1 gives, however short", func(t *testing.T) {
		cases := []struct{ name, doc, title, site string }{
			{"the h1's part, the other the site's",
				`<title>systemd - ArchWiki</title></head><body><h1>Systemd </h1>`, "systemd", "ArchWiki"},
			{"a logo's h1, a link to the front page, names no part",
				`<title>Kleine Schafskunde | Mäscot</title></head><body><h1><a href="http://example.org/">Mäscot</a></h1><h1>Kleine Schafskunde</h1>`, "Kleine Schafskunde", "Mäscot"},
			{"a logo's link to an archive's copy of the front page",
				`<title>Werkzeuge der Steinzeit | Steinzeit &amp; Co</title></head><body><h1><a href="/web/2015/http://example.org/">Steinzeit &amp; Co</a></h1><h1>Werkzeuge der Steinzeit</h1>`, "Werkzeuge der Steinzeit", "Steinzeit & Co"},
			{"h1s that give both parts: the longest, the site not known",
				`<title>Werkzeuge der Steinzeit | Steinzeit &amp; Co</title></head><body><h1>Steinzeit &amp; Co</h1><h1>Werkzeuge der Steinzeit</h1>`, "Werkzeuge der Steinzeit", ""},
			{"a link to a page is no logo's",
				`<title>Neandertaler | Steinzeit</title></head><body><h1><a href="https://example.org/neandertaler?p=2">Neandertaler</a></h1>`, "Neandertaler", "Steinzeit"},
			{"no h1: the longest part, the site not known",
				`<title>mediaarchitecture.de // » Jens Weber</title></head><body><h1>Contents</h1>`, "mediaarchitecture.de //", ""},
			{"a heading's own anchor is no logo's link",
				`<title>Recoverable Errors with Result - The Rust Book</title></head><body><h1 id="recoverable"><a class="header" href="#recoverable">Recoverable Errors with Result</a></h1>`, "Recoverable Errors with Result", "The Rust Book"},
			{"a menu bar's h1 gives the site's name",
				`<title>Extern crates - The Rust Reference</title></head><body><div class="menu-bar"><h1 class="menu-title">The Rust Reference</h1></div><main><h1>Extern crate declarations</h1></main>`, "Extern crates", "The Rust Reference"},
			{"the page's banner's h1 gives the site's name",
				`<title>DNS | Node.js Documentation</title></head><body><div id="column1"><header class="header"><div><h1>Node.js documentation</h1></div></header><div role="main"><h2>DNS</h2></div></div>`, "DNS", "Node.js Documentation"},
			{"an article's header is no banner",
				`<title>Bridge approved | The Daily Planet</title></head><body><article><header><h1>Bridge approved</h1></header></article>`, "Bridge approved", "The Daily Planet"},
			{"a banner's h1 that gives the title's first part is the headline's",
				`<title>Bridge approved | The Daily Planet</title></head><body><header class="page-header"><h1>Bridge approved</h1></header><div class="entry"></div>`, "Bridge approved", "The Daily Planet"},
			{"a wrapper whose class names navigation is no menu",
				`<title>Ansible playbooks — Ansible Documentation</title></head><body><div class="wy-nav-content"><div class="rst-content"><h1>Ansible playbooks</h1></div></div>`, "Ansible playbooks", "Ansible Documentation"},
			{"og:site_name names the site",
				`<meta property="og:site_name" content="The Daily Planet"><title>Bridge approved</title></head><body>`, "Bridge approved", "The Daily Planet"},
		}
		for _, c := range cases {
			d := readHTML(t, "<html><head>"+c.doc+"</body></html>", "")
			assert.Equal(t, c.title, d.Meta.Title, c.name)
			assert.Equal(t, c.site, d.Meta.Site, c.name)
		}
	})
	t.Run("time element", func(t *testing.T) {
		d := readHTML(t, `<html><body><time datetime="2021-12-29T08:00">Dec 29</time></body></html>`, "")
		assert.Equal(t, "2021-12-29", d.Meta.Date)
	})
}

func TestDecodeHTML(t *testing.T) {
	cyrillic := "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>"
	late := "<html><head><script>" + strings.Repeat("var x = 1;\n", 200) + "</script><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>\xd6\xd0\xce\xc4</p></body></html>"
	cases := []struct {
		name, doc, contentType, enc, text string
	}{
		{"meta charset", cyrillic, "", "windows-1251", "Привет"},
		{"Content-Type header wins over meta", "<p>caf\xe9</p>", "text/html; charset=iso-8859-1", "windows-1252", "café"},
		{"a charset declared late", late, "", "gbk", "中文"},
		{"UTF-8 declared late on a page in ASCII", strings.Replace(late, "gb2312", "utf-8", 1)[:strings.Index(late, "<body>")] + "<body><p>plain</p></body></html>", "", "utf-8", "plain"},
		{"declared Latin-1 but UTF-8", "<meta charset=\"iso-8859-1\"><p>café</p>", "", "utf-8", "café"},
		{"declared GBK but UTF-8", "<meta charset=\"gb2312\"><p>中文</p>", "", "utf-8", "中文"},
		{"a header's windows-1251 but UTF-8", "<p>Привет</p>", "text/html; charset=windows-1251", "utf-8", "Привет"},
		{"UTF-8 byte order mark", "\xef\xbb\xbf<p>café</p>", "", "utf-8", "café"},
		{"UTF-16 byte order mark", "\xff\xfe<\x00p\x00>\x00h\x00i\x00", "", "utf-16le", "hi"},
		{"no declaration, not UTF-8", "<p>caf\xe9</p>", "", "windows-1252", "café"},
		// "市议会周二晚间决定修复旧石码头。" in GBK: guessed (see guessLegacy);
		// declared otherwise, read as declared.
		{"no declaration, GBK", "<p>\xca\xd0\xd2\xe9\xbb\xe1\xd6\xdc\xb6\xfe\xcd\xed\xbc\xe4\xbe\xf6\xb6\xa8\xd0\xde\xb8\xb4\xbe\xc9\xca\xaf\xc2\xeb\xcd\xb7\xa1\xa3</p>", "", "gb18030", "市议会周二晚间决定修复旧石码头。"},
		{"a declaration is not guessed", "<meta charset=\"windows-1251\"><p>\xca\xd0\xd2\xe9</p>", "", "windows-1251", "КРТй"},
		{"a Latin charset the text belies", "<meta charset=\"iso-8859-1\"><p>\xca\xd0\xd2\xe9\xbb\xe1\xd6\xdc\xb6\xfe\xcd\xed\xbc\xe4\xbe\xf6\xb6\xa8\xd0\xde\xb8\xb4\xbe\xc9\xca\xaf\xc2\xeb\xcd\xb7\xa1\xa3</p>", "", "gb18030", "市议会周二晚间决定修复旧石码头。"},
		{"a server's Latin default the text belies", "<p>\xca\xd0\xd2\xe9\xbb\xe1\xd6\xdc\xb6\xfe\xcd\xed\xbc\xe4\xbe\xf6\xb6\xa8\xd0\xde\xb8\xb4\xbe\xc9\xca\xaf\xc2\xeb\xcd\xb7\xa1\xa3</p>", "text/html; charset=ISO-8859-1", "gb18030", "市议会周二晚间决定修复旧石码头。"},
		{"declared UTF-8 but GBK", "<meta charset=\"utf-8\"><p>\xca\xd0\xd2\xe9\xbb\xe1\xd6\xdc\xb6\xfe\xcd\xed\xbc\xe4\xbe\xf6\xb6\xa8\xd0\xde\xb8\xb4\xbe\xc9\xca\xaf\xc2\xeb\xcd\xb7\xa1\xa3</p>", "", "gb18030", "市议会周二晚间决定修复旧石码头。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := readHTML(t, c.doc, c.contentType)
			assert.Equal(t, c.enc, d.Encoding)
			assert.Zero(t, d.Invalid)
			var texts []string
			for _, l := range d.Blocks {
				texts = append(texts, l.Text)
			}
			assert.Contains(t, texts, c.text)
		})
	}
}

func TestHTMLCountsInvalidBytes(t *testing.T) {
	d := readHTML(t, "<p>é, è, à, and a\xffb\xfe: a paragraph long enough to be kept as the article's own text.</p>", "")
	assert.Equal(t, 2, d.Invalid)
	assert.Equal(t, "utf-8", d.Encoding)
	d = readHTML(t, "<meta charset=\"utf-8\"><p>é, è, and a\xffb: a paragraph.</p>", "")
	assert.Equal(t, 1, d.Invalid, "declared UTF-8 is read as it is, and its invalid bytes counted")
}

// The main container is the element that holds the paragraphs; its
// sibling parts, split by an inline box, belong to it; a box nested deep
// inside it does not.
func TestMarkMain(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + ", " + strings.Repeat("and a clause that goes on for a while, ", 6) + "until it ends.</p>"
	}
	doc := `<html><body><div id="page">
		<div class="nav-links"><p>Home</p></div>
		<div class="text">` + para("First") + para("Second") + `</div>
		<div class="box"><p>Related story</p></div>
		<div class="text">` + para("Third") + `</div>
		<div class="text"><div><div><div><div><p>Deep inside</p></div></div></div></div></div>
	</div></body></html>`
	main := map[string]bool{}
	for _, l := range textBlocks(t, doc) {
		main[strings.Fields(l.Text)[0]] = l.DOM.Main
	}
	assert.Equal(t, map[string]bool{"Home": false, "First,": true, "Second,": true, "Related": false, "Third,": true, "Deep": false}, main)
}

// Chinese and Japanese write no spaces between words: their paragraphs
// score by their characters and their own commas, and the container that
// holds them is the article, not a box beside it with a line of English.
func TestMarkMainCJK(t *testing.T) {
	doc := `<html><body>
		<div id="page"><div class="story"><p>ＪＲ西日本によると、北陸地方を中心とした記録的な大雪の影響で、北陸新幹線は９日午後から上下線で運転を見合わせている。</p>
		<p>同社は臨時列車の運行を検討しているが、運転再開は１０日以降になる見通しだという。駅では、払い戻しを求める乗客の長い列ができた。</p></div></div>
		<div class="side"><div class="box"><p>Copyright The Daily News, all rights reserved, no part of this site may be copied, reproduced or sent on in any form, without our leave.</p></div></div>
	</body></html>`
	var main []bool
	for _, l := range textBlocks(t, doc) {
		main = append(main, l.DOM.Main)
	}
	assert.Equal(t, []bool{true, true, false}, main)
	// Paragraphs right under the body are in no container: a banner
	// among them would be as much the article's as they are.
	flat := `<html><body><p>` + strings.Repeat("北陸新幹線は運転を見合わせている。", 4) + `</p><p>` + strings.Repeat("当サイトではクッキーを使用しています。", 3) + `</p></body></html>`
	for _, l := range readHTML(t, flat, "").Blocks {
		assert.False(t, l.DOM.Main, l.Text)
	}
	assert.Equal(t, 19, fields([]byte("ＪＲ西日本によると、北陸地方を中心とした記録的な大雪の影響で、北陸新幹線は９日午後から")), "38 characters of Han and kana, full-width letters, digits and commas aside")
	assert.Equal(t, 25, fields([]byte(strings.Repeat("北陸新幹線は", 10))), "a count stops at 25")
	assert.Equal(t, 5, fields([]byte("北陸新幹線 is late")), "five characters are three words")
	assert.Equal(t, 4, fields([]byte("ภาษาไทย ok")), "Thai counts a word per three characters")
}

// An article split into parts, a section each, holds its introduction
// beside them: the paragraphs under the parts' parent are the article's.
// Beside one part they are not: a box of the page stands there as often.
// A section too short to score is a part like the others.
func TestMarkMainIntroduction(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + ", " + strings.Repeat("and a clause that goes on for a while, ", 6) + "until it ends.</p>"
	}
	read := func(doc string) map[string]bool {
		main := map[string]bool{}
		for _, l := range textBlocks(t, doc) {
			main[strings.Fields(l.Text)[0]] = l.DOM.Main
		}
		return main
	}
	split := `<html><body><div role="main">` + para("Introduction") + `<p>Short line</p>` +
		`<section>` + strings.Repeat(para("One"), 6) + `</section><section>` + para("Two") + `</section><section>` + para("Three") + `</section>` +
		`</div></body></html>`
	assert.Equal(t, map[string]bool{"Introduction,": true, "Short": false, "One,": true, "Two,": true, "Three,": true}, read(split))
	// A section of short paragraphs, or of a table, is a part all the same.
	short := strings.Replace(split, `<section>`+para("Three")+`</section>`, `<section><p>Brief note.</p><table><tr><td><a href="/a">Assert</a></td><td>Stable</td></tr></table></section>`, 1)
	assert.Equal(t, map[string]bool{"Introduction,": true, "Short": false, "One,": true, "Two,": true, "Brief": true, "Assert": true}, read(short))
	whole := `<html><body><div>` + para("Teaser") + `<div class="text">` + para("One") + para("Two") + para("Three") + `</div></div></body></html>`
	assert.Equal(t, map[string]bool{"Teaser,": false, "One,": true, "Two,": true, "Three,": true}, read(whole))
}

// The posts of a thread repeat the main container: the other posts'
// bodies are the page's too, also where a bare wrapper stands between a
// post's classed elements and its text, as forum software sets them; a
// bare element's siblings are not.
func TestMarkMainPosts(t *testing.T) {
	para := func(s string) string {
		return s + ", " + strings.Repeat("and a clause that goes on for a while, ", 6) + "until it ends.<br>"
	}
	post := func(text string) string {
		return `<div class="message"><div class="message-body"><article class="message-text"><div><div class="bb">` + text + `</div></div></article></div></div>`
	}
	doc := `<html><body><div class="messages">` +
		post(para("Longest")+para("post")+para("of")+para("all")) + post(para("Short")) + post("Thanks") +
		`</div><div><div><div><div>` + para("Elsewhere") + `</div></div></div></div></body></html>`
	main := map[string]bool{}
	for _, l := range textBlocks(t, doc) {
		main[strings.Fields(l.Text)[0]] = l.DOM.Main
	}
	assert.Equal(t, map[string]bool{"Longest,": true, "post,": true, "of,": true, "all,": true, "Short,": true, "Thanks": true, "Elsewhere,": false}, main)
}

// Pages that make the parser reopen formatting elements before every
// block are refused before they are parsed; pages that only look alike
// are not.
func TestCheckNodes(t *testing.T) {
	var ids strings.Builder
	for i := range 400 {
		fmt.Fprintf(&ids, "<b id=%d>", i)
	}
	attack := "<p>" + ids.String() + "x" + strings.Repeat("<p>x</p>", 100_000)
	implicit := "<p>" + ids.String() + "x" + strings.Repeat("<p>x", 100_000)
	for name, page := range map[string]string{"closed paragraphs": attack, "paragraphs closed by the next": implicit} {
		err := checkNodes([]byte(page), 1_000_000)
		var le *LimitError
		if assert.ErrorAs(t, err, &le, name) {
			assert.Equal(t, "MaxNodes", le.Limit)
		}
	}
	fine := map[string]string{
		"a font around the page":        "<font face=x>" + strings.Repeat("<p>some text <b>bold</b> <i>it</i></p>", 20_000),
		"bold left open in each cell":   "<table>" + strings.Repeat("<tr><td><b>x<td><i>y", 20_000) + "</table>",
		"the same bold again and again": strings.Repeat("<b>", 300) + strings.Repeat("<p>x</p>", 50_000),
		"links never closed":            strings.Repeat("<a href=x>link <p>text</p>", 30_000),
	}
	for name, page := range fine {
		assert.NoError(t, checkNodes([]byte(page), 1_000_000), name)
		root, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		assert.LessOrEqual(t, countElements(root), estimateElements([]byte(page), 1<<40), "%s: the estimate is from above", name)
	}
}

// countElements counts the elements of the tree under n.
func countElements(n *html.Node) int {
	c := 0
	if n.Type == html.ElementNode {
		c = 1
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += countElements(k)
	}
	return c
}

// A page whose text comes from scripts, given to readers without scripts
// in <noscript> (a forum's posts), is read from its <noscript>; a page
// with text of its own is not: its <noscript> is a message or a pixel.
func TestNoscriptPages(t *testing.T) {
	post := "I moved the seedlings to a cooler windowsill and watered them from below, and after a week they stood up straight again and put out their first true leaves."
	shell := `<html><head><title>Seedlings</title><script src="app.js"></script></head><body><div id="app"></div>` +
		`<noscript><div class="post"><p>%s</p><p>%s</p></div></noscript></body></html>`
	posts := strings.Repeat(post+"</p><p>", 4) + post
	text := strings.Join(htmlLines(t, fmt.Sprintf(shell, posts, posts)), "\n")
	assert.Contains(t, text, post)

	own := `<html><body><article><p>%s</p><p>%s</p></article>` +
		`<noscript><p>Please enable JavaScript to use every feature of this site, and sign in to reply to posts.</p></noscript></body></html>`
	text = strings.Join(htmlLines(t, fmt.Sprintf(own, post, post)), "\n")
	assert.Contains(t, text, post)
	assert.NotContains(t, text, "enable JavaScript")

	// A short <noscript> on an empty page stays unread: a message, not a
	// page.
	text = strings.Join(htmlLines(t, `<html><body><div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`), "\n")
	assert.NotContains(t, text, "enable JavaScript")
}

// The clone attack of TestCheckNodes hidden in the <noscript> of an empty
// page is refused before the page is parsed again without scripts.
func TestNoscriptPageWithinLimits(t *testing.T) {
	var attack strings.Builder
	for i := range 400 {
		fmt.Fprintf(&attack, "<b id=%d>", i)
	}
	attack.WriteString(strings.Repeat("<p>x</p>", 100_000))
	doc := "<html><body><div id=app></div><noscript>" + attack.String() + "</noscript></body></html>"
	var d Doc
	err := HTML(&d, []byte(doc), "", testLimits)
	var le *LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "MaxNodes", le.Limit)
}

// A consent platform's dialog marks its lines; a page about cookies, or
// with "cookie" in its class names, is not one.
func TestConsentDialog(t *testing.T) {
	page := `<html><body><article class="post tag-cookies"><p>Chocolate chip cookies keep for a week in a tin.</p></article>` +
		`<div id="onetrust-pc-sdk" class="otPcCenter"><p>When you visit any website, it may store or retrieve information on your browser.</p></div>` +
		`<div class="CybotCookiebotDialog"><p>We use cookies to personalise content.</p></div></body></html>`
	d := readHTML(t, page, "")
	consent := map[string]bool{}
	for _, b := range d.Blocks {
		if !b.Blank {
			consent[b.Text] = b.DOM.Consent
		}
	}
	assert.Equal(t, map[string]bool{
		"Chocolate chip cookies keep for a week in a tin.":                                  false,
		"When you visit any website, it may store or retrieve information on your browser.": true,
		"We use cookies to personalise content.":                                            true,
	}, consent)
}

// A segment React streams into a server-rendered page is read where it
// stands; other hidden elements are not.
func TestStreamedSegment(t *testing.T) {
	page := `<html><body><main><template id="B:0"></template></main>` +
		`<div hidden id="S:0"><article><p>The streamed article text arrives last and is moved into place.</p></article></div>` +
		`<div hidden id="S:x"><p>Not a segment.</p></div><div hidden id="menu"><p>A hidden menu.</p></div>` +
		`<span hidden id="S:1">A span is no segment.</span></body></html>`
	text := strings.Join(htmlLines(t, page), "\n")
	assert.Contains(t, text, "The streamed article text arrives last and is moved into place.")
	assert.NotContains(t, text, "Not a segment.")
	assert.NotContains(t, text, "A hidden menu.")
	assert.NotContains(t, text, "A span is no segment.")
}

// TestSameRecordSiblings checks that a block beside the main container,
// of its kind, inside the same classed element, is part of its record, and
// that inside a bare element it is not: two levels of three must carry a
// class.
func TestSameRecordSiblings(t *testing.T) {
	for _, c := range []struct {
		parent string
		want   bool
	}{{`<div class="post">`, true}, {`<div>`, false}} {
		root, err := html.Parse(strings.NewReader(c.parent + `<p class="text">a</p><p class="text">b</p></div>`))
		require.NoError(t, err)
		div := root.FirstChild.LastChild.FirstChild // html > body > div
		top, a := div.FirstChild, div.LastChild
		assert.Equal(t, c.want, sameRecord(a, top), c.parent)
	}
}

// A small element whose class or id names a control that folds or unfolds
// text, with no link around it, is a toggle; a link with such a class, or
// a container that holds the text it folds, is not.
func TestToggles(t *testing.T) {
	text := strings.Repeat("The description of the game, long enough to be folded. ", 4)
	doc := `<html><body><main>
		<div class="game_page_autocollapse"><p>` + text + `</p></div>
		<div class="game_page_autocollapse_readmore">READ MORE</div>
		<p><span id="showMore">Show more</span></p>
		<p><a class="read-more" href="/story">Read more</a></p>
		<div class="more">More</div>
	</main></body></html>`
	for _, s := range []string{"READ MORE", "Show more"} {
		assert.True(t, htmlLine(t, doc, s).DOM.Toggle, s)
	}
	for _, s := range []string{strings.TrimSpace(text), "Read more", "More"} {
		assert.False(t, htmlLine(t, doc, s).DOM.Toggle, s)
	}
}

// A button in a heading that holds text of its own is a control beside
// the heading: its caption is a line of its own, and no heading. A button
// that is the whole heading, an accordion's question, is the heading.
func TestButtonBesideHeading(t *testing.T) {
	doc := `<html><body><main>
		<h1>Enum <span class="enum">Option</span>&nbsp;<button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1>
		<p>The Option type. See the module level documentation for more.</p>
		<h3><button aria-expanded="false">What does the warranty cover?</button></h3>
		<p>Parts and labour for two years.</p>
	</main></body></html>`
	assert.Equal(t, 1, htmlLine(t, doc, "Enum Option").DOM.Heading)
	assert.Zero(t, htmlLine(t, doc, "Copy item path").DOM.Heading)
	assert.Equal(t, 3, htmlLine(t, doc, "What does the warranty cover?").DOM.Heading)
}

// A block of code keeps its lines as the page writes them: a button inside
// it (a copy button's "copy") is a line of its own, no code, and a second
// listing right after the first opens a line.
func TestCodeBlockButtons(t *testing.T) {
	doc := `<html><body><main><p>Look a name up:</p>
		<pre><code class="language-js mjs">import dns from 'node:dns';
// family: IPv6</code><code class="language-js cjs">const dns = require('node:dns');
// family: IPv6</code><button class="copy-button">copy</button></pre>
		<p>All other functions connect to a server.</p>
	</main></body></html>`
	var lines []string
	for _, l := range textBlocks(t, doc) {
		lines = append(lines, fmt.Sprintf("%v %s", l.DOM.Code, l.Text))
	}
	assert.Equal(t, []string{
		"false Look a name up:",
		"true import dns from 'node:dns';",
		"true // family: IPv6",
		"true const dns = require('node:dns');",
		"true // family: IPv6",
		"false copy",
		"false All other functions connect to a server.",
	}, lines)

	// A highlighter's code element a line, with a newline between, makes
	// no blank lines.
	lines = lines[:0]
	doc = `<html><body><main><pre><code>let x = 1;</code>
<code>let y = 2;</code></pre></main></body></html>`
	for _, l := range readHTML(t, doc, "").Blocks {
		lines = append(lines, fmt.Sprintf("%v %s", l.Blank, l.Text))
	}
	assert.Equal(t, []string{"false let x = 1;", "false let y = 2;"}, lines)
}

// A heading's link to itself without a letter or a digit is the permalink
// a documentation shows on hover: no words of the heading, whether the
// link bears the id (Node.js), the heading does (rustdoc), or its section
// (Sphinx). A mark that leads elsewhere, a footnote's, stays.
func TestHeadingPermalinks(t *testing.T) {
	doc := `<html><body><main>
		<h2>DNS<span><a class="mark" href="#dns" id="dns">#</a></span></h2>
		<h2 id="variants">Variants<a href="#variants" class="anchor">§</a></h2>
		<section id="basic-use"><h2>Basic use<a class="headerlink" href="#basic-use" title="Link to this heading">¶</a></h2></section>
		<h2 id="x">Results<a href="#fn1">*</a></h2>
		<p id="fn1">* Measured in March.</p>
	</main></body></html>`
	var lines []string
	for _, l := range textBlocks(t, doc) {
		lines = append(lines, l.Text)
	}
	assert.Equal(t, []string{"DNS", "Variants", "Basic use", "Results*", "* Measured in March."}, lines)
}

// A link whose text is code is a cross-reference to the item it names,
// not a menu's entry: its letters do not count as links'.
func TestCodeLinks(t *testing.T) {
	doc := `<html><body><main>
		<table><tr><td><a class="reference internal" href="os.path.html#os.path.basename"><code class="xref"><span class="pre">os.path.basename()</span></code></a></td>
		<td><a href="#pathlib.PurePath.name"><code>PurePath.name</code></a></td></tr></table>
		<p><a href="/news">All the news of the week</a></p>
	</main></body></html>`
	assert.Zero(t, htmlLine(t, doc, "os.path.basename() | PurePath.name").DOM.Links)
	assert.Equal(t, letters("All the news of the week"), htmlLine(t, doc, "All the news of the week").DOM.Links)
}

// A block that a content system names a widget, between two paragraphs
// of a story, is the story's (a recipe's ingredients, an embedded post);
// a widget in a sidebar, one after the story's last paragraph, and a
// block named a sidebar between paragraphs, stay sidebars.
func TestWidgetAmidText(t *testing.T) {
	para := "<p>" + strings.Repeat("A sentence of the story about the cocktail. ", 4) + "</p>"
	doc := `<html><body><div class="story">` + para +
		`<div class="insert"><div class="widget statement"><ul><li>1 sugar cube</li><li>5 cl rye whiskey</li></ul></div></div>` + para +
		`<div class="sidebar-box"><p>Our editors' picks today</p></div>` + para +
		`<div class="widget related"><p>More cocktails from our bar</p></div></div>` +
		`<aside><div class="widget"><p>Popular this week</p></div><div class="widget"><p>Sign up</p></div></aside></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, "• 1 sugar cube").DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "Our editors' picks today").DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "More cocktails from our bar").DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "Popular this week").DOM.Hint)
}

// Blogger calls the block of a blog's posts "widget Blog": a post's text
// in it, which its class names ("post-body entry-content"), is no
// sidebar's, while the sidebar's widgets, and their "widget-content", and
// a card's body in a widget, are.
func TestPostInABlogWidget(t *testing.T) {
	post := strings.Repeat("A line of the song that the post gives in full. ", 3)
	doc := `<html><body><div class="columns"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
		<div class="post hentry"><h3 class="post-title">The song</h3><div class="post-body entry-content">` + post + `</div>
		<div class="post-footer">Posted by K A</div></div></div></div>
		<div class="sidebar section"><div class="widget HTML"><h2>Support us</h2><div class="widget-content">Donations help us go on.</div></div>
		<div class="widget Followers"><div class="card"><div class="card-body">Fans of the blog</div></div></div>
		<div class="widget BlogArchive"><ul>` + strings.Repeat(`<li><a href="/2011/07/">July 2011 and the songs of that month</a></li>`, 12) + `</ul></div></div></div></body></html>`
	assert.Equal(t, NoHint, htmlLine(t, doc, strings.TrimSpace(post)).DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "The song").DOM.Hint) // the widget is no wrapper of the page
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "Donations help us go on.").DOM.Hint)
	assert.Equal(t, HintSidebar, htmlLine(t, doc, "Fans of the blog").DOM.Hint)
}

// A line that is mostly acting buttons' captions, a label beside them or
// not, is one (DOM.Buttons); a button that unfolds a panel or picks a tab
// is none, nor is a paragraph with a button inside it.
func TestButtons(t *testing.T) {
	doc := `<html><body><main>
		<div><label>Colour</label> <button>Add to cart</button> <button>Add to wishlist</button></div>
		<div><button aria-expanded="false">Can this program be completed online</button></div>
		<div><button class="accordion__trigger">Grading Options – Letter Grade or Pass/No Pass</button></div>
		<div><button role="tab">Description</button></div>
		<p>The kettle boils a litre in four minutes, and its filter rinses clean under a tap. <button>Copy</button></p>
	</main></body></html>`
	var buttons []bool
	for _, l := range textBlocks(t, doc) {
		buttons = append(buttons, l.DOM.Buttons)
	}
	assert.Equal(t, []bool{true, false, false, false, false}, buttons)
}

// A link leads to a tag's page where a segment of its path names tags
// and a tag's name follows it; not a query's affiliate tag, not a tags'
// index, not a forum's topic.
func TestTagHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/tag/chuva/":                              true,
		"https://example.com/tags/python":          true,
		"/category/news/local":                     true,
		"/de/schlagwort/hochwasser":                true,
		"/es/etiqueta/lluvias/?page=2":             true,
		"/tags/":                                   false,
		"/tags":                                    false,
		"https://example.com/tag":                  false,
		"/dp/B07PXGQC1Q?tag=bgwr1b-20":             false,
		"/topic/1103020-payment-issues/#comment-2": false,
		"/2025/03/12/chuva-forte/":                 false,
		"https://tags.example.com/page":            false,
	} {
		assert.Equal(t, want, tagHref(href), href)
	}
}
