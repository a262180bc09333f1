package clean_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// A category page whose index begins under headings of a symbol ("*",
// "+", as an encyclopedia files its lists and overviews) before the
// letters: those are the index's headings too, and its entries are the
// page's from the first (see letterIndex).
func TestIndexUnderSymbols(t *testing.T) {
	var b strings.Builder
	b.WriteString("Jump to content\n\n  • Main page\n  • Random article\n  • Log in\n\nCategory:Board games\n\n")
	b.WriteString("This category gathers the articles about board games, sorted by the first letter of their name, with the lists and overviews first.\n\n")
	b.WriteString("This category has the following 16 pages, out of 16 total.\n\n")
	var entries []string
	for _, h := range []string{"*", "+", "A", "B", "C", "D"} {
		b.WriteString("### " + h + "\n\n")
		n := 2
		if h == "*" || h == "+" {
			n = 6
		}
		for i := range n {
			e := fmt.Sprintf("Board games of the %s kind, part %d", map[string]string{"*": "overview", "+": "list", "A": "abstract", "B": "bluffing", "C": "card", "D": "dice"}[h], i+1)
			entries = append(entries, e)
			b.WriteString("  * " + e + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("Retrieved from the encyclopedia\n\n  • Privacy policy\n  • About\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, e := range entries {
		assert.Contains(t, res.Body, e)
	}
	for _, s := range []string{"Random article", "Privacy policy"} {
		assert.NotContains(t, res.Body, s)
	}
}

// The same index as a browser's innerText prints it: no blank line, no
// marker before an entry. Its entries are the lines under each letter up
// to a line of more than maxPlainEntry words, one ending with a colon, or
// strong chrome: the footer it runs into stays out (see indexEnd).
func TestPlainIndex(t *testing.T) {
	var b strings.Builder
	b.WriteString("Jump to content\nMain page\nRandom article\nLog in\nCategory:Board games\n")
	b.WriteString("This category gathers the articles about board games, sorted by the first letter of their name.\n")
	b.WriteString("This category has the following 15 pages, out of 15 total.\n")
	var entries []string
	for _, h := range []string{"A", "B", "C", "D", "E"} {
		b.WriteString(h + "\n")
		for i := range 3 {
			e := fmt.Sprintf("%s%s game number %d (board game)", h, strings.Repeat("o", i+1), i+1)
			entries = append(entries, e)
			b.WriteString(e + "\n")
		}
	}
	b.WriteString("Retrieved from \"https://example.org/w/index.php?title=Category:Board_games\"\nCategories:\nGames\nHidden categories:\nPrivacy policy\nAbout\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, e := range entries {
		assert.Contains(t, res.Body, e)
	}
	for _, s := range []string{"Random article", "Privacy policy", "Hidden categories"} {
		assert.NotContains(t, res.Body, s)
	}
}

// An article with a table of figures in the middle, as html2text prints
// one (cells parted by bars, a "---|---" rule under the header): rows of
// numbers alone are weak chrome, but a table's rows cost what a box inside
// the article costs, and the article goes on below the table.
func TestTableOfFiguresInText(t *testing.T) {
	var b strings.Builder
	b.WriteString("  * Features\n  * Pricing\n  * Blog\n\nSign in\n\n# How much to tip\n\n" + para1 + "\n\n" + para2 + "\n\n### Tip chart\n\nBill | 10% | 15% | 20%\n---|---|---|---\n")
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&b, "$%d.00| $%d.%02d| $%d.%02d| $%d.%02d\n", 5*i, i/2, 50*(i%2), 3*i/4, 25*(3*i%4), i, 0)
	}
	b.WriteString("\n### Why use a chart\n\n" + para3 + "\n\n" + para4 + "\n\n  * About us\n  * Contact\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range []string{para1, para2, "$50.00| $5.00| $7.50| $10.00", para3, para4} {
		assert.Contains(t, res.Body, s)
	}
}

// An article that ends with a table of figures as a browser's innerText
// gives it: each row a line, its cells parted by one tab ("3\tInsurance
// Group Number 3\t87,021,033\t3.3"). Such rows are a table's, as rows
// aligned by spaces are (see measure's columnGaps), and the table goes on
// from the article (see decide's tableAfter): a rank, a name and numbers
// each, they had gone as the rows of a box after it (an insurer's ranking
// in innerText, 0.64 of the page kept where w3m's rendering kept 0.96).
func TestTabbedTableInText(t *testing.T) {
	var b strings.Builder
	b.WriteString("Home\nNews\nRankings\nContact\n\nSign in\n\nLargest insurers by premiums\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + para4 + "\n\nRank\tInsurer\tPremiums written\tChange (%)\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "%d\tInsurance Group Number %d\t%d,%03d,%03d\t%d.%d\n", i, i, 90-i, 7*i, 11*i, i%13, i%10)
	}
	b.WriteString("\nAbout us\nContact\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range []string{para4, "Rank\tInsurer\tPremiums written\tChange (%)", "1\tInsurance Group Number 1\t89,007,011\t1.1", "12\tInsurance Group Number 12\t78,084,132\t12.2"} {
		assert.Contains(t, res.Body, s)
	}
	assert.NotContains(t, res.Body, "About us")
}

// An article that ends with a table of figures, introduced by its last
// paragraph, the table in boxes of its own (a scrolling frame), apart
// from the article's main container: each row, a name and numbers, costs
// what it adds to the span, but the table goes on from the paragraph, and
// is the article's (see tableAfter).
func TestTableAfterTheArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(8, "/c", "Section %d") + `</ul></nav><article><h1>Business school rankings</h1><p>` +
		para1 + `</p><p>` + para2 + `</p><p>The data for the top twelve part-time programs can be found here:</p><div class="figure"><div class="scroll"><div class="wrap"><table>` +
		`<tr><th>Rank</th><th>School</th><th>Previous</th><th>GMAT</th></tr>`)
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, `<tr><td>%d</td><td>School of Business Number %d</td><td>%d</td><td>%d</td></tr>`, i, i, i+2, 640+i)
	}
	b.WriteString(`</table></div></div></div></article>`)
	assertTableKept(t, &b, para2, "School of Business Number %d |", 12)
}

// assertTableKept closes page, an HTML page whose article ends with a
// table, with the site's footer, and checks that cleaning it keeps the
// article's last paragraph and the table's n rows (row formats each with
// its number), and not the footer's links.
func assertTableKept(t *testing.T, page *strings.Builder, last, row string, n int) {
	t.Helper()
	page.WriteString(`<footer><ul>` + linkItems(8, "/s", "Site link %d") + `</ul><p>` + footer + `</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(page.String()))
	require.NoError(t, err)
	assert.Contains(t, res.Body, last)
	for i := 1; i <= n; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf(row, i))
	}
	assert.NotContains(t, res.Body, "Site link")
}

// An article that ends with a list of links, then a table that a line
// of its own introduces ("Comparison with Other Tools:"): the span, which
// ended before the list, widens over it, then over the table after it
// (see tableAfter), as it would over the table alone.
func TestTableAfterAListAfterTheArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>` + linkItems(8, "/c", "Section %d") + `</ul></nav><h1>Raw HTTP logging for your client</h1>` +
		`<div class="sect1"><h2>Usage</h2><div class="sectionbody">`)
	for _, p := range []string{para1, para2, para3, para4} {
		b.WriteString(`<div class="paragraph"><p>` + p + `</p></div>`)
	}
	b.WriteString(`</div></div><div class="sect1"><h2>Conclusion</h2><div class="sectionbody"><div class="paragraph"><p>` + para1 + `</p></div>` +
		`<div class="paragraph"><p><strong>Project resources:</strong></p></div><div class="ulist"><ul>` +
		`<li><p>Repository: <a href="https://example.org/repo">https://example.org/repo</a></p></li>` +
		`<li><p>Package: <a href="https://example.org/pkg">https://example.org/pkg</a></p></li><li><p>License: MIT</p></li></ul></div>` +
		`<div class="paragraph"><p><strong>Comparison with Other Tools:</strong></p></div><table><thead><tr><th>Tool</th><th>Use case</th><th>Format</th></tr></thead><tbody>`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, `<tr><td><p>Logging tool number %d</p></td><td><p>Debugging of kind %d</p></td><td><p>Format %d</p></td></tr>`, i, i, i)
	}
	b.WriteString(`</tbody></table></div></div>`)
	assertTableKept(t, &b, para4, "Logging tool number %d |", 4)
}

// The same in w3m's rendering, which draws the table's borders: a border
// between every two rows ("├──┼──┤") had parted them, a line without
// words between two rows of names and numbers, and the rows went as
// context. A border has a stroke where each row has a side (see
// measure.Line.TableRow), so the table is one, and its bottom border
// goes with its last row.
func TestTableInBordersAfterTheArticle(t *testing.T) {
	border := func(l, m, r string) string {
		return l + strings.Repeat("─", 6) + m + strings.Repeat("─", 30) + m + strings.Repeat("─", 8) + r + "\n"
	}
	var b strings.Builder
	b.WriteString("  • Programs\n  • Courses\n  • About\n\nSign in\n\nBusiness school rankings\n\n" + para1 + "\n\n" + para2 +
		"\n\nThe data for the top twelve part-time programs can be found here:\n\n" + border("┌", "┬", "┐") +
		fmt.Sprintf("│%-6s│%-30s│%-8s│\n", "Rank", "School", "GMAT"))
	for i := 1; i <= 12; i++ {
		b.WriteString(border("├", "┼", "┤"))
		fmt.Fprintf(&b, "│%-6d│%-30s│%-8d│\n", i, fmt.Sprintf("School of Business Number %d", i), 640+i)
	}
	b.WriteString(border("└", "┴", "┘") + "\n  • Business analytics\n  • Human resources\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.Contains(t, res.Body, para2)
	for i := 1; i <= 12; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("│School of Business Number %d ", i))
	}
	assert.True(t, strings.HasSuffix(res.Body, strings.TrimSuffix(border("└", "┴", "┘"), "\n")), "the bottom border closes the table")
	for _, s := range []string{"Business analytics", "Courses", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// Two such tables, and between them a call to action and the line that
// introduces the second: the span ends with the first table, and the
// second goes on from its introduction as the first does (see
// introAfter). The menu after it stays out.
func TestSecondTableAfterTheArticle(t *testing.T) {
	border := func(l, m, r string) string {
		return l + strings.Repeat("─", 6) + m + strings.Repeat("─", 30) + m + strings.Repeat("─", 8) + r + "\n"
	}
	table := func(b *strings.Builder, name string) {
		b.WriteString(border("┌", "┬", "┐") + fmt.Sprintf("│%-6s│%-30s│%-8s│\n", "Rank", "School", "GMAT"))
		for i := 1; i <= 12; i++ {
			b.WriteString(border("├", "┼", "┤"))
			fmt.Fprintf(b, "│%-6d│%-30s│%-8d│\n", i, fmt.Sprintf("%s School Number %d", name, i), 640+i)
		}
		b.WriteString(border("└", "┴", "┘"))
	}
	var b strings.Builder
	b.WriteString("  • Programs\n  • Courses\n  • About\n\nSign in\n\nBusiness school rankings\n\n" + para1 + "\n\n" + para2 +
		"\n\nThe data for the top twelve full-time programs can be found here:\n\n")
	table(&b, "Full-time")
	b.WriteString("\n    Request a free consultation with one of our advisers to assess your fit and your chances of admission.\n\n" +
		"The data for the top twelve part-time programs can be found here:\n\n")
	table(&b, "Part-time")
	b.WriteString("\n  • Business analytics\n  • Human resources\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for i := 1; i <= 12; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("│Full-time School Number %d ", i))
		assert.Contains(t, res.Body, fmt.Sprintf("│Part-time School Number %d ", i))
	}
	for _, s := range []string{"Business analytics", "Courses", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// An article whose last paragraph introduces a list of short items, which
// read as a menu's entries: an article does not end on a colon, and the
// list is its own (see listAfter). The menu after it stays out.
func TestListAfterTheArticle(t *testing.T) {
	items := []string{"Project planning", "Cost management", "Risk management", "Team leadership", "Agile methods", "Procurement"}
	var b strings.Builder
	b.WriteString("  • Programs\n  • Courses\n  • About\n\nSign in\n\nProject management certificate\n\n" + para1 + "\n\n" + para2 + "\n\nThe certificate covers the following subjects:\n\n")
	for _, it := range items {
		b.WriteString("  • " + it + "\n")
	}
	b.WriteString("\nRelated programs\n\n  • Business analytics\n  • Human resources\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, it := range items {
		assert.Contains(t, res.Body, it)
	}
	for _, s := range []string{"Business analytics", "Courses", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// A listing laid out as a table, as a browser's innerText gives it: each
// item's rank, an empty cell and its title parted by tabs, its age under
// it ("1.\t\tAcme (YC W21) is hiring ...", "\t17 hours ago"). The rank is
// the item's number (see source.parseMarker), and the items, a numbered
// list of titles, are the page's; they had cost what they add, and the
// page had kept its one sentence (0.04 of its truth, w3m's reading 0.999).
func TestTabbedListing(t *testing.T) {
	var b strings.Builder
	b.WriteString("\tHacker News new | past | comments | ask | show | jobs | submit\tlogin\n\nThese are jobs at startups. See more at example.com/jobs.\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "%d.\t\tStartup Number %d (YC W2%d) is hiring engineers for its platform (startup%d.com)\n\t%d days ago\n\n", i, i, i%6, i, i)
	}
	b.WriteString("Guidelines | FAQ | Lists | API | Security | Legal | Contact\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for i := 1; i <= 12; i++ {
		assert.Contains(t, res.Body, fmt.Sprintf("Startup Number %d (YC", i))
	}
	assert.NotContains(t, res.Body, "Guidelines")
}

// The same as a browser's innerText gives it: no marker before the items,
// a blank line after the paragraph that introduces them, none between
// them. Three lines or more in a block are the list (see listAfter); a
// date and a footer's links under a story's last line, which ends with a
// colon over a post the reading left out, are not.
func TestBlockAfterTheArticle(t *testing.T) {
	items := []string{"Increase your website's visibility through search engine optimization", "Drive qualified traffic to your website through paid search",
		"Execute digital display campaigns", "Measure and optimize your social media campaigns", "Create a formal digital marketing plan for your business"}
	doc := "Programs\nCourses\nAbout\n\nSign in\n\nDigital marketing certificate\n\n" + para1 + "\n\n" + para2 +
		"\n\nBy the end of this program, you will be able to:\n\n" + strings.Join(items, "\n") + "\n\nRelated programs\nBusiness analytics\nHuman resources\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	for _, it := range items {
		assert.Contains(t, res.Body, it)
	}
	for _, s := range []string{"Business analytics", "Courses", "©"} {
		assert.NotContains(t, res.Body, s)
	}

	doc = "News\nSports\nWeather\n\nSign in\n\nCity launches a campaign\n\n" + para1 + "\n\n" + para2 + "\n\nTwitter seemed a bit confused by the campaign:\n\nPublished 10:02 AM EST Nov 19, 2019\nTerms of Service Privacy Notice\n\n" + footer + "\n"
	res, err = clean.Text(doc)
	require.NoError(t, err)
	assert.Contains(t, res.Body, para2)
	assert.NotContains(t, res.Body, "Terms of Service")
}

// The same, where the list's lines follow its introduction with no blank
// line and no marker, as line breaks part a paragraph ("The band's 2020
// tour dates:" over "June 9 -- Coral Sky Amphitheatre, West Palm Beach,
// FL"): they are the article's (see listAfter); the share bar after them
// stays out.
func TestLinesAfterTheArticle(t *testing.T) {
	dates := []string{"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
		"June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA", "June 17 -- Bridgestone Arena, Nashville, TN", "June 19 -- PNC Music Pavilion, Charlotte, NC",
		"June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC"}
	doc := "  • News\n  • Music\n  • Charts\n\nSign in\n\nThe band announces a 50th anniversary tour\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 +
		"\n\nThe band's 50th anniversary tour 2020 dates:\n" + strings.Join(dates, "\n") + "\n\nFacebook\nTwitter\nEmail\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	for _, d := range dates {
		assert.Contains(t, res.Body, d)
	}
	for _, s := range []string{"Facebook", "Charts", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// A news page whose article a related block closes, far above a comment
// form: the form's prompts are short sentences between its fields, and a
// notice under them reads as a paragraph. Nothing reopens the article
// after a comment section, however far below the first heading that
// closed it: the recent comments in the sidebar stay out.
func TestNothingReopensAfterComments(t *testing.T) {
	var b strings.Builder
	b.WriteString("  • Home\n  • News\n  • Region\n\nNew bridge approved\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nFacebook\nTwitter\nEmail\n\nPrevious article: Road works begin on the ring road\n\nJane Doe\n\nRelated articles\n\n")
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&b, "[png]\n\nStory number %d about the region and its people\n\n", i)
	}
	b.WriteString("Leave a Reply\n\n")
	for _, prompt := range []string{"Please enter your comment!", "Please enter your name here.", "You have entered an incorrect email address!"} {
		b.WriteString("[                              ]\n" + prompt + "\n")
	}
	b.WriteString("\nThe editors reserve the right to shorten readers' comments, and there is no right to have a comment published on this site.\n\nRecent comments\n\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "  • reader%d on Story number %d about the region: “I have lived here for thirty years and I have never seen the council move this fast on anything.”\n", i, i)
	}
	b.WriteString("\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, p := range []string{para1, para2, para3} {
		assert.Contains(t, res.Body, p)
	}
	assert.NotContains(t, res.Body, "reader1 on")
}

// A blog's open thread: a post of two paragraphs, then a comment section
// many times its length. The comments count for little under their
// heading, and however many there are, they do not outweigh the post
// (see params.afterComments).
func TestLongCommentsUnderAShortPost(t *testing.T) {
	var b strings.Builder
	b.WriteString("  • Home\n  • Blog\n  • About\n\nSeptember open thread\n\n" + para1 + "\n\n" + para2 + "\n\nPosted in Open thread | Permalink | 30 Comments\n\nComments\n\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "  • Reader %d on September %d, 2018 at 4:47 pm said:\n\n    %s\n\n", i, i%28+1, []string{para3, para4}[i%2])
	}
	b.WriteString(footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.Contains(t, res.Body, para1)
	assert.Contains(t, res.Body, para2)
	assert.NotContains(t, res.Body, para3)
	assert.NotContains(t, res.Body, "Reader 7 on")
}

// A word that heads a comment section also names a section of an
// article's own: a paper's "Discussion", a programming book's chapter on
// "Comments" in code. Without a comment's marks under it (a date, a
// commenter's name, a form), the article goes on after it; under
// TestLongCommentsUnderAShortPost's heading, each comment's date closes
// the thread for good.
func TestSectionNamedAsComments(t *testing.T) {
	discussion := []string{
		"The students who meditated reported less stress after eight weeks than those who waited, and the difference held at a follow-up one month later.",
		"Few of them stopped before the end of the trial, which suggests that short sessions suit the crowded days of students better than longer courses do.",
		"Our sample came from one university only, and the students chose to take part, so the effect may be smaller in students who did not volunteer.",
	}
	conclusion := "Ten minutes of meditation a day reduced the stress of first-year students, and universities could offer such sessions at little cost to them."
	doc := "Mindful Minutes: A Trial of Short Meditation for Students\n\nIntroduction\n\n" + para1 + "\n\n" + para2 + "\n\nMethods\n\n" + para3 +
		"\n\nDiscussion\n\n" + strings.Join(discussion, "\n\n") + "\n\nConclusions\n\n" + conclusion + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	for _, p := range append(discussion, para1, conclusion) {
		assert.Contains(t, res.Body, p)
	}
}

// A short post, then a related block of cards: under its heading, each
// card is a picture, a date and a whole summary, no teaser's cut. Summaries under pictures are cards, not the post's records
// going on (see underPicture): the span and its widening over records
// stop at the heading.
func TestCardsUnderARelatedHeading(t *testing.T) {
	post := para1 + " " + para2 + " " + para3
	var b strings.Builder
	b.WriteString("  • Home\n  • Messages\n  • About\n\nMessages » Self-esteem » Love yourself\n\n[cover-photo]\n\n" + post + "\n\nYou may also like...\n\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "[card-photo-%d]\nMarch %d, 2024\n\nCard %d: %s\n\n", i, i, i, para4)
	}
	b.WriteString("Topics\n\n  • Good morning\n  • Friendship\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.Contains(t, res.Body, post)
	assert.NotContains(t, res.Body, "Card 3:")
}

// An article whose introduction a table of contents parts from its
// sections: a label ("Table of contents"), a toggle, and the sections'
// titles as a list, short items that read as a menu. The contents cost
// what a box inside the article costs, and the introduction stays with
// the sections (see spanMasses).
func TestContentsBetweenIntroductionAndSections(t *testing.T) {
	intro := []string{
		"Over the years, bridge builders have left their mark on the city, and some of their work still carries the traffic of the whole region today.",
		"In this article we look at the twenty-five most remarkable bridges of the river, from the oldest stone arches to the newest cable-stayed crossing.",
	}
	var b strings.Builder
	b.WriteString("  • Home\n  • City\n  • History\n\nThe twenty-five most remarkable bridges of the river\n\nPublished on: 5 June 2023\nBy Jane Doe\n\n")
	for _, p := range intro {
		b.WriteString(p + "\n\n")
	}
	b.WriteString("Table of contents\n\nToggle[ ]\n\n")
	bridges := []string{"Old Stone Bridge", "Iron Bridge", "Mill Bridge", "King's Bridge", "Harbour Bridge", "Rail Bridge", "Tower Bridge", "Queen's Bridge",
		"Market Bridge", "Abbey Bridge", "Castle Bridge", "Ferry Bridge", "Canal Bridge", "Chain Bridge", "Union Bridge", "Swing Bridge",
		"Station Bridge", "Cathedral Bridge", "Park Bridge", "River Bridge", "North Bridge", "South Bridge", "West Bridge", "East Bridge", "New Bridge"}
	for i, name := range bridges {
		fmt.Fprintf(&b, "  • %d. %s\n", i+1, name)
	}
	b.WriteString("\n1. " + bridges[0] + "\n\n" + para1 + "\n\n" + para2 + "\n\n2. " + bridges[1] + "\n\n" + para3 + "\n\n" + para4 + "\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, p := range append(intro, para1, para4) {
		assert.Contains(t, res.Body, p)
	}
	assert.NotContains(t, res.Body, "History")
}

// A guide whose table of contents names its sections: each section's
// heading is a line the page gives twice, which the repeated rule took for
// a menu's entry given twice. With blocks of commands between them, short
// lines with no vote of their own, such headings cut a Git guide after its
// first sections. An entry of the contents is not a copy of the heading it
// names (see measure.Line.ContentsCopies): the headings have no vote from
// the rule, and the contents still go.
func TestSectionsNamedByTheContents(t *testing.T) {
	sections := []struct{ title, command, text string }{
		{"Initializing a repository", "git init my-project", para1},
		{"Making your first commit", "git commit -m first", para2},
		{"Creating a branch", "git switch -c feature", para3},
		{"Merging the branch back", "git merge feature", para4},
	}
	var b strings.Builder
	b.WriteString("  • Home\n  • Articles\n  • About\n\nWhat Git does and how to use it\n\nBy Jane Doe • 11 min read\n\nTable of Contents\n\n")
	for _, s := range sections {
		b.WriteString("  • " + s.title + "\n")
	}
	b.WriteString("\nGit is the version control system that most software teams use today, and knowing what it does behind the scenes makes every command easier to understand and to trust.\n\n")
	for _, s := range sections {
		fmt.Fprintf(&b, "%s\n\n# Run it in a terminal\n%s\ngit status\n# Then look at the log\ngit log --oneline\n\n%s\n\n", s.title, s.command, s.text)
	}
	b.WriteString("  • Home\n  • Articles\n  • About\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range sections {
		assert.Contains(t, res.Body, s.text)
		assert.NotEqual(t, "repeated", decision(t, res, s.title).Rule, s.title)
	}
	assert.NotContains(t, res.Body, "• "+sections[0].title, "the contents go")
	assert.NotContains(t, res.Body, "About")
}

// A guide of entries, each ending with the same links (text): the span
// finds the introduction and the first entry, whose links it bridges, and
// goes on over the entries after it that end with the same links. The
// menu and the footer still go.
func TestEntriesEndLikeTheSpans(t *testing.T) {
	places := []struct{ name, area, review string }{
		{"Chateau Bellecru", "Heights", "Wine lovers have a new place in town, a wine bar that pours more than forty French wines by the glass beside plates of cheese and charcuterie. The owners spent a year in Burgundy and Bordeaux choosing the growers, and they change the list with the seasons."},
		{"Eculent", "Kemah", "The chef's revival of his restaurant is back with a new look and a tasting menu of twenty courses, and you can craft your own cocktail at the bar."},
		{"Maison Chinoise", "River Oaks", "This Chinese restaurant opened its second location this month; modern and old techniques produce dumplings, noodles and a whole roast duck."},
		{"Murray's Pizza", "Hedwig Village", "The team behind a favourite bakery opened this pizzeria in late October. Start with the crudo, then share a pie with sausage and vodka sauce."},
		{"Ramen Alley", "Asiatown", "This shop feels like a convenience store in Seoul that never closes, with ramen machines to cook your own bowl and a wall of snacks to add to it."},
		{"Zaranda", "Downtown", "The chef is back with his newest restaurant across from the park, with a menu that goes from lamb empanadas to a whole fish grilled over wood."},
	}
	entries := make([]string, len(places))
	for i, p := range places {
		entries[i] = fmt.Sprintf("%s\n\n  • Restaurant\n  • %s\n\n%s", p.name, p.area, p.review)
	}
	page := threadPage("  • Eat & Drink\n  • Arts & Culture\n  • Travel\n\nThe city's hottest new restaurants\n\n"+para1+"\n\n"+para2+"\n\n"+para3+"\n\n", func(n int, entry string) string {
		i := n - 1
		photo := ""
		if i > 0 {
			photo = fmt.Sprintf("[photo_%d]\n\nImage: Courtesy of the restaurant\n\n", i)
		}
		return fmt.Sprintf("%s%s\n\n  • %d Main St\n  • 832-982-20%02d\n  • Google Maps\n  • Apple Maps\n\n", photo, entry, 1500+12*i, 7*i)
	}, entries, "Filed under\nRestaurant Openings, Best of the City, Dining\n\nShare\n\n  • About Us\n  • Advertise\n  • Jobs\n  • Privacy Policy\n\n"+footer+"\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, p := range places {
		assert.Contains(t, res.Body, p.review)
	}
	assert.NotContains(t, res.Body, "Arts & Culture")
	assert.NotContains(t, res.Body, "Advertise")
}

// A post whose comment section's heading comes right after its share
// button: the heading, of more than two words, is no button of a row of
// them ("Comments" beside "Share"), and closes the post; the comments,
// however long, stay out.
func TestCommentsHeadingAfterShareButton(t *testing.T) {
	comment := "Is there room in your theory for voters being wrong? In both ways: of wanting the wrong things, and of wanting things in the wrong way, which is harder to see from the outside."
	page := "New bridge approved\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + para4 + "\n\nShare\n\nDiscussion about this post\n\n" +
		"Doug Clow\n8d\n\n" + comment + "\n\n" + comment + " I would add that the council never asked them.\n\n" + comment + " And nobody asked the ferry.\n\nReply\n\n" + footer + "\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Contains(t, res.Body, para4)
	assert.NotContains(t, res.Body, "Is there room")
}

// A thread whose span begins inside the second post, after a line of it
// that reads as strong chrome (an embedded video's title, slashes and all,
// as a breadcrumb): the span goes back over the posts before it, as that
// line stands between two of the post's own paragraphs.
func TestThreadGoesBackPastChromeInAPost(t *testing.T) {
	first := "I'm looking to get into mountain biking and I have been trying to work out which bike to get, something good but not too dear."
	second := []string{
		"Unfortunately, good bikes with an air fork are going to seem unusually expensive to you at first.",
		"Trail riding is tough on a bike, and it takes a good frame and suspension to keep the trails from beating you up.",
	}
	later := []string{
		"Trek and Cannondale both make decent entry level bikes, and I have one of each that I still ride every weekend on the local trails.",
		"But we can't help much without more about your experience, where you want to ride, and how tall you are, since the frame size matters most.",
		"I rode a rigid bike for years before I bought one with suspension, and the difference on rocky descents was far larger than I expected.",
		"Buy used if you can: a two year old bike from a good brand costs half as much and rides just as well as a new one from a cheap brand.",
	}
	posts := []string{first, second[0] + "\n\n" + second[1] + "\n\nBroken Banjo / 16:9 / Pre-Roll / Web Mix (youtube.com)\n\nYou'd keep it for years."}
	for i, s := range later {
		if i < 2 {
			s += "\n\n" + strings.ReplaceAll(s, "and", "but")
		}
		posts = append(posts, s)
	}
	page := threadPage("  • Forums\n  • Bikes\n  • Reviews\n\nSuggestions for a beginner mountain bike\n\n", func(n int, body string) string {
		return fmt.Sprintf("rider%d\n3 posts · Joined 2024\n\n#%d · Jun %d, 2024\n\n%s\n\nSave Share\nReply Quote Like\n\n", n, n, n+2, body)
	}, posts, "Related threads\n\nBest trail bike under 2000\nFirst full suspension bike\n\n"+footer+"\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, s := range append([]string{first}, second...) {
		assert.Contains(t, res.Body, s)
	}
	assert.NotContains(t, res.Body, "Best trail bike under 2000")
}

// A post's own list of names ("Eredivisie: Ajax/PSV/Feyenoord", which
// reads as a menu), its picture, the picture's credit or an ad slot in it
// does not stop the span going back over the thread's earlier posts: the
// first posts, above them, are kept.
func TestThreadGoesBackPastNamesAndPictures(t *testing.T) {
	first := "The new season starts this weekend, so here are my picks for the title in every league I follow, with a short reason for each one."
	second := "I agree with most of that, but I think the Dutch league is far more open this year than people expect after the summer transfers."
	later := []string{
		"Both clubs are doing well in their conferences and I hope they meet in the final, although the playoffs rarely go to plan for anyone.",
		"The champions are favourites again because of their style of play, but the schedule in December will test how deep their squad really is.",
		"Germany has a great team for the tournament, something they did not manage at the last World Cup, and the young players look ready.",
		"My own club is trying to get back into the top flight, together with three or four others that have bigger budgets than we do this year.",
	}
	posts := []string{first, second + "\n\nEredivisie: Ajax/PSV/Feyenoord\n[Supporters in the stadium before the match]\nPhoto: Jan Jansen/ANP via Getty Images\nAdvertisement\nThe three usual clubs, though one of them will slip this time."}
	for _, s := range later {
		posts = append(posts, "MLS: Galaxy/Atlanta United\n"+s+"\n\n"+strings.ReplaceAll(s, "and", "but")+"\n\n"+strings.ReplaceAll(s, " the ", " a "))
	}
	page := threadPage("  • Board index\n  • Members\n  • Login\n\nFootball season predictions\n\n", func(n int, body string) string {
		return fmt.Sprintf("[User avatar]\nfan%d\nSenator\nPosts: %d\nFounded: Dec %d, 2011\n\nTue Aug %d, 2019 1:47 am\n\n%s\n\nReply with quote\nTop\n━━━━━━━━━━━━━━━━━━━━\n\n", n, 100*n, n, n+1, body)
	}, posts, footer+"\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, s := range []string{first, second} {
		assert.Contains(t, res.Body, s)
	}
	assert.NotContains(t, res.Body, "Board index")
}

// threadPage builds a forum page as a text rendering prints it: head,
// then each post as post prints it with its number, from 1, then tail.
func threadPage(head string, post func(n int, body string) string, posts []string, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	for i, p := range posts {
		b.WriteString(post(i+1, p))
	}
	b.WriteString(tail)
	return b.String()
}

// TestTextGridWithoutArticle: a shop's category page as w3m prints it, its
// grid of products and nothing else, no paragraph to make an article of.
// As in HTML (TestGridWithoutArticle), its cards are its content, found by
// their prices (see measure's markCards): the page prints them, not nothing,
// and the menus and footer around them go.
func TestTextGridWithoutArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString("[Joco] [Search]\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  • Category %d\n", i)
	}
	b.WriteString("\nReusable Cups\n\nShowing all 12 results\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  • [cup-%d-front]\n\n    Glass Cup %d oz\n\n    Sandstone\n    Lilac\n    Violet\n    $%d.95\n", i, 4+2*i, 20+i)
	}
	b.WriteString("\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  • Site link %d\n", i)
	}
	b.WriteString("\n© 2025 Joco\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assertCups(t, res.Body, 1, 12)
}

// TestIndentedFirstLineIsNoTitle: the cleaner prints a title without the
// indentation of its line, so a clean text whose first line is indented
// (a grid's body, cleaned again, opening with its first card's name) has
// it in its body, not as its title; and cleaning that body again keeps it.
func TestIndentedFirstLineIsNoTitle(t *testing.T) {
	body := "    Glass Cup 6 oz\n\n    Sandstone\n    $21.95\n\n    Glass Cup 8 oz\n\n    Lilac\n    $22.95"
	res, err := clean.Text(body + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Title)
	assert.Equal(t, body, res.Body)
	res, err = clean.Text("Reusable Cups\n\n" + body + "\n")
	require.NoError(t, err)
	assert.Equal(t, "Reusable Cups", res.Title)
	assert.Equal(t, body, res.Body)
}

// TestSpecificationsAfterTheArticle: an HTML product page whose
// description ends on an h2, "Features", over a list of short names in
// title case, which read as a menu's entries: the list is the product's
// (see headingOver), and the footer's links after it are not.
func TestSpecificationsAfterTheArticle(t *testing.T) {
	specs := []string{"Breathable Mesh Upper", "Rock Plate", "Gusseted Tongue", "Reflective Details"}
	var items strings.Builder
	for _, s := range specs {
		items.WriteString("<li>" + s + "</li>")
	}
	page := `<html><body><nav><ul>` + linkItems(6, "/c", "Shoes %d") + `</ul></nav><div class="product"><h1>Trail X2 running shoe</h1><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p>` +
		`<h2>Features</h2><ul>` + items.String() + `</ul></div><footer><ul>` + linkItems(4, "/f", "Help %d") + `</ul><p>` + footer + `</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, s := range specs {
		assert.Contains(t, res.Body, "• "+s)
	}
	assert.NotContains(t, res.Body, "Help 1")
}

// TestAltTextOverCardTitle: w3m prints a linked picture's alt text as
// text, so a grid of recipes in text gives each card's title twice, the
// picture's over the card's heading. The body gives it once (see decide's
// markAltCopies), and the summary under it stays.
func TestAltTextOverCardTitle(t *testing.T) {
	cards := [][2]string{
		{"Spaghetti alla carbonara", "La ricetta originale romana con guanciale croccante, pecorino e uova: niente panna, solo una crema vellutata."},
		{"Risotto ai funghi porcini", "Un risotto cremoso e profumato, con porcini freschi o secchi e una mantecatura al parmigiano."},
		{"Lasagne alla bolognese", "Sfoglia all'uovo, ragù cotto a lungo e besciamella fatta in casa per il piatto delle feste."},
		{"Pasta e fagioli", "Il comfort food della tradizione contadina, denso e saporito, con borlotti e un filo d'olio a crudo."},
	}
	var b strings.Builder
	b.WriteString("Cucina Facile Antipasti Primi piatti Secondi Dolci\n\nPrimi piatti\n\n" +
		"Dalla pasta al forno della domenica ai risotti di stagione: ecco i primi piatti più amati dai nostri lettori, tutti provati nella nostra cucina.\n\n")
	for _, c := range cards {
		fmt.Fprintf(&b, "%s\n\n%s\n\n%s\n\n25 min · Facile · ★ 4,8\n", c[0], c[0], c[1])
	}
	b.WriteString("\n1 2 3 … 12 Successiva ›\n\n© 2024 Cucina Facile\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, c := range cards {
		assert.Equal(t, 1, strings.Count(res.Body, c[0]), "%s in\n%s", c[0], res.Body)
		assert.Contains(t, res.Body, c[0]+"\n\n"+c[1], res.Body)
	}
}

// TestCardFieldsInText: a thread as w3m prints it gives each poster's
// card as a definition list, a label of the post-meta table alone on its
// line over its value, indented ("Joined" over "    Aug 24, 2006",
// "Beiträge" over "    2.206"). Label and value go as a post's metadata
// (see measure's markCardFields), and the posts stay.
func TestCardFieldsInText(t *testing.T) {
	posts := []string{
		"Bang on the money, except the asking price, which is higher than any tablet I have owned so far.",
		"I agree about the price, but the screen alone is worth it if you edit photos on the move every day.",
		"Storage is the real problem: a pro device should start at two terabytes, and the upgrades cost far too much.",
	}
	var b strings.Builder
	b.WriteString("AVForums Home Forums What's new Log in Register\n\nDiscussion of our review of the new tablet\n\n")
	for i, p := range posts {
		fmt.Fprintf(&b, "member%d\n\nJoined\n    Aug %d, 2016\nMessages\n    %d,243\nReaction score\n    %d,583\n\n  • Sep 21, 2024\n\n%s\n\nReply\n\n", i, i+3, i+20, i+8, p)
	}
	b.WriteString("You must log in or register to reply here.\n\n© 2024 AVForums\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, p := range posts {
		assert.Contains(t, res.Body, p)
	}
	for _, line := range []string{"Joined", "    Aug 4, 2016", "Messages", "    21,243", "Reaction score"} {
		got := decision(t, res, line)
		assert.Equal(t, clean.Drop, got.Verdict, line)
		assert.Equal(t, "post-meta", got.Rule, line)
	}
}

// TestExplodedTableAfterTheArticle: html2text prints a table whose cells
// hold paragraphs one cell to a paragraph, bars alone between them; such
// a table after the article's last paragraph, and a second one under a
// section heading, are the article's (see measure's markExplodedTables),
// and so is one between two runs of its paragraphs.
func TestExplodedTableAfterTheArticle(t *testing.T) {
	table := func(rows ...[3]string) string {
		var b strings.Builder
		for i, r := range rows {
			fmt.Fprintf(&b, "%s\n\n| \n\n%s\n\n| \n\n%s  \n  \n", r[0], r[1], r[2])
			if i == 0 {
				b.WriteString("---|---|---  \n  \n")
			}
		}
		return b.String()
	}
	page := "Home | News | About\n\n# How accurate is Gemini for business use?\n\n" + para1 + "\n\n" + para2 + "\n\n" +
		table([3]string{"Feature", "Gemini", "Specialised model"}, [3]string{"Logic and reasoning", "Broad, multimodal", "Narrow, task-specific"}, [3]string{"Cost", "Per token", "Fixed infrastructure"}) +
		"\n## When Gemini is the right tool, and when it is not\n\n" +
		table([3]string{"Use case", "Fit", "Approach"}, [3]string{"Brainstorming", "Strong fit", "Gemini Flash"}, [3]string{"Legal analysis", "High risk", "Specialised models"}) +
		"\nThe council said that the choice of model matters less than the review of its output, which no model can do for itself.\n\n© 2025 Example\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, cell := range []string{"Specialised model", "Fixed infrastructure", "When Gemini is the right tool", "Legal analysis"} {
		assert.Contains(t, res.Body, cell)
	}

	// Between two runs of paragraphs, its bars cost what its rows do: the
	// article goes on after it.
	after := []string{
		"Opponents said the money would be better spent on the ferry, which has run at a loss for a decade and which many older residents still prefer to the long drive round the bay.",
		"The mayor said that construction would begin next spring and that the old ferry would keep running until the bridge opened, so that nobody would be left without a way across.",
	}
	page = "Home | News | About\n\n# How accurate is Gemini for business use?\n\n" + para1 + "\n\n" + para2 + "\n\n" +
		table([3]string{"Feature", "Gemini", "Specialised model"}, [3]string{"Logic and reasoning", "Broad, multimodal", "Narrow, task-specific"}, [3]string{"Cost", "Per token", "Fixed infrastructure"},
			[3]string{"Data", "Leaves the premises", "Stays on premises"}, [3]string{"Accuracy", "Probabilistic", "Deterministic"}, [3]string{"Languages", "Over a hundred", "A chosen few"},
			[3]string{"Updates", "By the vendor", "By the customer"}, [3]string{"Audit", "Hard", "Built in"}, [3]string{"Best use", "Research", "Compliance"}, [3]string{"Control", "Cloud", "On premises"}) +
		"\n" + after[0] + "\n\n" + after[1] + "\n\n© 2025 Example\n"
	res, err = clean.Text(page)
	require.NoError(t, err)
	assert.Contains(t, res.Body, "On premises\n\n"+after[0]+"\n\n"+after[1], res.Body)
}

// A guide's last paragraph, and the list under it whose items read as
// text, before a feedback box: the list is the guide's, though its items
// are short; a menu under the last paragraph is not (see itemsAfter).
func TestItemsAfterTheLastParagraph(t *testing.T) {
	page := func(items string) string {
		return "  • Home\n  • Passports\n  • Travel\n\nRenew or replace your adult passport\n\n" + para1 + "\n\n" + para2 + "\n\n" +
			"You may be able to get a passport urgently using the fast track service or the online premium service.\n\n" + items +
			"\nIs this page useful?\n\nYes No Report a problem with this page\n\nRelated content\n\n  • Get your first adult passport\n  • Cancel a lost or stolen passport\n"
	}
	items := "  • Fast Track: a new passport within a week\n  • Online Premium: a new passport at your appointment\n"
	res, err := clean.Text(page(items))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(res.Body, "service.\n\n"+strings.TrimSuffix(items, "\n")), res.Body)

	res, err = clean.Text(page("  • About us\n  • Contact\n  • Careers\n"))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(res.Body, "online premium service."), res.Body)
}

// A service page's last paragraph and the list under it, in HTML, one of
// whose items links its subject to another page: the list is the page's.
// A list with more of its items linked is not (see itemsAfter).
func TestItemsAfterWithALinkedItem(t *testing.T) {
	items := []string{"Modern collaboration and ways of working capabilities", "Industry-specific thought leadership on data and analytics",
		"Advanced analytics (e.g. machine learning)", "Flexible staffing and right-to-hire options"}
	page := func(linked int) string {
		var b strings.Builder
		b.WriteString(`<html><body><nav><ul><li><a href="/s">Solutions</a></li><li><a href="/i">Industries</a></li><li><a href="/a">About us</a></li></ul></nav>` +
			`<div class="page"><h1>Data and analytics services</h1><p>` + para1 + `</p><p>` + para2 +
			`</p><h2>The value we bring</h2><p>Through our team of domain experts and partners we help turn your data into an asset that the whole organisation can use every day.</p><ul>`)
		for i, it := range items {
			if i < linked {
				it = `<a href="/x">` + it + `</a>`
			}
			b.WriteString("<li>" + it + "</li>")
		}
		b.WriteString(`</ul></div><footer><p>Follow us on LinkedIn</p><p>© 2025 Example Consulting. All rights reserved.</p></footer></body></html>`)
		return b.String()
	}
	res, err := clean.HTML(strings.NewReader(page(1)))
	require.NoError(t, err)
	for _, it := range items {
		assert.Contains(t, res.Body, it, res.Body)
	}
	res, err = clean.HTML(strings.NewReader(page(2)))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, items[3], res.Body)
}

// A league's table, the page's content, over a legend of one paragraph
// and a box of news: the table is the article's, in HTML and as w3m
// aligns it (see rowsBefore).
func TestTableOverItsLegend(t *testing.T) {
	teams := []struct {
		name                 string
		won, drawn, lost, pt int
	}{{"Inter", 23, 5, 2, 74}, {"Juventus", 19, 8, 3, 65}, {"Milan", 19, 6, 5, 63}, {"Bologna", 16, 10, 4, 58}, {"Roma", 15, 7, 8, 52}}
	legend := "In verde le squadre qualificate alla Champions League, in rosso quelle retrocesse in Serie B."
	var rows, text []string
	var b strings.Builder
	b.WriteString(`<html lang="it"><body><nav><ul><li><a href="/a">Serie A</a></li><li><a href="/b">Serie B</a></li><li><a href="/c">Champions League</a></li></ul></nav><main><h1>Classifica Serie A</h1><table>`)
	for i, tm := range teams {
		row := fmt.Sprintf("%d | %s | %d | %d | %d | %d", i+1, tm.name, tm.won, tm.drawn, tm.lost, tm.pt)
		rows = append(rows, row)
		b.WriteString("<tr><td>" + strings.ReplaceAll(row, " | ", "</td><td>") + "</td></tr>")
		text = append(text, fmt.Sprintf("%-3d %-9s %2d %2d %2d %2d", i+1, tm.name, tm.won, tm.drawn, tm.lost, tm.pt))
	}
	b.WriteString(`</table><p>` + legend + `</p><section><h2>Ultime notizie</h2><ul><li><a href="/n/1">Inter, lo scudetto è a un passo</a></li><li><a href="/n/2">Juventus, una partita alla volta</a></li></ul></section></main>` +
		`<footer><p>© 2024 Calcio Oggi</p></footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Contains(t, res.Body, strings.Join(rows, "\n")+"\n\n"+legend)

	page := "  • Serie A\n  • Serie B\n  • Champions League\n\nClassifica Serie A\n\n" + strings.Join(text, "\n") + "\n\n" + legend +
		"\n\nUltime notizie\n\n  • Inter, lo scudetto è a un passo\n  • Juventus, una partita alla volta\n\n© 2024 Calcio Oggi\n"
	res, err = clean.Text(page)
	require.NoError(t, err)
	assert.Contains(t, res.Body, strings.Join(text, "\n")+"\n\n"+legend)
}

// A news aggregator's front page in text: thirty numbered stories, each
// title over a line of its points, poster and comments, and no sentence
// on the page. The stories are its content (see numberedAlone): it had
// printed nothing. The menu above them and the links below go.
func TestNumberedStoriesWithoutArticle(t *testing.T) {
	titles := []string{"Zig 0.%d Released (ziglang.org)", "Postgres %d Beta (postgresql.org)",
		"Show HN: Tiny Lisp in %d Lines of Rust (github.com/ada)", "SQLite Internals, Part %d (fly.io)",
		"Why Lua %d Still Matters (lwn.net)", "Ask HN: Favourite Debugging Tools, %d",
		"Reverse Engineering Game Boy ROM %d (nullprogram.com)", "Typst %d vs LaTeX (typst.app)"}
	var b strings.Builder
	b.WriteString("[y18] Hacker News new | past | comments | ask | show | jobs | submit          login\n\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "%2d.    "+titles[i%len(titles)]+"\n", i, i)
		fmt.Fprintf(&b, "       %d points by user%d %d hours ago | hide | %d comments\n", 100+i, i, i%12+1, 10+i)
	}
	b.WriteString("\n       More\n\nGuidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact\n\nSearch: [                    ]\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(res.Body, " 1.    Postgres 1 Beta (postgresql.org)\n"), res.Body)
	assert.True(t, strings.HasSuffix(res.Body, "30.    Reverse Engineering Game Boy ROM 30 (nullprogram.com)\n       130 points by user30 7 hours ago | hide | 40 comments"), res.Body)
	assert.Equal(t, 60, strings.Count(res.Body, "\n")+1, res.Body)
}

// A blog post's numbered picks under its paragraphs, as html2text prints
// them: each entry a product's name, its shop's link and a rule of stars.
// The span that takes the first entry takes them all (see numberedOn).
func TestNumberedPicksAfterTheArticle(t *testing.T) {
	picks := []string{"Lego Star Wars Resistance Bomber set", "Electric racing track with two cars", "Christopher Nolan collection on Blu-Ray",
		"Blade Runner The Final Cut in 4K Ultra HD", "Knights of the Zodiac part one on DVD", "Ghostbusters collection in a steelbook",
		"Indiana Jones collection in a steelbook", "Magnum P.I. complete collection on DVD", "Portable electronic drum kit with pads",
		"Back to the Future DeLorean model car"}
	var b strings.Builder
	b.WriteString("[Home](/) [Film](/film) [Music](/music)\n\n# Black Friday for the nostalgic\n\n23 Nov 2017\n\n")
	b.WriteString(para1 + "\n\n" + para2 + "\n\nWho are we to stay out of the rush? Here are the offers for fans of the eighties and nineties not to be missed.\n\n")
	for i, pick := range picks {
		fmt.Fprintf(&b, "%d) %s\n**http://amzn.to/%d\n******\n", i+1, pick, i)
	}
	b.WriteString("\n[Share on Facebook](/share) [Tweet](/tweet)\n\n© 2017 Example Blog\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, pick := range picks {
		assert.Contains(t, res.Body, pick, res.Body)
	}
}

// A story's tour dates under its last paragraph and a heading, a row a
// date and a place, in English and in Portuguese: the schedule is the
// story's (see datesAfter); four rows make none.
func TestScheduleAfterTheStory(t *testing.T) {
	en := []string{"June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ Credit Union Amphitheatre",
		"June 14 – Alpharetta, GA @ Bank Amphitheatre", "June 17 – Nashville, TN @ Bridgestone Arena", "June 19 – Charlotte, NC @ Music Pavilion",
		"July 2 – Uncasville, CT @ Mohegan Sun Arena"}
	pt := []string{"1a etapa: 10 de março – Interlagos", "2a etapa: 8 de abril – Curitiba", "3a etapa: 22 de abril – Velopark",
		"4a etapa: 06 de maio – Londrina", "5a etapa: 20 de maio – Santa Cruz do Sul", "6a etapa: 5 de agosto – Corrida do Milhão"}
	for _, c := range []struct {
		name string
		rows []string
		kept bool
	}{
		{"en", en, true}, {"pt", pt, true}, {"four rows", en[:4], false},
	} {
		page := "Home | Music | News\n\nThe band announces its anniversary tour\n\n" + para1 + "\n\n" + para2 +
			"\n\nTickets go on sale to the general public on Friday, and fans who joined the club get them a day earlier.\n\nTour Dates\n\n" +
			strings.Join(c.rows, "\n") + "\n\nRelated\n\n  • The band's first album at fifty\n  • Ten songs for the road\n\n© 2019 Example Media\n"
		res, err := clean.Text(page)
		require.NoError(t, err)
		for _, r := range c.rows {
			if c.kept {
				assert.Contains(t, res.Body, r, c.name)
			} else {
				assert.NotContains(t, res.Body, r, c.name)
			}
		}
	}
}

// listingWithFooter is a page of house listings, each a price, an address,
// a paragraph and a date, then the site's footer: links, the notice given,
// and the site's legal paragraphs, which read as prose.
func listingWithFooter(notice string) (page string, homes, legal []string) {
	homes = []string{
		"Prepare to be impressed by this carefully kept home on an oversized lot, with a new roof, fresh paint inside and out, new flooring throughout and a kitchen that opens onto the garden.",
		"This is not your average single-story home: an addition of some 350 square feet gives it a fourth bedroom with a seating area, perfect for guests, for an office or for a retreat.",
		"A charming home in the heart of the old town, close to schools and parks, with three bedrooms, a bright living room and a large yard where children and dogs have room to play.",
		"Contemporary home on ten acres with views of the valley, a loft reached by a spiral staircase, a workshop for the hobbyist and a barn that could hold horses, tools or a studio.",
		"Historic charmer a few minutes from the square, with main-floor living, original wood floors, a renovated bathroom and a porch that looks out over a quiet street lined with trees.",
		"Freshly updated condo on the second floor with a balcony, two bedrooms, a garage space and a shared pool, a short walk from the shops, the library and the path along the river.",
		"Spacious family home on a corner lot with a three-car garage, a finished basement, a kitchen with an island and a back yard that backs onto open space with trails for walking.",
		"Well-kept starter home with a new water heater, updated faucets, a fenced yard and a shed, close to the freeway and to the schools, ready for its new owners to move in.",
	}
	legal = []string{
		"Acme is licensed to do business in New York as Acme Real Estate. The standard operating procedures for agents and brokers of the state apply to all listings here.",
		"All mortgage lending products and information are provided by our lending partner, licensed in all fifty states; this site is not authorised by any state to make loans.",
		"Our company is an affiliated business of a lending partnership; each company and their subsidiaries are separate legal entities operated and managed through their own structures.",
		"If you are using a screen reader, or are having trouble reading this website, please call our customer support team for help at the number given on the contact page.",
	}
	var b strings.Builder
	b.WriteString("Homes for sale\n\n  • Buy\n  • Rent\n  • Sell\n  • Mortgage\n\nSparks homes for sale\n\nSort: Recommended\n\n")
	for i, h := range homes {
		fmt.Fprintf(&b, "%d beds %d baths %d sq ft\n$%d,000\n%d Main Street, Sparks, NV 89431\n\n    %s\n\nListed %d hours ago\n\n", 2+i%3, 1+i%2, 1200+100*i, 300+20*i, 100+i, h, i+2)
	}
	b.WriteString("About us\n\n  • Careers\n  • Press\n  • Investors\n  • Blog\n  • Contact us\n  • Help Center\n\n" + notice + "\n\nNOTICE\n\n")
	for _, l := range legal {
		b.WriteString(l + "\n\n")
	}
	return b.String(), homes, legal
}

// The site's legal paragraphs under its copyright notice, at the foot of a
// page of listings, are neither an article that makes the page one (see
// hasArticleRun) nor any part of the page's span: the listings are kept,
// the paragraphs go.
func TestFooterAfterCopyright(t *testing.T) {
	page, homes, legal := listingWithFooter("Copyright: © 2025 Acme Homes. All rights reserved.")
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, h := range homes {
		assert.Contains(t, res.Body, h)
	}
	for _, l := range legal {
		assert.NotContains(t, res.Body, l)
	}
}

// boxThenSection is an article that a heading of related links ("Read
// more") interrupts, then first, then the names of a game's features, then
// the rest of the article.
func boxThenSection(first string) string {
	return harbourLights("Read more\n\n" + first + "\n\nSingle-player\n\nSteam Achievements\n\nSteam Cloud\n\nFamily Sharing\n\n")
}

// harbourLights is a game's page, its two opening paragraphs, then middle,
// then the rest of its text and the shop's notice.
func harbourLights(middle string) string {
	return "Home | Games | Deals | Sign in\n\nHarbour Lights\n\n" +
		"Harbour Lights is a calm game about keeping a lighthouse through the long winter: you trim the wick, log the ships that pass and mend what the storms break, one night after another.\n\n" +
		"Each season brings new keepers' stories, letters from the mainland and a harbour town that slowly comes back to life as the ships return to its quay.\n\n" +
		middle +
		"The game was made by a team of four in a fishing town on the coast, and every sound in it was recorded at the old lighthouse the game is named after.\n\n" +
		"The first season follows the keeper through the dark months, when the ships are few and the storms many, and the town below waits for spring.\n\n" +
		"The second season opens with the thaw, when the fishing fleet returns and the keeper's letters begin to change the town's fortunes.\n\n" +
		"A third season, due next year, will bring the lighthouse's first visitors and a mystery about the keeper who came before.\n\n© 2026 Harbour Games\n"
}

// A box under a heading that closes articles ends where the page names a
// section of its own ("Features", "System Requirements", see dropBoxes):
// a shop's "Read more" button had taken a game's features and languages,
// and its requirements, with it. Without such a name, the lines under the
// heading are the box's, and go.
func TestBoxEndsAtSection(t *testing.T) {
	for _, name := range []string{"Features", "System Requirements"} {
		res, err := clean.Text(boxThenSection(name))
		require.NoError(t, err)
		for _, s := range []string{name, "Single-player", "Steam Cloud", "Family Sharing", "The game was made"} {
			assert.Contains(t, res.Body, s)
		}
		assert.NotContains(t, res.Body, "Read more")
	}
	res, err := clean.Text(boxThenSection("Lighthouses in the real world"))
	require.NoError(t, err)
	for _, s := range []string{"Lighthouses in the real world", "Single-player", "Steam Cloud"} {
		assert.NotContains(t, res.Body, s)
	}
	assert.Contains(t, res.Body, "The game was made")
}

// A game's system requirements in two columns, "MINIMUM:" and
// "RECOMMENDED", the second a heading that closes articles by its phrase:
// the fields under it ("Memory: 4 GB") are a table of specifications,
// not a box's links (see fieldsUnder), and stay; three titles of other
// games under the same heading, or fields with no number, go.
func TestFieldsUnderABoxHeading(t *testing.T) {
	page := func(under ...string) string {
		var b strings.Builder
		b.WriteString("System Requirements\n\nMINIMUM:\n\n  • OS: Windows 7\n  • Memory: 2 GB RAM\n  • Storage: 500 MB available space\n\nRECOMMENDED\n\n")
		for _, u := range under {
			b.WriteString("  • " + u + "\n")
		}
		b.WriteString("\n")
		return harbourLights(b.String())
	}
	fields := []string{"OS: Windows 10", "Processor: Dual Core 3.0 GHz", "Memory: 4 GB RAM", "Graphics: 256 MB video memory"}
	res, err := clean.Text(page(fields...))
	require.NoError(t, err)
	for _, s := range append(fields, "Memory: 2 GB RAM", "The game was made") {
		assert.Contains(t, res.Body, s)
	}
	for _, under := range [][]string{
		{"Lighthouse Keeper Simulator", "Storm Harbour: The Quay", "Fishing Town Stories"},
		{"Input: Keyboard and mouse", "Sound: Stereo headphones", "Language: English"},
		{"Network: Broadband 8 Mbps", "Graphics: 256 MB video memory"},
	} {
		res, err := clean.Text(page(under...))
		require.NoError(t, err)
		for _, s := range under {
			assert.NotContains(t, res.Body, s)
		}
		assert.Contains(t, res.Body, "The game was made")
	}
}

// A meal plan's opening paragraphs over its recipes, short lines that read
// as a menu's, then a share bar and the site's disclaimers right above its
// copyright notice: the disclaimers are fine print, and the plan is the
// page's article (see finePrint).
func TestFinePrintOverCopyright(t *testing.T) {
	intro := []string{
		"If you have done the eighty day programme, you have seen how its meal plan complements the workouts to get you the best results.",
		"The shorter programme follows the same nutrition plan, so you can use the same calculation to work out your daily calorie target.",
		"This plan works for both programmes, so there is no need to work out a whole new meal prep when you finish one and start the other.",
	}
	disclaimers := []string{
		"The information provided on this website, including the blogs, community pages and programme materials, was originally intended for a US audience and is not meant to replace the advice of your doctor.",
		"Results vary depending on starting point, goals and effort. Exercise and a proper diet are necessary to achieve and maintain weight loss and muscle definition over time.",
		"These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.",
		"Consult your physician and follow all safety instructions before beginning any exercise programme or using any supplement or meal replacement product.",
	}
	page := func() string {
		var b strings.Builder
		b.WriteString("  • Programmes\n  • Nutrition\n  • Science\n\nMeal Prep for the Shorter Programme\n\n")
		for _, p := range intro {
			b.WriteString(p + "\n\n")
		}
		for _, meal := range []string{"Pre-Workout Meal", "Workout Supplement", "Breakfast", "Lunch", "Snack", "Dinner"} {
			b.WriteString(meal + "\n\nAsparagus and Eggs [1 cup asparagus, 2 eggs, ½ cup sweet potato]\n\nPortion Fix Containers: 1 Green, 1 Red\n\n")
		}
		b.WriteString("  • Facebook\n  • Pinterest\n  • Join our newsletter\n\n")
		for _, d := range disclaimers {
			b.WriteString(d + "\n\n")
		}
		b.WriteString("© 2019 Example Fitness, LLC. All rights reserved.\n\nContact Us | Terms of Use | Privacy Policy\n")
		return b.String()
	}
	res, err := clean.Text(page())
	require.NoError(t, err)
	for _, p := range intro {
		assert.Contains(t, res.Body, p, res.Body)
	}
	for _, d := range disclaimers {
		assert.NotContains(t, res.Body, d, res.Body)
	}
}

// A change log is its releases, each a version's head over its changes:
// short list items without a sentence, the shape of a menu. All of them
// stay, those of a release whose notes are paragraphs too, which had been
// the page's one article (see measure's markReleases, and mostlyItems).
func TestChangeLogKeptWhole(t *testing.T) {
	var b strings.Builder
	b.WriteString("Copyright (C) 2014-2022 Jane Doe\n\n") // strong chrome: the text is no clean page
	var changes []string
	for i := 6; i >= 1; i-- {
		fmt.Fprintf(&b, "Changes in libfoo 0.%d.0\n=====================\n\n", i)
		for j := 1; j <= 3; j++ {
			c := fmt.Sprintf("build: support the %s toolchain, step %d of release %d", []string{"meson", "autoconf", "cmake"}[j-1], j, i)
			changes = append(changes, c)
			fmt.Fprintf(&b, " - %s\n", c)
		}
		if i == 3 {
			b.WriteString("\n - there are changes to the API used between the client and the service. New clients will only talk\n")
			b.WriteString("   with the new service, so make sure to restart it. Old clients will continue to be able to talk to it.\n")
			b.WriteString("\n - there is now a fairly decent test suite, but it requires a full session bus to run in, so it may make\n")
			b.WriteString("   sense to avoid running it on the builders for the time being, until the suite can run without one.\n")
			b.WriteString("\n - the editor now uses the application framework of the toolkit, and it can search for keys by their\n")
			b.WriteString("   names or their values, which makes it far easier to find the settings that a program has stored.\n")
			b.WriteString("\n - the command line tool now calls setlocale() on startup, so that the messages it prints are given in\n")
			b.WriteString("   the language of the user's session, as the other tools of the desktop have done for a long time.\n")
			changes = append(changes, "there is now a fairly decent test suite")
		}
		b.WriteString("\n")
	}
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, c := range changes {
		assert.Contains(t, res.Body, c)
	}
	assert.Contains(t, res.Title+res.Body, "Changes in libfoo 0.1.0")
}

// A log of one line a commit, as git log --oneline prints it, is the
// text's items, and stays whole (see measure's markCommitLines): its
// subjects, short and without a sentence, had read as a menu's entries.
func TestOnelineLogKeptWhole(t *testing.T) {
	subjects := []string{
		"Wrapper: emit object:visible-data-changed signals", "JNI Remove commented out code",
		"Build: fix unused param warning in Atk init functions", "JNI: include AtkWrapper.h in AtkWrapper.c",
		"Build: include --enable-compile-warning option", "JNI: Create AtkWrapper.h",
		"JNI: create prototype for access init and shutdown", "Release 0.33.2",
		"Wrapper: Create java AtkTextGranularity interface", "HACKING: remove get_index_at from AtkTable list",
		"JNI/Wrapper: remove jaw_table_get_index_at", "Update copyright for jawcomponent and AtkComponent",
		"Build: make with PLATFORM_CFLAGS", "JNI: minor formatting",
	}
	var b strings.Builder
	b.WriteString("Copyright (C) 2014-2022 Jane Doe\n\n") // strong chrome: the text is no clean page
	for i, s := range subjects {
		fmt.Fprintf(&b, "%07x %s\n", 0x2d362db+i*7919, s)
	}
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range subjects {
		assert.Contains(t, res.Title+"\n"+res.Body, s)
	}
}

// TestRunOfTitles: a listing rendered as text gives its entries' titles
// each alone between blank lines; where the span holds the first of them,
// it holds the rest, up to the related box under them (see titlesAfter).
// A news story's last paragraph is no title: the teasers under it stay
// out.
func TestRunOfTitles(t *testing.T) {
	titles := []string{"Spaghetti and Meatballs", "Sweet and Spicy Tomato Chutney", "Pasta With Spicy Tomato Sauce", "Butter Chicken Recipe",
		"Quick Italian Red Sauce in Forty Minutes", "Roman Spaghetti With Tuna and Mushrooms", "Sicilian Spaghetti With Fresh Tomato",
		"Nigerian Red Pepper Sauce", "Penne alla Vodka Recipe", "New York Pizza Sauce", "The Best Slow-Cooked Bolognese", "Vodka Pizza",
		"Baked Ziti With Two Cheeses", "Tomato Ketchup at Home"}
	const (
		menu  = "  • Home\n  • Recipes\n  • Guides\n  • About us\n\n"
		intro = "Our collection of tomato sauce recipes has something for every kind of dish, whether you want a quick weeknight pasta or a slow Sunday ragù."
		tail  = "More In Condiments & Sauces\n\nBarbecue Sauce Dipping Sauce Hot Sauces Pesto\n\n© 2025 The Sauce Kitchen. All rights reserved.\n"
	)
	res, err := clean.Text(menu + "Tomato Sauce Recipes\n\n" + intro + "\n\n" + strings.Join(titles, "\n\n") + "\n\n" + tail)
	require.NoError(t, err)
	assert.Equal(t, intro+"\n\n"+strings.Join(titles, "\n\n"), res.Body)

	res, err = clean.Text(menu + "Council approves the new river bridge\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" +
		strings.Join(titles[:7], "\n\n") + "\n\n" + tail)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body)
}

// recipe is a recipe page in text: a site's bar, the dish's name, its
// byline, a share bar, the list of ingredients under its heading, the
// method's numbered steps, and the chrome after them.
func recipe(heading, items, steps string) string {
	return "Recipes Now   Home   Recipes   Videos   Sign in\n\nCarrot cake with chocolate frosting\n\nBy Ann Rivers | March 12, 2024\n\nShare: Facebook  WhatsApp  Pinterest\n\n" +
		heading + "\n\n" + items + "\nMethod\n\n" + steps +
		"\nRelated recipes\n  • Orange cake\n  • Cornmeal cake\n\nSign up for our newsletter and get recipes every week\n\n© 2024 Recipes Now. All rights reserved.\n"
}

// A recipe keeps its ingredients, a list of quantities above the method
// whose steps open the span, in text and in HTML; its short items had
// cost the span more than they added. A menu's entries over an article
// open with no number and still go.
func TestRecipeKeepsItsIngredients(t *testing.T) {
	ingredients := []string{"3 medium carrots", "4 eggs", "1 cup of oil", "2 cups of sugar", "2 1/2 cups of flour", "½ teaspoon of salt"}
	steps := []string{
		"Blend the carrots, the eggs and the oil until you have a smooth cream.",
		"Pour into a bowl, add the sugar and the flour and mix well.",
		"Add the baking powder and bake in an oven heated to 180 °C for 40 minutes.",
	}
	var items, numbered, li, ol strings.Builder
	for _, s := range ingredients {
		items.WriteString("  • " + s + "\n")
		li.WriteString("<li>" + s + "</li>")
	}
	for i, s := range steps {
		fmt.Fprintf(&numbered, "  %d. %s\n", i+1, s)
		ol.WriteString("<li>" + s + "</li>")
	}
	text, err := clean.Text(recipe("Ingredients", items.String(), numbered.String()))
	require.NoError(t, err)
	page := `<html><head><title>Carrot cake with chocolate frosting - Recipes Now</title></head><body>
<header><a href="/">Recipes Now</a><nav><a href="/">Home</a> <a href="/r">Recipes</a> <a href="/login">Sign in</a></nav></header>
<div class="content"><h1>Carrot cake with chocolate frosting</h1><p class="byline">By Ann Rivers | March 12, 2024</p>
<h2>Ingredients</h2><ul>` + li.String() + `</ul><h2>Method</h2><ol>` + ol.String() + `</ol>
<h3>Related recipes</h3><ul><li><a href="/1">Orange cake</a></li><li><a href="/2">Cornmeal cake</a></li></ul></div>
<footer><p>© 2024 Recipes Now. All rights reserved.</p></footer></body></html>`
	html, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, res := range []*clean.Result{text, html} {
		assert.Equal(t, "Carrot cake with chocolate frosting", res.Title)
		for _, s := range append([]string{"Ingredients", "Method", steps[0]}, ingredients...) {
			assert.Contains(t, res.Body, s)
		}
		for _, s := range []string{"Sign in", "Share", "Orange cake", "newsletter", "All rights reserved"} {
			assert.NotContains(t, res.Body, s)
		}
		again, err := clean.Text(res.Body)
		require.NoError(t, err)
		assert.Equal(t, res.Body, again.Body)
	}

	menu := "  • Cakes\n  • Breads\n  • Soups and stews\n  • Quick dinners\n"
	res, err := clean.Text(recipe("Categories", menu, numbered.String()))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "Soups and stews")
}

// TestTableHeaderInCode: a German manual's block of TOML, its table's
// header a bracketed word that names an advert in German ("[anzeige]",
// display) over its keys, keeps the header in HTML, and the body cleans
// to itself: the header shows code (see measure's ShowsCode), no
// phrase's rule votes on it.
func TestTableHeaderInCode(t *testing.T) {
	page := `<html lang="de"><body><nav><ul>` + linkItems(6, "/s", "Abschnitt %d") + `</ul></nav><main><h1>Zeitzonen konfigurieren</h1>` +
		`<p>Tidewater speichert alle Zeitpunkte intern in UTC. Für die Anzeige wird die Zeitzone des Benutzers verwendet, die Sie in der Konfigurationsdatei festlegen können.</p>` +
		`<p>Tragen Sie die Zeitzone im Abschnitt <code>[anzeige]</code> ein:</p><pre><code>[anzeige]
zeitzone = "Europe/Berlin"</code></pre>` +
		`<p>Die Sommerzeit wird dabei automatisch berücksichtigt, und alle Zeitpunkte werden in der gewählten Zone angezeigt.</p></main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "[anzeige]\nzeitzone = \"Europe/Berlin\"")
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// A documentation page's table of settings under its heading, drawn with
// borders, and its last section after it, an example of code under its
// heading and the line that introduces it, stay with the page: the
// table's top border had kept it out of the span, and a label, an
// introduction and two lines of code had cost the span more than they
// added. A site's line of
// code to embed a video, after a story, is no example, and goes.
func TestCodeExampleAfterTheSpan(t *testing.T) {
	page := "Skip to main content\n\nConfiguration file\n\n" + para1 + "\n\n" + para2 + "\n\nSettings\n\n" +
		"┌──────────┬────────┬─────────┬──────────────────────────────────┐\n" +
		"│ Name     │ Type   │ Default │ Meaning                          │\n" +
		"├──────────┼────────┼─────────┼──────────────────────────────────┤\n" +
		"│ port     │ int    │ 8080    │ The port the server listens on.  │\n" +
		"│ workers  │ int    │ 4       │ How many requests run at once.   │\n" +
		"└──────────┴────────┴─────────┴──────────────────────────────────┘\n\n" +
		"Examples\n\nA minimal file:\n\nport = 9000\nworkers = 8\n\nWas this page helpful?  Yes  No\n\nEdit this page on GitHub\n\n" + footer + "\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, s := range []string{"Settings", "│ port     │ int", "Examples", "A minimal file:", "port = 9000", "workers = 8"} {
		assert.Contains(t, res.Body, s)
	}
	assert.NotContains(t, res.Body, "Was this page helpful")
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)

	story := "Bridge vote ends three years of debate\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nEmbed this video\n\n" +
		`<iframe src="https://video.example.com/embed/8812" width="640" height="360"></iframe>` + "\n\n" + footer + "\n"
	res, err = clean.Text(story)
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "iframe")
}

// A job's sections, each an HTML heading over a list ("Ihre Aufgaben",
// "Ihr Profil", "Wir bieten"), stay together: the span took the first
// list in and stopped, as the others' items, short and in title case as
// German writes its nouns, read as a menu's entries. A heading over a
// list of links after them, a box of other jobs, stays out.
func TestJobPostingKeepsItsSections(t *testing.T) {
	page := `<html lang="de"><head><title>Elektroniker (m/w/d) – Stadtwerke Lindau</title></head><body>
<header><a href="/">Stadtwerke Lindau</a><nav><a href="/strom">Strom</a> <a href="/gas">Gas</a> <a href="/karriere">Karriere</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><h1>Elektroniker (m/w/d) für Betriebstechnik</h1>
<p>Die Stadtwerke Lindau versorgen rund 25.000 Menschen mit Strom, Gas und Wasser. Für unser Team Netzbetrieb suchen wir ab sofort einen Elektroniker für Betriebstechnik.</p>
<h2>Ihre Aufgaben</h2><ul><li>Wartung und Instandhaltung unserer Umspannwerke und Ortsnetzstationen</li><li>Störungsbeseitigung im Mittel- und Niederspannungsnetz</li><li>Teilnahme am Bereitschaftsdienst</li></ul>
<h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Elektroniker für Betriebstechnik</li><li>Führerschein Klasse B</li><li>Teamfähigkeit und Zuverlässigkeit</li></ul>
<h2>Wir bieten</h2><ul><li>Vergütung nach TV-V</li><li>30 Tage Urlaub</li><li>Betriebliche Altersvorsorge</li></ul>
<h2>Weitere Stellen</h2><ul><li><a href="/j/1">Kaufmann (m/w/d) für Büromanagement</a></li><li><a href="/j/2">Netzmonteur (m/w/d) Wasser</a></li></ul>
</main><footer><p>© 2024 Stadtwerke Lindau GmbH</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, s := range []string{"Ihre Aufgaben", "Teilnahme am Bereitschaftsdienst", "Ihr Profil", "Führerschein Klasse B", "Wir bieten", "30 Tage Urlaub", "Betriebliche Altersvorsorge"} {
		assert.Contains(t, res.Body, s)
	}
	for _, s := range []string{"Weitere Stellen", "Netzmonteur", "Karriere"} {
		assert.NotContains(t, res.Body, s)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// TestPostButtonItems: a forum's buttons under each post printed as a
// list of one caption an item ("  • Thanks" over "  • Like", as w3m prints
// a XenForo thread) go where the page repeats them (see buttonRow): they
// had stayed inside the thread's span, weak chrome there, and three wceb
// threads in w3m rise (0537 +0.0063, 0522 +0.0033, 0528 +0.0018). An item
// of one caption that the page gives once is a list's own ("• Edit",
// among what a member may do).
func TestPostButtonItems(t *testing.T) {
	bodies := []string{
		"I moved my home server from Linux to FreeBSD last year and have not looked back since, mostly because of ZFS and the jails.",
		"Same here, although I still keep a Linux box around for the games that need it, and for the odd piece of hardware without drivers.",
		"The handbook is what convinced me: every part of the system is documented in one place, and the documentation matches what is installed.",
	}
	page := threadPage("  • Forums\n  • What's new\n  • Log in\n\nWhy I switched to FreeBSD\n\n", func(n int, body string) string {
		return fmt.Sprintf("user%d\n\n  • Jan %d, 2024\n  • #%d\n\n%s\n\n  • Thanks\n  • Like\n\nReactions: alice, bob and %d others\n\n", n, n+1, n, body, n)
	}, bodies, "© 2024 Example Forums\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, b := range bodies {
		assert.Contains(t, res.Body, b)
	}
	assert.NotContains(t, res.Body, "• Like")
	once := "Members of the group can:\n\n  • Read\n  • Edit\n  • Vote\n\n"
	res, err = clean.Text(newsPage("Home | News", "Group settings", []string{twoParagraphs["en"][0], once + twoParagraphs["en"][1]}, "© 2024 Example"))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "  • Read\n  • Edit\n  • Vote\n")
}
