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
)

// assertHeadlineLifted checks that headline, as the h1 of page (where it
// stands before the three paragraphs) and as the first line of a text
// above a blank line, is the title, and that the HTML page's body begins
// with the article.
func assertHeadlineLifted(t *testing.T, headline, page string) {
	t.Helper()
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)

	res, err = clean.Text(headline + "\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// cleanArticle cleans text made of head, the three paragraphs of the
// article, tail when it is not empty, and the footer, each a block of its
// own.
func cleanArticle(t *testing.T, head, tail string) *clean.Result {
	t.Helper()
	doc := head + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n"
	if tail != "" {
		doc += tail + "\n\n"
	}
	res, err := clean.Text(doc + footer + "\n")
	require.NoError(t, err)
	return res
}

// A headline that asks a question reads as prose, a sentence with the
// stopwords of running text; as the page's h1 it is still its headline,
// and a reading of the output, which begins with it, lifts it again (see
// questionTitle). An abbreviation's full stop ("vs.") ends no sentence
// before the question; a standfirst's sentence before one does, and
// such a line is no headline.
func TestQuestionHeadline(t *testing.T) {
	for _, q := range []string{
		"Do forums still have a role to play in the age of social media?",
		"Group Music Classes vs. Private Instruction: Which Is Best for You?",
	} {
		assertHeadlineLifted(t, q, `<html><body><nav><ul>`+linkItems(8, "/c", "Forum %d")+`</ul></nav><div class="ad"><p>Advertise virtually anything here, with banner ads and contextual links.</p></div>`+
			`<h1>`+q+`</h1><div class="thread"><p>`+para1+`</p><p>`+para2+`</p><p>`+para3+`</p></div><footer><p>`+footer+`</p></footer></body></html>`)
	}

	res, err := clean.Text("The new bridge opens a year late. Was it worth the wait?\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
}

// A headline that links to its own page, as a forum's or a blog's h1
// does, prints in html2text's markdown with its link kept ("# [Title](/url)"):
// its text is the headline, as it is without the link.
func TestLinkedHeadlineInMarkdown(t *testing.T) {
	for _, h := range []string{"# Council approves the new river bridge", "# [Council approves the new river bridge](/news/river-bridge)"} {
		doc := "[News](/news) [Sport](/sport) [Weather](/weather) [Sign in](/login)\n\n" + h + "\n\n" +
			para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n[Privacy](/privacy) [Terms](/terms)\n\n© 2026 The Daily Planet\n"
		res, err := clean.Text(doc)
		require.NoError(t, err)
		assert.Equal(t, "Council approves the new river bridge", res.Title, h)
		assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body, h)
	}
}

// A product's name with a model number ("Pegasus 41") has as many numbers
// as words: where the page names its headline, as its h1 or as the first
// line of a text above a blank line, it is the headline all the same, and
// a reading of the output lifts it again. A line with a year is not: a
// date line run into a byline ("Dec 17, 2025Julian K. Arni").
func TestProductNameHeadline(t *testing.T) {
	name := "Pegasus 41"
	assertHeadlineLifted(t, name, `<html><body><nav><ul>`+linkItems(8, "/c", "Shoes %d")+`</ul></nav><main><h1>`+name+`</h1>`+
		`<p>`+para1+`</p><p>`+para2+`</p><p>`+para3+`</p></main><footer><p>`+footer+`</p></footer></body></html>`)

	res, err := clean.Text("Dec 17, 2025Julian K. Arni\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
}

// A reference's h1 is often one word, the name of what the page is about
// ("systemd", "SELECT"): it is the headline in HTML, and in markdown over
// the article's first paragraph. A plain line of one word over a
// paragraph is a section's heading as often ("Introduction"), and a
// markdown h1 over a line that is no paragraph a label ("# LIVE" over a
// story's headline): no headline.
func TestOneWordHeadline(t *testing.T) {
	page := `<html><body><nav><ul>` + linkItems(8, "/w", "Page %d") + `</ul></nav><main><h1>systemd</h1>` +
		`<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main><footer><p>` + footer + `</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "systemd", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)

	res, err = clean.Text("# systemd\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Equal(t, "systemd", res.Title)

	res, err = clean.Text("Introduction\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Introduction\n"), res.Body)

	res, err = clean.Text("# LIVE\n\nCouncil approves the new river bridge after a long debate\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.NotEqual(t, "LIVE", res.Title)
}

// An encyclopedia's list page: its h1, then a long table of contents,
// then the list's introduction far below. The h1 is the headline however
// many lines part it from the article (see titleBefore).
func TestHeadlineAboveLongContents(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(6, "/c", "Portal %d") + `</ul></nav><main><h1>List of bridges over the river</h1>` +
		`<div class="toc"><ul>` + linkItems(60, "#s", "Bridges built in decade %d") + `</ul></div>` +
		`<p>From the city's encyclopedia</p><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main><footer><p>` + footer + `</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Equal(t, "List of bridges over the river", res.Title)
	assert.Contains(t, res.Body, para1)
}

// The page's h1 is its headline though a theme puts it in a list item.
func TestHeadlineShapes(t *testing.T) {
	for _, tc := range []struct{ h1, wrap string }{
		{"Best practices for vehicle rentals", `<ul class="hero"><li>%s</li></ul>`},
		{"Best practices for vehicle rentals", `<ol><li><div class="title">%s</div></li></ol>`},
	} {
		page := `<html><body><nav><ul>` + linkItems(6, "/c", "Shop %d") + `</ul></nav>` +
			fmt.Sprintf(tc.wrap, "<h1>"+tc.h1+"</h1>") + `<div class="buy"><button>Add to cart</button></div><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 +
			`</p><footer><p>` + footer + `</p></footer></body></html>`
		res, err := clean.HTML(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, tc.h1, res.Title)
	}
}

// Words that run into each other twice or more are buttons or links that
// a renderer printed side by side ("Start free trialGet a demoContact
// sales", "Share to LinkedInLinkedInShare to Facebook..."), never a
// headline, though they stand right above the article as one does.
func TestGluedButtonsAreNoHeadline(t *testing.T) {
	headline := "Council approves the new river bridge"
	for _, buttons := range []string{"Start free trialGet a demoContact sales", "Share to LinkedInLinkedInShare to FacebookFacebook"} {
		doc := "  • Home\n  • News\n  • Sport\n\n" + headline + "\n\nBy Jane Doe\n\n" + buttons + "\n\n" +
			para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
		res, err := clean.Text(doc)
		require.NoError(t, err)
		assert.Equal(t, headline, res.Title, buttons)
	}
}

// A field of a table, as html2text prints one with a bar between its
// label and its value ("Context:  |  `http`, `server`, `location`"), is no
// headline, though a reference page gives it above each entry's text.
func TestTableFieldIsNoHeadline(t *testing.T) {
	headline := "Module ngx_http_core_module"
	field := "Context:  |  `http`, `server`, `location`"
	doc := "  • Home\n  • News\n  • Sport\n\n" + headline + "\n\nSyntax:  |  `absolute_redirect on | off;`\n\n" + field + "\n\n" +
		para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.NotEqual(t, field, res.Title)
}

// A picture or its caption between the headline and the standfirst
// interrupts the head of the article as it interrupts its paragraphs:
// the standfirst under it is kept, as it is right under a headline (see
// keepStandfirst), though a share bar parts it from the article.
func TestStandfirstBelowAPicture(t *testing.T) {
	headline := "Council approves the new river bridge"
	standfirst := "After three years of debate, the city will build a third crossing over the river, and the ferry will run on its summer timetable until the work is done."
	doc := "  • Home\n  • News\n  • Sport\n\n" + headline + "\n\n[Workers unload steel beams on the old bridge at dawn]\n\n" + standfirst +
		"\n\n  • Share on Facebook\n  • Share on Twitter\n  • Share by email\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.Equal(t, clean.Keep, decision(t, res, standfirst).Verdict)
}

// A text rendering marks no headings: its headline above a long table of
// contents is as far from the article as the contents are long. The
// contents are one box however many entries they have, and the headline
// is still the page's (see titleBefore).
func TestHeadlineAboveContentsInText(t *testing.T) {
	headline := "The Only Guide to River Bridges You Need To Read"
	var toc strings.Builder
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&toc, "  • Bridges of the %dth century\n", i)
	}
	doc := "  • Home\n  • Guides\n\n" + headline + "\n\nTable of Contents\n\n" + toc.String() + "\n" +
		para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)
}

// A reference page whose headline, an h2 that its <title> names, stands
// above a list of links to each of its sections, longer than the reach
// in which a headline is looked for: the headline is still the page's,
// not the last entry of the list, and that section's heading stays in
// the body (see decide's titleBefore).
func TestHeadlineAboveALongContentsList(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Module ngx_http_example</title></head><body><nav><ul>`)
	b.WriteString(linkItems(4, "/n", "Section %d"))
	b.WriteString(`</ul></nav><div id="content"><h1></h1><h2>Module ngx_http_example</h2><h4>Directives</h4><ul>`)
	b.WriteString(linkItems(50, "#d", "directive_%d"))
	b.WriteString(`</ul><h4><a href="#variables">Embedded Variables</a></h4>`)
	for i := range 3 {
		fmt.Fprintf(&b, `<h4 id="d%d">directive_%d</h4><p>Sets the size of the buffer used for reading the request, in bytes; the default is one memory page, and a larger one is rarely needed.</p><pre>directive_%d 4k;</pre>`, i, i, i)
	}
	b.WriteString(`<h4 id="variables">Embedded Variables</h4><p>The module supports embedded variables with names matching the request headers, which the configuration may read like any other.</p></div>`)
	b.WriteString(`<footer><p>© 2025 Example Software</p></footer></body></html>`)
	res := cleanHTML(t, b.String())
	assert.Equal(t, "Module ngx_http_example", res.Title)
	assert.Contains(t, res.Body, "Embedded Variables\n")
}

// The label of a table of contents ("On this page") over its entries is
// no headline, though it stands where a text gives one (see titleScore).
func TestContentsLabelIsNoHeadline(t *testing.T) {
	res, err := clean.Text("On this page\n\n  • Installing the bridge\n  • Configuring the bridge\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
}

// TestContentsLabelLanguages: a documentation page's "On this page" in
// the issue's languages labels a table of contents, no headline: a Polish
// manual's "Na tej stronie" had let its top bar outscore its h1.
func TestContentsLabelLanguages(t *testing.T) {
	for lang, label := range map[string]string{
		"de": "Auf dieser Seite", "fr": "Sur cette page", "es": "En esta página", "it": "In questa pagina",
		"pt": "Nesta página", "nl": "Op deze pagina", "pl": "Na tej stronie", "ru": "На этой странице",
		"zh": "本页内容", "ja": "このページの内容", "ar": "في هذه الصفحة",
	} {
		p := twoParagraphs[lang]
		entry := func(s string) string { r := []rune(strings.Fields(s)[0]); return string(r[:min(4, len(r))]) }
		res, err := clean.Text(label + "\n\n  • " + entry(p[0]) + "\n  • " + entry(p[1]) + "\n\n" + p[0] + "\n\n" + p[1] + "\n")
		require.NoError(t, err)
		assert.Empty(t, res.Title, "%s: %s", lang, label)
	}
}

// Part of a line is no headline: one that opens with the punctuation
// after a label, or with a bar (the rest of a row, a closure's
// parameters), or a span of code as markdown marks one (see fragment).
func TestFragmentIsNoHeadline(t *testing.T) {
	for _, first := range []string{": Setup the tunnel and the client", "| fact checked badge Fact Checked", "`AB AC AD BA BC BD`"} {
		res, err := clean.Text(first + "\n\n" + para1 + "\n\n" + para2 + "\n")
		require.NoError(t, err)
		assert.Empty(t, res.Title, first)
	}
}

// A forum's thread title, a question that reads as prose, is the
// headline of a text rendering too, where the page gives it again: in a
// breadcrumb, in a reply's "Re: ..." (see questionTitle).
func TestQuestionGivenAgainIsHeadline(t *testing.T) {
	q := "How do I back up my whole system before the upgrade?"
	doc := "Forums\nGeneral Discussion\nLog in\nRegister\n\n" + q + "\n\nScheduled Pinned Locked Moved\nLog in to reply\n\n" + para1 + "\n\n" + para2 + "\n\nRe: " + q + "\n\n" + para3 + "\n\n© 2025 The Daily Planet\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, q, res.Title)
}

// The site's name under its logo, given twice at the top of a page, is no
// headline when the copyright notice at its foot gives it too: the line
// above the article is.
func TestSiteNameIsNoHeadline(t *testing.T) {
	headline := "Council approves the new river bridge after three years"
	site := "Riverside Daily News Company"
	doc := site + "\n\n  • Home\n  • News\n  • Sport\n\n" + site + "\n\nBy Jane Doe\n\n" + headline + "\n\n" +
		para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n© 2025 " + site + ". All rights reserved.\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// In HTML the page's metadata names its site (see source.Meta.Site): a
// wiki's "From Planet Wiki" under a one-word h1, which no headline's
// shape allows, is the site's name, not the page's title.
func TestSiteNameFromMetadataIsNoHeadline(t *testing.T) {
	page := `<html><head><title>Bridges - Planet Wiki</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Bridges</h1><div>From Planet Wiki</div><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotEqual(t, "From Planet Wiki", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)
}

// In HTML a box's heading right above the article that shares no word
// with the title the page's metadata gives is not the page's headline:
// the metadata's title is (see strangerToMeta); and where a line before
// the article gives that title word for word, it is the headline.
func TestHeadingStrangerToMetaTitle(t *testing.T) {
	body := `<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></body></html>`
	head := `<html><head><meta property="og:title" content="Council approves the new river bridge"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>`
	res, err := clean.HTML(strings.NewReader(head + `<div><h3>Weekend Weather Outlook</h3></div>` + body))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)

	res, err = clean.HTML(strings.NewReader(head + `<h2>Council approves the new river bridge</h2><ul><li>Share</li></ul><div><h3>Weekend Weather Outlook</h3></div>` + body))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)

	// A site that gives its own name for every page's title.
	site := `<html><head><meta property="og:title" content="Planet Wiki"><meta property="og:site_name" content="Planet Wiki"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>`
	res, err = clean.HTML(strings.NewReader(site + `<h2>Council approves the new river bridge</h2>` + body))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)

	// An h1 that gives the site's name, as a reference's banner gives it
	// over each of its pages, is a stranger too.
	banner := `<html><head><title>Council approves the new river bridge | Planet Reference</title></head><body><header><h1>Planet Reference</h1></header><nav><ul>` + linkItems(12, "/m", "Module %d") + `</ul></nav>`
	res, err = clean.HTML(strings.NewReader(banner + body))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)

	// Or one whose copyright notice gives that title.
	kitchen := `<html><head><title>Planet Kitchen</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h2>Council approves the new river bridge</h2>`
	res, err = clean.HTML(strings.NewReader(kitchen + strings.Replace(body, "</body>", "<footer>© 2024 Planet Kitchen. All rights reserved.</footer></body>", 1)))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)
}

// A thread's title over its post's date is the headline of a text
// rendering, though it asks a question once: "How to book flights?" over
// "Asked 11 years, 9 months ago" (see datedBelow). A question over a
// paragraph is not.
func TestQuestionOverPostDateIsHeadline(t *testing.T) {
	for _, q := range []string{"How do I back up my whole system before the upgrade?", "Most profitable electrical skill??"} {
		for _, date := range []string{"Asked 11 years, 9 months ago", "Mar 12, 2024"} {
			doc := "Forums\nGeneral Discussion\nLog in\nRegister\n\n" + q + "\n\n" + date + "\n\n" + para1 + "\n\n" + para2 + "\n\n© 2025 The Daily Planet\n"
			res, err := clean.Text(doc)
			require.NoError(t, err)
			assert.Equal(t, q, res.Title, date)
		}
	}
	q := "How do I back up my whole system before the upgrade?"
	res, err := clean.Text("Forums\nGeneral Discussion\nLog in\nRegister\n\n" + q + "\n\n" + para1 + "\n\n" + para2 + "\n\n© 2025 The Daily Planet\n")
	require.NoError(t, err)
	assert.NotEqual(t, q, res.Title)
}

// A question page's answers outweigh its question, and the span finds
// them; the question above, parted from them by its buttons, its
// comments and the answers' header, is the page's title, and its post is
// kept with the answers. So is a thread's title that asks no question,
// over the time ago its post was asked. A question right over a news
// page's date and headline is a teaser's, and a breadcrumb over a
// headline and its date is no thread's title.
func TestQuestionAboveItsAnswers(t *testing.T) {
	post := "I am moving from Switzerland to Singapore this autumn and I am not sure which is the cheapest way of buying the tickets."
	for _, q := range []string{"How should I book flights when moving to another country?", "Booking flights when moving to another country"} {
		res, err := clean.Text(questionPage(q, post))
		require.NoError(t, err)
		assert.Equal(t, q, res.Title)
		assert.Contains(t, res.Body, post)
		assert.Contains(t, res.Body, "Answer 6: "+para1)
	}

	headline := "Alibaba to raise up to $12.9bn in landmark Hong Kong listing"
	teaser := "Initial public offerings: Is there still a pulse?"
	res, err := clean.Text("Home\nMarkets\nPodcasts\n\n" + teaser + "\n\nWednesday 20 November 2019 9:22 am\n\n" + headline + "\n\nAnna Menin\n\nShare\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)

	headline = "‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant"
	res, err = clean.Text("RT Question more\nlive\n12:03 GMT, Nov 20, 2019\n\nsearch\nMenu mobile\n\nNews\nUSA\nUK\nSport\nBusiness\n\nfacebook\ntwitter\n\nHome World News\n\n" +
		headline + "\n\n20 Nov, 2019 05:47\nGet short URL\nA cyclist rides next to a blocked petrol plant in the outskirts of La Paz, Bolivia, November 19, 2019. ©  Reuters / David Mercado\nFollow RT on\n" +
		para1 + "\n\n" + para2 + "\n\n" + para1 + "\n")
	require.NoError(t, err)
	assert.NotEqual(t, "RT Question more", res.Title)
}

// questionPage is a question page as w3m prints it: the question q, its
// post, its buttons and comments, and six answers.
func questionPage(q, post string) string {
	var doc strings.Builder
	doc.WriteString("Questions\nTags\nUsers\n\n" + q + "\n\nAsk Question\nAsked 11 years, 9 months ago\nViewed 4k times\n\n" + post + "\n\n" +
		"  • relocation\n\nShare\nImprove this question\nFollow\nedited Apr 13, 2017 at 12:52\nCommunity's user avatar\nCommunityBot\n1\n" +
		"asked Mar 28, 2014 at 11:38\ndrat's user avatar\ndrat\n1,65511 gold badge1414 silver badges3131 bronze badges\n8\n\n")
	for i, c := range []string{"This question appears to be off-topic because it is about travelling.", "I don't think this is about travelling, as it is about moving."} {
		fmt.Fprintf(&doc, "  • %d\n    %s\n    Flimzy\n    Commented Mar 28, 2014 at 15:%02d\n", i, c, 30+i)
	}
	doc.WriteString("\n  |  Show 3 more comments\n\n6 Answers 6\n\nSorted by: Reset to default\n\n[Highest score (default)     ]\n\n")
	for n := range 6 {
		fmt.Fprintf(&doc, "Answer %d: %s %s\n\n%s %s\n\n%s\n\nShare\nImprove this answer\nFollow\nanswered Mar 2%d, 2014 at 22:52\n"+
			"GregD's user avatar\nGregD\n17644 bronze badges\n\nAdd a comment  |\n\n", n+1, para1, para2, para2, para1, para1, n)
	}
	doc.WriteString("© 2025 Stack Exchange Inc\n")
	return doc.String()
}

// TestSignInBarIsNoTitle: a forum's bar of links that w3m prints on one
// line ("Programmers Forum Log in Register Forums ..."), with two sign-in
// phrases among its words, is no headline however many words it has; the
// thread's question below it is the title, in English and in Russian. So
// is a service's bar with one sign-in phrase and a call to action ("Loggly
// CloudProduct Pricing Docs Blog Log in Start free trial"), over its h1.
func TestSignInBarIsNoTitle(t *testing.T) {
	for file, q := range map[string]string{
		"forum-bar.txt":   "Which laptop should I buy for programming?",
		"forum-ru.txt":    "Какой ноутбук выбрать для программирования?",
		"pricing-bar.txt": "Simple, transparent pricing",
	} {
		b, err := os.ReadFile(filepath.Join("testdata/pages", file))
		require.NoError(t, err)
		res, err := clean.Text(string(b))
		require.NoError(t, err)
		assert.Equal(t, q, res.Title, file)
		bar, _, _ := strings.Cut(string(b), "\n")
		assert.NotContains(t, res.Body, bar, file)
	}
}

// TestProductPagesInText: a shop's product page in w3m, in Spanish and in
// German, has its name for title, whether its breadcrumb ends with the
// name after "/" (which reads as a list of names first) or not, and drops
// the row of buttons that w3m prints on one line.
func TestProductPagesInText(t *testing.T) {
	for file, c := range map[string]struct{ name, buttons string }{
		"product-es.txt": {"Zapatillas de running Trail X2", "Añadir al carrito Añadir a la lista de deseos"},
		"product-de.txt": {"Trailschuhe X2", "In den Warenkorb Auf den Merkzettel"},
	} {
		b, err := os.ReadFile(filepath.Join("testdata/pages", file))
		require.NoError(t, err)
		res, err := clean.Text(string(b))
		require.NoError(t, err)
		assert.Equal(t, c.name, res.Title, file)
		assert.Equal(t, clean.Drop, decision(t, res, c.buttons).Verdict, file)
	}
}

// TestWrappedLineIsNoTitle: on a text page with too few wrapped
// paragraphs to be read as wrapped (see source.Paragraphs), the first line
// of a paragraph its renderer broke, over a line in lower case that ends
// the sentence, is no headline, nor does it make the headline above it
// one of a list of titles; it stays with its paragraph.
func TestWrappedLineIsNoTitle(t *testing.T) {
	first := "Setting the right hourly rate can make or break your agency's bottom"
	page := strings.Join([]string{
		"Home | Pricing | Blog | Log in",
		"",
		"Digital Marketing Pricing Data: Agency rates across all fifty states",
		"",
		first,
		"line. So how do you stack up against six thousand others?",
		"",
		"On the other side of it, as a marketer at a brand you need to know what a fair price to pay is, and where your budget goes furthest.",
		"",
		"Today we bring you benchmark figures from a survey of agencies in every state, with their hourly rates for each kind of work.",
		"",
		"© 2024 Example",
	}, "\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Digital Marketing Pricing Data: Agency rates across all fifty states", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, first+"\n"), res.Body)
}

// TestSectionHeadingAboveTheArticle: a product page's "Description" (an
// h2 right above the description, which a weak vote as a label had left
// outside the span) is kept with it, in HTML and, as a section's name, in
// text; the headline stays the title.
func TestSectionHeadingAboveTheArticle(t *testing.T) {
	page := `<html lang="fr"><head><title>Chaussures de trail X2 | Shop</title></head><body>
<header><a>Shop</a> <a>Se connecter</a> <a>Panier</a></header>
<main><h1>Chaussures de trail X2</h1>
<button>Ajouter au panier</button> <button>Ajouter à ma liste d’envies</button>
<h2>Description</h2>
<p>Les chaussures de trail X2 sont conçues pour courir en montagne et sur les chemins de terre. Leur semelle aux crampons profonds accroche bien sur sol mouillé.</p>
<p>La tige en mesh respirant garde le pied au frais pendant les longues sorties, et le pare-pierres renforcé protège les orteils des cailloux.</p>
</main><footer>© 2024 Shop. Tous droits réservés.</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Chaussures de trail X2", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Description\n\nLes chaussures"), res.Body)

	// In text, which marks no heading, a section's name at the
	// paragraph's indent is one (w3m's rendering of a Polish shop).
	text := "Sklep  Zaloguj się  Koszyk (0)\n\nCzajnik elektryczny Bosch TWK3A011\n\n[Dodaj do koszyka] [Dodaj do ulubionych]\n\n  • Raty 0%\n\nOpis produktu\n\n" +
		"Czajnik Bosch TWK3A011 łączy klasyczny wygląd z praktycznymi rozwiązaniami. Pojemność 1,7 litra wystarcza, by zagotować wodę na kilka herbat naraz.\n\n" +
		"Płaska grzałka ukryta pod stalowym dnem łatwo się czyści i nie osadza się na niej tyle kamienia, a wyjmowany filtr zatrzymuje drobinki.\n\n© 2024 Sklep. Wszelkie prawa zastrzeżone.\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, "Czajnik elektryczny Bosch TWK3A011", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Opis produktu\n\nCzajnik Bosch"), res.Body)
}

// TestListingCardsInText: a job listing rendered by w3m (testdata/pages/
// jobs-de.txt), whose cards each hold a numbered title, a line of
// metadata ending in a time ago ("vor 2 Tagen") and a summary. The first
// card's metadata is no headline (no benchmark headline holds a time
// ago), and the first card keeps its title and metadata as the others
// do, though the span opens on its summary (see itemHead). Its sort
// control, pager and count of pages go.
func TestListingCardsInText(t *testing.T) {
	res := cleanFixture(t, "pages/jobs-de.txt")
	meta := "Datenfabrik GmbH · Berlin-Mitte · Vollzeit · vor 2 Tagen"
	assert.NotEqual(t, meta, res.Title)
	for _, keep := range []string{" 1. Senior Backend-Entwickler (m/w/d) Go", "    " + meta, " 2. Frontend-Entwickler React (m/w/d)"} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	for _, drop := range []string{"Sortieren nach: Relevanz | Datum", "Zurück 1 2 3 … 13 Weiter", "Seite 1 von 13", "    Merken"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// TestDatedEntriesAreNoHeadline: a news section's front page lists its
// stories, each a title over its date and a summary. Its first story's
// title is no headline, in HTML or in text, and stays in the body with
// its date, as the others do (see firstEntry and entryAbove). An
// article's headline over its date stays the headline, though a box of
// dated titles follows the article.
func TestDatedEntriesAreNoHeadline(t *testing.T) {
	stories := []struct{ title, date, summary string }{
		{"Central bank holds its key rate", "2 hours ago", para1},
		{"Petrol prices rise for a third week", "5 hours ago", para2},
		{"Small firms get new relief on rent", "12 March 2026", para3},
		{"Grain exports may reach a record", "11 March 2026", para4},
	}
	var html, text strings.Builder
	html.WriteString(`<html><body><nav><ul>` + linkItems(6, "/s", "Section %d") + `</ul></nav><main><h1>Economy</h1>`)
	text.WriteString("  • Politics\n  • Economy\n  • Sport\n  • Culture\n\n[Search]\n\n")
	for _, s := range stories {
		fmt.Fprintf(&html, `<article><h2><a href="/n">%s</a></h2><p><time>%s</time></p><p>%s</p></article>`, s.title, s.date, s.summary)
		fmt.Fprintf(&text, "%s\n\n%s\n\n%s\n\n", s.title, s.date, s.summary)
	}
	html.WriteString(`</main><footer><p>` + footer + `</p></footer></body></html>`)
	text.WriteString("Share: Facebook Twitter\n\n" + footer + "\n")

	res, err := clean.HTML(strings.NewReader(html.String()))
	require.NoError(t, err)
	assert.NotEqual(t, stories[0].title, res.Title)
	assert.Contains(t, res.Body, stories[0].title+"\n\n"+stories[0].date+"\n\n"+stories[0].summary)
	res, err = clean.Text(text.String())
	require.NoError(t, err)
	assert.NotEqual(t, stories[0].title, res.Title)
	assert.Contains(t, res.Body, stories[0].title+"\n\n"+stories[0].date+"\n\n"+stories[0].summary)

	headline := "Bridge vote ends three years of debate"
	article := "  • News\n  • Sport\n\n[Search]\n\n" + headline + "\n\n12 March 2026\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nPopular posts\n\n"
	for _, s := range stories[1:] {
		article += s.title + "\n\n" + s.date + "\n\n"
	}
	res, err = clean.Text(article + footer + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestSourcedEntriesAreNoHeadline: a job board's listing, each job's
// title over its employer, its date and a summary. The first job's title
// is no headline, in HTML or in text, as the employer between title and
// date is every entry's (see firstEntryDate): it stays over its employer
// and date, and cleaning the body again changes nothing. An article's
// headline over its byline and date stays the headline, though the
// titles, authors and dates of other stories follow its text.
func TestSourcedEntriesAreNoHeadline(t *testing.T) {
	jobs := []struct{ title, employer, date, summary string }{
		{"Técnico de mantenimiento industrial", "Aceites del Sur S.A. · Dos Hermanas (Sevilla)", "Publicada hace 2 días", "Buscamos técnico con experiencia en mantenimiento eléctrico y mecánico de líneas de envasado. Contrato indefinido y turnos rotativos de mañana y tarde."},
		{"Enfermero/a para residencia de mayores", "Residencia San Telmo · Sevilla", "Publicada hace 3 días", "Incorporación inmediata para cubrir puesto de enfermería en turno de noche. Se valorará experiencia en geriatría y formación en cuidados paliativos."},
		{"Profesor/a de inglés para academia", "Academia Lingua · Sevilla", "Publicada hace 5 días", "Clases de inglés a grupos reducidos de niños y adultos, por las tardes de lunes a jueves. Se requiere nivel C1 acreditado y experiencia docente."},
		{"Conductor/a de reparto con carné C", "Transportes Giralda · Alcalá de Guadaíra", "Publicada hace 6 días", "Reparto de mercancía a comercios del área metropolitana con camión rígido. Horario de mañana, de lunes a viernes, y salario según convenio del sector."},
		{"Administrativo/a contable a media jornada", "Gestoría Triana · Sevilla", "Publicada hace 7 días", "Llevanza de la contabilidad de pequeñas empresas, liquidación de impuestos trimestrales y atención a clientes. Imprescindible manejo de programas de contabilidad."},
	}
	const h1 = "Ofertas de empleo en Sevilla"
	var html, text strings.Builder
	html.WriteString(`<html><body><nav><ul>` + linkItems(6, "/s", "Section %d") + `</ul></nav><main><h1>` + h1 + `</h1><div class="sort">Ordenar por: <a href="?r">Relevancia</a> | <a href="?f">Fecha</a></div>`)
	text.WriteString("Empleos Sur    Inicio  Buscar empleo  Empresas  Iniciar sesión\n\n" + h1 + "\n\nOrdenar por: Relevancia | Fecha\n\n")
	for _, j := range jobs {
		fmt.Fprintf(&html, `<div class="job"><h2><a href="/o">%s</a></h2><p class="company">%s</p><p class="date">%s</p><p>%s</p></div>`, j.title, j.employer, j.date, j.summary)
		fmt.Fprintf(&text, "%s\n%s\n%s\n%s\n\n", j.title, j.employer, j.date, j.summary)
	}
	html.WriteString(`<div class="pager"><a href="?p=2">Siguiente »</a></div></main><footer><p>` + footer + `</p></footer></body></html>`)
	text.WriteString("Siguiente »\n\n" + footer + "\n")
	first := jobs[0].title + "\n\n" + jobs[0].employer + "\n\n" + jobs[0].date + "\n\n" + jobs[0].summary

	res, err := clean.HTML(strings.NewReader(html.String()))
	require.NoError(t, err)
	assert.Equal(t, h1, res.Title)
	assert.Contains(t, res.Body, first)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)

	res, err = clean.Text(text.String())
	require.NoError(t, err)
	assert.Equal(t, h1, res.Title)
	assert.Contains(t, res.Body, strings.ReplaceAll(first, "\n\n", "\n"))

	headline := "Bridge vote ends three years of debate"
	article := "  • News\n  • Sport\n\n[Search]\n\n" + headline + "\nBy Ana Ruiz\n12 March 2026\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nMore stories\n\n"
	for _, j := range jobs[1:4] {
		article += j.title + "\n" + j.employer + "\n" + j.date + "\n\n"
	}
	res, err = clean.Text(article + footer + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestStockLineIsNoHeadline: a shop's product page in text, its name over
// its rating, price and form, then its availability over its description.
// The availability ("Disponibile, spedizione in 24/48 ore", "Sold out",
// "Auf Lager, Lieferzeit 1-3 Werktage") is no headline, though it stands nearest the
// description (see decide's stockLine): the product's name is.
func TestStockLineIsNoHeadline(t *testing.T) {
	for _, c := range []struct{ name, price, form, stock, label, text string }{
		{"Moka Express 6 tazze in alluminio", "34,90 €", "Quantità [1  ] [Aggiungi al carrello]", "Disponibile, spedizione in 24/48 ore", "Descrizione",
			"La moka classica in alluminio, con la valvola di sicurezza brevettata e il manico ergonomico. Prepara sei tazzine di caffè in circa cinque minuti su fornelli a gas, elettrici e a induzione con l'apposito adattatore.\n\nIl manico resta freddo durante l'uso e il coperchio si apre con una sola mano, anche quando la moka è ancora calda."},
		{"Speckled stoneware coffee mug", "$60.00", "[Add to cart]", "Sold out", "Description",
			"Make each cup of tea or coffee feel special with a handmade mug. A wheel thrown, matte textured vessel in a white speckle finish with a clear glazed interior.\n\nEach mug is thrown by hand, so its size and speckles differ a little from the one in the pictures."},
		{"Espressokocher aus Edelstahl für 6 Tassen", "39,90 €", "Menge [1  ] [In den Warenkorb]", "Auf Lager, Lieferzeit 1-3 Werktage", "Beschreibung",
			"Der klassische Espressokocher aus Edelstahl mit Sicherheitsventil und hitzebeständigem Griff. Er bereitet sechs Tassen Espresso in etwa fünf Minuten zu und eignet sich für Gas-, Elektro- und Induktionsherde.\n\nDer Griff bleibt beim Kochen kühl, und der Deckel lässt sich mit einer Hand öffnen, auch wenn die Kanne noch heiß ist."},
	} {
		page := "Home / Shop / Kaffee\n\n" + c.name + "\n\n★★★★☆ 4,6 (128)\n\n" + c.price + "\n\n" + c.form + "\n\n" + c.stock + "\n\n" + c.label + "\n\n" + c.text + "\n\n© 2024 CasaCaffè S.r.l.\n"
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Equal(t, c.name, res.Title)
	}
}

// TestDeskBylineIsNoHeadline: a story signed by a desk, not a person
// ("Door onze redactie binnenland", "By our city desk", "Da redação do
// Diário do Porto"), right over
// its text: the byline is no headline (see lang.BylineDesks), and the
// story's headline, over its date, is.
func TestDeskBylineIsNoHeadline(t *testing.T) {
	for _, c := range []struct{ headline, date, desk, text string }{
		{"Gemeenten willen meer geld voor opvang van dakloze jongeren", "Vandaag, 14:32 · Aangepast vandaag, 16:05", "Door onze redactie binnenland",
			"Steeds meer gemeenten kloppen aan bij het kabinet voor extra geld om dakloze jongeren op te vangen. Volgens de Vereniging van Nederlandse Gemeenten is het aantal jongeren zonder vaste woonplek in drie jaar met een kwart gestegen.\n\nHet ministerie laat weten dat er in het voorjaar een plan komt. Gemeenten vinden dat te laat en willen dat de opvang nog deze winter wordt uitgebreid."},
		{"Council approves the new bridge over the river", "Today, 14:32 · Updated today, 16:05", "By our city desk", para1 + "\n\n" + para2},
		{"Câmara aprova a reforma do velho cais do porto", "Hoje, 14:32 · Atualizado hoje, 16:05", "Da redação do Diário do Porto",
			"A câmara municipal decidiu na terça-feira à noite reparar o velho cais de pedra antes das tempestades de inverno, depois de um longo debate sobre o futuro do porto.\n\nAs obras começarão em abril e durarão quase meio ano, e a balsa vai circular durante esse tempo segundo o horário de verão, informou a prefeitura."},
	} {
		page := "News   Politics  Economy  Sport     Search  Log in\n\n" + c.headline + "\n\n" + c.date + "\n\n" + c.desk + "\n\n" + c.text + "\n\n" + footer + "\n"
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Equal(t, c.headline, res.Title)
		assert.NotContains(t, res.Body, c.desk)
		assert.Equal(t, "byline", decision(t, res, c.desk).Rule, c.desk)
	}
}

// TestNamedBylineGoes: a story's byline that gives the author's name,
// a place and a date, parted by " · " or " | ", with no byline word
// ("Lucía Romero · Sevilla · Actualizado: 12/03/2024 18:42"), goes from
// the body under the story's subtitle, as "By Jane Doe" does (see
// decide's namedDate). Two lines of that shape are reviews' heads, and
// stay.
func TestNamedBylineGoes(t *testing.T) {
	for _, c := range []struct{ lang, headline, subtitle, byline, p1, p2 string }{
		{"es", "El Ayuntamiento aprueba la nueva ordenanza de terrazas", "Los bares del centro tendrán que retirar mesas a las once de la noche entre semana", "Lucía Romero · Sevilla · Actualizado: 12/03/2024 18:42",
			"El pleno municipal aprobó este martes la nueva ordenanza de terrazas con los votos del equipo de gobierno y la abstención de la oposición. La norma entrará en vigor el próximo mes de mayo.",
			"Los hosteleros del centro histórico deberán recoger las mesas a las once de la noche de domingo a jueves, y a la una de la madrugada los fines de semana."},
		{"en", "Council approves the new bridge over the river", "Residents of both banks will cross on foot and by bike from next spring", "Jane Doe | London | Updated: 12/03/2024 18:42", para1, para2},
	} {
		page := `<html lang="` + c.lang + `"><body><nav><ul>` + linkItems(6, "/s", "Section %d") + `</ul></nav><article><h1>` + c.headline + `</h1>` +
			`<p class="subtitle">` + c.subtitle + `</p><div class="byline">` + c.byline + `</div><p>` + c.p1 + `</p><p>` + c.p2 + `</p></article><footer><p>` + footer + `</p></footer></body></html>`
		res, err := clean.HTML(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, c.headline, res.Title)
		assert.NotContains(t, res.Body, c.byline, c.lang)
		assert.Contains(t, res.Body, c.p1)
	}

	// Reviews' heads of that shape, one over each review
	// (testdata/html/product-reviews.html), are no byline.
	b, err := os.ReadFile("testdata/html/product-reviews.html")
	require.NoError(t, err)
	res, err := clean.HTML(strings.NewReader(string(b)))
	require.NoError(t, err)
	for _, h := range []string{"Jess R. · Verified buyer · May 2, 2024", "Mark T. · April 18, 2024"} {
		assert.Equal(t, clean.Keep, decision(t, res, h).Verdict, h)
	}
}

// TestRatingIsNoHeadline: a Japanese shop's product in text, its name
// with a decimal size ("ステンレス電気ケトル 1.0L") over its rating
// ("★4.5（212件のレビュー）"), its price and its buttons: the name is the
// title, as a decimal is one number (see decide's numberTokens), and a
// line with a rating's stars is no headline.
func TestRatingIsNoHeadline(t *testing.T) {
	page := "キッチン雑貨ショップ  新着  ランキング  セール          ログイン  カート\n\nホーム > キッチン家電 > 電気ケトル\n\n" +
		"ステンレス電気ケトル 1.0L\n\n★4.5（212件のレビュー）\n\n3,980円（税込）\n\n送料無料\n\n数量 [1 ] [カートに入れる]\n\n商品説明\n\n" +
		"シンプルなデザインのステンレス製電気ケトルです。カップ1杯分なら約60秒で沸騰し、空焚き防止機能と自動電源オフ機能がついているので安心してお使いいただけます。\n\n" +
		"注ぎ口は細く、ハンドドリップのコーヒーにも最適です。毎朝のコーヒーやお茶の時間にぴったりの一台です。\n\nCopyright © 2024 キッチン雑貨ショップ All Rights Reserved.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "ステンレス電気ケトル 1.0L", res.Title)
}

// TestThreadUnderItsTitle: a thread's title over its posts, each under
// its date, stays the headline, though a post's last line, a sentence
// its poster left without a full stop, stands over the next post's date
// as a story's title over its date does (see firstEntry): running text is
// no entry's title.
func TestThreadUnderItsTitle(t *testing.T) {
	headline := "Replacement projector recommendations"
	posts := []string{
		"I did run across that, and it has value, but I tend to like to hear what the owners have to say about the one they bought",
		"I dove in headfirst and ordered a new projector, a receiver that I will use as a preamp and some cables that should be here by the weekend",
		"Our older daughter bought a house early last year, so I am guessing that her basement may inherit the old one when the new one comes",
		"Thanks to all of you for the help, it was a long wait but it was worth it and I am glad that I did not buy the first one I saw",
	}
	text := headline + "\n\n"
	for i, post := range posts {
		text += fmt.Sprintf("#%d · Jan %d, 2024\n\n%s\n\n", i+1, 3+i, post)
	}
	res, err := clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestPriceIsNoHeadline: a line that opens with an amount of money is a
// card's price, not a headline, though it comes first over a blank line,
// as a listing's output may print it; an amount inside a headline does
// not make it one.
func TestPriceIsNoHeadline(t *testing.T) {
	for _, price := range []string{"1 150 € / mois charges comprises", "$449.99 was $579.00", "€ 17,50 per month"} {
		res, err := clean.Text(price + "\n\n" + para1 + "\n\n" + para2 + "\n")
		require.NoError(t, err)
		assert.Empty(t, res.Title, price)
		assert.True(t, strings.HasPrefix(res.Body, price), res.Body)
	}
	headline := "Start-up raises $50 million for river ferries"
	res, err := clean.Text(headline + "\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestFewCardsInHTML: a listing of three cards, each a list item with a
// heading, a price and a summary: too few to be the page's items (see
// spanItems), they are the span, and the first card keeps its title as
// the others do though the span opened on its price (see itemHead).
func TestFewCardsInHTML(t *testing.T) {
	cards := []struct{ title, price, summary string }{
		{"Three-room flat, 68 m², Lyon 7e", "1 150 € a month", para1},
		{"Furnished studio, 24 m², Lyon 1er", "690 € a month", para2},
		{"Two-room flat, 45 m², Villeurbanne", "820 € a month", para3},
	}
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(6, "/s", "Section %d") + `</ul></nav><main><h1>Flats to rent in Lyon</h1><ul class="results">`)
	for _, c := range cards {
		fmt.Fprintf(&b, `<li><h2><a href="/a">%s</a></h2><p class="price">%s</p><p>%s</p><a href="/a">View details</a></li>`, c.title, c.price, c.summary)
	}
	b.WriteString(`</ul></main><footer><p>` + footer + `</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Equal(t, "Flats to rent in Lyon", res.Title)
	for _, c := range cards {
		assert.Contains(t, res.Body, "• "+c.title+"\n\n"+c.price+"\n\n"+c.summary)
	}
	assert.NotContains(t, res.Body, "View details")
}

// TestDatedEntriesInText: a Japanese blog's category page rendered by w3m
// (testdata/pages/section-ja.txt), whose entries' titles read as weak
// chrome inside the span, as a listing's linked titles do: the first
// entry's title is no headline and stays, and the page's h1 is the title.
func TestDatedEntriesInText(t *testing.T) {
	res := cleanFixture(t, "pages/section-ja.txt")
	assert.Equal(t, "「キャンプ」の記事一覧", res.Title)
	assert.Equal(t, clean.Keep, decision(t, res, "初めての冬キャンプで揃えておきたい道具").Verdict)
	assert.Equal(t, clean.Keep, decision(t, res, "2026年1月18日").Verdict)
}

// TestFooterAfterRecords: a Spanish service page rendered by w3m
// (testdata/pages/service-es.txt) is a page of records, whose span takes
// the short lines after its last record (see extendRecords); the site's
// name in its footer, which its copyright notice gives, ends them, and
// the firm's address and phone under it go.
func TestFooterAfterRecords(t *testing.T) {
	res := cleanFixture(t, "pages/service-es.txt")
	assert.Equal(t, clean.Keep, decision(t, res, "Cuéntanos tu idea y te llamamos en menos de 24 horas.").Verdict)
	for _, drop := range []string{"Reformas Turia", "Calle de Cuba 18, 46006 Valencia", "961 234 567"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// TestChineseThreadInText: a Chinese forum thread rendered by w3m
// (testdata/pages/forum-zh.txt). Its question, which ends in a full-width
// question mark, is the title over its first post's date, the poster's
// card ("帖子 12", "积分 35") between them not counting (see dateBelow);
// the first post keeps its author, rank and date as the others do (see
// postHeaderBelow), and the first line of its paragraph, which w3m wrapped
// at a character and the cleaner read as it is (see wrappedHead). The
// poster's name and rank are no headline of a reading of the body (see
// shaped), and the buttons that w3m printed without their spaces go.
func TestChineseThreadInText(t *testing.T) {
	res := cleanFixture(t, "pages/forum-zh.txt")
	assert.Equal(t, "新手求助：阳台种番茄总是掉花怎么办？", res.Title)
	for _, keep := range []string{"小番茄", "新手上路", "发表于 2026-3-12 10:25 | 只看该作者", "今年第一次在阳台用花盆种番茄，植株长得很旺，也开了不少花，但是花开两三天就掉了"} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	for _, drop := range []string{"帖子 12", "回复引用举报", "发新帖回复返回列表"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// TestFirstPostHeaderInHTML: the same Chinese thread as HTML
// (testdata/html/forum-zh.html), its h1 the headline right above the
// first post: the first post keeps its poster and date, as the two after
// it do, though they stand before its first paragraph (see
// postHeaderBelow). The poster's rank, "新手上路" ("new on the road"),
// goes with the card, as a poster's title does in every language: it had
// stayed only while no container held the posts' text, whose characters
// no container had counted (see source's paragraphScore).
func TestFirstPostHeaderInHTML(t *testing.T) {
	res := cleanFixture(t, "html/forum-zh.html")
	assert.Equal(t, "新手求助：阳台种番茄总是掉花怎么办？", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "小番茄\n\n发表于 2026-3-12 10:25 | 只看该作者\n\n今年第一次"), res.Body)
	assert.Equal(t, clean.Drop, decision(t, res, "新手上路").Verdict)
}

// TestGridFirstCard: a shop's category page whose cards each give a name
// over a price in a currency written in letters ("4.299 TL",
// testdata/pages/category-tr.txt, as w3m prints it) or with a sign (a
// Russian shop's HTML): the page's h1 is the title, and the first card
// keeps its name, which a reading of the output had lifted as the
// headline (see inGrid); the buttons that w3m printed side by side go.
func TestGridFirstCard(t *testing.T) {
	res := cleanFixture(t, "pages/category-tr.txt")
	assert.Equal(t, "Koşu Ayakkabısı", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Asics Gel-Nimbus 26 Erkek Koşu Ayakkabısı\n\n4.299 TL\n\n"), res.Body)
	assert.Equal(t, clean.Drop, decision(t, res, "Sepete EkleFavorilere Ekle").Verdict)

	var page strings.Builder
	page.WriteString(`<html lang="ru"><body><nav><ul>` + linkItems(6, "/c", "Раздел %d") + `</ul></nav><main><h1>Беговые кроссовки</h1><div class="grid">`)
	for i, name := range []string{"Кроссовки для бега Asics Gel-Nimbus 26", "Кроссовки Nike Pegasus 41 мужские", "Кроссовки для трейла Salomon Speedcross 6", "Кроссовки Adidas Adizero SL женские"} {
		fmt.Fprintf(&page, `<div class="card"><a href="/p/%d">%s</a><p>1%d 990 ₽</p><p>★ 4,%d · 1%d отзывов</p><button>В корзину</button></div>`, i, name, i, i+5, i)
	}
	page.WriteString(`</div></main><footer><p>© 2026 СпортМаркт. Все права защищены.</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(page.String()))
	require.NoError(t, err)
	assert.Equal(t, "Беговые кроссовки", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Кроссовки для бега Asics Gel-Nimbus 26\n\n10 990 ₽\n\n"), res.Body)
}

// TestCookieSectionOfAPolicy: a privacy policy's numbered section on
// cookies, its paragraphs under "2. Cookies", is the page's own text, in
// HTML and as w3m prints it (see cookieSection), while the site's banner
// ("This website uses cookies. By using it you agree to their use.") goes.
func TestCookieSectionOfAPolicy(t *testing.T) {
	paras := []string{
		"Our website uses cookies. These are small text files that your browser stores on your device. We use strictly necessary cookies on the basis of our legitimate interest; all others only with your consent.",
		"You can withdraw your consent at any time by opening the cookie settings at the bottom of this page. You can also set your browser to inform you when cookies are set.",
	}
	banner := "This website uses cookies. By using it you agree to their use."
	sections := `<h2>1. Contact form</h2><p>` + para1 + `</p><h2>2. Cookies</h2><p>` + paras[0] + `</p><p>` + paras[1] + `</p><h2>3. Your rights</h2><p>` + para2 + `</p><p>` + para3 + `</p>`
	page := `<html><body><div class="cookie-banner"><p>` + banner + `</p><button>OK</button></div><nav><ul>` + linkItems(5, "/s", "Section %d") + `</ul></nav><main><h1>Privacy Policy</h1>` + sections + `</main><footer><p>` + footer + `</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, p := range paras {
		assert.Contains(t, res.Body, p)
	}
	assert.NotContains(t, res.Body, banner)

	text := banner + "\n\nOK\n\n  • Home\n  • Shops\n  • Contact\n\nPrivacy Policy\n\n 1. Contact form\n\n" + para1 + "\n\n 2. Cookies\n\n" + paras[0] + "\n\n" + paras[1] + "\n\n 3. Your rights\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	for _, p := range append([]string{" 2. Cookies"}, paras...) {
		assert.Equal(t, clean.Keep, decision(t, res, p).Verdict, p)
	}
	assert.Equal(t, clean.Drop, decision(t, res, banner).Verdict)
}

// TestPageAboutCookies: a recipe for cookies and a developer's guide to
// them speak of cookies in a banner's words ("the whole experience of
// eating them", "a user's web browser", "cross-site"), and keep those
// paragraphs, in text and in HTML (see aboutCookies), where a cookie
// banner's element still goes. A story that names cookies once is no page
// about them: its banner goes.
func TestPageAboutCookies(t *testing.T) {
	recipe := []string{
		"These chocolate chip cookies are soft in the middle, crisp at the edges, and loaded with chocolate.",
		"Brown butter gives the cookies a nutty flavour that makes the whole experience of eating them feel special.",
		"You can freeze the cookie dough balls and bake them straight from the freezer whenever a craving strikes.",
		"Bake the cookies for 10 to 12 minutes, until the edges are golden, and let them cool on the tray.",
		"Store the cookies in an airtight container for up to five days. This site has more cookie recipes in the dessert section.",
	}
	guide := []string{
		"A cookie is a small piece of data a server sends to a user's web browser, which may store it and send it back with later requests.",
		"Cookies enable web applications to store limited amounts of data and remember state information between requests.",
		"Note that if a cookie's SameSite attribute is set to Strict or Lax, then the cookie will not be sent cross-site, even if credentials is set to include.",
		"Third-party cookies are those set by a site other than the one you are visiting, and browsers increasingly block them to protect the privacy of their users.",
		"In the early days of the web, cookies were used for general client-side data storage, before the storage APIs that are now recommended.",
	}
	for _, c := range []struct {
		title, heading string
		paras          []string
	}{
		{"The Best Chocolate Chip Cookies", "Instructions", recipe},
		{"Using HTTP cookies", "Third-party cookies", guide},
	} {
		text := "  • Home\n  • Recipes\n  • Guides\n\n" + c.title + "\n\n" + strings.Join(c.paras[:3], "\n\n") + "\n\n" + c.heading + "\n\n" + strings.Join(c.paras[3:], "\n\n") + "\n\n" + footer + "\n"
		res, err := clean.Text(text)
		require.NoError(t, err)
		assert.Equal(t, c.title, res.Title)
		for _, p := range c.paras {
			assert.Equal(t, clean.Keep, decision(t, res, p).Verdict, p)
		}

		// The consent framework's banner, in text, names its purposes
		// first: it goes on a page about cookies too.
		iab := "We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development. With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting."
		res, err = clean.Text(iab + "\n\n" + text)
		require.NoError(t, err)
		assert.Equal(t, clean.Drop, decision(t, res, iab).Verdict)

		banner := "This website uses cookies to improve your experience. By using it you agree to their use."
		page := `<html><body><div class="cookie-banner"><p>` + banner + `</p><button>OK</button></div><main><h1>` + c.title + `</h1><p>` + strings.Join(c.paras, "</p><p>") + `</p></main><footer><p>` + footer + `</p></footer></body></html>`
		res = cleanHTML(t, page)
		for _, p := range c.paras {
			assert.Contains(t, res.Body, p)
		}
		assert.NotContains(t, res.Body, banner)
	}

	banner := "We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies."
	story := banner + "\n\nAccept\n\n  • News\n  • Sport\n\nBakery reopens after the flood\n\n" + para1 + " The bakery sold 400 cookies on its first morning.\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(story)
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, banner).Verdict)

	// Sentences about cookies that do not reach the output (a box of
	// teasers under "You might also like") make no page about cookies
	// of it: the banner between the story's paragraphs goes, as it goes
	// when the output is cleaned again (see cookieTopicMoved).
	teasers := "  • Our bakery sells fresh cookies every morning from seven o'clock, said the menu.\n  • Try the oat cookies that our readers voted the best in town this year.\n"
	story = "  • News\n  • Sport\n\nBridge vote ends three years of debate\n\n" + para1 + "\n\n" + banner + "\n\n" + para2 + "\n\n" + para3 + "\n\nYou might also like\n\n" + teasers + "\n" + footer + "\n"
	res, err = clean.Text(story)
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, banner).Verdict)
	again, err := clean.Text(res.String())
	require.NoError(t, err)
	assert.Equal(t, res.String(), again.String())
}

// TestSubjectWordTitle: a wiki's page on a program, as a text renderer
// prints it, has the program's name alone over the article, one word that
// the article's first paragraph and most of its paragraphs give: that is
// its title, not the skin's setting above it (see subjectWord). A
// section's heading of one word that the article does not keep naming is
// no title.
func TestSubjectWordTitle(t *testing.T) {
	article := []string{
		"The zstd program compresses and decompresses files with the Zstandard algorithm, which trades speed for ratio across a wide range of levels.",
		"By default zstd keeps the source file and writes the compressed copy next to it, with the .zst suffix appended to its name.",
		"Levels from 1 to 19 are available, and zstd accepts levels up to 22 when the --ultra flag is given, at a much higher cost in memory.",
		"A dictionary trained on samples of small files lets zstd compress each of them far better than it could on its own.",
		"Multithreaded compression is enabled with -T, and zstd then splits its input into jobs that each thread compresses in turn.",
	}
	page := func(heading string) string {
		return "  • Main page\n  • Random page\n  • Recent changes\n\nAppearance\n\n  • ( )Small\n    ( )Standard\n\nThis page always uses small font size\n\n" +
			heading + "\n\n" + strings.Join(article, "\n\n") + "\n\n" + footer + "\n"
	}
	res, err := clean.Text(page("zstd"))
	require.NoError(t, err)
	assert.Equal(t, "zstd", res.Title)
	for _, p := range article {
		assert.Contains(t, res.Body, p)
	}
	again, err := clean.Text(res.String())
	require.NoError(t, err)
	assert.Equal(t, res.String(), again.String())

	res, err = clean.Text(page("Introduction"))
	require.NoError(t, err)
	assert.NotEqual(t, "Introduction", res.Title)
}

// TestProductNameWithModelCode: a shop's product page as a text
// renderer prints it has no h1; its product's name under the breadcrumb,
// sizes and model code and all ("1.0L", "KT-100"), is its title (see
// modelCodes), not the delivery promise under the price, which goes.
func TestProductNameWithModelCode(t *testing.T) {
	desc := []string{
		"A stainless steel interior keeps the water free of plastic taste, and a single cup boils in about sixty seconds.",
		"Boil-dry protection and a spill-proof lid make it safe to use in homes with small children.",
	}
	page := "  • Home\n  • Shop\n  • Sign in\n  • Cart (0)\n\nHome > Kitchen > Kettles\n\nStainless Steel Electric Kettle 1.0L KT-100\n\n$49.99\n\n" +
		"Free shipping · Arrives tomorrow\n\nAdd to cart\nAdd to wishlist\n\nDescription\n\n" + strings.Join(desc, "\n\n") +
		"\n\nSpecifications\n\nCapacity      1.0 L\nPower         1250 W\nWeight        900 g\n\n© 2025 KitchenStore. All rights reserved.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Stainless Steel Electric Kettle 1.0L KT-100", res.Title)
	assert.Equal(t, clean.Drop, decision(t, res, "Free shipping · Arrives tomorrow").Verdict)
	for _, p := range desc {
		assert.Contains(t, res.Body, p)
	}

	// A dateline's numbers stand alone: it is no name.
	story := "  • News\n  • Sport\n\nUpdated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM\n\n" + para1 + "\n\n" + para2 + "\n\n" + footer + "\n"
	res, err = clean.Text(story)
	require.NoError(t, err)
	assert.NotContains(t, res.Title, "Nov 19")
}

// TestFAQKeepsItsFirstQuestion: an FAQ's first question, right under the
// page's headline, is no headline of its body (see faqQuestion): it
// stays, in HTML and in text, and the body cleaned again is as it was.
func TestFAQKeepsItsFirstQuestion(t *testing.T) {
	qa := [][2]string{
		{"Can I change plans later?", "Yes. You can upgrade or downgrade at any time, and we will prorate the difference on your next invoice."},
		{"Do you offer discounts for nonprofits?", "Registered nonprofits get 50% off the Pro plan. Write to us from your organisation's address to apply."},
		{"What happens when I reach my storage limit?", "Uploads pause until you free up space or move to a larger plan; nothing you have stored is deleted."},
	}
	var h, txt strings.Builder
	for _, p := range qa {
		h.WriteString("<h3>" + p[0] + "</h3><p>" + p[1] + "</p>")
		txt.WriteString(p[0] + "\n\n" + p[1] + "\n\n")
	}
	page := `<html><head><title>FAQ | Acme Cloud</title></head><body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/docs">Docs</a></nav><main><h1>Frequently asked questions</h1>` +
		h.String() + `</main><footer><p>` + footer + `</p></footer></body></html>`
	html := cleanHTML(t, page)
	res, err := clean.Text("  • Home\n  • Pricing\n  • Docs\n\nFrequently asked questions\n\n" + txt.String() + footer + "\n")
	require.NoError(t, err)
	for _, r := range []*clean.Result{html, res} {
		assert.Equal(t, "Frequently asked questions", r.Title)
		for _, p := range qa {
			assert.Contains(t, r.Body, p[0])
			assert.Contains(t, r.Body, p[1])
		}
		again, err := clean.Text(r.Body)
		require.NoError(t, err)
		assert.Empty(t, again.Title)
		assert.Equal(t, r.Body, again.Body)
	}
}

// TestNumberedHeadingAboveTheArticle: in text, a numbered section heading
// right above the article's first paragraph, at its indent, opens the
// article as an h2 does in HTML (see headingAbove).
func TestNumberedHeadingAboveTheArticle(t *testing.T) {
	text := "  • Home\n  • Shops\n  • Contact\n\nSign in\n\n1. Delivery\n\n" + para1 + "\n\n" + para2 + "\n\n2. Returns\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, clean.Keep, decision(t, res, "1. Delivery").Verdict)
	assert.Equal(t, clean.Keep, decision(t, res, "2. Returns").Verdict)
}

// TestFirstPostHeaderApart: a Dutch thread as w3m prints it
// (testdata/pages/forum-nl.txt), each poster's name, rank and card on
// lines of their own with blank lines between: the first post keeps its
// name and date, as the others do (see postHeaderAbove and firstPoster);
// its rank ("Nieuw lid", as "New member") and card ("Berichten: 7") go. A
// story's byline, one name over its date with a blank line between, is
// no post's header and stays out.
func TestFirstPostHeaderApart(t *testing.T) {
	res := cleanFixture(t, "pages/forum-nl.txt")
	for _, keep := range []string{"jeroen_v", "4 maart 2026 om 20:12"} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	for _, drop := range []string{"Berichten: 7", "Nieuw lid"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}

	story := "  • News\n  • Sport\n\nSign in\n\nBridge vote ends three years of debate\n\nJane Doe\n\nMarch 12, 2024\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(story)
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, "Jane Doe").Verdict)
}

// TestParagraphOfThreeLinesIsNoTitle: a paragraph wrapped over three
// lines, on a page with too few wrapped paragraphs to be read as wrapped,
// keeps its first two lines, though the middle one ends no sentence (see
// runsOn), and neither is the headline; a shop's free-shipping promise
// above the page's h1 is no headline either.
func TestParagraphOfThreeLinesIsNoTitle(t *testing.T) {
	lines := []string{
		"Sepatu lari untuk medan tanah dan bebatuan dengan sol bergerigi yang",
		"mencengkeram kuat. Bagian atas dari jaring yang ringan menjaga kaki tetap",
		"sejuk, dan bantalan busa memberi kenyamanan untuk lari jarak jauh.",
	}
	page := "Gratis ongkir untuk pembelian di atas Rp200.000\nTokoLari\n\n  • Pria\n  • Wanita\n  • Masuk\n\nBeranda / Sepatu / Sepatu Lari Pria Trail X2\n\n" +
		"Sepatu Lari Pria Trail X2 - Hitam\n\nRp899.000\n\nTambah ke Keranjang Beli Sekarang Tambah ke Wishlist\n\nDeskripsi Produk\n\n" +
		strings.Join(lines, "\n") + "\n\nSpesifikasi\n\n© 2026 TokoLari. Hak cipta dilindungi undang-undang.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Sepatu Lari Pria Trail X2 - Hitam", res.Title)
	for _, l := range lines {
		assert.Equal(t, clean.Keep, decision(t, res, l).Verdict, l)
	}
}

// TestFirstPostHeaderMarkedAsMeta: a thread in HTML whose every post opens
// with a header line of its poster and date in a block whose class marks
// it as metadata ("crawler-post-meta"). The posts are the page's items,
// and the first post's header, right above the span, stays as the later
// ones do inside it (see decide's firstPostDate); a news story's dated byline
// over its one article does not.
func TestFirstPostHeaderMarkedAsMeta(t *testing.T) {
	posts := []struct{ name, date, text string }{
		{"hayley.p", "2 May 2025 18:48", "I have had symptoms since late 2019 and was diagnosed last April. I get confused between pushing through with training and keeping a realistic attitude when my body does not want to work."},
		{"alison100", "3 May 2025 09:21", "I think setting expectations is important here. Exercise will not reverse the damage, but it can help you use what you have, and that is worth a lot on the bad days."},
		{"kestrel", "3 May 2025 09:46", "A physiotherapist who knows the condition helped me a great deal. Ask your nurse for a referral; the waiting list was shorter than I feared and the plan was made for me."},
		{"whammel", "3 May 2025 18:23", "Swimming has been the one thing I can keep up all year. The water takes the weight, and the pool near me has a quiet session for people who need more time in the changing rooms."},
	}
	var page strings.Builder
	page.WriteString(`<html lang="en"><body><header><nav><ul>` + linkItems(6, "/c", "Category %d") + `</ul></nav></header><main><h1>Struggling with getting stronger</h1>`)
	for i, p := range posts {
		text := p.text
		if i == 0 {
			text += "</p><p>" + para1 + "</p><p>" + para2 // the question, in three paragraphs
		}
		fmt.Fprintf(&page, `<div id="post_%d" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator"><a href="/u/%s">%s</a></span> <span class="crawler-post-infos"><time>%s</time> <span>%d</span></span></div><div class="post"><p>%s</p></div></div>`, i+1, p.name, p.name, p.date, i+1, text)
	}
	page.WriteString(`</main><footer><p>© 2025 Example Society</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(page.String()))
	require.NoError(t, err)
	assert.Equal(t, "Struggling with getting stronger", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "hayley.p 2 May 2025 18:48 1\n\n"+posts[0].text), res.Body)
	assert.Contains(t, res.Body, "alison100 3 May 2025 09:21 2\n\n"+posts[1].text)

	story := `<html lang="en"><body><header><nav><ul>` + linkItems(6, "/c", "Section %d") + `</ul></nav></header><main><h1>Council approves the bridge</h1><div class="meta">By Jane Doe · 12 March 2024</div><p>` + para1 + `</p><p>` + para2 + `</p></main><footer><p>© 2024 The Daily Planet</p></footer></body></html>`
	res, err = clean.HTML(strings.NewReader(story))
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2, res.Body)
}

// TestListingFiltersAreNoHeadline: a listing as w3m prints it, its h1 over
// a count of results and a bar of filters, then indented cards. The h1 is
// the title: the bar, which holds a list control ("More filters"), is no
// headline (see controlBar), and the first card reaches back over none of
// them (see measure's markCards), which had put them all in the span and
// left the page without a title.
func TestListingFiltersAreNoHeadline(t *testing.T) {
	var b strings.Builder
	b.WriteString("HomeEasyBuy Rent Sell Agencies Mortgages Log in\nHome › Piedmont › Turin\n\nHouses and apartments for sale in Turin\n\n1,284 listings\nPrice Rooms Area More filters Save search\nSort by: Relevance\n\n")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "  • Apartment %d for sale on Via Po, Turin\n    € %d89,000\n      □ %d rooms\n      □ 85 m²\n\n    Bright renovated apartment in the heart of the old town, a short walk from the river and the market.\n\n    Contact Save\n", i, i, i)
	}
	b.WriteString("\n1 2 3 … 52 Next\n\n© 2024 HomeEasy Ltd.\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.Equal(t, "Houses and apartments for sale in Turin", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "  • Apartment 1 for sale on Via Po, Turin\n"), res.Body)
	assert.Equal(t, "prev-next", decision(t, res, "1 2 3 … 52 Next").Rule)
}

// TestCountsAreNoHeadline: a Korean community post as w3m prints it, its
// title over the poster's line and a line of counts ("조회 1,024 · 추천 12
// · 댓글 3": views, likes, comments). The title is the headline, not the
// counts: a line in a script without case may not be numbers mostly (see
// shaped). Its buttons, its comment heading and the links to the previous
// and next posts go by the Korean lexicon.
func TestCountsAreNoHeadline(t *testing.T) {
	res := cleanFixture(t, "pages/forum-ko.txt")
	assert.Equal(t, "베란다에서 방울토마토 키우기 질문", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "올해 처음으로 베란다에서 방울토마토를 키우고 있습니다."), res.Body)
	for line, rule := range map[string]string{"추천 비추천 공유 신고": "button-row", "전체 댓글 3개": "comments", "이전글 다음글 목록": "prev-next"} {
		assert.Equal(t, rule, decision(t, res, line).Rule, line)
	}
}

// TestSpecificationsUnderAHeading: a product page whose description is
// followed by a heading and the table of its specifications, as HTML and
// as w3m prints it. The table and its heading are the product's (see
// tableHeadingAfter), and the line of a form's field over the description
// ("Estimate shipping [          ] OK") is no headline, nor is a bar of
// links with "My account" and "Cart" in it (see signInBar). The table's
// widest row, which w3m parts by one space, is one of its rows.
func TestSpecificationsUnderAHeading(t *testing.T) {
	desc := []string{
		"The Turbo 1200W blender has a powerful motor and six-point stainless steel blades, ideal for crushing ice and frozen fruit and making creamy smoothies in seconds.",
		"The 3-litre jar is made of tough acrylic, with a measuring lid and an ergonomic handle. It has 12 speeds and a pulse function for full control of the texture.",
	}
	specs := [][2]string{{"Power", "1200 W"}, {"Jar capacity", "3 litres"}, {"Speeds", "12 + pulse"}, {"Voltage", "127 V"}, {"Warranty", "12 months"}}
	var html strings.Builder
	html.WriteString(`<html lang="en"><body><header><nav><a href="/a">Small appliances</a> <a href="/b">Cookware</a> <a href="/c">Deals</a> <a href="/d">My account</a> <a href="/e">Cart (0)</a></nav></header><main><h1>Turbo 1200W Blender, Black</h1><p>Was $399.90 Now $299.90</p><form>Estimate shipping <input> <button>OK</button></form><h2>Product description</h2>`)
	for _, p := range desc {
		html.WriteString("<p>" + p + "</p>")
	}
	html.WriteString("<h2>Specifications</h2><table>")
	for _, s := range specs {
		fmt.Fprintf(&html, "<tr><td>%s</td><td>%s</td></tr>", s[0], s[1])
	}
	html.WriteString(`</table><h2>Customers who viewed this item also viewed</h2><ul><li><a href="/x">Stand Mixer 600W</a></li><li><a href="/y">Hand Blender 400W</a></li></ul></main><footer><p>© 2024 Casa Inc.</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(html.String()))
	require.NoError(t, err)
	assert.Equal(t, "Turbo 1200W Blender, Black", res.Title)
	assert.Contains(t, res.Body, desc[1]+"\n\nSpecifications\n\nPower | 1200 W\n", res.Body)
	assert.Contains(t, res.Body, "Warranty | 12 months", res.Body)

	var text strings.Builder
	text.WriteString("Small appliances Cookware Deals My account Cart (0)\n\nTurbo 1200W Blender, Black\n\nWas $399.90 Now $299.90\nEstimate shipping [                    ] OK\n\n")
	for _, p := range desc {
		text.WriteString(p + "\n\n")
	}
	text.WriteString("Specifications\n\n")
	for _, s := range specs {
		fmt.Fprintf(&text, "%-14s%s\n", s[0], s[1])
	}
	text.WriteString("\nCustomers who viewed this item also viewed\n\n  • Stand Mixer 600W\n  • Hand Blender 400W\n\n© 2024 Casa Inc.\n")
	res, err = clean.Text(text.String())
	require.NoError(t, err)
	assert.NotContains(t, res.Title, "[", "a form's field is no headline")
	assert.NotContains(t, res.Title, "My account", "a bar of links is no headline")
	assert.Contains(t, res.Body, desc[1]+"\n\nSpecifications\n\nPower         1200 W\n", res.Body)
	assert.Contains(t, res.Body, "Warranty      12 months", res.Body)

	// w3m pads each cell to its column's widest and parts the columns by
	// one space: the widest row has no wide gap (see markWidestRows).
	text.Reset()
	text.WriteString("Turbo 1200W Blender, Black\n\n" + desc[0] + "\n\n" + desc[1] + "\n\nSpecifications\n\n")
	for _, s := range specs {
		fmt.Fprintf(&text, "%-12s %s\n", s[0], s[1])
	}
	text.WriteString("\nCustomers who viewed this item also viewed\n\n  • Stand Mixer 600W\n  • Hand Blender 400W\n\n© 2024 Casa Inc.\n")
	res, err = clean.Text(text.String())
	require.NoError(t, err)
	assert.Contains(t, res.Body, "Specifications\n\nPower        1200 W\nJar capacity 3 litres\nSpeeds       12 + pulse\n", res.Body)
	assert.Contains(t, res.Body, "Warranty     12 months", res.Body)

	form := "Estimate shipping [                    ] OK I don't know my ZIP code"
	res, err = clean.Text("Cookware Deals Blenders\n\n" + form + "\n\n" + desc[0] + "\n\n" + desc[1] + "\n\n© 2024 Casa Inc.\n")
	require.NoError(t, err)
	assert.NotEqual(t, form, res.Title, "a form's field is no headline")
}

// TestTableRowIsNoHeadline: a row of a table whose columns a text
// renderer aligns with spaces (an infobox's "Area           42 km²") is
// no headline, though it stands nearer the article than the headline.
func TestTableRowIsNoHeadline(t *testing.T) {
	res, err := clean.Text("Home | News | Sport\n\nCouncil approves the new river bridge\n\nPopulation     12,000 people\nArea           42 square km\n\n" + para1 + "\n\n" + para2 + "\n\n© 2024 The Daily Planet\n")
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge", res.Title)
}

// TestHeadlineOverStandfirst: a news story in text gives its headline, a
// blank line, its standfirst, then its byline. The headline is the title,
// not the standfirst that stands nearer the article (see headlineOver);
// a breadcrumb over a headline does not take its place.
func TestHeadlineOverStandfirst(t *testing.T) {
	head := "Council approves the new river bridge after a long debate"
	stand := "The vote ends three years of argument over the crossing"
	res, err := clean.Text("Home | News | Sport\n\n" + head + "\n\n" + stand + "\n\nBy Jane Doe\nMarch 12, 2024\n\n" + para1 + "\n\n" + para2 + "\n\n© 2024 The Daily Planet\n")
	require.NoError(t, err)
	assert.Equal(t, head, res.Title)

	res, err = clean.Text("Home | News | Sport\n\nNews/ City/ Council approves the bridge\n\n" + head + "\n\nBy Jane Doe\nMarch 12, 2024\n\n" + para1 + "\n\n" + para2 + "\n\n© 2024 The Daily Planet\n")
	require.NoError(t, err)
	assert.Equal(t, head, res.Title)

	// The page's first line, with no chrome above it, is its site's bar
	// (a Hebrew site's name glued to its menu, which no case marks): the
	// headline under it is the title.
	res, err = clean.Text("The Daily Planet News Archive Login\n\n" + head + "\n\nBy Jane Doe\nMarch 12, 2024\n\n" + para1 + "\n\n" + para2 + "\n\n© 2024 The Daily Planet\n")
	require.NoError(t, err)
	assert.Equal(t, head, res.Title)
}

// TestHeadlineOverItsHeader: in text, a headline over its article's
// header, where the byline or the date is not the next line but comes
// among the short lines under it ("Last updated", a date, "Written by",
// a name), is the title, not a label nearer the article; and a
// standfirst over such a header leaves the headline above it the title
// (see decide's overHeader).
func TestHeadlineOverItsHeader(t *testing.T) {
	head := "Ten Trends in Catering to Look For This Year"
	res, err := clean.Text("  • Home\n  • Guides\n  • Contact\n\nRestaurant Tips\n\n" + head + "\n\nLast updated\n\nAug 04, 2025\n\nWritten by\n\nEdzel Tabing\n\nPlan your menu and book your tasting early\n\n" + para1 + "\n\n" + para2 + "\n\n" + footer + "\n")
	require.NoError(t, err)
	assert.Equal(t, head, res.Title)
	assert.Contains(t, res.Body, para1)

	head = "Council approves the new river bridge after a long debate"
	stand := "The vote ends three years of argument over the crossing"
	res, err = clean.Text("Home | News | Sport\n\n" + head + "\n\n" + stand + "\n\n[svg]\n\nBy Jane Doe — March 12, 2024 6 min read\n\n" + para1 + "\n\n" + para2 + "\n\n" + footer + "\n")
	require.NoError(t, err)
	assert.Equal(t, head, res.Title)
}

// TestFactsRowIsNoHeadline: a shop's delivery line, facts parted by
// middle dots ("Deliver to: New York 10001 · In stock · Arrives
// tomorrow", "配送至：北京市朝阳区有货 · 预计明天送达"), or a thread's counts
// ("レス数：128　閲覧数：5,432"), or a Chinese shop's counts of its sales
// and reviews ("月销量 2.3万  累计评价 18万+"), or a shop's bar with its
// telephone ("Free shipping on orders over $50 | Call us:
// 1-800-555-0199"), is no headline, though it stands nearer the text
// than the product's name or the thread's title (see decide's factsRow).
func TestFactsRowIsNoHeadline(t *testing.T) {
	for name, row := range map[string]string{
		"Smart Band 9 Fitness Tracker":      "Deliver to: New York 10001 · In stock · Arrives tomorrow",
		"小米手环9 智能运动手环":                      "配送至：北京市朝阳区有货 · 预计明天送达",
		"自転車通勤を始めた人のスレ Part3":               "レス数：128　閲覧数：5,432 最新レスへ",
		"Which bike for a ten mile commute": "Replies: 12 Views: 3,456 Jump to latest",
		"Lumi Air Fryer 5.5 L":              "Free shipping on orders over $50 | Call us: 1-800-555-0199",
		"Nồi chiên không dầu Lumi 5.5 lít":  "Miễn phí vận chuyển cho đơn hàng từ 500.000₫ | Hotline: 1900 1234",
		"美的电热水壶 MK-SH15X1 1.5L 304不锈钢":      "月销量 2.3万  累计评价 18万+",
	} {
		res, err := clean.Text("Home | Shop | Cart\n\n" + name + "\n\nPrice: $26.90\n\n" + row + "\n\nAdd to cart Buy now\n\n" + para1 + "\n\n" + para2 + "\n\n© 2024 The Shop\n")
		require.NoError(t, err)
		assert.Equal(t, name, res.Title, row)
	}
}

// TestSectionNameIsNoHeadline: a product page in text names its sections
// as every shop does ("Product description", "Mô tả sản phẩm",
// "Produktbeschreibung", "商品説明"), right over the text, nearer it than
// the product's name, which is the headline (see decide's sectionName).
func TestSectionNameIsNoHeadline(t *testing.T) {
	for _, c := range []struct{ bar, name, section, text string }{
		{"Free shipping on orders over $50", "Lumi Air Fryer 5.5 L", "Product description", para1 + "\n\n" + para2},
		{"Miễn phí vận chuyển cho đơn hàng từ 500.000₫", "Nồi chiên không dầu Lumi 5.5 lít", "Mô tả sản phẩm",
			"Nồi chiên không dầu Lumi có dung tích 5,5 lít, đủ cho bữa ăn của gia đình từ bốn đến sáu người. Công nghệ tuần hoàn khí nóng giúp thực phẩm chín đều, giòn bên ngoài và mềm bên trong mà gần như không cần dùng dầu ăn.\n\n" +
				"Bảng điều khiển cảm ứng với tám chế độ nấu cài sẵn giúp bạn chế biến khoai tây chiên, gà nướng, cá hay bánh chỉ với một lần chạm. Lòng nồi được phủ lớp chống dính an toàn, dễ dàng vệ sinh sau khi sử dụng."},
		{"Kostenloser Versand ab 50 €", "Lumi Heißluftfritteuse mit acht Programmen", "Produktbeschreibung",
			"Die Heißluftfritteuse von Lumi fasst 5,5 Liter und reicht damit für eine Mahlzeit von vier bis sechs Personen. Die heiße Luft gart die Speisen gleichmäßig, außen knusprig und innen zart, fast ganz ohne Öl.\n\n" +
				"Über das Bedienfeld mit acht Programmen gelingen Pommes, Hähnchen, Fisch oder Kuchen mit einem Fingertipp. Der Korb hat eine sichere Antihaftbeschichtung und ist nach dem Gebrauch leicht zu reinigen."},
	} {
		page := c.bar + "\n\nHome / Kitchen / Air fryers\n\n" + c.name + "\n\n★★★★☆ 4.6 (128)\n\n$64.99\n\nColour: Black White\nQuantity: - 1 +\nAdd to cart Buy now\n\n" +
			"  • 12-month warranty\n  • Free returns within 30 days\n  • Nationwide delivery\n\nShare: Facebook Twitter\n\n" +
			c.section + "\n\n" + c.text + "\n\n© 2024 KitchenJoy\n"
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Equal(t, c.name, res.Title, c.section)
	}
}

// TestChineseQuestionTitle: a Chinese question page's question, its h1,
// over its own text and the buttons and counts of its answers, is its
// title: the reading of its output had taken the short lines under it for
// a list of titles, of which the question was but the first (see decide's
// titleRun).
func TestChineseQuestionTitle(t *testing.T) {
	page := `<html><body><nav><a href="/">首页</a> <a href="/explore">发现</a> <a href="/topics">话题</a></nav><main>
<h1>新手第一次养猫需要准备哪些东西？</h1>
<p>下个月准备从朋友那里领养一只三个月大的小猫，家里从来没有养过宠物，想提前把东西准备好，大家有什么建议吗？</p>
<p>关注问题 写回答 1,284 人关注 被浏览 356,002</p><h2>32 个回答</h2><p>默认排序 按时间排序</p>
<p>喵星人观察员 宠物医院兽医</p><p>2,345 人赞同了该回答</p>
<p>作为兽医，我建议最先准备的是猫砂盆、猫砂和适合幼猫的猫粮，这三样第一天就要用到。</p>
<p>其次是猫抓板和一个安静的猫窝。小猫刚到新家会紧张，最好先让它待在一个小房间里，熟悉了再慢慢扩大活动范围。</p>
<p>编辑于 2025-11-03 14:20</p><p>赞同 2345 52 条评论 分享 收藏</p>
</main><footer>© 2026 问答社区</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "新手第一次养猫需要准备哪些东西？", res.Title)
}

// TestListOfNumberedNamesLosesNoLine: a text of short lines that give a
// name and a number ("Caption 12", "Item #12", "Photo 12 of 80") is a
// list, none of which is its headline. The first line, allowed its
// numbers as a first line is, had been the title, and each reading of the
// body alone lifted the next one, until 32 lines had gone; cleaning the
// body again lifted 32 more (see decide's titleRun). A headline over the
// list, or a gallery's h1 over its captions, is its title.
func TestListOfNumberedNamesLosesNoLine(t *testing.T) {
	for _, line := range []string{"Caption %d", "Item #%d", "Photo %d of 80"} {
		var lines []string
		for i := 1; i <= 80; i++ {
			lines = append(lines, fmt.Sprintf(line, i))
		}
		text := strings.Join(lines, "\n\n")
		res, err := clean.Text(text + "\n")
		require.NoError(t, err)
		assert.Empty(t, res.Title, line)
		assert.Equal(t, text, res.Body, line)
		again, err := clean.Text(res.Body)
		require.NoError(t, err)
		assert.Equal(t, res.Body, again.Body, line)

		// A headline over such a list stays its title.
		res, err = clean.Text("Gallery of the week\n\n" + text + "\n")
		require.NoError(t, err)
		assert.Equal(t, "Gallery of the week", res.Title, line)
		assert.Equal(t, text, res.Body, line)
	}
	// So does a gallery's h1 over its pictures' captions.
	var page strings.Builder
	page.WriteString("<html><body><main><h1>Gallery of the week</h1>")
	var captions []string
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&page, `<figure><img src="/p%d.jpg" alt=""><figcaption>Photo %d of 40</figcaption></figure>`, i, i)
		captions = append(captions, fmt.Sprintf("Photo %d of 40", i))
	}
	page.WriteString("</main></body></html>")
	res, err := clean.HTML(strings.NewReader(page.String()))
	require.NoError(t, err)
	assert.Equal(t, "Gallery of the week", res.Title)
	assert.Equal(t, strings.Join(captions, "\n\n"), res.Body)
}

// TestArabicWrappedParagraphIsNoTitle: Arabic has no case to mark a
// wrapped paragraph's next line, and the first line of a manual's first
// paragraph, as wide as w3m's margin, had been its title; the headline
// above it is (see decide's wrappedHead).
func TestArabicWrappedParagraphIsNoTitle(t *testing.T) {
	page := "الوثائق / البدء / التثبيت على ويندوز\n\n" +
		"تثبيت الأداة على نظام ويندوز\n\n" +
		"آخر تحديث: 12 مارس 2026 · وقت القراءة: 4 دقائق\n\n" +
		"في هذه الصفحة\n\n  • المتطلبات\n  • خطوات التثبيت\n  • التحقق من التثبيت\n\n" +
		"المتطلبات\n\n" +
		"تحتاج إلى نظام ويندوز 10 أو أحدث، وإلى صلاحيات المسؤول لتثبيت الأداة لجميع\n" +
		"المستخدمين. تأكد أيضاً من توفر مساحة لا تقل عن 200 ميغابايت على القرص.\n\n" +
		"خطوات التثبيت\n\n" +
		" 1. نزّل ملف التثبيت من صفحة الإصدارات.\n 2. شغّل الملف واتبع التعليمات التي تظهر على الشاشة.\n 3. أعد تشغيل الطرفية بعد انتهاء التثبيت.\n\n" +
		"© 2026 ديمو تول. جميع الحقوق محفوظة.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "تثبيت الأداة على نظام ويندوز", res.Title)
	assert.Contains(t, res.Body, "تحتاج إلى نظام ويندوز 10 أو أحدث، وإلى صلاحيات المسؤول لتثبيت الأداة لجميع\nالمستخدمين.")
}

// TestGluedBarWithAccentsIsNoHeadline: a site's bar that w3m glued,
// whose words end in letters with accents ("PortuguêsPerguntas"), runs
// its words into each other as an ASCII bar does, and is no headline: a
// Portuguese question page's had been its title, and its question went to
// a reading of its body.
func TestGluedBarWithAccentsIsNoHeadline(t *testing.T) {
	q := "Como converter uma string em data no Python?"
	res, err := clean.Text("Stack Overflow em PortuguêsPerguntas Tags UsuáriosEntrar Cadastre-se\n\n" + q + "\n\n" +
		"Tenho uma string no formato \"12/03/2024\" e preciso transformá-la em um objeto de data para comparar com outras datas. Qual é a forma correta de fazer isso?\n\n" +
		"Use a função strptime do módulo datetime, informando o formato da sua string, e o resultado é um objeto que você pode comparar diretamente com outros.\n\n" +
		"© 2026 Stack Exchange Inc\n")
	require.NoError(t, err)
	assert.Equal(t, q, res.Title)
}

// TestCodeGivesNoDate: a date in a block of code among an article's first
// lines ("data = \"12/03/2024\"", a question's example) is the code's,
// not the page's.
func TestCodeGivesNoDate(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a> <a href="/q">Questions</a></nav><main>
<h1>How do I turn a string into a date?</h1>
<p>I have a string in a fixed format and need to turn it into a date object to compare it with other dates that I read from a file.</p>
<pre><code>data = "12/03/2024"</code></pre>
<p>What is the right way to do it, and does it work with other formats as well?</p>
</main><footer>© 2026 Example</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "", res.Date)
}

// An h1 of two words that the page's <title> holds ("Northbound Train
// Lyrics - The Low Hills | SongText") is the headline, over the link of
// three words under it that the title holds too, the song's artist.
func TestShortH1InMetaTitle(t *testing.T) {
	page := `<html><head><title>Northbound Train Lyrics - The Low Hills | SongText</title></head><body><nav><ul>` + linkItems(6, "/c", "Charts %d") + `</ul></nav>` +
		`<main><h1>Northbound Train</h1><div class="artist"><a href="/the-low-hills">The Low Hills</a></div>` +
		`<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main><footer><p>` + footer + `</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Northbound Train", res.Title)
}

// A thread whose posts are short paragraphs that end with a question,
// under dates and beside their posters' cards: its h1 is the headline,
// though a reading of the output finds each question over a date, as a
// list of dated titles would be (a paragraph of several sentences has no
// headline's shape: see innerSentences); and the page is dated by its
// first post, not by the day its poster registered.
func TestThreadOfQuestionsKeepsItsHeadline(t *testing.T) {
	post := func(author, joined, date, text string) string {
		return `<table class="post"><tr><td class="postauthor"><b>` + author + `</b><br>Сообщений: 12<br>Регистрация: ` + joined +
			`</td><td class="postbody"><div class="postdate">` + date + `</div><p>` + text + `</p><div><a>Цитировать</a> <a>Ответить</a></div></td></tr></table>`
	}
	page := `<html lang="ru"><head><title>Не заводится двигатель в мороз - Форум автолюбителей</title></head><body>
<div class="header"><a href="/">Форум автолюбителей</a> <a href="/login">Вход</a> <a href="/register">Регистрация</a></div>
<h1>Не заводится двигатель в мороз</h1>` +
		post("Иван_К", "03.01.2025", "15 января 2026, 08:41", "Добрый день. Вчера при минус двадцати пяти машина не завелась: стартер крутит бодро, но двигатель не схватывает. Аккумулятор новый, свечи меняли осенью. Что ещё можно проверить?") +
		post("Сергей М.", "11.06.2012", "15 января 2026, 09:17", "Первым делом проверьте топливо. Летняя солярка или вода в бензобаке в такой мороз дают ровно такую картину. Какой у вас двигатель, бензин или дизель?") +
		post("Иван_К", "03.01.2025", "15 января 2026, 10:02", "Дизель. Заправлялся на обычной заправке за городом, видимо, там и залили летнее топливо. Попробую слить отстой из фильтра.") +
		`<div class="footer">© 2006–2026 Форум автолюбителей. Все права защищены.</div></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Не заводится двигатель в мороз", res.Title)
	assert.Equal(t, "2026-01-15", res.Date)
	assert.True(t, strings.HasPrefix(res.Body, "15 января 2026, 08:41\n\nДобрый день."), res.Body)
}

// TestJobSectionsAreNoHeadline: a job advert's first section heading
// ("Sobre el puesto", "About the role", the section-names list) over its
// one paragraph is no headline. In text the job's title above its facts
// is; in HTML the heading stays in the body, where a reading of the body
// alone had lifted it.
func TestJobSectionsAreNoHeadline(t *testing.T) {
	for _, c := range []struct{ title, facts, section, text, list string }{
		{"Desarrollador/a Backend Go (Remoto)", "Acme Tecnología · Madrid, España · Remoto · Publicado hace 3 días", "Sobre el puesto",
			"En Acme Tecnología buscamos una persona que se una a nuestro equipo de plataforma para diseñar y mantener los servicios que procesan millones de pagos al día.",
			"Requisitos"},
		{"Senior Backend Engineer (Go)", "Acme Payments · Berlin · Remote · Posted 3 days ago", "About the role",
			"At Acme Payments we are looking for an engineer to join our platform team and to design and run the services that process millions of payments a day.",
			"Requirements"},
	} {
		text := "JobsNowFind jobs Companies Salaries Post a job\nSign in Register\n\n" + c.title + "\n\n" + c.facts + "\n\n" +
			c.section + "\n\n" + c.text + "\n\n" + c.list + "\n\n  • Go\n  • PostgreSQL\n\n© 2026 JobsNow\n"
		res, err := clean.Text(text)
		require.NoError(t, err)
		assert.Equal(t, c.title, res.Title, c.section)

		html := `<html><body><nav><a>Find jobs</a> <a>Companies</a> <a>Salaries</a> <a>Sign in</a></nav><main><h1>` + c.title + `</h1><p>` + c.facts +
			`</p><button>Apply</button><section><h2>` + c.section + `</h2><p>` + c.text + `</p><h2>` + c.list +
			`</h2><ul><li>Go</li><li>PostgreSQL</li></ul></section></main><footer>© 2026 JobsNow</footer></body></html>`
		res, err = clean.HTML(strings.NewReader(html))
		require.NoError(t, err)
		assert.Equal(t, c.title, res.Title, c.section)
		assert.True(t, strings.HasPrefix(res.Body, c.section+"\n\n"+c.text), res.Body)
	}
}

// TestCJKProductNameWithNumbers: a Japanese product's h1 whose tokens are
// mostly its capacity and model number ("ステンレス電気ケトル 1.0L
// KT-100") is its headline, as a Latin product name with numbers is (see
// decide's shaped), not the row of buttons under its price; and a reading
// of the output keeps it.
func TestCJKProductNameWithNumbers(t *testing.T) {
	page := `<html lang="ja"><head><title>ステンレス電気ケトル 1.0L KT-100 | 家電のマルシェ</title></head><body>
<nav><a>キッチン家電</a> <a>生活家電</a> <a>ログイン</a> <a>カート</a></nav><main>
<h1>ステンレス電気ケトル 1.0L KT-100</h1><p>¥4,980（税込）</p><p>送料無料 ・ 通常1〜2日で発送</p>
<label>カラー</label> <button>カートに入れる</button> <button>お気に入りに追加</button>
<h2>商品説明</h2>
<p>毎朝のコーヒーやお茶に、すばやくお湯を沸かせるステンレス製の電気ケトルです。カップ1杯分なら約60秒で沸騰します。</p>
<p>空焚き防止機能と自動電源オフ機能を備えているので、忙しい朝でも安心してお使いいただけます。</p>
</main><footer>© 2026 家電のマルシェ</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "ステンレス電気ケトル 1.0L KT-100", res.Title)
	assert.NotContains(t, res.Body, "カートに入れる")
}

// TestArabicProductInText: an Arabic shop's product as w3m prints it, its
// name over its rating, its price in riyals written in letters ("349
// ر.س"), a row of buttons and its description: the name is the title. The
// price had been (see measure's opensWithAmount), and the row of buttons,
// two whole phrases of the nav-label table, after it (see buttonBar).
func TestArabicProductInText(t *testing.T) {
	page := "متجر النخبةالإلكترونيات الهواتف الصوتيات العروض تسجيل الدخول السلة (0)\n\n" +
		"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق\nعلى ذلك.\n\nموافق\n" +
		"الرئيسية / الصوتيات / سماعات\n\nسماعات لاسلكية برو 2 بخاصية إلغاء الضوضاء\n\n★★★★☆ (86 تقييم)\n\n349 ر.س [DEL:449 ر.س:DEL]\n\n" +
		"الكمية أضف إلى السلة اشتر الآن أضف إلى المفضلة\n\nوصف المنتج\n\n" +
		"تقدم سماعات برو 2 صوتاً نقياً وعميقاً بفضل مشغلات مخصصة، مع خاصية إلغاء الضوضاء\nالنشطة التي تعزلك عن أصوات الشارع والمكتب.\n\n" +
		"تدوم البطارية حتى ثماني ساعات من الاستماع المتواصل، وتمنحك علبة الشحن ثلاثين\nساعة إضافية، كما تدعم الشحن اللاسلكي.\n\n" +
		"© 2026 متجر النخبة. جميع الحقوق محفوظة.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "سماعات لاسلكية برو 2 بخاصية إلغاء الضوضاء", res.Title)
	assert.NotContains(t, res.Body, "أضف إلى السلة")
}

// A headline right over its byline, in text whose lines no blank line
// parts (a browser's innerText of a blog's header): the article's first
// section heading below the byline, nearer the article, had been taken
// for it. A line right over the byline scores more (see titleBefore).
func TestHeadlineOverByline(t *testing.T) {
	doc := "The Garden Journal\nHome About Privacy Terms\nPruning Clematis: A Guide to Blooms All Season\nBy Randy Thompson • 20 Dec 2025\nWhen to Prune Your Clematis\n\n" +
		para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "Pruning Clematis: A Guide to Blooms All Season", res.Title)
}

// A widget's label that a text rendering prints in each group of a menu
// ("Arrow that indicates expansion state", a screen reader's hint) is no
// headline, however often the page gives it: a headline is given a few
// times (a breadcrumb, a share text, a teaser), a label once a group. A
// name in title case may be given as often, a product's under each of
// its pictures, and is still the page's headline (see titleScore).
func TestWidgetLabelIsNoHeadline(t *testing.T) {
	headline := "The Sixteen Best River Bridges of the Year"
	var menu strings.Builder
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&menu, "Arrow that indicates expansion state\nBridges by region %d\nBridges by builder %d\nBridges by decade %d\n", i, i, i)
	}
	res := cleanArticle(t, menu.String()+"\n"+headline, "")
	assert.Equal(t, headline, res.Title)
	assert.True(t, strings.HasPrefix(res.Body, para1), res.Body)
	assert.NotContains(t, res.Body, "Arrow")

	name := "Essential Electronics Toolkit Kit"
	res = cleanArticle(t, "  • Home\n  • Shop\n\n"+name+"\n\n"+strings.Repeat("[image]\n"+name+"\n", 5)+"\nBuy from our store in your region", "")
	assert.Equal(t, name, res.Title)
}

// A logo's alt text, given in the page's header and again in its footer
// ("Riverside University Health wordmark"), is given twice as a headline is, and is
// not one: the line over the article, under its date, is (see
// titleScore).
func TestLogoTwiceIsNoHeadline(t *testing.T) {
	headline := "Seven ways to keep a river bridge safe in winter"
	head := "Riverside University Health wordmark\n\n  • Home\n  • Patients\n  • Research\n  • Health topics\n  • All articles\n\n" +
		"Four engineers inspecting the cables of a bridge\nDECEMBER 27, 2024\n\n" + headline
	res := cleanArticle(t, head, "Riverside University Health wordmark")
	assert.Equal(t, headline, res.Title)
}

// A breadcrumb that a renderer printed as a short list right above the
// headline ("1. Documentation", "2. Effective Docs") names the page, as a
// breadcrumb on one line that ends with it does: the headline under it is
// the title, not a menu's longer description (see listCrumb).
func TestListBreadcrumbOverHeadline(t *testing.T) {
	headline := "Effective Docs"
	head := "  • Why Bridges\n      □ Case Studies\n        Common problems cities solve with bridges\n" +
		"      □ " + headline + "\n        Tips for writing clear bridge reports\n" +
		"      □ Community\n        Learn and network with bridge builders from around the world\n\n" +
		" 1. Documentation\n 2. " + headline + "\n\n" + headline
	res := cleanArticle(t, head, "")
	assert.Equal(t, headline, res.Title)
}

// An article's byline between its standfirst and its text goes; a
// thread's posters, one over each post, stay with their posts.
func TestBylineInsideTheArticle(t *testing.T) {
	chrome := "Sign in\n\n  * News\n  * Sport\n  * Weather\n\n"
	article := chrome + "Council approves the new bridge\n\n" + para1 + "\n\nBy Jane Doe\n\n" + para2 + "\n\n" + para3 + "\n\n" + para4 + "\n\n" + footer + "\n"
	res, err := clean.Text(article)
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, "By Jane Doe").Verdict)
	assert.Contains(t, res.Body, para1)
	assert.Contains(t, res.Body, para2)

	posters := []string{"by Alice » Tue Aug 27, 2019 1:47 am", "by Bob » Tue Aug 27, 2019 4:08 am", "by Carol » Wed Aug 28, 2019 12:22 am"}
	thread := chrome + "Is the new bridge worth its cost?\n\n"
	for i, p := range []string{para1 + " " + para2, para3, para4} {
		thread += posters[i] + "\n\n" + p + "\n\n"
	}
	res, err = clean.Text(thread + footer + "\n")
	require.NoError(t, err)
	for _, p := range posters[1:] {
		assert.Equal(t, clean.Keep, decision(t, res, p).Verdict, p)
	}
}

// A trail whose separators the renderer drew as pictures reads as words,
// and as a paragraph: the headline right under it, which it ends with, is
// the page's headline, and the trail is a copy of it. So it is under a
// trail whose separators are slashes, with a title-like line above them
// both (a row of buttons, "Start Undergraduate Application Start Graduate
// Application"). A post's "Continuing the discussion from ...:" is no
// trail, and the topic it names no headline, under a page's h1.
func TestHeadlineUnderATrailOfWords(t *testing.T) {
	headline := "Council and Builders Introduce New Bridge Plan in North City to Improve Daily Travel for Commuters"
	text := "  • Home\n  • News\n  • Contact\n\n" + footer + "\n\nHome News City News " + headline + "\n\n" + headline + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.NotContains(t, res.Body, "Home News City News")
	assert.Contains(t, res.Body, para1)

	question := "Bridge plan vs. tunnel plan: which one is right for the city?"
	buttons := "Apply to the Undergraduate School Apply to the Graduate School"
	text = "  • Home\n  • News\n  • Contact\n\n" + buttons + "\n\n  • Sign in\n  • Search\n\nNewsroom/City news/" + question + "\n\n" + question + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, question, res.Title)

	topic := "Council and Builders Introduce the Old Bridge Plan"
	for _, head := range []string{
		"# My take on the bridge plan\n\n  • Forum\n  • Transport\n\n",
		"Bridge Forum\n\nMy take on the bridge plan\n\nTransport Clubs City Discussions\n\nPaulWBryant June 2, 2024, 3:24pm  1\n\n",
	} {
		text = head + "Continuing the discussion from " + topic + ":\n\n" + topic + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
		res, err = clean.Text(text)
		require.NoError(t, err)
		assert.Equal(t, "My take on the bridge plan", res.Title)
	}
}

// A function's signature under its item's title on a documentation page
// is the page's text, not a second headline that a reading of the output
// would lift out of its body (see signature).
func TestSignatureIsNoHeadline(t *testing.T) {
	page := `<html><head><title>is_some in std::option - Rust</title></head><body><nav><a href="/">Home</a> <a href="/std">std</a></nav><main>
<h1>Method is_some</h1><pre class="rust item-decl"><code>pub const fn is_some(&amp;self) -&gt; bool</code></pre>
<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Method is_some", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "pub const fn is_some(&self) -> bool\n"), res.Body)

	// Nor is a signature with no mark of code but its parameters, as Go's
	// reference prints one; a plural's mark is no parameter list.
	page = `<html><head><title>strings package - Go Packages</title></head><body><nav><a href="/">Home</a> <a href="/std">Standard library</a></nav><main>
<h1>Split</h1><pre><code>func Split(s, sep string, n int) []string</code></pre>
<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main></body></html>`
	res, err = clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(res.Body, "func Split(s, sep string, n int) []string\n"), res.Body)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
	res, err = clean.Text("Music of the Month(s): the best albums of the winter\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Equal(t, "Music of the Month(s): the best albums of the winter", res.Title)

	// Nor is the heading of a type's methods, which names a generic type.
	res, err = clean.Text("impl<T> Option<T>\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "impl<T> Option<T>\n"), res.Body)

	// Nor is a statement, a comment, or a reference's link to a module's
	// source; a headline's one-word label over a few words is one.
	for _, line := range []string{"const v8 = require('node:v8');", "// Or, promisified", "Source Code: lib/dns.js"} {
		res, err = clean.Text(line + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
		require.NoError(t, err)
		assert.Empty(t, res.Title, line)
		assert.True(t, strings.HasPrefix(res.Body, line+"\n"), res.Body)
	}
	res, err = clean.Text("Review: five reasons to upgrade the bridge\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Equal(t, "Review: five reasons to upgrade the bridge", res.Title)
}

// Where the title is the metadata's and a reading of the body alone lifts
// the page's h1 from the body's first line, the h1 becomes the title in
// the metadata's place: the page's own headline stays, once, and the body
// cleaned again is as it was. The Rust reference gives each rule a label
// of its own, "[items.extern-crate]", over its h1, which reads as a
// form's button once printed.
func TestH1UnderMetaTitle(t *testing.T) {
	rule := func(id string) string {
		return `<div class="rule" id="r-` + id + `"><a class="rule-link" href="#r-` + id + `"><span>[` + id + `]</span></a></div>`
	}
	page := `<html><head><title>Extern crates - The Rust Reference</title></head><body><div class="menu-bar"><h1 class="menu-title">The Rust Reference</h1></div><main>` +
		rule("items.extern-crate") + `<h1 id="x"><a class="header" href="#x">Extern crate declarations</a></h1>` + rule("items.extern-crate.intro") +
		`<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Extern crate declarations", res.Title)
	assert.NotContains(t, res.Body, "Extern crate declarations")
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// A declaration's code right under the headline, in a <pre> (rustdoc's
// "pub enum Option<T> {"), is the head's, as its first paragraph is, even
// where a span of the page's text starts below boxes that its sidebar
// repeats.
func TestDeclarationUnderHeadline(t *testing.T) {
	page := `<html><head><title>Option in std::option - Rust</title></head><body><nav class="sidebar"><ul><li><a href="#variants">Variants</a></li><li><a href="#v.None">None</a></li><li><a href="#v.Some">Some</a></li></ul><ul>` + linkItems(12, "/m", "Module %d") + `</ul></nav><main>
<h1>Enum Option</h1><span class="since">1.0.0 · <a href="/src">Source</a></span>
<pre class="rust item-decl"><code>pub enum Option&lt;T&gt; {
    None,
    Some(T),
}</code></pre>
<details class="toggle"><summary>Expand description</summary><div class="docblock"><p>The <a href="/o">Option</a> type. See <a href="/m">the module level documentation</a> for more.</p></div></details>
<h2 id="variants">Variants<a href="#variants" class="anchor">§</a></h2>
<section id="v.None"><span class="since">1.0.0</span><h3>None</h3></section><div class="docblock"><p>No value.</p></div>
<section id="v.Some"><span class="since">1.0.0</span><h3>Some(T)</h3></section><div class="docblock"><p>Some value of type T.</p></div>
<h2>Implementations<a href="#i" class="anchor">§</a></h2>
<div class="docblock"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div></main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Enum Option", res.Title)
	assert.Contains(t, res.Body, "pub enum Option<T> {\n    None,\n    Some(T),\n}\n")
}

// A typed document's setext headings (a line over a rule of "=" or "-")
// are headings with their rules: its title over "====" is the headline,
// its sections' headings stay with their rules, and neither rule is
// chrome between the sections.
func TestSetextHeadlineInTypedText(t *testing.T) {
	section := "What we changed\n---------------\n\n" +
		"We now read the feed with a tolerant parser and keep the last good\n" +
		"copy, so a bad day upstream costs us one stale hour, not a dead queue."
	intro := "The frobnicator broke on Tuesday when the upstream feed changed its\n" +
		"format without notice, and every job that read it stopped at once."
	doc := "Fixing the frobnicator\n======================\n\n" + intro + "\n\n" + section + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "Fixing the frobnicator", res.Title)
	assert.Equal(t, intro+"\n\n"+section, res.Body)

	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again changes nothing")
}

// A blog's header in text gives the author's name, the byline that gives
// it again, the author's role and the date, each on its own line, between
// the headline and the article. The role right over the date and the
// name right over its byline read as headlines nearer the article, and
// had been taken for the page's; they are the byline's (see ofByline). A
// headline that a byline stands over, with no date under it, is still
// one.
func TestBylineLinesAreNoHeadline(t *testing.T) {
	headline := "Scaling Go Testing with Contract and Scenario Mocks"
	standfirst := "Mocks aren't the enemy; bad tests are. We scale Go testing using pairs of tests: contracts for truth, scenarios for logic."
	menu := "  • Blog\n  • Pricing\n  • Docs\n\n"
	for name, header := range map[string]string{
		"role":          headline + "\n\n" + standfirst + "\n\nBy Preetam Jinka\n\nCo-founder and Chief Architect\n\nDec 17, 2025\n\n6 min read",
		"name and role": headline + "\n\n" + standfirst + "\n\nPreetam Jinka\n\nBy Preetam Jinka\n\nCo-founder and Chief Architect\n\nDec 17, 2025\n\n6 min read",
		"byline over":   "By Preetam Jinka\n\n" + headline + "\n\n  • Share on Facebook\n  • Share on Twitter\n  • Share by email",
	} {
		t.Run(name, func(t *testing.T) {
			res, err := clean.Text(menu + header + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n")
			require.NoError(t, err)
			assert.Equal(t, headline, res.Title)
		})
	}
}

// A forum's thread in text: its title over the header that names who
// started it ("Thread starter Kevin", "Discussion in 'Cameras' started by
// Kevin"), then a pager, then each post under its author's card, whose
// user title ("Code Monkey") is nearer the posts than the thread's title
// and had been taken for it (see threadTitle).
func TestThreadTitleOverItsStarter(t *testing.T) {
	title := "Digital cameras: a 2024 status symbol?"
	card := func(name, role string) string {
		return name + "\n\n" + name + "\n\n" + role + "\n\nAdministrator\n\n  • Jan 10, 2024\n\n  • #1\n\n"
	}
	for name, header := range map[string]string{
		"thread starter": "  • Thread starter Kevin\n  • Start date Jan 10, 2024\n  • \n    Tags\n        digital cameras photography status symbol\n\n",
		"started by":     "Discussion in 'Cameras' started by Kevin, Jan 10, 2024.\n\n",
	} {
		t.Run(name, func(t *testing.T) {
			page := "  • Forums\n  • What's new\n  • Members\n\nYou are using an out of date browser.\n\n" + title + "\n\n" + header +
				"  • 1\n  • 2\n\nNext\n1 of 2\n\nGo to page\n\n[1                   ]\nGo\nNext Last\n" +
				card("Kevin", "Code Monkey") + para1 + "\n\n" + para2 + "\n\n" + card("Anna", "Shutterbug Supreme") + para3 + "\n\n" + footer + "\n"
			res, err := clean.Text(page)
			require.NoError(t, err)
			assert.Equal(t, title, res.Title)
			assert.Contains(t, res.Body, para1)
		})
	}
}

// The name under an "Author:" label (the byline-labels list) is the
// byline's, not the headline, however title-like ("Riding Monthly
// Editorial Staff"; see ofByline).
func TestAuthorUnderItsLabelIsNoHeadline(t *testing.T) {
	headline := "Five Things to Do in November"
	page := "  • Home\n  • News\n\n" + headline + "\n\n" + headline + "\n\nOur top picks for riding events, shows and fun for\n\n" +
		"Author:\n Riding Monthly Editorial Staff\nPublish date:\n Nov 4, 2018\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestHeadlineEchoedByLede: a short name over the article, whose words its
// first paragraph gives ("Harbour tides", "Unsafe Rust" in a manual), is
// the headline over a longer tagline above it; a name in quotes is one the
// article mentions, and a breadcrumb ("Tides > Harbour tides") is no
// headline at all.
func TestHeadlineEchoedByLede(t *testing.T) {
	const (
		menu    = "  • Home\n  • Guides\n  • Reference\n\n"
		tagline = "Notes for boats and their crews"
		lede    = "Harbour tides are given for each day of the year, with the times of high and low water at the old quay and the height of each."
		more    = "The harbour master publishes them every December, and the marina office keeps a printed copy for those who ask for one."
	)
	for name, want := range map[string]string{
		"Harbour tides":         "Harbour tides",
		"“Harbour tides”":       tagline,
		"Tides > Harbour tides": tagline,
		"Harbour floods":        tagline, // the lede gives no floods
	} {
		res, err := clean.Text(menu + tagline + "\n\n" + name + "\n\n" + lede + "\n\n" + more + "\n")
		require.NoError(t, err)
		assert.Equal(t, want, res.Title, name)
	}
}

// TestWikiNamespaceTitle: a wiki's page in its namespace
// ("Category:River bridges") is the page's headline, in HTML and in
// text, not a line of tags; a line of tags stays one, with its tags
// parted or glued.
func TestWikiNamespaceTitle(t *testing.T) {
	const headline = "Category:River bridges"
	assertHeadlineLifted(t, headline, "<html><body><nav><a href=/>Main page</a> <a href=/r>Random article</a></nav><main><h1>"+headline+
		"</h1><div>From Wikipedia, the free encyclopedia</div><p>"+para1+"</p><p>"+para2+"</p><p>"+para3+"</p></main></body></html>")
	for _, tags := range []string{"Tags:Bridges, Rivers", "Categories:All CategoriesBridges"} {
		res := cleanArticle(t, "River bridges", tags)
		assert.Equal(t, "tags", decision(t, res, tags).Rule, tags)
	}
}

// A row that a text renderer printed on one line, its cells parted by
// wide gaps, is no headline: a documentation site's bar of links ("Harbor
// Docs   Guides   API   CLI   Blog") had been the title of a page whose
// own heading stood under its menus, and a table's head had been
// another's. A headline with a picture's name beside it, one gap, still
// is one.
func TestSpacedRowIsNoHeadline(t *testing.T) {
	page := "Skip to main content\n\nHarbor Docs   Guides   API   CLI   Blog        Search docs\n\n" +
		"  • Getting started\n  • Configuration\n  • Deploying\n\nConfiguration file\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Configuration file", res.Title)
	assert.NotContains(t, res.Body, "Harbor Docs")

	res, err = clean.Text("W  L   PCT   GB    HOME   AWAY\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)

	res, err = clean.Text("Council approves the new bridge over the river        [logo]\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new bridge over the river        [logo]", res.Title)
}

// A tag's page of posts in text, each post's title over its date and
// reading time, then its summary: the span opens on the first post's
// date, and takes the title above it in (see decide's entryAbove), so
// that the page's own heading is its title, as it had not been. The
// first post's title then opens the body, and goes as a headline would
// from a reading of the body alone; the other posts keep theirs.
func TestTagPageOfPostsInText(t *testing.T) {
	page := "Ann's Garden Notes   Home   About   Archive   Contact\n\nPosts tagged \"tomatoes\"\n\n" +
		"Why my tomatoes split after the rain\nMarch 12, 2024 · 4 min read\nA week of dry weather and then a storm: the fruit swells faster than its skin can grow. Here is what I changed in my watering to stop it.\nRead more »\n\n" +
		"Five tomato varieties for a cold summer\nFebruary 27, 2024 · 6 min read\nAfter three wet summers in a row I tried twenty varieties that ripen early. These five gave fruit before the end of August every year.\nRead more »\n\n" +
		"Saving tomato seeds in a jar\nJanuary 30, 2024 · 3 min read\nFermenting the seeds for a few days cleans off the gel that stops them sprouting. All you need is a jar, some water and a week.\nRead more »\n\n" +
		"« Older posts\n\n© 2024 Ann's Garden Notes\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, `Posts tagged "tomatoes"`, res.Title)
	for _, s := range []string{"A week of dry weather", "Five tomato varieties for a cold summer", "Saving tomato seeds in a jar", "Fermenting the seeds"} {
		assert.Contains(t, res.Body, s)
	}
	assert.NotContains(t, res.Body, "Read more")
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// TestAPINameIsHeadline: an API reference's h1 names what it documents,
// one token of code ("Array.prototype.findLast()", "std::vector"), which
// the page's title opens with: it is the headline, and the page's body
// reads back as itself. A site's domain as its h1 ("example.com") is no
// such name, and stays no headline.
func TestAPINameIsHeadline(t *testing.T) {
	page := func(name, title string) string {
		return `<html><head><title>` + title + `</title></head><body><nav><ul>` + linkItems(5, "/docs", "Section %d") + `</ul></nav>` +
			`<main><article><h1>` + name + `</h1><p>The findLast() method of Array instances iterates the array in reverse order and returns the value of the first element that satisfies the provided testing function.</p>` +
			`<h2>Syntax</h2><pre><code>findLast(callbackFn)
findLast(callbackFn, thisArg)</code></pre><p>If no elements satisfy the testing function, undefined is returned, as the last example on this page shows.</p></article></main></body></html>`
	}
	for name, title := range map[string]string{
		"Array.prototype.findLast()": "Array.prototype.findLast() - JavaScript | Web Docs",
		"std::vector":                "std::vector - reference.example",
	} {
		res, err := clean.HTML(strings.NewReader(page(name, title)))
		require.NoError(t, err)
		assert.Equal(t, name, res.Title)
		assert.True(t, strings.HasPrefix(res.Body, "The findLast() method"), res.Body)
		again, err := clean.Text(res.Body)
		require.NoError(t, err)
		assert.Equal(t, res.Body, again.Body, name)
	}
	res, err := clean.HTML(strings.NewReader(page("example.com", "example.com Notes on findLast")))
	require.NoError(t, err)
	assert.NotEqual(t, "example.com", res.Title)
}

// TestCrumbWordIsHeadline: a manual's page in text named in one word, the
// last entry of its breadcrumb trail ("... » Wartung » Sicherung" over
// "Sicherung"), is titled by it; the word had gone as a label, and the
// page had no title. A word that only a menu ends with is no title (see
// decide's crumbWord).
func TestCrumbWordIsHeadline(t *testing.T) {
	page := "Zum Inhalt springen\n\n  • Benutzerhandbuch\n  • Administrationshandbuch\n  • Entwicklerhandbuch\n\n" +
		"Startseite » Administrationshandbuch » Wartung » Sicherung\n\nSicherung\n\n" +
		"Um Ihre Nextcloud-Installation zu sichern, müssen Sie den Konfigurationsordner, den Datenordner, den Themenordner und die Datenbank sichern.\n\n" +
		"Der Wartungsmodus sperrt die Sitzungen angemeldeter Benutzer und verhindert neue Anmeldungen, damit während der Sicherung keine Daten geändert werden.\n\n" +
		"© Copyright 2025 Nextcloud GmbH.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Sicherung", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Um Ihre Nextcloud-Installation"), res.Body)

	menu := strings.Replace(page, "Startseite » Administrationshandbuch » Wartung » Sicherung\n\n", "", 1)
	menu = strings.Replace(menu, "  • Entwicklerhandbuch\n", "  • Entwicklerhandbuch\n  • Sicherung\n", 1)
	res, err = clean.Text(menu)
	require.NoError(t, err)
	assert.NotEqual(t, "Sicherung", res.Title)
}

// TestTitleUnderTrail: in text, the line right under a breadcrumb trail,
// pictures aside, is the page's name as an h1 is, though a shop's price,
// stock and buttons part it from the description ("Bratpfanne Edelstahl
// 28 cm" had been too far from it to be found: the fixture
// product-trail-de.txt). A copy of the trail's last crumb is a section's
// label over the headline, and no name: see the fixture
// news-section-fr.txt.
func TestTitleUnderTrail(t *testing.T) {
	res := cleanFixture(t, "pages/product-trail-de.txt")
	assert.Equal(t, "Bratpfanne Edelstahl 28 cm, induktionsgeeignet", res.Title)
}

// A wiki printed by w3m gives its title between its contents' toggle and
// its language switch ("[ ] 12 languages"), a hundred lines over its
// article, after the languages and the sidebar; its tagline ("From
// Wikipedia, the free encyclopedia") stands right over the article. The
// title is the line over the switch (see decide's switchTitle), in the
// page's language.
func TestTitleOverLanguageSwitch(t *testing.T) {
	page := func(title, count, tagline string, langs []string, paras [2]string) string {
		var b strings.Builder
		b.WriteString("Jump to content\n[ ] Main menu\nMain menu\nmove to sidebar hide\nNavigation\n\n  • Main page\n  • Contents\n  • Current events\n  • Random article\n\n")
		b.WriteString("[ ] Toggle the table of contents\n\n" + title + "\n\n[ ] " + count + "\n\n")
		for _, l := range langs {
			b.WriteString("  • " + l + "\n")
		}
		b.WriteString("\nEdit links\n\n  • Article\n  • Talk\n\n  • Read\n  • Edit\n  • View history\n\nTools\n\nAppearance\nmove to sidebar hide\n")
		b.WriteString(tagline + "\n\n" + paras[0] + "\n\n" + paras[1] + "\n\n" + footer + "\n")
		return b.String()
	}
	langs := []string{"العربية", "Deutsch", "Español", "Français", "Italiano", "日本語", "Polski", "Português", "Русский", "中文"}
	for _, c := range []struct{ lang, title, count, tagline string }{
		{"en", "River bridges of Europe", "10 languages", "From Wikipedia, the free encyclopedia"},
		{"de", "Flussbrücken in Europa", "10 Sprachen", "Aus Wikipedia, der freien Enzyklopädie"},
		{"ru", "Мосты Европы", "10 языков", "Материал из Википедии — свободной энциклопедии"},
	} {
		p := twoParagraphs[c.lang]
		res, err := clean.Text(page(c.title, c.count, c.tagline, langs, [2]string{p[0], p[1]}))
		require.NoError(t, err)
		assert.Equal(t, c.title, res.Title, c.lang)
		assert.True(t, strings.HasPrefix(res.Body, p[0]), "%s: %s", c.lang, res.Body)
	}
}

// A story in w3m prints its photo's caption right under the photo ("[gold]"
// then "Gold bars in a shop. (Reuters)"), nearer its text than the
// headline over its byline, date, reading time and share bar: the caption
// is no headline (see decide's captionUnderPicture), in English as in
// Arabic (testdata/pages/news-caption-ar.txt).
func TestCaptionUnderPictureIsNoHeadline(t *testing.T) {
	doc := "Home  News  Business  Sport  Culture  Tech\nSign in  Subscribe now\n\nBusiness\n\nGold prices rise to a new record high\n\n" +
		"Tuesday 12 March 2024 - 14:35\nBy Ahmed Ali\nReading time: 3 minutes\n\nShare:  Facebook  Twitter  WhatsApp\n\n[gold]\nGold bars in a shop. (Reuters)\n\n" +
		"Gold prices rose to a new record high on Tuesday, supported by expectations that\nUS interest rates will be cut in the coming months, market data showed.\n\n" +
		"Analysts said demand from central banks, especially in Asia, had supported prices\nin recent weeks, along with geopolitical tensions.\n\n" +
		"Most read\n\n 1. Government announces new support package for families\n 2. National team reaches the final\n\nAbout us  Contact us  Privacy policy\n© 2024 News Today\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "Gold prices rise to a new record high", res.Title)
	res = cleanFixture(t, "pages/news-caption-ar.txt")
	assert.Equal(t, "ارتفاع أسعار الذهب إلى مستوى قياسي جديد", res.Title)
}

// A Chinese forum's buttons over a thread, printed by w3m without their
// spaces ("回复发帖返回列表": reply, new thread, back to the list), are a
// button row, not the thread's headline, though they stand right above
// its first post as one does (see decide's buttonRow). Their captions
// and those over a post ("只看该作者", "倒序浏览", "阅读模式") had
// matched nothing; so had a Japanese story's ("ポストシェアブックマーク").
func TestGluedCJKButtonsAreNoHeadline(t *testing.T) {
	headline := "新手求助：阳台种番茄叶子发黄怎么办"
	p := twoParagraphs["zh"]
	for _, buttons := range []string{"回复发帖返回列表", "只看该作者 倒序浏览 阅读模式"} {
		doc := "  • 首页\n  • 论坛\n  • 群组\n\n绿手指论坛 › 论坛 › 园艺交流\n\n" + buttons + "\n\n" + headline + "\n\n发表于 2024-3-12 14:05\n\n" +
			p[0] + "\n\n" + p[1] + "\n\n回复举报使用道具\n\nPowered by Discuz! X3.4 © 2001-2024\n"
		res, err := clean.Text(doc)
		require.NoError(t, err)
		assert.Equal(t, headline, res.Title, buttons)
		assert.Equal(t, "button-row", decision(t, res, buttons).Rule, buttons)
	}
	// A Japanese story's share buttons under its headline and date (post,
	// share, bookmark) had been its title.
	headline = "北陸新幹線、金沢―敦賀間で終日運転見合わせ 強風の影響"
	p = twoParagraphs["ja"]
	doc := "  • トップ\n  • 国内\n  • 国際\n\n" + headline + "\n\n3/12(火) 18:42配信北陸新報\nポストシェアブックマーク\n\n" +
		p[0] + "\n\n" + p[1] + "\n\n© 2024 News Site\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.Equal(t, "button-row", decision(t, res, "ポストシェアブックマーク").Rule)
}

// A documentation page in text, as w3m prints Sphinx's or MkDocs' headings
// with their permalink's sign ("Configuration¶"), takes its first such
// heading for its headline, as an HTML page takes its h1 (see decide's
// pilcrowH1): a manual's name of one or two words, given again in its
// menu, had rated as nothing, and an announcement over the page ("Version
// 2.0 is out! See what changed") had been the title. Under it, the
// sections' headings keep their sign, as the text gives them.
func TestPilcrowHeadingIsTheHeadline(t *testing.T) {
	for _, headline := range []string{"Configuration¶", "Logging HOWTO¶"} {
		name := strings.TrimSuffix(headline, "¶")
		doc := "Version 2.0 is out! See what changed\n\nRiver Docs\n\n  • Home\n  • Installation\n  • " + name + "\n  • Usage\n  • FAQ\n\n" +
			"Edit this page\n\n" + headline + "\n\n" + para1 + "\n\nThe configuration file¶\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
		res, err := clean.Text(doc)
		require.NoError(t, err)
		assert.Equal(t, headline, res.Title)
		assert.Contains(t, res.Body, "The configuration file¶")
		assert.NotContains(t, res.Body, "Version 2.0")
	}
}

// A Japanese shop's product name under its offer's tag ("【送料無料】",
// free shipping) is its headline: the phrase that opens the line is the
// tag's, a banner's phrase, not the line's (see measure's taggedTitle).
// The name had gone as a banner, and the page had no title, nor its
// price (stated under the name, see decide's keepStandfirst). A row of
// tags ("【关闭窗口】【发表评论】") is still chrome (TestCJKPages).
func TestTaggedProductNameIsTheHeadline(t *testing.T) {
	name := "【送料無料】国産ひのき まな板 大 45cm 抗菌 日本製"
	page := `<html><head><script type="application/ld+json">{"@type":"Product","name":"国産ひのき まな板 大 45cm","offers":{"@type":"Offer","price":"4980","priceCurrency":"JPY"}}</script></head>
<body><ul><li><a href="/mypage">マイページ</a></li><li><a href="/cart">買い物かご</a></li><li><a href="/login">ログイン</a></li></ul>
<div class="breadcrumb"><a href="/">TOP</a> &gt; <a href="/kitchen">キッチン用品</a> &gt; <a href="/kitchen/board">まな板</a></div>
<h1>` + name + `</h1><div class="price">4,980円 税込 送料無料</div><form><button>かごに追加</button></form>
<h2>商品説明</h2><p>岐阜県東濃地方で育った樹齢60年以上のひのきを、職人が一枚ずつ削り出したまな板です。ひのき特有のやさしい香りと、包丁の刃あたりのやわらかさが特長です。</p>
<p>ひのきに含まれるヒノキチオールには抗菌作用があり、水はけも良いため、毎日のお手入れが簡単です。使用後は水で洗い、立てて乾かしてください。</p>
<footer><p>© Rakuten Group, Inc.</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, name, res.Title)
	assert.Contains(t, res.Body, "4,980円 税込 送料無料")
}

// A numbered step of a service page that names the service in a sentence
// of its own ("2. Choose the Renew your passport service and fill in the
// form.") is the page's text, not a copy of its headline: it had gone as
// one, in Arabic as in English (see decide's ownSentence). A breadcrumb
// that ends with the headline is still a copy.
func TestStepHoldingTheHeadlineStays(t *testing.T) {
	for _, c := range []struct{ headline, step, intro string }{
		{"Renew your passport", "Choose the Renew your passport service and fill in the form.",
			"This service lets citizens renew their passport online up to six months before it expires, without a visit to the passport office; the new passport is sent to their address."},
		{"تجديد جواز السفر", "اختيار خدمة تجديد جواز السفر وتعبئة النموذج.",
			"تتيح هذه الخدمة للمواطنين تجديد جواز السفر إلكترونياً قبل انتهاء صلاحيته بستة أشهر أو بعد انتهائها، دون الحاجة إلى مراجعة مكتب الجوازات، ويتم توصيل الجواز الجديد إلى عنوان المستفيد."},
	} {
		page := `<html><body><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/login">Log in</a></nav>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/services">Services</a> / ` + c.headline + `</div><main><h1>` + c.headline + `</h1><p>` + c.intro + `</p>
<ol><li>Log in to the portal with your digital identity.</li><li>` + c.step + `</li><li>Pay the fee online.</li></ol></main>
<footer><p>© 2024 Government Services Portal. All rights reserved.</p></footer></body></html>`
		res, err := clean.HTML(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, c.headline, res.Title)
		assert.Contains(t, res.Body, c.step)
		assert.NotContains(t, res.Body, "Services /")
	}
}

// TestWrappedHeadline checks that a headline w3m wrapped at its 80 columns
// is the title, its two lines read as one, as the page's HTML held it: no
// line of the page had been its title, or the section's name over it
// ("Local news").
func TestWrappedHeadline(t *testing.T) {
	res := cleanFixture(t, "pages/news-en-wrapped.txt")
	assert.Equal(t, "Riverside council approves ten-year plan to reopen the old ferry crossing and rebuild its landing stages", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "The town council voted"), res.Body)
}

// TestMarketplaceProductTitle checks that a marketplace's product page in
// w3m has its h1 for title, not the first picture's alt text with the
// gallery's count run into it ("... XB-200 Preto1/6", see gluedCounter),
// nor the link to the payment methods under the price ("Ver os meios de
// pagamento"), each of which it had had.
func TestMarketplaceProductTitle(t *testing.T) {
	res := cleanFixture(t, "pages/product-pt-marketplace.txt")
	assert.Equal(t, "Fone de Ouvido Bluetooth Sem Fio XB-200 Preto", res.Title)
	for _, s := range []string{"Ir para a página do vendedor", "Ver todas as perguntas", "Mostrar todas as opiniões", "Quem viu este produto também comprou"} {
		assert.NotContains(t, res.Body, s)
	}
	assert.Contains(t, res.Body, "Sim, cada fone funciona de forma independente.")
}

// TestCategoriesGivenAgainAreNoHeadline checks that a list of an article's
// categories between its h1 and its text, which a line at its end gives
// again under a label ("Хабы: Разработка веб-сайтов, JavaScript"), is not
// its title, as it had been in w3m; and that a headline that a line below
// gives again after a label, a headline and no list, still is.
func TestCategoriesGivenAgainAreNoHeadline(t *testing.T) {
	res := cleanFixture(t, "pages/article-ru-hubs.txt")
	assert.Equal(t, "Как мы ускорили сборку фронтенда в четыре раза", res.Title)

	headline := "Council approves the bridge, and the ferry goes"
	res, err := clean.Text("Home | News | Sport\n\n" + headline + "\n\n" + para1 + "\n\n" + para2 + "\n\nRead more: " + headline + "\n")
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// TestNameWithFiguresInBrackets checks that a headline whose figures stand
// in brackets after its words ("Medewerker klantenservice (32-40 uur)", a
// Dutch job's title and its hours) is the title of the job's page in w3m,
// where it had read as mostly numbers and its row of buttons, "Solliciteer
// direct Bewaar vacature Deel", had been the title; and that a line that
// gives a date in brackets after its words is still none.
func TestNameWithFiguresInBrackets(t *testing.T) {
	res := cleanFixture(t, "pages/job-nl.txt")
	assert.Equal(t, "Medewerker klantenservice (32-40 uur)", res.Title)
	assert.NotContains(t, res.Body, "Solliciteer direct")

	res, err := clean.Text("Last edited by Trilby (2024-08-03 16:13:39)\n\n" + para1 + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
}
