package clean_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// A related block closes the article: the teaser paragraphs after it go,
// although each reads like prose.
func TestSpanStopsAtRelatedBlock(t *testing.T) {
	teaser := "The mayor of the neighbouring town said on Friday that she was planning to build a bridge of her own, which would be the third one on the river."
	doc := para1 + "\n\n" + para2 + "\n\nRelated articles\n\n" + teaser + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2, res.Body)
	got := decision(t, res, teaser)
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "outside-article", got.Rule)
}

// A list of references closes the article as a related block does: its
// entries go, numbered as the article's own lists are, and so do the
// paragraphs after it.
func TestSpanStopsAtReferences(t *testing.T) {
	refs := []string{
		" 1. Smith J, Jones K. Bridges and the towns that build them. Journal of Urban Studies. 2019;12(3):45-67.",
		" 2. Miller A. The cost of river crossings in the nineteenth century. London: River Press; 2004.",
		" 3. Council of the City. Annual report on public works, 2023. Available from the city's archive.",
	}
	note := "The authors thank the staff of the city archive, who helped them find the plans of the old bridge and the minutes of the council."
	doc := para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nReferences\n\n" + strings.Join(refs, "\n") + "\n\n" + note + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body)
	assert.Equal(t, "references", decision(t, res, "References").Rule)
	for _, r := range refs {
		assert.Equal(t, clean.Drop, decision(t, res, r).Verdict, r)
	}
	assert.Equal(t, clean.Drop, decision(t, res, note).Verdict)
}

// A picture between paragraphs interrupts the article without ending it,
// however long its alt text: w3m prints a lazy loader's placeholder beside
// the image, so that a caption of forty words reads eighty.
func TestSpanBridgesAPicture(t *testing.T) {
	alt := "A crowd of residents, some holding umbrellas and some holding banners, gathers on the old stone bridge over the river at dawn, while workers in orange vests unload steel beams from a truck parked on the far bank beside the ferry landing."
	doc := para1 + "\n\n" + para2 + "\n\n" + alt + alt + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body)
	assert.Equal(t, "image", decision(t, res, alt+alt).Rule)
}

// footer is a line of strong chrome: the span pass decides pages that have
// some (see TestCleanPage).
const footer = "© 2025 The Daily Planet. All rights reserved."

// A paragraph far from the article, behind a long menu, is not part of it.
func TestSpanLeavesDistantProse(t *testing.T) {
	about := "The Daily Planet is one of the oldest newspapers of the country, and it has been owned by the same family since it was founded in the year 1901."
	var menu strings.Builder
	for _, item := range []string{"World", "Business", "Sports", "Culture", "Travel", "Science", "Health", "Opinion", "Video", "Podcasts"} {
		menu.WriteString("  • " + item + "\n")
	}
	doc := para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + menu.String() + "\n" + about + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body)
	assert.Equal(t, "outside-article", decision(t, res, about).Rule)
}

// A page without a line of strong chrome is already clean, as the output
// of a cleaning is: it is kept whole, its headline aside, even where a
// page with chrome would lose a list after its last paragraph.
func TestCleanPage(t *testing.T) {
	list := "Tour dates:\n\nJune 9 – West Palm Beach\nJune 10 – Tampa\nJune 14 – Alpharetta"
	doc := "Band announces a summer tour\n\n" + para1 + "\n\n" + para2 + "\n\n" + list + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "Band announces a summer tour", res.Title)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+list, res.Body)
	assert.Equal(t, doc, res.String())

	res, err = clean.Text(doc + "\n" + footer + "\n")
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, footer).Verdict)
}

// Short lines between paragraphs (a subheading, a one-word answer) stay.
func TestContextKeepsShortLinesBetweenParagraphs(t *testing.T) {
	doc := para1 + "\n\nWhat comes next\n\n" + para2 + "\n\nYes\n\n" + para3 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, doc[:len(doc)-1], res.Body)
	assert.Equal(t, "context", decision(t, res, "What comes next").Rule)
}

// A line the article gives three times is a call to action: its first
// copy stays, the others go; a line given twice may be a summary's.
func TestLineGivenThreeTimes(t *testing.T) {
	pin := "Save this recipe for the holidays and pin it to your board today #ad"
	doc := para1 + "\n\n" + pin + "\n\n" + para2 + "\n\n" + pin + "\n\n" + para3 + "\n\n" + pin + "\n\n" + para4 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(res.Body, pin))
	assert.Equal(t, "duplicate", res.Lines[len(res.Lines)-5].Rule)

	doc = para1 + "\n\n" + pin + "\n\n" + para2 + "\n\n" + pin + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err = clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(res.Body, pin))

	// A numbered step is the same step in each procedure that takes it: a
	// manual's "5. At the prompt, press Enter." stays every time.
	step := " 3. At the Point for next radius prompt, press Enter to end the command."
	procedure := func(n int) string {
		return fmt.Sprintf(" 1. Start the command from menu %d of the toolbar.\n 2. Pick the curve that the radius starts from.\n", n) + step
	}
	doc = para1 + "\n\n" + procedure(1) + "\n\n" + para2 + "\n\n" + procedure(2) + "\n\n" + para3 + "\n\n" + procedure(3) + "\n\n" + para4 + "\n\n" + footer + "\n"
	res, err = clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, 3, strings.Count(res.Body, step), res.Body)
}

func TestHeadlineAndCopies(t *testing.T) {
	headline := "Council approves the new river bridge after a long debate"
	doc := "Reading: " + headline + "\nHome > City > " + headline + "\n\n" + headline + "\n\nBy Jane Doe\n\n" + para1 + "\n\n" + para2 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.Equal(t, para1+"\n\n"+para2, res.Body)
	assert.Equal(t, "headline-copy", res.Lines[0].Rule)
	assert.Equal(t, clean.Headline, decision(t, res, headline).Verdict)
	assert.Equal(t, headline+"\n\n"+para1+"\n\n"+para2+"\n", res.String())

	res, err = clean.Text(doc, clean.WithoutRules("headline"))
	require.NoError(t, err)
	assert.Empty(t, res.Title)
}

func TestDatePrefix(t *testing.T) {
	doc := " date 2022-01-03 " + para1 + "\n\n" + para2 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "2022-01-03", res.Date)
	assert.Equal(t, para1+"\n\n"+para2, res.Body)
	assert.Equal(t, clean.Keep, res.Lines[0].Verdict, "the rest of the line stays")

	res, err = clean.Text(doc, clean.WithoutRules("date-prefix"))
	require.NoError(t, err)
	assert.Empty(t, res.Date)
	assert.True(t, strings.HasPrefix(res.Body, " date 2022-01-03 "))

	// Only a real date on the first line is lifted.
	res, err = clean.Text("date 2022-13-45 " + para1 + "\n")
	require.NoError(t, err)
	assert.Empty(t, res.Date)
}

// A time ago is a date line, but gives no date: the page's date would
// depend on the day it was fetched.
func TestTimeAgoGivesNoDate(t *testing.T) {
	res, err := clean.Text(page("Posted 3 days ago", before))
	require.NoError(t, err)
	got := decision(t, res, "Posted 3 days ago")
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "date-line", got.Rule)
	assert.Empty(t, res.Date)
}

func TestDateLineGivesDate(t *testing.T) {
	for _, c := range []struct{ line, date string }{
		{"Last updated: December 29, 2021 5:53 pm", "2021-12-29"},
		{"Nov. 19, 2019 8:03 am ET", "2019-11-19"},
		{"Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"},
		{"Veröffentlicht am 20.11.2019 um 10:15 Uhr", "2019-11-20"},
		{"29. Dezember 2021", "2021-12-29"},
		{"2019-11-20T10:15:00Z", "2019-11-20"},
	} {
		res, err := clean.Text(page(c.line, before))
		require.NoError(t, err)
		assert.Equal(t, c.date, res.Date, c.line)
	}
}

// TestBylineEndingAtClockGivesDate: a byline whose date ends with a time
// and the abbreviation after it ("... at 11:04 a.m.", Thai's "10:30 น.")
// dates the page: its full stop ends no sentence. Such bylines had been
// read as sentences, and a caption's date further down taken instead.
func TestBylineEndingAtClockGivesDate(t *testing.T) {
	res, err := clean.Text(page("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", before))
	require.NoError(t, err)
	assert.Equal(t, "2019-11-18", res.Date)

	res, err = clean.Text(newsPage("หน้าแรก | การเมือง | กีฬา", "กรุงเทพฯ เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา", []string{
		"โดย สมชาย ใจดี | 28 พ.ย. 2569 10:30 น.",
		"กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา โดยมีประชาชนเข้าร่วมงานหลายพันคน",
		"สวนแห่งนี้มีพื้นที่กว่าสามสิบไร่ มีทางเดินริมน้ำ ลานกีฬา และพื้นที่สำหรับจัดกิจกรรมของชุมชน เปิดให้บริการทุกวันตั้งแต่ห้าโมงเช้าถึงสี่ทุ่ม",
	}, "© 2569 ข่าวเมือง"))
	require.NoError(t, err)
	assert.Equal(t, "2026-11-28", res.Date)
}

// A byline under the headline gives the page's date, though it holds more
// words than a date line may; one above the headline does too, when it is
// no item of a bulleted list. A caption, a sentence or a list of events
// that mentions a date does not.
func TestBylineGivesDate(t *testing.T) {
	for _, c := range []struct{ line, date string }{
		{"By Jane Doe | March 12, 2024", "2024-03-12"},
		{"Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "2019-11-19"},
		{"Текст: Венера Ерофеева·24 сентября 2018", "2018-09-24"},
		{"2024年3月12日 10:35 来源：新华网 作者：李明", "2024-03-12"},
		{"Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos", "2018-09-27"},
		// a caption is a sentence
		{"Mayor Ann Lee at the river bank, March 3, 2024.", ""},
	} {
		res, err := clean.Text(page(c.line, before))
		require.NoError(t, err)
		assert.Equal(t, c.date, res.Date, c.line)
	}
	const headline = "Council approves the new river bridge after a long debate"
	body := "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n"
	for _, c := range []struct{ above, date string }{
		{"by Jeff Foust — November 18, 2019", "2019-11-18"},
		{"• By Franziska Dully 10. Februar 2019 in Allgemein, Fashion", "2019-02-10"},
		// a list of events above the headline
		{"• 09.05.2020 18:00 Uhr Atlantic wines and tapas evening", ""},
	} {
		res, err := clean.Text("Home\nNews\n\n" + c.above + "\n\n" + headline + body)
		require.NoError(t, err)
		assert.Equal(t, headline, res.Title, c.above)
		assert.Equal(t, c.date, res.Date, c.above)
	}
}

// Blank lines are kept as paragraph breaks; lines that were adjacent stay
// adjacent, and a removed line leaves a paragraph break.
func TestBodyKeepsLayout(t *testing.T) {
	doc := para1 + "\n" + para2 + "\nAdvertisement\n" + para3 + "\n\n\n\n" + para4 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, para1+"\n"+para2+"\n\n"+para3+"\n\n"+para4, res.Body)
}

func TestBalance(t *testing.T) {
	for _, b := range []clean.Balance{clean.Balanced, clean.FavorPrecision, clean.FavorRecall} {
		parsed, err := clean.ParseBalance(b.String())
		require.NoError(t, err)
		assert.Equal(t, b, parsed)
		res, err := clean.Text(page("", -1), clean.WithBalance(b))
		require.NoError(t, err)
		assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3+"\n\n"+para4, res.Body, b.String())
	}
	_, err := clean.ParseBalance("loose")
	assert.Error(t, err)
	_, err = clean.New(clean.WithBalance(clean.Balance(7)))
	assert.Error(t, err)
}

func TestEmptyInput(t *testing.T) {
	for _, s := range []string{"", "\n", "   \n\n\t\n"} {
		res, err := clean.Text(s)
		require.NoError(t, err)
		assert.Empty(t, res.Body)
		assert.Empty(t, res.String())
		assert.Zero(t, res.Kept())
		assert.Zero(t, res.Removed())
	}
}

// TestSentenceNamingTheHeadline: a sentence of the article that holds the
// headline's words ("Here is why ...:") is the article's, not a copy of
// the headline; a line that quotes the headline, or a list item that holds
// it (a teaser), is a copy.
func TestSentenceNamingTheHeadline(t *testing.T) {
	headline := "Council approves the new river bridge after a long debate"
	own := "Here is why the council approves the new river bridge after a long debate at last:"
	quoted := "Share your view on “Council approves the new river bridge after a long debate”."
	doc := headline + "\n\n" + para1 + "\n\n" + own + "\n\n" + para2 + "\n\n" + quoted + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
	assert.Equal(t, clean.Keep, decision(t, res, own).Verdict)
	assert.Equal(t, "headline-copy", decision(t, res, quoted).Rule)
}

// TestHeadingExtendingTheHeadline: a heading of the page's that opens
// with the headline and runs on from it in words of its own ("... in the
// Old Harbour District") is the page's section, not a copy of the
// headline; a line that sets the headline off from what it adds
// ("Reading: ", " – The Harbour Gazette"), a list item, a line that adds
// one word (a site's or a user's name) and one that adds a credit (a
// photo's caption) are copies.
func TestHeadingExtendingTheHeadline(t *testing.T) {
	const headline = "Boat Repair Services Return to the Harbour"
	heading := "Boat repair services return to the harbour in the Old Harbour District"
	copies := []string{"Reading: " + headline, headline + " – The Harbour Gazette", "  • " + headline + " for sailing yachts", headline + " Gazette",
		headline + " Harbour Crew_Jane Doe, John Roe"}
	doc := "Home | Services | Contact\n\n" + headline + "\n\n" + para1 + "\n\n" + heading + "\n\n" + para2 + "\n\n" +
		strings.Join(copies, "\n\n") + "\n\n" + para3 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	require.Equal(t, headline, res.Title)
	assert.Equal(t, clean.Keep, decision(t, res, heading).Verdict)
	for _, c := range copies {
		assert.Equal(t, "headline-copy", decision(t, res, c).Rule, c)
	}
}

// TestNameHeadlineCopies: where the headline names a thing (a game, a
// product) in a few words of title case, a line that adds words to the
// name is the page's own (an edition, an add-on), unless a mark sets the
// name off from them, as a copy does ("Reading: ", " – Steam", quotes).
func TestNameHeadlineCopies(t *testing.T) {
	const name = "Harbour Master 3"
	own := []string{"Buy Harbour Master 3 - Deluxe Edition", "Harbour Master 3 Original Soundtrack"}
	copies := []string{"Reading: " + name, name + " – The Game Store", "Reviews of “" + name + "”"}
	doc := "Home | Games | Support\n\n" + name + "\n\n" + para1 + "\n\n" + strings.Join(own, "\n\n") + "\n\n" + para2 + "\n\n" +
		strings.Join(copies, "\n\n") + "\n\n" + para3 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	require.Equal(t, name, res.Title)
	for _, o := range own {
		assert.Equal(t, clean.Keep, decision(t, res, o).Verdict, o)
	}
	for _, c := range copies {
		assert.Equal(t, "headline-copy", decision(t, res, c).Rule, c)
	}
}

// TestCopiedHeaderIsNoHeadline: a site that prints its header twice (for
// small screens and large ones) gives each row of its menu twice, each
// time over the same row; such a row is no copy of a headline, and the
// product's name under its breadcrumb is the title.
func TestCopiedHeaderIsNoHeadline(t *testing.T) {
	const (
		name   = "Harbour Master 3"
		header = "Sign in\n\nStore Home Discovery Queue Wishlist Points Shop News Charts\n\nCommunity Home Discussions Workshop Market Broadcasts\n\n"
	)
	doc := header + header + "All Games > Simulation > " + name + "\n\n" + name + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, name, res.Title)

	// A list of the site's stories that gives the article's headline
	// under its kicker, as the article does, is no copied menu: the
	// headline keeps its bonus as a copy, and outranks a promotion given
	// twice.
	const headline = "Council and harbour board fall out over the bridge"
	const promo = "The fifty best harbour towns of the year"
	teasers := "More news\nRow over the bridge:\n" + headline + "\nWinter market:\nStalls return to the old quay\n" + promo + "\n\n" + promo + "\n\n"
	doc = teasers + "Wednesday, 3 November 2021\n\nRow over the bridge:\n" + headline + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n"
	res, err = clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, headline, res.Title)
}

// A text rendering that opens with the page's <title> (the headline and
// the site's name) and then gives the headline on its own prints the
// headline once, as the title, and drops the <title> line as its copy.
func TestHeadlineWithoutSiteName(t *testing.T) {
	const headline = "Ferry returns to the island after forty years"
	for _, page := range []string{
		headline + " – The Harbour Gazette\n\n" + headline + "\n\n" + para1 + "\n\n" + para2 + "\n",
		"Home | News | Sport\n\n" + headline + " | The Harbour Gazette\n\n" + headline + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + footer + "\n",
	} {
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Equal(t, headline, res.Title)
		assert.Equal(t, para1+"\n\n"+para2, res.Body)
		assert.Equal(t, "headline-copy", decision(t, res, headline+page[strings.Index(page, headline)+len(headline):strings.Index(page, "Gazette")+len("Gazette")]).Rule)

		again, err := clean.Text(res.Body)
		require.NoError(t, err)
		assert.Equal(t, "", again.Title, "cleaning the body again lifts a headline")
		assert.Equal(t, res.Body, again.Body)
	}

	// A line that only shares words with the title is not its headline.
	page := headline + " – The Harbour Gazette\n\nFerry returns\n\n" + para1 + "\n\n" + para2 + "\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, headline+" – The Harbour Gazette", res.Title)
}

// A line at the top of the body that a reading of the body alone would
// lift as its headline (here a standfirst under the headline) goes:
// cleaning the body again, as a user cleaning the "body" of a JSON record
// does, changes nothing.
func TestBodyLiftsNoHeadline(t *testing.T) {
	const headline, standfirst = "Council approves the new river bridge after a long debate", "The bridge that divided a city"
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>` + headline + `</h1><p>` + standfirst + `</p>` +
		`<p>` + para1 + `</p><p>` + para2 + `</p></main><footer><p>© 2025 The Harbour Gazette. All rights reserved.</p></footer></body></html>`
	res := cleanHTML(t, page)
	assert.Equal(t, headline, res.Title)
	got := decision(t, res, standfirst)
	assert.Equal(t, clean.Drop, got.Verdict)
	assert.Equal(t, "body-headline", got.Rule)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Empty(t, again.Title)
	assert.Equal(t, res.Body, again.Body)

	// Without the reread pass the line stays, and the body cleaned again
	// loses it to its title.
	c, err := clean.New(clean.WithoutRules("reread"))
	require.NoError(t, err)
	res, err = c.HTML(strings.NewReader(page))
	require.NoError(t, err)
	again, err = c.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, standfirst, again.Title)
}

// TestListOfTitlesStays: a cleaned listing, a title and a byline per
// entry, each a paragraph. No entry is the page's headline more than the
// next, so none is lifted: before, each reading of the body lifted its
// first line, and all but the last entry went.
func TestListOfTitlesStays(t *testing.T) {
	entries := []string{
		"Apple drops the Lightning adapter for wired headphones", "Marko Zivkovic, a year ago",
		"AirPods Max compared with the new Sonos Ace", "Malcolm Owen, a year ago",
		"Hands on with the new Sonos Ace headphones", "Andrew Hart, a year ago",
		"Beats Solo 4 review with great audio quality", "Malcolm Owen, two years ago",
		"Sennheiser earbuds boast heart rate monitoring", "Andrew Orr, two years ago",
	}
	page := strings.Join(entries, "\n\n")
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Empty(t, res.Title)
	assert.Equal(t, page, res.Body)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)

	// A headline over its article is still lifted.
	res, err = clean.Text(entries[0] + "\n\n" + para1 + "\n\n" + para2)
	require.NoError(t, err)
	assert.Equal(t, entries[0], res.Title)
}

// TestShortHeadlineIsNotCopied: a line that holds a headline of two words
// ("Programming languages") is not a copy of it; it is the page's text
// about its subject. A line that is the headline is.
func TestShortHeadlineIsNotCopied(t *testing.T) {
	page := "Programming languages\n\n" + para1 + "\n\n" +
		"• Academic programming languages (35 pages)\n• Concurrent programming languages (86 pages)\n\n" +
		para2 + "\n\nProgramming languages\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Programming languages", res.Title)
	assert.Contains(t, res.Body, "• Academic programming languages (35 pages)")
	assert.Contains(t, res.Body, "• Concurrent programming languages (86 pages)")
	assert.NotContains(t, res.Body, "\nProgramming languages")
	got := decision(t, res, "Programming languages")
	assert.Equal(t, clean.Headline, got.Verdict)
}

// A page that gives its article twice, as a version for phones beside the
// one for desktops does: the second copy goes as duplicate. A summary that
// repeats two of the article's paragraphs stays.
func TestArticleGivenTwice(t *testing.T) {
	paras := []string{para1, para2, para3, para4,
		"Engineers expect the first stage of the work, the foundations on both banks, to begin in the spring and to take about a year.",
		"The council will publish a timetable for the road closures next month, and residents can comment on it at the library until the end of June.",
		"A second bridge for cyclists and walkers, which the plan also includes, is to open a few months after the main crossing.",
	}
	article := strings.Join(paras, "\n\n")
	res, err := clean.Text("Home | News | Sport\n\nNew bridge approved\n\n" + article + "\n\n" + article + "\n\n© 2024 The Valley Courier")
	require.NoError(t, err)
	assert.Equal(t, article, res.Body)
	var copies int
	for _, l := range res.Lines {
		if l.Rule == "duplicate" {
			copies++
		}
	}
	assert.Equal(t, len(paras), copies, "each line of the second copy goes as a duplicate")

	summary := "In short\n\n" + para1 + "\n\n" + para2
	res, err = clean.Text("New bridge approved\n\n" + article + "\n\n" + summary)
	require.NoError(t, err)
	assert.Equal(t, article+"\n\n"+summary, res.Body)
}

// A tutorial's blocks of code may print the same lines again, in order: a
// first version of a program, then the whole of it. The page prints them
// verbatim, and both blocks stay; a part of the article given twice in
// prose goes (see TestArticleGivenTwice).
func TestCodeGivenTwice(t *testing.T) {
	var data strings.Builder
	for _, fruit := range []string{"Apple", "Dragonfruit", "Passionfruit", "Spinach", "Pumpkin", "Peas", "Carrot"} {
		data.WriteString(`  {category: "Produce", price: "$1", stocked: true, name: "` + fruit + `"},` + "\n")
	}
	page := "<html><body><nav><a href=/>Home</a> <a href=/learn>Learn</a></nav><main><h1>Thinking in data</h1>" +
		"<p>" + para1 + "</p><pre>const PRODUCTS = [\n" + data.String() + "];</pre>" +
		"<p>" + para2 + "</p><pre>function App() {\n  return null;\n}\n\nconst PRODUCTS = [\n" + data.String() + "];</pre>" +
		"<p>" + para3 + "</p></main><footer>© 2024 The Learning Site</footer></body></html>"
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	line := `{category: "Produce", price: "$1", stocked: true, name: "Pumpkin"},`
	assert.Equal(t, 2, strings.Count(res.Body, line), res.Body)
}

// A shop's product page gives its description under the product's name,
// then its price, buttons and boxes of other products, then its reviews:
// two runs of paragraphs, of which the span is one. The other stays, as
// a run apart from the article, and the body cleaned again is itself. A
// comment section's run after its heading does not stay, nor does a run
// too short to be more than a box's blurb.
func TestRunsApart(t *testing.T) {
	description := []string{
		"This walnut desk has a solid top of oiled hardwood, two deep drawers that run on soft-closing slides, and a cable tray under the back edge that keeps the wires of a computer out of sight and off the floor.",
		"The legs are made of powder-coated steel and can be levelled with the small feet at their ends, so that the desk stands firmly on an uneven floor, and the whole frame comes apart for moving without tools.",
		"Every desk is finished by hand in our workshop, and the grain of the wood differs from one desk to the next, so the one you receive will look a little different from the one in the photographs on this page.",
		"To care for the top, wipe it with a damp cloth and dry it at once, and give it a thin coat of the oil that comes with the desk once or twice a year, or whenever the wood begins to look dull.",
	}
	reviews := []string{
		"I bought this desk for my home office last spring and it has held up very well, even with two large monitors and a heavy printer on it; the drawers still close as smoothly as they did on the first day.",
		"The top is a little darker than it looks in the pictures, which I ended up liking, and putting it together took me about half an hour with the instructions that came in the box and nothing else.",
		"We have two of these in the study now, one for each of the children, and they have survived homework, paint and a hamster without a scratch that a bit of oil could not make disappear again.",
		"My only complaint is that the cable tray is too narrow for a power strip with large plugs, so I had to buy a slimmer one, but otherwise the desk is solid, handsome and worth what it cost me.",
		"It arrived well packed and on time, and the customer service answered my question about the height of the drawers within a day, which is more than I can say for the last shop I bought furniture from.",
	}
	comments := []string{
		"Does anyone know whether the shop still sells the matching shelf that used to go with this desk? I have been looking for it on the website for weeks now and cannot find it anywhere, not even in the sale.",
		"I asked them about the shelf last month and they told me that it would come back in the autumn in a slightly different size, so it may be worth writing to them again and asking for a date.",
		"Thanks, I will do that. I also wanted to ask whether the oil they send with the desk is any different from the ordinary furniture oil that you can buy in a hardware store for much less money.",
		"It is the same kind of oil as far as I can tell, and I have used the cheap one on mine for two years now without any problem, though I always test it on the underside of the top first.",
	}
	page := func(desc []string, withComments bool) string {
		var b strings.Builder
		b.WriteString("Home\nDesks\nChairs\nSign in\nCart\n\nWalnut writing desk\n\n")
		b.WriteString(strings.Join(desc, "\n\n"))
		b.WriteString("\n\n$649.00\n\nAdd to Cart\n\nShare\nFacebook\nTwitter\nPinterest\n\n")
		b.WriteString("Customers also bought\n\n  • Oak office chair $249.00\n  • Desk lamp $59.00\n  • Monitor stand $89.00\n\n")
		b.WriteString("You might also like\n\n  • Pine bookshelf $199.00\n  • Filing cabinet $149.00\n\nSign up for our newsletter\n\nCustomer reviews\n\n")
		b.WriteString(strings.Join(reviews, "\n\n"))
		if withComments {
			b.WriteString("\n\nLeave a Reply\n\n" + strings.Join(comments, "\n\n"))
		}
		b.WriteString("\n\n© 2024 The Desk Shop. All rights reserved.\nPrivacy Policy\nTerms of Use\n")
		return b.String()
	}

	res, err := clean.Text(page(description, true))
	require.NoError(t, err)
	for _, p := range description {
		got := decision(t, res, p)
		assert.Equal(t, clean.Keep, got.Verdict, p)
		assert.Equal(t, "in a run of paragraphs apart from the article", got.Detail, p)
	}
	for _, p := range reviews {
		assert.Contains(t, res.Body, p)
	}
	for _, p := range comments {
		assert.NotContains(t, res.Body, p)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again")

	// The run goes on over the lines under it up to the chrome: the list
	// under it and what closes the list, as a book's description goes on
	// with "Learn how to:" and its points (see extendApart).
	around := append(append([]string{"Made to order in our workshop. Ships within two weeks."}, description...),
		"What comes in the box:", "  • The top, the two legs and the cable tray", "  • A bottle of the finishing oil", "Delivery is free to any address in the country.")
	res, err = clean.Text(page(around, false))
	require.NoError(t, err)
	for _, p := range around {
		assert.Contains(t, res.Body, p)
	}
	again, err = clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again")

	// Three paragraphs of fewer than 150 words together are a blurb.
	res, err = clean.Text(page(description[:3], false))
	require.NoError(t, err)
	for _, p := range description[:3] {
		assert.NotContains(t, res.Body, p)
	}
}

// A list page whose index of entries under letters follows a contents
// list of those letters: the contents are passed, and the index is the
// page's, however far below its one paragraph it begins.
func TestIndexAfterItsContents(t *testing.T) {
	var b strings.Builder
	b.WriteString("Jump to content\n\n  • Main page\n  • Random article\n  • Log in\n\nList of board games\n\n")
	b.WriteString("This is an index of notable board games, by the first letter of their name. Games known by more than one name are listed under each of them.\n\n")
	b.WriteString("Contents:\n\n")
	letters := "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for _, r := range letters {
		b.WriteString("  • " + string(r) + "\n")
	}
	b.WriteString("  • See also\n\n")
	entries := map[string][]string{
		"A": {"Acquire (a game of hotels and mergers)", "Agricola (a farming game for one to five)"},
		"B": {"Backgammon (a race game for two players)", "Blokus (a game of tiles on a square board)"},
		"C": {"Carcassonne (a tile-laying game of a walled city)", "Chess (a strategy game for two players)"},
		"D": {"Diplomacy (a game of alliances in old Europe)", "Dominion (a deck-building card game)"},
		"G": {"Go (a game of territory on a grid of lines)", "Guess Who? (a game of questions and faces)"},
	}
	for _, h := range []string{"A", "B", "C", "D", "G"} {
		b.WriteString(h + "\n\n[edit]\n\n")
		for _, e := range entries[h] {
			b.WriteString("  • " + e + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("Retrieved from the encyclopedia\n\n  • Privacy policy\n  • About\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, h := range []string{"A", "B", "C", "D", "G"} {
		for _, e := range entries[h] {
			assert.Contains(t, res.Body, e)
		}
	}
	assert.NotContains(t, res.Body, "Random article")
	assert.NotContains(t, res.Body, "Privacy policy")
}

// The paragraphs between the headline and the article are the page's own,
// where chrome parts them from it: a standfirst over a share bar stays,
// and so does a list it introduces, short items and all. A news page's
// standfirst over its byline and date is left out, as the scrapinghub
// annotations leave it out (see keepStandfirst), all its lines where a
// renderer printed it over two, the first a fragment alone: its second
// line had stayed in the body, half a sentence.
func TestStandfirst(t *testing.T) {
	headline := "Council approves the new river bridge after a long debate"
	standfirst := "The vote ends ten years of argument over how the two halves of the town should be joined, and what it may cost them."
	share := "Share this article\nFacebook\nTwitter\nEmail"
	list := "The council will now do three things:\n\n  • Choose a builder.\n  • Close the old ferry.\n  • Publish a timetable."
	for _, tc := range []struct {
		name, between string
		kept          bool
	}{
		{"over a share bar", share, true},
		{"over a share bar and a byline", share + "\n\nBy Jane Doe\nJune 3, 2024", false},
		{"introducing a list", "", true},
		{"printed over two lines, over a byline", "By Jane Doe\nJune 3, 2024", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			head := standfirst
			if strings.HasPrefix(tc.name, "printed") {
				head = "After ten years, the vote ends\nthe argument over how the two halves of the town should be joined, and what it may cost them."
			}
			if tc.between == "" {
				head += "\n\n" + list
				tc.between = share
			}
			doc := "  • News\n  • Sport\n  • Weather\n\n" + headline + "\n\n" + head + "\n\n" + tc.between + "\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
			res, err := clean.Text(doc)
			require.NoError(t, err)
			assert.Equal(t, headline, res.Title)
			want := para1 + "\n\n" + para2 + "\n\n" + para3
			if tc.kept {
				want = head + "\n\n" + want
			}
			assert.Equal(t, want, res.Body)
		})
	}
}

// gardenersReplies are the short replies of gardenersThread.
var gardenersReplies = []string{
	"I planted my tomatoes out in the second week of May last year, and the late frost took half of them, so this year I am waiting until June.",
	"We cover ours with fleece at night until the middle of June, which has worked well for three summers in a row on our exposed allotment.",
	"Raised beds warm up faster in spring, so if you have them you can usually plant out a week or two earlier than in the open ground.",
}

// gardenersThread is a thread in text whose posts each end at the same
// row of buttons, one post long among short replies (gardenersReplies),
// each under its author's card, under the site's menu and over end, the
// page's end.
func gardenersThread(end string) string {
	card := func(n int) string {
		return fmt.Sprintf("gardener%d\nJoined: March 201%d\nPosts: 1,2%d4\nLocation: Leeds\n\n", n, n, n)
	}
	controls := "Reply Quote Report\n\nShare\n\n"
	return "  • Forum\n  • Gardening\n  • Vegetables\n\n" +
		card(1) + gardenersReplies[0] + "\n\n" + controls +
		card(2) + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + controls +
		card(3) + gardenersReplies[1] + "\n\n" + controls +
		card(4) + gardenersReplies[2] + "\n\n" + controls + end
}

// TestPostsEndedByControls: gardenersThread over a footer. The span finds
// the long post; the buttons under every post make the content around it
// a thread's (see delimitedPosts), and the replies stay, with their
// authors.
func TestPostsEndedByControls(t *testing.T) {
	res, err := clean.Text(gardenersThread(footer + "\n"))
	require.NoError(t, err)
	for _, s := range append(gardenersReplies, para1, "gardener3") {
		assert.Contains(t, res.Body, s)
	}
	for _, s := range []string{"Reply Quote", "Share", "Gardening", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// TestThreadStopsAtTheFooter: gardenersThread, then the site's pager,
// footer menu and copyright, and a trademark notice under them. The posts
// around the span stay; the thread's widening stops at the page's footer
// (see footerStart), where it had run on to the notice and kept the pager
// and the menu. A footer with more than a few paragraphs after it is no
// page's end (a changelog's entry "* Copyright ...": see spreadThread),
// and the widening goes on past it.
func TestThreadStopsAtTheFooter(t *testing.T) {
	res, err := clean.Text(gardenersThread("  • 1\n  • 2\n\nNext\n\n  • Terms and rules\n  • Help\n  • RSS\n\n" +
		"Community platform by Example® © 2010-2025 Example Ltd.\n\n" +
		"The mark Tomato is a registered trademark of The Tomato Foundation and is used by The Tomato Project with its permission.\n\n" +
		"  • This site uses cookies to help personalise content.\n"))
	require.NoError(t, err)
	for _, s := range append(gardenersReplies, para1) {
		assert.Contains(t, res.Body, s)
	}
	for _, s := range []string{"Terms and rules", "registered trademark", "Next"} {
		assert.NotContains(t, res.Body, s)
	}
}

// TestThreadGoesOnAfterTheSpan: a thread of dated posts, the first with
// a numbered list of films, and a later one with a plain list of films,
// among them the first list's, which are repeated lines: chrome that the
// span does not bridge. The span holds most of the thread, and its own
// dated posts make it a thread's: the posts after the list go on with it
// (see spreadThread), up to the related topics.
func TestThreadGoesOnAfterTheSpan(t *testing.T) {
	films := []string{"Sing Sing", "The Substance", "Conclave", "Dune Part Two", "Wicked", "Anora", "The Brutalist", "Ghostlight", "The Wild Robot", "Thelma",
		"A Different Man", "Flow", "Juror Number Two", "Emilia Perez", "Nickel Boys", "Nosferatu", "Civil War", "Challengers", "Furiosa", "Longlegs"}
	posts := []string{
		"I agree about most of that list, although the ending of the second one felt rushed to me, as if the director had run out of money.",
		"Has anyone seen the documentary about the lighthouse keepers? It played for a week at our local cinema and then vanished without a trace.",
		para1 + "\n\n" + para2 + "\n\n" + para3,
		"Yes, and it was wonderful, especially the long sequence in the storm, which they filmed with a single camera on the gallery of the tower.",
		"My own list is below, in no particular order, since I could not decide between the first five however long I looked at it.",
	}
	later := []string{
		"That is a strong list, although I think you are far too kind to the musical, which I found loud and long and very hard to sit through.",
		"I missed half of these, so thanks for the list; I will try to catch the ones that are streaming now before the new year begins.",
	}
	var b strings.Builder
	b.WriteString("  • Forum\n  • Films\n  • Latest\n\nThe best films of the year\n\n")
	n := 1
	header := func() {
		fmt.Fprintf(&b, "member%d January %d, 2025, 3:%02dam %d\n\n", n, 10+n, 10+n, n)
		n++
	}
	header()
	b.WriteString("These are the ten films I liked best this year, and I would like to hear which ones you would put on yours.\n\n")
	for i, f := range films[:10] {
		fmt.Fprintf(&b, "%2d. %s\n", i+1, f)
	}
	b.WriteString("\n")
	for _, p := range posts {
		header()
		b.WriteString(p + "\n\n")
	}
	header()
	b.WriteString("My list in text form:\n\n" + strings.Join(films, "\n") + "\n\n")
	for _, p := range later {
		header()
		b.WriteString(p + "\n\n")
	}
	b.WriteString("Related topics\n\nThe best films of 2023\nThe best films of 2022\n\n" + footer + "\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	for _, s := range append(posts, later...) {
		assert.Contains(t, res.Body, s)
	}
	for _, s := range []string{"The best films of 2023", "Latest", "©"} {
		assert.NotContains(t, res.Body, s)
	}
}

// TestConsentCentreInText: a listing of short teasers, whose text
// rendering ends with a consent platform's preference centre. The
// centre's descriptions read as prose and outweighed the titles; from its
// heading to its closing button it is a consent dialog (see
// measure.Line.Consent), and the teasers stay.
func TestConsentCentreInText(t *testing.T) {
	var b strings.Builder
	b.WriteString("  • Recipes\n  • Sauces\n  • Newsletter\n\nTomato Sauce Recipes\n\n")
	b.WriteString("Our collection of tomato sauce recipes has something for every kind of dish, whether you want a big plate of pasta or a pizza for the whole family.\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "Slow-Cooked Tomato Sauce Number %d With Basil\nA sauce that simmers for %d hours and keeps for a week in the fridge.\n\n", i, i+1)
	}
	b.WriteString(footer + "\n\nPrivacy Preference Center\n\nAllow All\n\nManage Consent Preferences\n\n")
	for _, c := range []string{"Strictly Necessary Cookies", "Performance Cookies", "Targeting Cookies"} {
		fmt.Fprintf(&b, "%s\n\nThese technologies help us understand how our site is used, how visitors engage with and move through its pages, and which partners sent them, so that we can improve what we offer and measure how it performs over time.\n\n", c)
	}
	b.WriteString("Reject All Confirm My Choices\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	assert.Contains(t, res.Body, "Slow-Cooked Tomato Sauce Number 7 With Basil")
	assert.NotContains(t, res.Body, "These technologies help us")
	assert.Equal(t, "consent-dialog", decision(t, res, "Privacy Preference Center").Rule)
}

// TestH1OpeningTheSpan: a page whose article span opens at a promotion a
// few lines above the article's h1 (markdown, as html2text prints it). The
// h1 is the headline, and the promotion goes (see h1Opening).
func TestH1OpeningTheSpan(t *testing.T) {
	promo := "Stack Internal is the new name of our product for teams, and it brings the best of human thought and automation together at your work."
	doc := "  * Questions\n  * Tags\n  * Users\n\n### more communities\n\n" + promo + "\n\n# How do I keep bread fresh?\n\n" +
		para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "How do I keep bread fresh?", res.Title)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3, res.Body)
}

// Hard-wrapped text (`lynx -dump`, `w3m -dump` without -cols) is read a
// paragraph at a time, and printed as it was: each input line keeps its
// number and gets its paragraph's verdict.
func TestWrappedText(t *testing.T) {
	b, err := os.ReadFile("testdata/pages/wrapped.txt") // w3m at 80 columns
	require.NoError(t, err)
	page := string(b)
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Ferry timetable changes as the old pier closes for repairs", res.Title)
	assert.Equal(t, "2024-05-14", res.Date, "the byline's date")
	in := strings.Split(strings.TrimSuffix(page, "\n"), "\n")
	require.Len(t, res.Lines, len(in), "one decision per input line")
	for i, l := range res.Lines {
		assert.Equal(t, i+1, l.Num)
		assert.Equal(t, in[i], l.Text)
	}
	// The first paragraph, lines 15-17, is kept whole, as it was printed;
	// the newsletter prompt, lines 49-50, goes whole.
	assert.True(t, strings.HasPrefix(res.Body, strings.Join(in[14:17], "\n")+"\n\n"), res.Body)
	for _, n := range []int{15, 16, 17} {
		assert.Equal(t, clean.Keep, res.Lines[n-1].Verdict)
		assert.Equal(t, res.Lines[14].Rule, res.Lines[n-1].Rule)
	}
	for _, n := range []int{49, 50} {
		assert.Equal(t, clean.Drop, res.Lines[n-1].Verdict)
		assert.Equal(t, "newsletter", res.Lines[n-1].Rule)
	}
	assert.Equal(t, 15, res.Article.First, "by input line")
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
	assert.Empty(t, again.Title)
}

// TestCodeRepeatedInText: in a text rendering too, a line of a block of
// code stays however often the page's blocks give it: a tutorial's
// comprehension written right, then wrong, and the wrong one echoed in
// the interpreter's error.
func TestCodeRepeatedInText(t *testing.T) {
	const wrong = "[x, x**2 for x in range(6)]"
	doc := para1 + "\n\n" + para2 + "\n\n" +
		">>> [(x, x**2) for x in range(6)]\n[(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25)]\n\n" +
		para3 + "\n\n" +
		">>> " + wrong + "\n  File \"<stdin>\", line 1\n    " + wrong + "\n       ^^^^^^^\nSyntaxError: did you forget parentheses around the comprehension target?\n\n" +
		para4 + "\n\n" + footer + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	for _, line := range []string{">>> " + wrong, "    " + wrong} {
		d := decision(t, res, line)
		assert.Equal(t, clean.Keep, d.Verdict, "%q: %s", line, d.Rule)
	}
}

// TestLastParagraphAfterAPicture: in a text rendering, a short last
// paragraph under a picture's caption and credit, over the story's tags,
// is the article's: the caption glued to its credit does not make the
// paragraph stand alone, as a teaser's summary between its title and its
// date does (see isolated), in any language.
func TestLastParagraphAfterAPicture(t *testing.T) {
	for lang, c := range map[string]struct{ caption, credit, last, tags string }{
		"en": {"The old stone pier at the harbour", "Photo: Jane Smith", "Local traders hope the work will not disturb the tourist season.", "Tags: harbour pier council"},
		"id": {"Dermaga batu tua di pelabuhan kota", "Foto: Andi Wijaya", "Para pedagang setempat berharap pekerjaan itu tidak akan mengganggu musim wisata.", "Tag: pelabuhan dermaga pemerintah kota"},
	} {
		p := twoParagraphs[lang]
		page := "Home | News | Sport\n\nHeadline of the story\n\n" + p[0] + "\n\n" + p[1] + "\n\n" + p[0] + " " + p[1] + "\n\n" +
			c.caption + "\n" + c.credit + "\n\n" + c.last + "\n\n" + c.tags + "\n\n© 2024 Example\n"
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Equal(t, clean.Keep, decision(t, res, c.last).Verdict, lang)
		assert.Equal(t, clean.Drop, decision(t, res, c.credit).Verdict, lang)
		assert.NotContains(t, res.Body, c.tags, lang)
	}
}

// A paywalled story's last paragraph, which the paywall cut ("...."),
// right under its other paragraphs and over the prompt to subscribe, is
// the story's (see cutBelow); cut summaries one after the other under it
// are a box of teasers.
func TestParagraphCutByPaywall(t *testing.T) {
	p := twoParagraphs["en"]
	cut := "The harbour master did not say when the work would start. Still, the council, which voted for the plan last spring, has set aside money for it and may ask for more...."
	page := func(after string) string {
		return "Home | News | Sport | Subscribe\n\nWork on the old pier to begin\n\nBy\nJane Smith\nNov. 18, 2019 7:04 pm ET\n\n" +
			p[0] + "\n\n" + p[1] + "\n\n" + cut + "\n\n" + after + "Most Popular Videos\n\n  • Fares rise again\n  • Airport opens\n\n© 2024 Example\n"
	}
	res, err := clean.Text(page("To Read the Full Story\nSubscribe Sign In\n\n"))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(res.Body, p[1]+"\n\n"+cut), res.Body)

	teaser := "Fares rise again as the airline adds three new routes to the islands, and the airport says it expects more passengers than ever...."
	res, err = clean.Text(page(teaser + "\n\n"))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, cut, res.Body)
}

// A recipe whose article element gives its ingredients, a list of short
// lines under an h2, above its method under another h2, where the span
// opens: the ingredients are the article's (see sectionsAbove); the
// rating and share bar under the headline, the related recipes and the
// comments after it are not.
func TestSectionsAboveTheSpan(t *testing.T) {
	page := `<html lang="fr"><head><title>Tarte aux poireaux</title></head><body>
<nav><a href="/">Accueil</a> <a href="/plats">Plats</a> <a href="/desserts">Desserts</a></nav>
<main><article><h1>Tarte aux poireaux facile</h1>
<div class="recipe-meta">4.6/5 (212 avis) · Facile</div>
<div class="share"><a>Partager</a> <a>Imprimer</a></div>
<h2>Ingrédients</h2><p>Pour 6 personnes</p>
<ul><li>1 pâte brisée</li><li>3 poireaux</li><li>20 cl de crème fraîche</li><li>3 œufs</li><li>100 g de gruyère râpé</li></ul>
<h2>Préparation</h2>
<ol><li><p>Préchauffez le four à 180 °C. Lavez les poireaux et émincez-les finement, blanc et vert tendre.</p></li>
<li><p>Faites fondre le beurre dans une sauteuse et faites-y revenir les poireaux 10 minutes à feu doux, jusqu'à ce qu'ils soient tendres.</p></li>
<li><p>Dans un saladier, battez les œufs avec la crème, salez, poivrez, puis ajoutez les poireaux et le gruyère.</p></li>
<li><p>Étalez la pâte dans un moule, versez la préparation et enfournez 35 minutes.</p></li></ol>
</article>
<section class="related"><h2>Vous aimerez aussi</h2><ul><li><a>Quiche lorraine</a></li><li><a>Flamiche picarde</a></li></ul></section>
</main><footer><a>Mentions légales</a> <p>© 2026 Cuisine du Dimanche</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(res.Body, "Ingrédients\n\nPour 6 personnes\n\n• 1 pâte brisée\n"), res.Body)
	assert.Contains(t, res.Body, "• 100 g de gruyère râpé\n\nPréparation\n\n1. Préchauffez")
	for _, chrome := range []string{"212 avis", "Partager", "Quiche lorraine", "Mentions"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// The same recipe as html2text prints it, in markdown: its steps are
// subsections ("### Étape 1") of a section whose heading stands right
// above them ("## Préparation"), under which the span opens; the
// ingredients' section above is the article's too (see sectionsAbove).
func TestSectionsAboveTheSpanInMarkdown(t *testing.T) {
	page := "[Accueil](/) [Plats](/plats) [Desserts](/desserts)\n\n# Tarte aux poireaux facile\n\n4.6/5 (212 avis) · Facile\n\nPartager Imprimer\n\n" +
		"## Ingrédients\n\nPour 6 personnes\n\n  * 1 pâte brisée\n  * 3 poireaux\n  * 20 cl de crème fraîche\n  * 3 œufs\n  * 100 g de gruyère râpé\n\n" +
		"## Préparation\n\n" +
		"  1. ### Étape 1\n\nPréchauffez le four à 180 °C. Lavez les poireaux et émincez-les finement, blanc et vert tendre.\n\n" +
		"  2. ### Étape 2\n\nFaites fondre le beurre dans une sauteuse et faites-y revenir les poireaux 10 minutes à feu doux, jusqu'à ce qu'ils soient tendres.\n\n" +
		"  3. ### Étape 3\n\nDans un saladier, battez les œufs avec la crème, salez, poivrez, puis ajoutez les poireaux et le gruyère.\n\n" +
		"## Vous aimerez aussi\n\n  * [Quiche lorraine](/q)\n  * [Flamiche picarde](/f)\n\n© 2026 Cuisine du Dimanche\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Tarte aux poireaux facile", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "## Ingrédients\n\nPour 6 personnes\n\n  * 1 pâte brisée\n"), res.Body)
	assert.Contains(t, res.Body, "  * 100 g de gruyère râpé\n\n## Préparation\n\n  1. ### Étape 1")
	for _, chrome := range []string{"212 avis", "Partager", "Quiche lorraine"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// TestSectionsBelowTheSpanInMarkdown: a hotel's page as html2text prints
// it, an introduction under its h1, then its rooms, services and guests'
// words in sections of short lines that no vote makes content; they are
// the page's (see sectionsBelow). The cards' buttons, the newsletter box
// and the footer are not.
func TestSectionsBelowTheSpanInMarkdown(t *testing.T) {
	page := "Miglior prezzo garantito · +39 0464 555 123 · IT EN DE\n\n  * Home\n  * Camere\n  * Ristorante\n  * Offerte\n  * Contatti\n\nPrenota ora\n\n" +
		"# Benvenuti all'Hotel Bellavista\n\n" +
		"Affacciato sulla sponda settentrionale del Lago di Garda, l'Hotel Bellavista è un albergo a conduzione familiare dal 1962. Le nostre 42 camere, quasi tutte con balcone vista lago, sono state rinnovate nel 2023.\n\n" +
		"A pochi passi dal centro storico e dal porto, l'hotel è il punto di partenza ideale per escursioni in bicicletta e gite in battello verso Limone e Malcesine.\n\n" +
		"## Le nostre camere\n\n### Camera Classic\n\n22 m² · vista giardino · fino a 2 persone\n\nda 129 € a notte\n\nScopri di più\n\n" +
		"### Camera Superior Vista Lago\n\n28 m² · balcone vista lago · fino a 3 persone\n\nda 169 € a notte\n\nScopri di più\n\n" +
		"### Junior Suite\n\n38 m² · terrazza panoramica · fino a 4 persone\n\nda 239 € a notte\n\nScopri di più\n\n" +
		"## Servizi\n\n  * Piscina esterna riscaldata da aprile a ottobre\n  * Spa con sauna finlandese e bagno turco\n  * Parcheggio privato gratuito\n\n" +
		"### Iscriviti alla newsletter\n\nRicevi in anteprima le nostre offerte speciali\n\nIscriviti\n\n" +
		"Privacy Policy · Cookie Policy · Note legali\n\n© 2025 Hotel Bellavista. Tutti i diritti riservati.\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	assert.Equal(t, "Benvenuti all'Hotel Bellavista", res.Title)
	for _, own := range []string{"## Le nostre camere\n\n### Camera Classic\n\n22 m²", "### Junior Suite", "da 239 € a notte", "## Servizi\n\n  * Piscina", "  * Parcheggio privato gratuito"} {
		assert.Contains(t, res.Body, own)
	}
	for _, chrome := range []string{"Scopri di più", "newsletter", "Ricevi in anteprima", "Privacy", "Tutti i diritti"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// TestSectionsBelowTheSpanInHTML: the same kind of page as HTML, a German
// hotel's (testdata/html/hotel-de.html), its sections in the main element
// under h2s: the span held the introduction, and the rooms, the amenities
// and a guest's words had gone as lines outside it, a room's name and
// facts between its card's buttons as lines among chrome (see
// sectionsBelow). The cards' buttons, now navigation labels, still go.
func TestSectionsBelowTheSpanInHTML(t *testing.T) {
	res := cleanFixture(t, "html/hotel-de.html")
	assert.Equal(t, "Willkommen im Hotel Alpenblick", res.Title)
	for _, own := range []string{"Unsere Zimmer\n\nDoppelzimmer Komfort\n\n25 m²", "Juniorsuite Zugspitze\n\n40 m² · Sitzecke · für bis zu 4 Personen\n\nab 219 € pro Nacht", "Ausstattung\n\n• Kostenloses WLAN", "• E-Ladestation", "Das sagen unsere Gäste", "Andrea aus Köln, Oktober 2023"} {
		assert.Contains(t, res.Body, own)
	}
	for _, chrome := range []string{"Details ansehen", "Zimmer buchen", "Alle Bewertungen", "Impressum", "Newsletter", "Kurpark"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// lynxPage is a page as lynx -dump prints it: its links numbered in
// brackets, and after the page the list of their addresses, a script's
// among them ("javascript:void(0);", whose syntax makes the list a block
// of code).
func lynxPage(refs int, paras ...string) string {
	var b strings.Builder
	b.WriteString("   [1]Home [2]News [3]Sport [4]Weather\n\n                 Council approves the new river bridge\n\n")
	for _, p := range paras {
		b.WriteString("   " + p + "\n\n")
	}
	b.WriteString("   [5]Privacy [6]Terms\n\nReferences\n\n   Visible links:\n   1. javascript:void(0);\n")
	for i := 2; i <= refs; i++ {
		fmt.Fprintf(&b, "  %2d. https://example.org/wp-json/oembed/1.0/embed?url=https://example.org/news/%d/the-council-approves-the-new-river-bridge-after-a-long-debate/&format=xml\n", i, i)
	}
	return b.String()
}

// TestLynxLinkList: the list of link addresses that lynx prints after a
// page is the renderer's, not the page's: its addresses read as
// paragraphs and code: under a short text the list was taken into the
// article, and on many wceb pages for the article (see
// measure.Page.markLinkRefs).
func TestLynxLinkList(t *testing.T) {
	for _, paras := range [][]string{{para1, para2, para3}, {para1}} {
		page := lynxPage(60, paras...)
		res, err := clean.Text(page)
		require.NoError(t, err)
		assert.Contains(t, res.Body, para1)
		assert.NotContains(t, res.Body, "https://")
		assert.NotContains(t, res.Body, "Visible links")
	}
	res, err := clean.Text(lynxPage(60, para1), clean.WithoutRules("link-refs"))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "2. https://example.org/wp-json/", "without the rule, the list is taken into the article")
}

// TestTableRowGivesNoDate: a table's row that gives a date ("Eröffnung |
// 1. März 1901", an infobox's; w3m's row of a web archive's captures) is
// a fact of the article's subject, not the day it was published: the page
// is dated by its own date line, or not at all.
func TestTableRowGivesNoDate(t *testing.T) {
	infobox := `<table class="infobox"><tr><td>Streckenlänge</td><td>13,3 km</td></tr><tr><td>Eröffnung</td><td>1. März 1901</td></tr></table>`
	text := `<p>Die Wuppertaler Schwebebahn ist ein Verkehrsmittel in Wuppertal. Die Einschienenhängebahn verkehrt auf einer Länge von 13,3 Kilometern zwischen Oberbarmen und Vohwinkel.</p>
<p>Die Bahn gilt als Wahrzeichen der Stadt und steht seit 1997 unter Denkmalschutz, und sie befördert an Werktagen rund 82.000 Fahrgäste.</p>`
	for byline, date := range map[string]string{"": "", `<p class="date">12. März 2024</p>`: "2024-03-12"} {
		page := `<html lang="de"><head><title>Schwebebahn Wuppertal</title></head><body><main><h1>Schwebebahn Wuppertal</h1>` + byline + infobox + text + `</main></body></html>`
		res, err := clean.HTML(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, date, res.Date, byline)
		assert.Contains(t, res.Body, "Eröffnung | 1. März 1901")
	}
}

// A paragraph cut with an ellipsis where it introduces the list under it
// is the article's own: it stays, as its items do, where the article
// opens with them. Over a line that is not such an item it is a teaser of another
// page.
func TestCutParagraphIntroducesList(t *testing.T) {
	intro := "Many residents prefer to start by looking at the parts of the project that affect their own street, including…"
	items := "  • Traffic: the bridge will carry two lanes in each direction, with a cycle path on the northern side.\n" +
		"  • Parking: the council will build a car park for three hundred cars on the eastern bank of the river.\n"
	article := para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n" + para4 + pageFoot
	res, err := clean.Text(pageHead + intro + "\n\n" + items + "\n" + article)
	require.NoError(t, err)
	got := decision(t, res, intro)
	assert.Equal(t, clean.Keep, got.Verdict, got.Rule)
	assert.True(t, strings.HasPrefix(res.Body, intro+"\n\n  • Traffic"), res.Body)

	for name, tail := range map[string]string{
		"over a title":                intro + "\n\nThe new bridge in pictures\n\n",
		"over an item of a few words": intro + "\n\n  • Traffic and parking\n  • The cycle path\n\n",
	} {
		res, err := clean.Text(pageHead + tail + article)
		require.NoError(t, err, name)
		got := decision(t, res, intro)
		assert.Equal(t, clean.Drop, got.Verdict, name)
	}
}

// The author's biography right under the author's name after a guide,
// which opens with that name, goes (see bioUnderByline), in HTML, where
// the name's element says it is a byline, and in text, where the byline
// rule does; a story's dateline under a byline that names the same city
// stays.
func TestBiographyUnderByline(t *testing.T) {
	bio := "Rebecca has been a journalist and blogger for over thirty years, with a focus on home services and technology for the past decade."
	page := `<html><body><nav><a href="/">Home</a> <a href="/moving">Moving</a></nav><main><h1>The best interstate movers</h1>` +
		`<p>` + para1 + `</p><p>` + para2 + `</p>` +
		`<div class="author-box"><div class="byline">Written by</div><div class="byline">Rebecca Edwards</div><p>` + bio + `</p></div>` +
		`</main><footer><p>© 2025 Example Moving</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, res.Body, para2, res.Body)
	assert.NotContains(t, res.Body, bio, res.Body)

	text := "Home | Loans | Renovation\n\nWhich renovations pay back\n\n" + para1 + "\n\n" + para2 + "\n\nBy Richard Garner\n\n" +
		"Richard Garner is an experienced mortgage broker with over forty years of experience in home lending and renovation loans.\n\nFind a Lender\n\n© 2024 Example Loans\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Contains(t, res.Body, para2, res.Body)
	assert.NotContains(t, res.Body, "Richard Garner is", res.Body)

	dateline := "CLEVELAND, Ohio – The band will look to ride a potential Hall of Fame induction into a fiftieth anniversary tour next summer, it said on Tuesday."
	text = "Home | Music | News\n\nThe band plans a tour\n\nBy Troy Smith, Cleveland.com\n\n" + dateline + "\n\n" + para1 + "\n\n" + para2 + "\n\n© 2019 Example Media\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Contains(t, res.Body, dateline, res.Body)
}

// A product's features, a list of items under "Features" above the boxes
// of other products and offers, stay beside the reviews that are the
// span, with their heading: a section of the page's own that its heading
// names. Under a heading that names no section, the list goes.
func TestSectionsApart(t *testing.T) {
	features := []string{
		"  • Ripstop nylon body fabric has a water repellent finish that helps moisture bead up on the surface.",
		"  • A U-shaped panel with two zipper sliders gives quick access to your gear and total access when fully open.",
		"  • Padded shoulder straps and a back panel of foam and air mesh keep the pack comfortable on long hikes.",
		"  • An inner sleeve with a hanger clip holds a hydration reservoir, and a zip pocket keeps your keys and valuables.",
		"  • The included rain cover stows away in its own pocket at the bottom of the pack when the sky is clear.",
		"  • Bungee straps on the front let you attach a jacket or a pair of poles, and stow in little pockets when not needed.",
		"  • Side mesh pockets with elastic closures hold a water bottle or a map within reach while you walk.",
		"  • A removable hip belt with a web tensioner takes the weight off your shoulders on steep climbs.",
	}
	reviews := []string{
		"I took this pack on a week of day hikes in the mountains last summer and it carried everything I needed, water, lunch, a jacket and a first aid kit, without ever feeling heavy on my shoulders or my back.",
		"The side pockets are a little too shallow for the tall bottles I use, which kept slipping out when I bent down, but the inside sleeve for a reservoir more than made up for it on the longer and hotter days.",
		"After three years of use the zippers still run smoothly and the fabric shows no tear at all, even though I have dragged the pack over rocks and through thorny bushes more times than I would like to admit.",
		"It fits my wife and me equally well once the straps are adjusted, so we share it, and the rain cover kept our spare clothes dry during a storm that soaked everything else we had with us that afternoon.",
	}
	page := func(heading string) string {
		var b strings.Builder
		b.WriteString("Home\nShop\nHiking\nSign in\nCart\n\nTrail 25 Pack\n\n$99.95\n\nAdd to Cart\n\n" + heading + "\n\n")
		b.WriteString(strings.Join(features, "\n"))
		b.WriteString("\n\nCustomers also bought\n\n  • Trail 40 Pack $149.00\n  • Water bottle $19.00\n  • Hiking poles $89.00\n  • Rain jacket $129.00\n\n")
		b.WriteString("Share\nFacebook\nTwitter\nPinterest\nEmail\n\nRecently viewed\n\n  • Camp chair $59.00\n  • Headlamp $39.00\n  • Sleeping pad $99.00\n\n")
		b.WriteString("Sign up for our newsletter\n[ Email address ] [Subscribe]\n\nCustomer reviews\n\n")
		b.WriteString(strings.Join(reviews, "\n\n"))
		b.WriteString("\n\n© 2024 The Trail Shop. All rights reserved.\nPrivacy Policy\nTerms of Use\n")
		return b.String()
	}
	res, err := clean.Text(page("Features"))
	require.NoError(t, err)
	for _, r := range reviews {
		assert.Contains(t, res.Body, r)
	}
	for _, f := range append([]string{"Features"}, features...) {
		got := decision(t, res, f)
		assert.Equal(t, clean.Keep, got.Verdict, f)
		assert.Equal(t, "in a run of paragraphs apart from the article", got.Detail, f)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again")

	res, err = clean.Text(page("Trending now"))
	require.NoError(t, err)
	for _, f := range features {
		assert.Equal(t, clean.Drop, decision(t, res, f).Verdict, f)
	}
}

// A fenced block of Markdown is code, and its fences stay with any line of
// it that stays (see decide's keepFences): a span that began inside a
// licence's fenced text, after the notice's copyright lines, had dropped
// both fences and kept the rest, whose lines, cleaned again without their
// fences, no longer read as code.
func TestFencesStayWithTheirBlock(t *testing.T) {
	page := "## The Example Data Repository v47\n" +
		"\n" +
		"### Data License\n" +
		"\n" +
		"```\n" +
		"\n" +
		"\n" +
		"EXAMPLE LICENSE V3\n" +
		"\n" +
		"COPYRIGHT AND PERMISSION NOTICE\n" +
		"\n" +
		"Copyright © 1991-2025 Example, Inc.\n" +
		"\n" +
		"NOTICE TO USER: CAREFULLY READ THE FOLLOWING TERMS. BY DOWNLOADING, INSTALLING,\n" +
		"COPYING OR OTHERWISE USING THE DATA FILES, AND/OR SOFTWARE, YOU ACCEPT, AND AGREE\n" +
		"TO BE BOUND BY, ALL OF THE TERMS OF THIS AGREEMENT.\n" +
		"\n" +
		"Permission is hereby given, free of charge, to any person who obtains a copy of\n" +
		"data files and any associated documentation (the \"Data Files\") to deal in the data\n" +
		"without restriction, so long as this notice appears with every copy they make.\n" +
		"\n" +
		"THE DATA FILES ARE GIVEN AS THEY ARE, WITHOUT WARRANTY OF ANY KIND, STATED OR\n" +
		"IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF FITNESS FOR A PURPOSE.\n" +
		"\n" +
		"IN NO EVENT SHALL THE HOLDERS NAMED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR\n" +
		"FOR ANY DAMAGES WHATSOEVER THAT RESULT FROM THE LOSS OF USE, DATA OR PROFITS.\n" +
		"\n" +
		"The data files are published at\n" +
		"\n" +
		"https://example.org/Public/data/\n" +
		"https://example.org/Public/tools/\n" +
		"\n" +
		"Except as given in this notice, the name of a holder shall not be used to\n" +
		"promote the sale or the use of these files without their written consent.\n" +
		"\n" +
		"```\n" +
		""
	res, err := clean.Text(page)
	require.NoError(t, err)
	require.Contains(t, res.Body, "https://example.org/Public/data/", "the block's lines stay")
	assert.Equal(t, 2, strings.Count(res.Body, "```"), "both fences stay:\n%s", res.Body)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// A line that is one Markdown link by reference alone ("* [Intl][]") is a
// link where the document defines its label, no picture (see source's
// readReference): a guide's opening list of the functions it covers, read
// as pictures, had parted the opening from the rest, and the guide had
// lost its first section.
func TestReferenceLinksAreNoPictures(t *testing.T) {
	page := "# Internationalization support\n" +
		"\n" +
		"The runtime has many features that make it easier to write internationalized\n" +
		"programs. Some of them are:\n" +
		"\n" +
		"* Locale-sensitive or Unicode-aware functions in the [language\n" +
		"  specification][ECMA-262]:\n" +
		"  * [`String.prototype.normalize()`][]\n" +
		"  * [`String.prototype.toLowerCase()`][]\n" +
		"  * [`String.prototype.toUpperCase()`][]\n" +
		"* [`require('node:buffer').transcode()`][]\n" +
		"* [`RegExp` Unicode Property Escapes][]\n" +
		"\n" +
		"The runtime and the engine under it use the [ICU][] library to implement\n" +
		"these features in native code. The full ICU data set is provided by default.\n" +
		"However, due to the size of the data file, several options are provided for\n" +
		"customizing the data set either when building or running the runtime.\n" +
		"\n" +
		"## Options for building\n" +
		"\n" +
		"To control how ICU is used, four `configure` options are available during\n" +
		"compilation. Additional details on how to compile are documented in the\n" +
		"building guide, which lists the platforms and the tools each one needs.\n" +
		"\n" +
		"[ECMA-262]: https://tc39.github.io/ecma262/\n" +
		"[ICU]: http://site.icu-project.org/\n" +
		"[`RegExp` Unicode Property Escapes]: https://example.org/regexp\n" +
		"[`String.prototype.normalize()`]: https://example.org/normalize\n" +
		"[`String.prototype.toLowerCase()`]: https://example.org/lower\n" +
		"[`String.prototype.toUpperCase()`]: https://example.org/upper\n" +
		"[`require('node:buffer').transcode()`]: https://example.org/transcode\n"
	res, err := clean.Text(page)
	require.NoError(t, err)
	for _, line := range []string{"programs. Some of them are:", "  * [`String.prototype.toLowerCase()`][]", "* [`RegExp` Unicode Property Escapes][]"} {
		assert.Contains(t, res.Body, line)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again")
}

// TestPictureGridKeepsItsTitles checks that a listing whose items each
// give a picture's alt text and then a title, as w3m prints a recipe
// site's cards, keeps its titles and drops the alt texts, those that read
// as prose among them, and that its body cleaned again is itself.
func TestPictureGridKeepsItsTitles(t *testing.T) {
	items := []struct{ alt, title string }{
		{"A bowl of red lentil soup topped with yogurt and chili oil, with a slice of toasted bread beside it A bowl of red lentil soup topped with yogurt and chili oil, with a slice of toasted bread beside it", "Smoky Red Lentil Soup"},
		{"A large pot of golden chicken stock with carrots, celery and onion on a stove A large pot of golden chicken stock with carrots, celery and onion on a stove", "Homemade Chicken Stock in Two Hours"},
		{"20210311-minestrone-kitchen-test-4", "Classic Minestrone With Parmesan Rind"},
		{"A ladle lifting white beans and kale from a pot of Tuscan soup, with a wedge of parmesan and a grater on the counter", "Tuscan White Bean and Kale Soup"},
		{"20190125-french-onion-soup-12.jpg", "French Onion Soup With Gruyère Toast"},
		{"Two bowls of creamy tomato soup on a wooden board beside a grilled cheese sandwich cut in half.", "Creamy Tomato Soup for Grilled Cheese"},
		{"20180402-pea-soup-mint-2.jpg", "Spring Pea Soup With Mint and Lemon"},
		{"Overhead shot of a cast iron pot of beef chili topped with sour cream, sliced scallions and shredded cheddar", "Weeknight Beef and Bean Chili"},
		{"20171019-mushroom-barley-soup-7", "Mushroom Barley Soup With Thyme"},
		{"Two bowls of miso soup with cubes of silken tofu, wakame and sliced scallions Two bowls of miso soup with cubes of silken tofu, wakame and sliced scallions", "Ten-Minute Miso Soup With Tofu and Scallions"},
	}
	var b strings.Builder
	b.WriteString("Skip to Content\n\n  • Recipes\n  • Techniques\n  • Reviews\n\nSoup Recipes\n\n")
	// w3m prints the page unwrapped, as the benchmarks' renderings are.
	b.WriteString("Our collection of soup recipes has something for every season, whether you want a light broth for spring or a hearty stew for a cold night. Most of them keep for days in the fridge, and many freeze well, so that a big pot on Sunday feeds you through the week.\n")
	for _, it := range items {
		b.WriteString(it.alt + "\n" + it.title + "\n")
	}
	b.WriteString("\nGet fresh recipes, cooking tips, deal alerts, and more!\nEmail Address [                    ]\n\n© 2025 Example Kitchen. All rights reserved.\n")
	res, err := clean.Text(b.String())
	require.NoError(t, err)
	lines := strings.Split(res.Body, "\n")
	for _, it := range items {
		assert.Contains(t, lines, it.title)
	}
	for _, alt := range []string{items[3].alt, items[5].alt, items[7].alt} {
		assert.NotContains(t, res.Body, alt)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body, "cleaning the body again")
}

// A manual's page in text (testdata/pages/reference-sphinx.txt, as w3m
// prints a Sphinx page) gives its sidebar again under its text: "Table of
// Contents", then the contents' entries. The label ended the text, which
// the records' widening had taken it into, as a line the page repeats
// (see decide's extendRecords); it goes with the contents.
func TestContentsLabelAfterText(t *testing.T) {
	res := cleanFixture(t, "pages/reference-sphinx.txt")
	assert.Equal(t, "logging.handlers — Logging handlers", res.Title)
	assert.True(t, strings.HasSuffix(strings.TrimSpace(res.Body), "opened and used as the stream for logging."), res.Body)
	assert.NotContains(t, res.Body, "Table of Contents")
}

// TestItemsAboveTheSpan: a Brazilian job offer's facts under its h1, one
// list (testdata/html/job-pt.html): the span took in its date and its
// count of applications, and the contract and the salary above them had
// gone as a menu's short entries (see itemsAbove). The buttons under the
// facts still go.
func TestItemsAboveTheSpan(t *testing.T) {
	res := cleanFixture(t, "html/job-pt.html")
	assert.Equal(t, "Analista de Dados Pleno", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "• CLT\n• R$ 7.000 a R$ 9.000\n• Publicada há 3 dias\n• 42 candidaturas\n\nSobre a vaga\n"), res.Body)
	assert.NotContains(t, res.Body, "Candidatar-se")
}

// TestBoxAtTheSpansStart: a help centre's article as w3m prints it, the
// list of its section's other articles over it. The articles' titles are
// questions, which read as sentences, and the span had opened on one of
// them, so that the article's headline under the box was in the body
// and the page had no title (see boxAtStart).
func TestBoxAtTheSpansStart(t *testing.T) {
	doc := `Fietsabo Hoe het werkt Prijzen Klantenservice Inloggen Nederlands

 1. Fietsabo Help Center
 2. Mijn abonnement
 3. Opzeggen en pauzeren

Artikelen in deze sectie

  • Kan ik mijn abonnement pauzeren?
  • Hoe kan ik mijn abonnement opzeggen?
  • Wat gebeurt er met mijn fiets na het opzeggen?
  • Opzegtermijn en kosten

Meer weergeven

Hoe kan ik mijn abonnement opzeggen?

Team Klantenservice

  • 14 februari 2024
  • Bijgewerkt

Volgen

Je kunt je abonnement op elk moment opzeggen via de app of op de website. Er
geldt een opzegtermijn van één maand.

Opzeggen in de app

 1. Open de app en ga naar Profiel.
 2. Kies Mijn abonnement en tik op Abonnement opzeggen.
 3. Kies een datum waarop je de fiets terugbrengt.

Fiets terugbrengen

Breng de fiets binnen een week na de einddatum naar een van onze winkels. Neem
de sleutels en de oplader mee; ontbrekende onderdelen brengen we in rekening.

Lukt het niet om langs te komen? Dan halen we de fiets voor € 25 bij je op.

Was dit artikel nuttig? Ja Nee

Gerelateerde artikelen

  • Wat kost een abonnement?
  • Mijn fiets is gestolen, wat nu?

© 2024 Fietsabo B.V.
`
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "Hoe kan ik mijn abonnement opzeggen?", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Je kunt je abonnement"), res.Body)
	assert.True(t, strings.HasSuffix(strings.TrimSpace(res.Body), "bij je op."), res.Body)
}

// TestJobTitlesWithSlashes: a job's title that gives its levels or its
// genders in brackets ("Programista Java (Mid/Senior)", "Verkäuferin
// (Teilzeit/Vollzeit)") stays between two paragraphs: a list of names
// had taken it for a photo's credit, and each offer of a Polish job
// listing lost its title (see bracketedSlashes). A credit in brackets,
// under a news photo, still goes.
func TestJobTitlesWithSlashes(t *testing.T) {
	assertKeptBetween(t, map[string]string{
		"en": "Java Developer (Mid/Senior)",
		"pl": "Programista Java (Mid/Senior)",
		"de": "Verkäuferin (Teilzeit/Vollzeit)",
		"es": "Desarrollador Java (Junior/Mid)",
		"it": "Sviluppatore Java (Junior/Senior)",
	})
	assertDropsBetween(t, map[string]map[string]string{
		"en": {"(Reed Saxon / Associated Press)": "name-list", "Jane Doe/AP": "name-list"},
	})
}

// TestItemHeadUnderFilters: a Polish job listing as w3m prints it, the
// filters' lists over its offers. The first offer's title, a list item
// of few words as the filters' are, read as a menu's entry, and the
// offer lost it while the others kept theirs (see decide's itemHead).
func TestItemHeadUnderFilters(t *testing.T) {
	res := cleanFixture(t, "pages/jobs-pl.txt")
	assert.Equal(t, "Oferty pracy: programista Java, Kraków", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "  • Programista Java (Mid/Senior)\n"), res.Body)
	assert.NotContains(t, res.Body, "Senior (49)")
}

// TestItemDateBelowTheSpan: the same listing's last offer keeps its date
// under its summary, as the offers above it keep theirs (see decide's
// itemTailBelow); it had gone as a dateline under an article.
func TestItemDateBelowTheSpan(t *testing.T) {
	res := cleanFixture(t, "pages/jobs-pl.txt")
	assert.True(t, strings.HasSuffix(res.Body, "    Berlinie.\n\n    Dodana 5 dni temu"), res.Body)
	assert.NotContains(t, res.Body, "Aplikuj")
}

// TestPhpBBHeadsInRussian: a Russian phpBB thread as w3m prints it heads
// each post "Сообщение <poster> » <date>"; the first post's head, its
// poster's name two words, had gone above the span, read as no post's
// date (see decide's postDate).
func TestPhpBBHeadsInRussian(t *testing.T) {
	res := cleanFixture(t, "pages/phpbb-ru.txt")
	assertPostHeads(t, res, "Сообщение Сергей_Н » 15 янв 2024, 08:42", "Сообщение Механик77 » 15 янв 2024, 10:15", "Сообщение Сергей_Н » 16 янв 2024, 19:30")
}

// TestAskerUnderTheQuestion: a German question page as w3m prints it.
// Its question is its title, and its asker's name and date, right under
// it, stay as each answer's do: the span opened under the headline on
// that line, which the trimmed edge had dropped as a byline's, and the
// rows of buttons under the answers had read as dated entries' titles,
// the question the first of them, so that the page had no title.
func TestAskerUnderTheQuestion(t *testing.T) {
	res := cleanFixture(t, "pages/qa-de.txt")
	assert.Equal(t, "Warum wird mein Sauerteig nicht sauer?", res.Title)
	for _, head := range []string{"brotfan88 12.03.2024, 18:45", "anna_k 12.03.2024, 20:15", "Kornkammer 13.03.2024, 07:30"} {
		assert.Equal(t, clean.Keep, decision(t, res, head).Verdict, head)
	}
	assert.NotContains(t, res.Body, "Kommentieren")
}

// TestLabelledYearlessDates: a Portuguese thread of Invision Community as
// w3m prints it, in the year it was written: each post's date has no
// year and a date word before it ("Postado 10 de fevereiro"), and the
// line under the title dates the thread in its forum ("10 de fevereiro em
// Placas de vídeo"). The posts had read as undated, the first post's date
// had been the title, and once it was a date, the thread's date line.
func TestLabelledYearlessDates(t *testing.T) {
	res := cleanFixture(t, "pages/forum-pt-invision.txt")
	assert.Equal(t, "Computador desliga sozinho durante jogos", res.Title)
	assertPostHeads(t, res, "Postado 10 de fevereiro", "Postado 12 de fevereiro")
}

// TestProductNameOverItsBox: a Spanish shop's product page as w3m prints
// it. Its name stands under the trail ("Inicio / Electrodomésticos /
// Cafeteras", which reads as a list of names) and the picture's alt text run into its
// zoom button ("... vista frontalAmpliar imagen"), over its price, stock
// and buttons; its tabs, one line, end with a count ("Descripción
// Características Opiniones (128)"). The tabs had been its title, then
// the alt text and button.
func TestProductNameOverItsBox(t *testing.T) {
	res := cleanFixture(t, "pages/product-tabs-es.txt")
	assert.Equal(t, "Cafetera Superautomática Cremissima 1500", res.Title)
	assert.NotContains(t, res.Body, "Opiniones (128)")
	assert.Contains(t, res.Body, "La Cremissima 1500 prepara espresso")
}

// TestQuestionOverCountAndSort: a Chinese question page (Zhihu-like) as
// w3m prints it, its count of answers run into the control that sorts
// them ("238 个回答默认排序"). The question is the title, not the row of
// its topics above it ("咖啡手冲咖啡生活方式"), over which a reading of
// the body had lifted the question out of the page: it was in neither
// the title nor the body.
func TestQuestionOverCountAndSort(t *testing.T) {
	res := cleanFixture(t, "pages/answers-zh-sort.txt")
	assert.Equal(t, "如何在家做出好喝的手冲咖啡？", res.Title)
	assert.Contains(t, res.Body, "补充一点：豆子的新鲜度也很关键。")
}

// TestIssueThread: an issue of a code host's tracker as w3m prints it,
// its session notice first ("You signed in with another tab or window.
// Reload to refresh your session."), which read as prose and opened the
// span over the repository's header: the page had no title and kept its
// sidebar ("Assignees", "No milestone", "Successfully merging a pull
// request may close this issue."). The notice goes, and the issue's
// title, its comments and their heads stay.
func TestIssueThread(t *testing.T) {
	res := cleanFixture(t, "pages/issue-en.txt")
	assert.Equal(t, "Crash when opening large CSV files #4821", res.Title)
	for _, gone := range []string{"You signed in", "Assignees", "No milestone", "Successfully merging"} {
		assert.NotContains(t, res.Body, gone)
	}
	for _, head := range []string{"jdoe commented on Mar 3, 2024", "kfox commented on Mar 6, 2024", "maint commented on Mar 7, 2024"} {
		assert.Equal(t, clean.Keep, decision(t, res, head).Verdict, head)
	}
}

// TestReadAlsoLabelInside: a Portuguese story as w3m prints it, a "LEIA
// TAMBÉM:" label over two links between its paragraphs. The phrase is a
// heading that closes an article too ("Leia também", over a box of
// stories), and the story had lost the two paragraphs under the links:
// with its colon, over a few links and a paragraph, it is the label,
// whose links go and under which the story goes on (see decide's
// linksLabel). In HTML the links go too.
func TestReadAlsoLabelInside(t *testing.T) {
	res := cleanFixture(t, "pages/news-pt-leia.txt")
	assert.Contains(t, res.Body, "Civil pelo telefone 199 em caso de emergência.")
	assert.NotContains(t, res.Body, "Previsão indica mais chuva")
}

// TestGluedHeaderInJapanese: a Japanese Q&A page as w3m prints it, its
// header's links run together without spaces over its breadcrumb trail,
// two lines of forty characters that had read as a paragraph by their
// length and stayed over the question (see decide's unpunctuatedCJK).
func TestGluedHeaderInJapanese(t *testing.T) {
	res := cleanFixture(t, "pages/qa-ja.txt")
	assert.NotContains(t, res.Body, "知恵袋トップ")
	assert.True(t, strings.HasPrefix(res.Body, "ID非公開さん 2024/3/5 10:21\n\n賃貸の退去時の敷金について質問です。"), res.Body)
}

// TestHeaderTrailAndTabs: a French university's course page as w3m prints
// it. Its header runs into one paragraph over three lines, the site's
// name, its menu and its trail ("Vous êtes ici : Accueil › Formation ›
// ..."), which read as prose by its stopwords and opened the span over
// the page's headline (see decide's trailAtEnd); and its tabs stand on
// one line, "Présentation Programme Admission Et après", which names the
// sections below and had been the page's title (see decide's tabRow).
func TestHeaderTrailAndTabs(t *testing.T) {
	res := cleanFixture(t, "pages/course-fr.txt")
	assert.Equal(t, "Licence professionnelle Métiers du numérique", res.Title)
	assert.NotContains(t, res.Body, "Vous êtes ici")
	assert.NotContains(t, res.Body, "Présentation Programme Admission")
	assert.Contains(t, res.Body, "Développement back-end et bases de données – 120 h")
}

// TestReviewsUnderAProductInJapanese: a Japanese shop's reviews as w3m
// prints them, each a title over its rating and its poster's line ("mk2
// さん 2024年1月30日投稿", posted). "投稿" read as a word that is no date's,
// and with the honorific and a poster's name that took two words, the
// line as no date: the reviews were no list of dated entries, and the
// first one's title was the page's (see decide's firstEntry).
func TestReviewsUnderAProductInJapanese(t *testing.T) {
	res := cleanFixture(t, "pages/reviews-ja.txt")
	assert.Equal(t, "静音ドラム式洗濯機 WD-900", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "夜でも気にならない静かさ\n"), res.Body)
}
