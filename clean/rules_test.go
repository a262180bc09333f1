package clean_test

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// The article the rule tests put their line into: a menu, a headline and
// four paragraphs, then a footer.
const (
	pageHead = `Home
News
Politics

Council approves the new river bridge after a long debate

`
	para1    = `The city council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that had lasted for more than three years and divided residents of both banks.`
	para2    = `Supporters of the project said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city.`
	para3    = `Opponents had argued that the cost was too high and that the money should have been spent on repairing the roads and schools that the city already has, many of which are in poor condition.`
	para4    = `Work on the bridge is expected to begin in the spring, and the council said that it would publish a detailed timetable for the construction before the end of the month.`
	pageFoot = `

About us
Contact
Privacy Policy
`
)

type where int

const (
	before where = iota // between the headline and the first paragraph
	inside              // between the second and the third paragraph
	after               // after the last paragraph, before the footer
)

// page builds a document with line placed at w.
func page(line string, w where) string {
	var b strings.Builder
	b.WriteString(pageHead)
	if w == before {
		b.WriteString(line + "\n\n")
	}
	b.WriteString(para1 + "\n\n" + para2 + "\n\n")
	if w == inside {
		b.WriteString(line + "\n\n")
	}
	b.WriteString(para3 + "\n\n" + para4)
	if w == after {
		b.WriteString("\n\n" + line)
	}
	b.WriteString(pageFoot)
	return b.String()
}

// decision returns the decision on the first line of res whose text is
// line.
func decision(t *testing.T, res *clean.Result, line string) clean.Line {
	t.Helper()
	for _, l := range res.Lines {
		if l.Text == line {
			return l
		}
	}
	require.Failf(t, "line not found", "%q", line)
	return clean.Line{}
}

func TestRules(t *testing.T) {
	cases := []struct {
		name    string
		line    string
		where   where
		verdict clean.Verdict
		rule    string
	}{
		{"prose keeps a paragraph", "Residents who attended the meeting said that they were relieved that a decision had finally been made after so many years of uncertainty.", inside, clean.Keep, "prose"},
		{"sentence keeps a short quote", "“That is not on the table,” he said.", inside, clean.Keep, "sentence"},

		{"cookie-banner drops a consent notice", "This website collects cookies to deliver better user experience. Cookie Policy", inside, clean.Drop, "cookie-banner"},
		{"cookie-banner drops a government site's banner", "We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.", before, clean.Drop, "cookie-banner"},
		{"cookie-banner drops a banner's buttons", "Accept additional cookies Reject additional cookies View cookies", before, clean.Drop, "cookie-banner"},
		{"cookie-banner drops a long consent notice", `With our cookies we would like to offer you the best shopping experience possible with everything that goes with it. This includes, for example, suitable offers, personalized ads and remembering preferences. If this is okay with you, simply agree to the use of cookies for preferences, statistics and marketing by clicking on "Alright!".`, before, clean.Drop, "cookie-banner"},
		{"cookie-banner drops a long banner of the consent framework", "We and our 120 partners store and/or access information on a device, such as cookies, and process personal data such as unique identifiers for personalised ads and content, ad and content measurement and audience research. With your permission we and our partners may use precise geolocation data. You may click to consent to this processing, or refuse it, or open the settings to choose for each purpose and each partner before you consent. Some processing does not need your consent, but you have the right to object to it. Your choices apply to this site only and you may change them at any time.", before, clean.Drop, "cookie-banner"},
		{"cookie-banner drops a banner's purposes, which do not name cookies", "Data processing purposes: Store and/or access information on a device. Personalised advertising, advertising measurement, audience research and services development.", before, clean.Drop, "cookie-banner"},
		{"cookie-banner leaves a sentence about devices", "The app will store and access information on the device only when its owner allows it, the company said on Monday.", inside, clean.Keep, "prose"},
		{"cookie-banner leaves a long paragraph about cookies", "The browser maker said on Tuesday that it would stop blocking cookies set by other sites, reversing a plan it had announced four years ago. Advertisers had warned that the change would cut their income, and regulators in Britain had asked the company to delay it while they studied its effect on competition. Privacy groups said the decision left users with fewer protections than those of rival browsers, which already block such cookies by default, and urged the company to let people choose in a prompt when they first open the browser.", inside, clean.Keep, "prose"},
		{"cookie-banner leaves a sentence about cookies", "The bakery sold 400 cookies on Saturday, and the owner said she would accept more orders next week.", inside, clean.Keep, "prose"},
		{"sign-in drops a login prompt", "Have an existing account? Sign In", inside, clean.Drop, "sign-in"},
		{"newsletter drops a subscription prompt", "Sign up for our daily newsletter", inside, clean.Drop, "newsletter"},
		{"newsletter drops a publication's prompt to its readers", "Thanks for reading The Daily Byte! Subscribe for free to receive new posts and support my work.", inside, clean.Drop, "newsletter"},
		{"newsletter drops a subscription box's heading", "Stay in the loop", inside, clean.Drop, "newsletter"},
		{"newsletter drops a sign-up form's note on its fields", "* indicates required", inside, clean.Drop, "newsletter"},
		{"follow-us drops a social box's heading", "Stay Connected:", inside, clean.Drop, "follow-us"},
		{"form-consent drops a long consent to text messages", "By submitting this form, you agree to receive recurring automated promotional and personalized marketing text messages (e.g. cart reminders) from the shop at the cell number used when signing up. Consent is not a condition of any purchase. Reply HELP for help and STOP to cancel. Msg frequency varies. Msg and data rates may apply. View our Terms and Privacy Policy for details, and contact us with any question you may have.", after, clean.Drop, "form-consent"},
		{"form-consent drops a consent to be contacted", "By providing a telephone number and submitting the form, you are consenting to be contacted by SMS text message. Message and data rates may apply.", inside, clean.Drop, "form-consent"},
		{"form-consent leaves a sentence about consent", "Under the new law, customers who agree to receive marketing calls must be told how to withdraw that consent, the regulator said on Monday.", inside, clean.Keep, "prose"},
		{"newsletter drops a prompt for e-mails", "Want to get updates about the latest content, industry news and business tips? Sign up to receive our emails!", inside, clean.Drop, "newsletter"},
		{"sign-in drops a login through a network", "Log in with Facebook", inside, clean.Drop, "sign-in"},
		{"sign-in drops a long prompt", "Sign in to add this item to your wishlist, follow it, or mark it as ignored", inside, clean.Drop, "sign-in"},
		{"sign-in leaves a numbered step", "4. Sign in to each of your devices again with the new password.", inside, clean.Keep, "prose"},
		{"sign-in leaves a manual's instruction", "Sign in to the registry with your access token before you push an image, or the push will fail with an authentication error.", inside, clean.Keep, "prose"},
		{"newsletter drops a long prompt", "Get the latest news and updates on Royal Family News, Royal Family, Queen Elizabeth II, King Charles III, and more.", inside, clean.Drop, "newsletter"},
		{"newsletter leaves a manual's instruction", "Subscribe to the events channel to receive a message each time a build finishes, and unsubscribe when you no longer need them.", inside, clean.Keep, "prose"},
		{"cookie-banner drops a link to the cookie settings", "Manage Cookie Preferences", after, clean.Drop, "cookie-banner"},
		{"share-bar drops share buttons", "Twitter Email Copy Link Print", inside, clean.Drop, "share-bar"},
		{"share-bar drops a share caption", "SHARE", inside, clean.Drop, "share-bar"},
		{"share-bar drops a like button's caption", "Like Loading...", inside, clean.Drop, "share-bar"},
		{"share-bar leaves a sentence about networks", "She shared the video on Facebook and Twitter, where it was viewed a million times.", inside, clean.Keep, "prose"},
		{"follow-us drops an invitation", "Follow US", before, clean.Drop, "follow-us"},
		{"follow-us drops a network's handle", "Follow @DailyPlanet on Twitter to keep up with the latest news from the city and the region.", after, clean.Drop, "follow-us"},
		{"follow-us drops an invitation to join a network", "Join me on TikTok: @thehousemaven", after, clean.Drop, "follow-us"},
		{"follow-us drops a sentence that invites to follow on networks", "Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.", inside, clean.Drop, "follow-us"},
		{"follow-us drops a sentence that gives a handle", "Welcome to the Daily Deals, your source for the best deals on the stuff you actually want to buy. Follow us at Twitter @dailydeals.", inside, clean.Drop, "follow-us"},
		{"follow-us leaves a story's sentence", "Follow us on the trail as we climb from the valley floor to the glacier, a walk of about six hours in good weather.", inside, clean.Keep, "prose"},
		{"follow-us drops a prompt to prefer the site in Google's results", "Add as a preferred source on Google", after, clean.Drop, "follow-us"},
		{"follow-us drops a prompt that names the site", "Add The Daily Planet as a preferred source on Google", inside, clean.Drop, "follow-us"},
		{"follow-us leaves a sentence about preferred sources", "Google now lets readers pick the outlets they prefer, and says a preferred source shows up more often in its results.", inside, clean.Keep, "prose"},
		{"follow-us leaves a sentence about joining", "Join the queue early on Saturday, when the market opens at eight and the best stalls sell out by ten.", inside, clean.Keep, "prose"},
		{"follow-us leaves a sentence about following", "Follow the river north and you reach the old mill, which the council bought last year.", inside, clean.Keep, "prose"},
		{"related-link drops a labelled link", "SEE ALSO: U.S. vows to move more forces closer to Russia if Moscow invades Ukraine", inside, clean.Drop, "related-link"},
		{"related-link leaves a sentence that starts with read", "Read the full report, which was published on Monday, before the vote takes place.", inside, clean.Keep, "prose"},
		{"related-link drops a button run into a review", "...it to everyone who want to build good habits!Read more", inside, clean.Drop, "related-link"},
		{"related-link leaves a sentence that says read more", "You can read more about trait objects in the Trait Objects section of the Reference.", inside, clean.Keep, "prose"},
		{"related-block drops a block heading", "You Might Also Like", after, clean.Drop, "related-block"},
		{"related-block drops a blog's sidebar heading", "Recent Posts", after, clean.Drop, "related-block"},
		{"related-block drops a listing's heading over other listings", "Similar homes", after, clean.Drop, "related-block"},
		{"related-block drops a sidebar's heading over popular lists", "Popular lists", after, clean.Drop, "related-block"},
		{"related-block drops a podcast's heading over other episodes", "Related episodes", after, clean.Drop, "related-block"},
		{"related-block drops a news site's heading over the next stories of a section", "Next Up In Tech", after, clean.Drop, "related-block"},
		{"related-block drops a Q&A site's heading over the questions that link to this one", "Linked", after, clean.Drop, "related-block"},
		{"newsletter drops a plea for patrons", "This show is independent. If you like it, support us on Patreon.", after, clean.Drop, "newsletter"},
		{"related-block drops a news site's heading over other stories", "ALSO IN THE NEWS", after, clean.Drop, "related-block"},
		{"related-block leaves a sentence that opens like a block's heading", "More on that in a follow-up post about the engine's performance.", inside, clean.Keep, "prose"},
		{"references drops the heading of a list of sources", "References", after, clean.Drop, "references"},
		{"references drops the heading of an article's sources", "Article Sources", after, clean.Drop, "references"},
		{"post-meta drops a post's reactions", "Reactions: kyteflyer, Bobby T and drd1135", inside, clean.Drop, "post-meta"},
		{"post-meta drops a post's last edit", "Last edited: Sep 26, 2024", inside, clean.Drop, "post-meta"},
		{"post-meta drops a poster's menu", "Find More Posts by lowjhg", inside, clean.Drop, "post-meta"},
		{"post-meta drops a poster's menu entry", "View Public Profile", inside, clean.Drop, "post-meta"},
		{"post-meta drops a post's count of likes", "7 Likes", inside, clean.Drop, "post-meta"},
		{"post-meta drops a reaction button and its count", "Thanks 12", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user's reputation and badges", "30.5k1818 gold badges9090 silver badges174174 bronze badges", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user card's count of posts", "Posts: 701", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user card's join date", "Join Date: Mar 2016", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user card's posts and join year", "410 posts · Joined 2002", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user's rank", "Senior Member", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user card's label on its own line", "Reaction score", inside, clean.Drop, "post-meta"},
		{"post-meta drops a user card's likes received", "Likes Received: 1,234", inside, clean.Drop, "post-meta"},
		{"post-meta drops the mark of a thread's first poster", "Original Poster", inside, clean.Drop, "post-meta"},
		{"post-meta drops a thread's starter", "Thread starter Kevin", inside, clean.Drop, "post-meta"},
		{"post-meta leaves a post run into its author's card", "Posts: 1                   I have tested a Power Color Radeon RX7800XT and when I play a movie with the usual player the refresh rate is wrong", inside, clean.Keep, "prose"},
		{"post-meta leaves a sentence about badges", "Officers in the city have worn gold badges since 1890, the museum said.", inside, clean.Keep, "prose"},
		{"post-meta drops an answer's last edit", "edited Mar 11, 2022 at 10:45", inside, clean.Drop, "post-meta"},
		{"post-meta drops a comment's date", "Commented May 18, 2017 at 12:03", inside, clean.Drop, "post-meta"},
		{"post-meta leaves a sentence that opens with a post's action", "Edited by hand, the list of members was sent to the council on Friday before the vote.", inside, clean.Keep, "prose"},
		{"post-meta drops who liked a post", "WiSK and JapesUK like this.", inside, clean.Drop, "post-meta"},
		{"post-meta drops who else liked a post", "WiSK, spellofiron, JapesUK and 1 others like this.", inside, clean.Drop, "post-meta"},
		{"post-meta leaves a sentence that ends like a post's likes", "The finished table looks like this.", inside, clean.Keep, "sentence"},
		{"post-meta leaves a heading that ends like a post's likes", "More like this", after, clean.Drop, "outside-article"},
		{"post-meta leaves a line that introduces a command", "You invoke Valgrind like this:", inside, clean.Keep, "context"},
		{"post-meta leaves a sentence that counts likes", "12 likes for this post were counted by the moderators of the forum yesterday.", inside, clean.Keep, "prose"},
		{"post-meta drops a comment's time stamp", "2010-10-17 23:10:09 +00:00", inside, clean.Drop, "post-meta"},
		{"post-meta drops a time stamp in UTC", "2024-01-27T12:00:05Z", inside, clean.Drop, "post-meta"},
		{"nav-label drops a pager's link", "Next page", inside, clean.Drop, "nav-label"},
		{"nav-label drops a row of the site's links", "Home About Privacy Terms", before, clean.Drop, "nav-label"},
		{"nav-label drops a footer's link", "Privacy", after, clean.Drop, "nav-label"},
		{"nav-label drops a shop's link to its help pages", "Help Center", after, clean.Drop, "nav-label"},
		{"nav-label drops a school's button for a prospectus", "Request Information", after, clean.Drop, "nav-label"},
		{"nav-label drops a feedback prompt", "Is this page useful?", after, clean.Drop, "nav-label"},
		{"nav-label drops a feedback box's heading", "Help us improve GOV.UK", after, clean.Drop, "nav-label"},
		{"nav-label drops a shop's size guide", "Size Guide", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's recently viewed items", "Recently viewed", inside, clean.Drop, "nav-label"},
		{"image drops a picture's bare address", "https://www.example.com/assets/images/logos/og-image-logo.png", inside, clean.Drop, "image"},
		{"nav-label drops a recipe card's buttons", "Print Recipe  Pin Recipe  Rate this Recipe", inside, clean.Drop, "nav-label"},
		{"nav-label drops a control that opens a list", "Show all 24 reviews", inside, clean.Drop, "nav-label"},
		{"nav-label leaves a sentence that opens like a control", "Show all the config settings. Use -l to also show defaults, or --json for json.", inside, clean.Keep, "prose"},
		{"tags leaves a sentence that opens with the word", "Tags can be used to provide an alias instead of version numbers.", inside, clean.Keep, "prose"},
		{"nav-label drops a prompt to pin a recipe", "Pin this recipe for later!", inside, clean.Drop, "nav-label"},
		{"advert drops an affiliate disclosure", "This post may contain affiliate links. Please read our disclosure policy.", inside, clean.Drop, "advert"},
		{"advert drops an affiliate programme's notice", "As an Amazon Associate I earn from qualifying purchases.", inside, clean.Drop, "advert"},
		{"follow-us drops a recipe's prompt to post a photo", "Did you make this recipe? Tag @jennycooks on Instagram and hashtag it #jennycooks", inside, clean.Drop, "follow-us"},
		{"follow-us drops a recipe's prompt to rate it", "Tried this recipe? Let us know how it was!", inside, clean.Drop, "follow-us"},
		{"button-row drops a post's save and share buttons", "Save Share", inside, clean.Drop, "button-row"},
		{"button-row leaves a heading with one button's word", "Save Money", inside, clean.Keep, "context"},
		{"button-row drops buttons with the count of the last", "Reply Quote Report Like: 3", inside, clean.Drop, "button-row"},
		{"button-row drops a row of buttons printed without spaces", "ReplyBoostFavouriteBookmarkMore", inside, clean.Drop, "button-row"},
		{"button-row drops a row of buttons with spaces", "Reply Boost Favourite Bookmark", inside, clean.Drop, "button-row"},
		{"button-row leaves a name run together with a button's word", "ShareThis", inside, clean.Keep, "context"},
		{"button-row leaves a number after other words", "Reply Quote Report Chapter 3", inside, clean.Keep, "context"},
		{"button-row drops buttons each with its count", "Like 24 Reply 3 Report", inside, clean.Drop, "button-row"},
		{"button-row leaves a count before the buttons", "24 Like Report", inside, clean.Keep, "context"},
		{"nav-label drops a prompt to get the app", "Download the app", after, clean.Drop, "nav-label"},
		{"nav-label drops a text size control", "Text size", inside, clean.Drop, "nav-label"},
		{"site-notice drops a shop's currency notice", "You are now shopping in the currency AUD", before, clean.Drop, "site-notice"},
		{"nav-label drops a free-shipping threshold", "Free Shipping Over £149", before, clean.Drop, "nav-label"},
		{"list-control drops a shop's count of results", "Showing all 39 results", before, clean.Drop, "list-control"},
		{"call-to-action drops a row of trial and demo buttons", "Start free trial Get a demo", before, clean.Drop, "call-to-action"},
		{"advert drops a sponsor's label", "in partnership with", before, clean.Drop, "advert"},
		{"post-meta drops a poster's badge as the thread's starter", "Ejp55230 Discussion starter", inside, clean.Drop, "post-meta"},
		{"nav-label drops a screen reader's heading of a menu", "Brand Navigation", before, clean.Drop, "nav-label"},
		{"nav-label drops skip links", "skip to main | skip to sidebar", before, clean.Drop, "nav-label"},
		{"nav-label drops a cart's free shipping threshold", "Spend $100 more to get free shipping!", before, clean.Drop, "nav-label"},
		{"sign-in drops a prompt to log in", "Have an account?", before, clean.Drop, "sign-in"},
		{"comments drops a comment count", "12 Comments", after, clean.Drop, "comments"},
		{"tags drops a tag line", "TAGGED:TrendingWall Street Publication", after, clean.Drop, "tags"},
		{"tags drops a question's link to others with its tags", "See similar questions with these tags.", inside, clean.Drop, "tags"},
		{"tags leaves a sentence about topics", "Topics discussed included trade, security and the climate.", inside, clean.Keep, "sentence"},
		{"prev-next drops a link to the previous article", "Previous Article Trump’s legacy lives on despite Biden’s numerous failures", after, clean.Drop, "prev-next"},
		{"prev-next drops a pager's count of pages", "Page 2 of 13", inside, clean.Drop, "prev-next"},
		{"prev-next drops a pager's count with its link", "Page 1 of 2 Next", inside, clean.Drop, "prev-next"},
		{"prev-next drops a pager's numbers and its link", "1 2 3 … 52 Next", inside, clean.Drop, "prev-next"},
		{"prev-next leaves numbers with other words", "Next 2 to 3 weeks", inside, clean.Keep, "context"},
		{"prev-next leaves a quotation in guillemets", "« Travail soigné et équipe très sympathique. » — Sophie, Villeurbanne", inside, clean.Keep, "context"},
		{"prev-next drops a link to the previous article in French", "« Article précédent", inside, clean.Drop, "prev-next"},
		{"prev-next leaves a name quoted in a title", "Exposition « Lumières du Rhône »", inside, clean.Keep, "context"},
		{"prev-next drops a pager's arrows at both ends", "« Précédent Suivant »", inside, clean.Drop, "prev-next"},
		{"prev-next leaves a heading quoted in German guillemets", "«Storming the Sazerac»", inside, clean.Keep, "context"},
		{"prev-next drops a link to the previous page in German", "« Zurück", inside, clean.Drop, "prev-next"},
		{"prev-next drops a pager's numbers in guillemets after a link", "Lire la suite « Précédent 1 2 3 Suivant »", inside, clean.Drop, "prev-next"},
		{"prev-next leaves a line about the next page", "Page 3 next to the index", inside, clean.Keep, "context"},
		{"prev-next leaves a sentence about a page", "Page 3 of the report shows that the plan failed in 2019.", inside, clean.Keep, "prose"},
		{"prev-next leaves a short line about a page", "Page 3 of report", inside, clean.Keep, "context"},
		{"list-control drops a list's sort control", "Sort by: Newest first", inside, clean.Drop, "list-control"},
		{"list-control drops a thread's sort control without its colon", "Sort by Oldest first", inside, clean.Drop, "list-control"},
		{"list-control drops a row of a thread's sort options", "Oldest first Newest first Most reactions", inside, clean.Drop, "list-control"},
		{"nav-label drops buttons printed side by side", "Add to cartAdd to wishlist", inside, clean.Drop, "nav-label"},
		{"nav-label leaves a name written in camel case", "PlayStation", inside, clean.Keep, "context"},
		{"list-control leaves a sentence that sorts", "Sort by date first, then by name, and the list reads in the order the clerk filed it.", inside, clean.Keep, "prose"},
		{"name-list drops a photo credit", "Jason Cipriani/ZDNet", inside, clean.Drop, "name-list"},
		{"name-list drops a menu", "About / Advertise / Tip Us / Contact", inside, clean.Drop, "name-list"},
		{"name-list drops a menu whose entries are in sentence case", "Forums | What's new | Members | Log in | Register", inside, clean.Drop, "name-list"},
		{"name-list drops a menu in a script without case", "首页 | 论坛 | 搜索 | 登录 | 注册", inside, clean.Drop, "name-list"},
		{"name-list drops a menu in Arabic", "الرئيسية | أخبار | رياضة | اتصل بنا", inside, clean.Drop, "name-list"},
		{"name-list leaves a headline and its site in a script without case", "小办公室应该买哪款硬盘 | 数码论坛", inside, clean.Keep, "context"},
		{"name-list leaves a table's row of names in sentence case", "George H. Hitchings | Naguib Mahfouz | United Nations peacekeeping forces | Maurice Allais", inside, clean.Keep, "context"},
		{"name-list leaves a headline and its site in sentence case", "Council approves the bridge | Daily Planet", inside, clean.Keep, "context"},
		{"name-list drops a menu of many short entries in lower case", "Hacker News new | past | comments | ask | show | jobs | submit", inside, clean.Drop, "name-list"},
		{"name-list leaves a table's row of padded cells", "   title   | did |   name   | date prod |  kind", inside, clean.Keep, "context"},
		{"name-list leaves a syntax's marked alternatives", "Syntax: server_tokens `on` | `off` | `build` | `string`;", inside, clean.Keep, "context"},
		{"name-list leaves two terms joined after the first word", "Monitoring/Controlling", inside, clean.Keep, "context"},
		{"name-list leaves two acronyms joined", "Seamless UX/UI Design", inside, clean.Keep, "context"},
		{"name-list leaves a model's number", "Fluke 43B/003 Power Quality Analyzer", inside, clean.Keep, "context"},
		{"name-list leaves a comment in code", "// Act", inside, clean.Keep, "context"},
		{"name-list leaves a nutrition table's fields", "Calories: 412kcal | Protein: 38g | Fat: 26g", inside, clean.Keep, "context"},
		{"name-list leaves a nutrition table's fields without colons", "Energie 520 kcal | Eiwit 32 g | Vet 24 g | Koolhydraten 41 g", inside, clean.Keep, "context"},
		{"name-list drops dates and names after them", "Ratgeber // Community Editions // März 2017", inside, clean.Drop, "name-list"},
		{"name-list drops names after a label with a number", "Euro 2020: Germany/England/France/Belgium", inside, clean.Drop, "name-list"},
		{"name-list leaves a label with an empty cell", "Default: |", inside, clean.Keep, "context"},
		{"name-list drops a site's name before its slashes", "Pierce Freeman//", before, clean.Drop, "name-list"},
		{"breadcrumb drops a trail", "Home > News > World", before, clean.Drop, "breadcrumb"},
		{"breadcrumb drops a trail of one step from the front page", "Home > Local news", before, clean.Drop, "breadcrumb"},
		{"breadcrumb leaves a manual's path through a menu", "Open File > Save As", inside, clean.Keep, "context"},
		{"breadcrumb leaves one step after another word", "Pages > Local news", inside, clean.Keep, "context"},
		{"breadcrumb leaves a flow drawn with arrows", "Working Directory → Staging Area → Git Repository", inside, clean.Keep, "context"},
		{"breadcrumb leaves a table row of ratios", "1 Chicago Booth School of Business 1 37% / 40% 30% 48% 3.6 729 $175,000 2 Kellogg School of Management 3 38% / 48% 31% 38% 3.7 729", inside, clean.Keep, "context"},
		{"breadcrumb leaves a condition", "ERR_OUT_OF_RANGE is thrown if targetStart < 0, sourceStart < 0, targetEnd > target.byteLength, or sourceEnd > source.byteLength.", inside, clean.Keep, "context"},
		{"breadcrumb leaves a heading that names calls", "Mismatched free() / delete / delete []", inside, clean.Keep, "context"},
		{"breadcrumb leaves a formula", "Return = (Resale value / Project cost) x 100 = ($5,000 / $10,000) x 100 = 50%", inside, clean.Keep, "context"},
		{"copyright drops a notice", "© 2024 The Wall Street Publication. All Rights Reserved.", after, clean.Drop, "copyright"},
		{"copyright drops a notice with a (c) and its year", "(c) 2019 The Daily Planet", after, clean.Drop, "copyright"},
		{"copyright leaves an enumeration's third item", "(c) the council must publish the plans for the bridge and hear the residents of both banks before the vote in March.", inside, clean.Keep, "prose"},
		{"copyright drops a long notice", "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.", after, clean.Drop, "copyright"},
		{"copyright leaves a paragraph that comes to copyright", "The writer spent a year in prison, as he told the audience at the book fair on Friday. He spoke of fear, of the court, and of the copyright to the letters he wrote there.", inside, clean.Keep, "prose"},
		{"copyright drops a notice inside the article", "@ 2021 HNGN, All rights reserved. Do not reproduce without permission.", inside, clean.Drop, "copyright"},
		{"copyright drops a notice whose sign follows the word", "Copyright©2024 Kaden Hotels", after, clean.Drop, "copyright"},
		{"copyright leaves a letter decoded in the wrong encoding", "The buffer now prints this is a tÃ©st instead of the word it was given.", inside, clean.Keep, "prose"},
		{"copyright leaves a licence's clause", "The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.", inside, clean.Keep, "prose"},
		{"copyright leaves a sentence that speaks of copyright", "Clips of film characters have sparked alarm within Hollywood over copyright infringement.", inside, clean.Keep, "prose"},
		{"copyright leaves a long sentence that speaks of copyright", "For both ethical and legal reasons, all materials in your course must be accessible and meet copyright and fair use requirements.", inside, clean.Keep, "prose"},
		{"copyright drops a credit that opens with the word", "Image copyright Getty Images", inside, clean.Drop, "copyright"},
		{"copyright drops a notice that opens with the word", "Copyright The Daily Planet", after, clean.Drop, "copyright"},
		{"copyright leaves a sentence that opens with the word", "Copyright law protects original works of authorship, but it has long allowed some copying for purposes such as criticism, research and teaching.", inside, clean.Keep, "prose"},
		{"copyright leaves a heading that opens with the word", "Copyright Complexity in a Fragmented World", inside, clean.Keep, "inside-article"},
		{"copyright drops a notice whose (C) follows the word", "All the articles and pictures of this magazine are protected by the law and may not be copied or distributed without our written permission Copyright (C) Entermedia", after, clean.Drop, "copyright"},
		{"advert drops an ad slot", "Advertisement", inside, clean.Drop, "advert"},
		{"image-credit drops a photo credit", "Photo: Damian Dovarganes, AP", inside, clean.Drop, "image-credit"},
		{"image-credit drops a gallery's control", "1 / 14 Show all photos", inside, clean.Drop, "image-credit"},
		{"image-credit drops a caption's parenthesised credit", "The mayor opens the new bridge over the river on Tuesday morning. (Photo: Jane Doe)", inside, clean.Drop, "image-credit"},
		{"image-credit drops a credit that a longer word of a label opens", "The mayor opens the new bridge over the river on Tuesday morning. (Photograph: Jane Doe/Reuters)", inside, clean.Drop, "image-credit"},
		{"image-credit drops a headline's label of photos", "Residents gather on the pier to meet the first ferry in forty years (Photos)", inside, clean.Drop, "image-credit"},
		{"image-credit leaves a label's word inside a sentence", "Each child element represents either a static image (IMAGE) or an interactive component, and the root element gives the design's native resolution in pixels.", inside, clean.Keep, "prose"},
		{"image-credit leaves a longer word that opens with a label", "In the Army I served as a 35G (Imagery analyst), and on my transition I earned a commendation medal for my work on the team.", inside, clean.Keep, "prose"},
		{"image-credit drops an avatar's alt text", "Aaronut's user avatar", inside, clean.Drop, "image-credit"},
		{"image-credit leaves a sentence about avatars", "Click the user avatar at the top of any page to change it.", inside, clean.Keep, "prose"},
		{"image-credit drops an avatar's alt text before its poster's name", "Avatar for Andrew97", inside, clean.Drop, "image-credit"},
		{"image-credit drops a long description of a picture", "Front view of the new bridge over the river at dusk, with its two lanes in each direction and the cycle path on its northern side, image captured from the eastern bank", inside, clean.Drop, "image-credit"},
		{"image-credit drops a photographer's shot", "Close-up, front view of the old ferry's wheelhouse, its brass wheel polished and the harbour behind it", inside, clean.Drop, "image-credit"},
		{"image-credit leaves a sentence that opens with a photo", "A photo of the old ferry, taken by a passenger in 1962, shows the wheelhouse that the council now wants to keep in the town's museum when the bridge opens next year, said the curator, who has asked residents for more pictures.", inside, clean.Keep, "prose"},
		{"image-credit leaves a sentence about choosing an avatar", "Choosing an avatar for your profile takes a minute on the settings page of your account.", inside, clean.Keep, "prose"},
		{"image-credit drops a slideshow's placeholder", "This slideshow requires JavaScript.", inside, clean.Drop, "image-credit"},
		{"image-credit drops a photo's description", "Overhead shot of bowl of baked ziti drizzled with Parmesan cream", inside, clean.Drop, "image-credit"},
		{"image-credit drops a close-up's description", "Close-up of businessman working in creative office", inside, clean.Drop, "image-credit"},
		{"image-credit drops a portrait's description", "headshot of female personal trainer wearing blue polo", inside, clean.Drop, "image-credit"},
		{"image-credit drops a quote icon's alt text", "Quote Mark", inside, clean.Drop, "image-credit"},
		{"image-credit drops a check icon's alt text", "Checkmark", inside, clean.Drop, "image-credit"},
		{"image-credit leaves a paragraph that opens on a close-up", "Close-up of a tired face, the film's last shot lingers for almost a minute before the credits, and many in the audience stayed seated until the lights came on.", inside, clean.Keep, "prose"},
		{"image-credit leaves a sentence about slideshows", "This slideshow requires JavaScript to play, the museum said, and visitors can also see it in the hall.", inside, clean.Keep, "inside-article"},
		{"image-credit drops a picture's source", "Image from Becca's October 2024 Stitch Fix Review.", inside, clean.Drop, "image-credit"},
		{"image-credit drops a caption that places people", "From left: the mayor, the engineer and the ferry captain at the opening of the bridge on Friday.", inside, clean.Drop, "image-credit"},
		{"image-credit leaves an order from left to right", "When more than two tables are joined in a query, the joins are processed in order from left to right, as the standard requires.", inside, clean.Keep, "prose"},
		{"image-credit drops an agency photo's caption", "New York Islanders' Brock Nelson puts the winning goal behind the goaltender during a game in Pittsburgh, Tuesday, Nov. 19, 2019. (AP Photo/Gene J. Puskar)", inside, clean.Drop, "image-credit"},
		{"image-credit drops a caption by its date", "A shopper looks at extension cords at a hardware store, Tuesday, Nov. 19, 2019, in Grass Valley, Calif., before the power shutdown.", inside, clean.Drop, "image-credit"},
		{"image-credit leaves an announcement of a date", "The institute will open its enrolment for the new courses on Wednesday, Dec. 17, 2025, and classes begin in January.", inside, clean.Keep, "prose"},
		{"image-credit leaves a sentence with a date", "The council will vote again on Tuesday, when the members who were absent on Nov. 19 have returned.", inside, clean.Keep, "prose"},
		{"image-credit leaves a sentence about a photograph", "The photograph, taken in 1936, shows the family outside their home.", inside, clean.Keep, "prose"},
		{"image-credit drops an alt text printed as a line", "Screenshot of a web design tool showing a gallery's website with a navigation sidebar on the left.", inside, clean.Drop, "image-credit"},
		{"image drops a w3m image", "[Portrait of the mayor at the council meeting]", inside, clean.Drop, "image"},
		{"image drops html2text's icon, emphasis around nothing", "  * __", inside, clean.Drop, "image"},
		{"image leaves a thematic break", "* * *", inside, clean.Keep, "inside-article"},
		{"image drops html2text's empty heading", "###", inside, clean.Drop, "image"},
		{"image drops a long alt text given twice, which reads as prose", "Workers in orange vests unload steel beams from a truck parked on the far bank of the river, beside the old ferry landing.Workers in orange vests unload steel beams from a truck parked on the far bank of the river, beside the old ferry landing.", inside, clean.Drop, "image"},
		{"image drops a teaser's title after its picture's", "Seven bridges that changed the way the city moves Seven bridges that changed the way the city moves Seven bridges that changed the way the city moves", after, clean.Drop, "image"},
		{"image leaves a paragraph that says its sentence again and again", "We will meet at the bridge at dawn. We will meet at the bridge at dawn. We will meet at the bridge at dawn. We will meet at the bridge at dawn.", inside, clean.Keep, "prose"},
		{"prose leaves a shop card with w3m's radio buttons", "More optionsBILLY( )Option: BILLY, Bookcase, white, 31 1/2x11x79 1/2 \"A white BILLY bookcase with adjustable shelves, perfect for storing books and displaying decorations in the living room.", before, clean.Drop, "outside-article"},
		{"form-widget drops a w3m field", "[                    ]", before, clean.Drop, "form-widget"},
		{"form-widget leaves a line of code after a toggle's box", "[ ]const { spawn } = require('node:child_process');", inside, clean.Keep, "context"},
		{"image drops an embedded frame as lynx names it", "IFRAME: [418]likes-master", inside, clean.Drop, "image"},
		{"form-widget drops lynx's button", "(BUTTON) Search", inside, clean.Drop, "form-widget"},
		{"form-widget drops lynx's text field", "Email (Required) ____________________", inside, clean.Drop, "form-widget"},
		{"form-widget leaves a rule of underscores, a post's over its signature", "__________", inside, clean.Keep, "inside-article"},
		{"form-widget leaves a sentence with a blank to fill in", "The form asks for the name of the owner, ____________________, and the date of the sale.", inside, clean.Keep, "prose"},
		{"picture-file drops a picture's file name", "20130104-235771-chicken-penne-vodka-sauce-edit.jpg", inside, clean.Drop, "picture-file"},
		{"radio-buttons drops a sort control", "(*)Hot( )Top( )Controversial( )New( )Old", inside, clean.Drop, "radio-buttons"},
		{"radio-buttons drops a quiz's answer", "( ) Fully integrated with business planning and decision-making", inside, clean.Drop, "radio-buttons"},
		{"radio-buttons leaves a footnote's mark", "Prices (*) include value added tax and the cost of delivery to any address in the country.", inside, clean.Keep, "prose"},
		{"nav-label drops a page control", "Back to top", inside, clean.Drop, "nav-label"},
		{"nav-label drops a video's play button", "Play Video", inside, clean.Drop, "nav-label"},
		{"nav-label drops a link to the site's notices alone on its line", "Contact Us", inside, clean.Drop, "nav-label"},
		{"read-time drops a reading time", "4 Min Read", before, clean.Drop, "read-time"},
		{"read-time drops a reading time written out", "21 Minutes to Read", before, clean.Drop, "read-time"},
		{"nav-menu drops a menu entry outside the article", "  • Real Estate", before, clean.Drop, "nav-menu"},
		{"nav-menu leaves a list item inside the article", "  • Bridge Street Crossing", inside, clean.Keep, "inside-article"},
		{"nav-menu leaves a list item that names no thing", "  • Three lanes for cars", inside, clean.Keep, "context"},
		{"nav-menu leaves a list item with a word in lower case after a capital stopword", "  • England (Group A): 10th appearance", inside, clean.Keep, "context"},
		{"nav-menu drops a menu entry that names a brand", "  • Chick-fil-A Donations", before, clean.Drop, "nav-menu"},
		{"nav-menu leaves a numbered item: menus are not numbered", " 1. Real Estate", before, clean.Drop, "outside-article"},
		{"link-dense drops a markdown link", "[Weather forecast](https://example.com/weather)", before, clean.Drop, "link-dense"},
		{"link-dense drops a row of linked teasers, whose titles have a paragraph's words", "[ ![](https://example.com/a.jpg) Fares rise again as the airline adds three new routes to the islands ](/a) [ ![](https://example.com/b.jpg) The airport opens its new terminal to passengers after two years of work ](/b)", after, clean.Drop, "link-dense"},
		{"label drops a site name outside the article", "The Daily Planet", before, clean.Drop, "label"},
		{"label leaves a subheading inside the article", "Officials Expect Delays", inside, clean.Keep, "context"},
		{"byline drops an author line", "By Jamelle Bouie", before, clean.Drop, "byline"},
		{"contact-line drops an e-mail address", "Tips? Write to jane.doe@example.com", after, clean.Drop, "contact-line"},
		{"contact-line leaves a poster's fediverse handle", "Ben Ito @ben@mastodon.social replied on the incremental builds, not the headers", inside, clean.Keep, "context"},
		{"byline drops an author line with its date", "By Jamelle Bouie, March 3, 2024, 10:40 am", before, clean.Drop, "byline"},
		{"byline drops a blog's byline with its labelled dates and count", "By Jenna Cole · Published: Mar 4, 2026 · Updated: Mar 10, 2026 · 42 Comments", before, clean.Drop, "byline"},
		{"byline drops a labelled author line", "Written by Maya Perez", before, clean.Drop, "byline"},
		{"byline leaves a title that opens with a label's word", "Author talk: Writing about rivers", inside, clean.Keep, "context"},
		{"byline leaves a long line that opens with By and labels nothing", "By March 4, 2026 the council will have spent more than 42 million on the bridge", inside, clean.Keep, "context"},
		{"author-bio drops the box heading", "About the Author", after, clean.Drop, "author-bio"},
		{"author-bio drops the bio", "Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review, and a senior staff member with a space consulting firm.", after, clean.Drop, "author-bio"},
		{"author-bio leaves a sentence about a reporter", "The new mayor is a former reporter for the Gazette, and she said on Monday that the paper would stay open.", inside, clean.Keep, "prose"},
		{"author-bio drops a box heading that names the author", "About Moritz Bachmann", after, clean.Drop, "author-bio"},
		{"author-bio leaves a menu's entry", "  • About Us", before, clean.Drop, "nav-menu"},
		{"author-bio leaves a heading about the page's own subject", "About This Game", inside, clean.Keep, "context"},
		{"author-bio leaves a sentence that starts with about", "About 200 people came to the meeting.", inside, clean.Keep, "sentence"},
		{"comments drops a reply form's heading and its cancel link", "Leave a Reply Cancel reply", after, clean.Drop, "comments"},
		{"site-notice drops the comment form's note", "Your email address will not be published. Required fields are marked *", after, clean.Drop, "site-notice"},
		{"newsletter drops a reader-supported publication's pitch", `Dan Davies - "Back of Mind" is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.`, after, clean.Drop, "newsletter"},
		{"site-notice drops a blog platform's credit", "Proudly powered by WordPress", after, clean.Drop, "site-notice"},
		{"site-notice drops a wiki's note on its page width", "The content is as wide as possible for your browser window.", before, clean.Drop, "site-notice"},
		{"placeholder drops a forum's notice to an old browser", "You should upgrade or use an alternative browser.", before, clean.Drop, "placeholder"},
		{"placeholder drops a notice to a browser without JavaScript, inside the article", "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.", inside, clean.Drop, "placeholder"},
		{"placeholder drops a form's hidden error, inside the article", "Oops! Something went wrong while submitting the form.", inside, clean.Drop, "placeholder"},
		{"site-notice drops a forum's notice of a lost connection", "Looks like your connection to Windy Community was lost, please wait while we try to reconnect.", after, clean.Drop, "site-notice"},
		{"site-notice drops a forum's notice of a deleted topic", "This topic has been deleted. Only users with topic management privileges can see it.", before, clean.Drop, "site-notice"},
		{"site-notice drops a notice of an expired session", "Oops, we detected that your session has expired after a period of inactivity. Please enter your address to start again!", before, clean.Drop, "site-notice"},
		{"call-to-action drops a link's caption", "Learn more", after, clean.Drop, "call-to-action"},
		{"call-to-action leaves a sentence that starts with one", "Learn more about the bridge on the council's website, where the plans and the budget are published.", inside, clean.Keep, "prose"},
		{"call-to-action drops a newsletter form's button", "Sign Me Up!", after, clean.Drop, "call-to-action"},
		{"comments drops a blog's comment feed link", "Subscribe to: Post Comments (Atom)", after, clean.Drop, "comments"},
		{"placeholder drops a template's filler text", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", inside, clean.Drop, "placeholder"},
		{"comments drops a Q&A page's answer form prompt", "Thanks for contributing an answer to Seasoned Advice!", after, clean.Drop, "comments"},
		{"comments drops a newsletter platform's comment heading", "Discussion about this post", after, clean.Drop, "comments"},
		{"sign-in drops a prompt to log in before answering", "You must log in to answer this question.", after, clean.Drop, "sign-in"},
		{"nav-label drops a post's edit control", "Improve this answer", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's button", "Add to Cart", inside, clean.Drop, "nav-label"},
		{"nav-label drops the heading that names the footer to a screen reader", "Footer", inside, clean.Drop, "nav-label"},
		{"nav-label drops the footer's navigation heading", "Footer navigation", inside, clean.Drop, "nav-label"},
		{"nav-label drops a blog's heading over the links to the next and previous posts", "Post navigation", inside, clean.Drop, "nav-label"},
		{"nav-label drops the heading that names the sidebar", "Sidebar", inside, clean.Drop, "nav-label"},
		{"nav-label drops a link of the footer alone on its line", "Accessibility Statement", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's link to its returns", "Return Policy", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's button with its price", "Add to Cart - €549.99", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's button beside the next", "Add to cart More info", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop's shipping calculator", "Calculate Shipping", inside, clean.Drop, "nav-label"},
		{"nav-label drops a post's quote button", "Add to quote", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop card's preview button", "Quick view", inside, clean.Drop, "nav-label"},
		{"nav-label drops a shop card's other preview button", "Quick Shop", inside, clean.Drop, "nav-label"},
		{"nav-label drops a cart's subtotal label", "Subtotal", inside, clean.Drop, "nav-label"},
		{"nav-label drops a menu's control", "Dismiss site navigation", before, clean.Drop, "nav-label"},
		{"nav-label drops a menu's other control", "Skip navigation", before, clean.Drop, "nav-label"},
		{"sign-in drops the answer form's sign-up buttons", "Sign up using Email and Password", inside, clean.Drop, "sign-in"},
		{"newsletter drops a plea for support", "If you enjoyed reading this post, would you consider supporting our work? Just click here.", after, clean.Drop, "newsletter"},
		{"date-line drops a date", "Last updated: December 29, 2021 5:53 pm", before, clean.Drop, "date-line"},
		{"site-notice drops a page's last edit", "This page was last edited on 14 March 2024, at 10:12 (UTC).", after, clean.Drop, "site-notice"},
		{"date-line drops dates whose times end with p.m.", "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.", before, clean.Drop, "date-line"},
		{"date-line leaves a sentence that ends at a time", "The council will vote on the plan for the bridge at 6:45 p.m.", inside, clean.Keep, "prose"},
		{"date-line drops a time ago", "Asked 3 years ago", before, clean.Drop, "date-line"},
		{"date-line drops a time ago in German", "vor 2 Tagen", before, clean.Drop, "date-line"},
		{"date-line drops a time ago in Russian", "2 дня назад", before, clean.Drop, "date-line"},
		{"date-line leaves a sentence about years ago", "Twenty years ago the bridge was the only way across the river for the whole valley.", inside, clean.Keep, "prose"},
		{"teaser drops a cut summary", "Small cities that overwhelmingly voted for…", after, clean.Drop, "teaser"},
		{"no-letters drops a counter", "1 / 23", before, clean.Drop, "no-letters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := clean.Text(page(c.line, c.where))
			require.NoError(t, err)
			got := decision(t, res, c.line)
			assert.Equal(t, c.verdict, got.Verdict, "verdict, decided by %s (%s)", got.Rule, got.Detail)
			assert.Equal(t, c.rule, got.Rule, "rule")
		})
	}
}

// TestRulesKeepTheArticle checks the page the rule tests use: without an
// extra line, all four paragraphs stay and nothing else does.
func TestRulesKeepTheArticle(t *testing.T) {
	res, err := clean.Text(page("", -1))
	require.NoError(t, err)
	assert.Equal(t, "Council approves the new river bridge after a long debate", res.Title)
	assert.Equal(t, para1+"\n\n"+para2+"\n\n"+para3+"\n\n"+para4, res.Body)
}

func TestRepeatedLine(t *testing.T) {
	doc := "Sections\nWorld\n\n" + para1 + "\n\n" + para2 + "\n\nSections\nWorld\n\n© 2025 The Daily Planet\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	assert.Equal(t, "repeated", res.Lines[0].Rule)
	assert.Equal(t, clean.Drop, res.Lines[0].Verdict)
}

func TestWithoutRules(t *testing.T) {
	doc := page("Twitter Email Copy Link Print", inside)
	res, err := clean.Text(doc, clean.WithoutRules("share-bar"))
	require.NoError(t, err)
	got := decision(t, res, "Twitter Email Copy Link Print")
	assert.Equal(t, clean.Keep, got.Verdict, "with share-bar off, a line between paragraphs stays")
	assert.Equal(t, "context", got.Rule)

	_, err = clean.Text(doc, clean.WithoutRules("share-bar", "no-such-rule"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no-such-rule")
}

func TestRulesAreListed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range clean.Rules() {
		assert.False(t, seen[r.Name], "rule %s listed twice", r.Name)
		seen[r.Name] = true
		assert.Contains(t, []string{"line", "page", "reason"}, r.Kind, r.Name)
		assert.NotEmpty(t, r.Doc, r.Name)
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, r.Name)
	}
	for _, name := range []string{"prose", "share-bar", "context", "article-span", "headline"} {
		assert.True(t, seen[name], name)
	}
}

// TestGluedOptionsAreNoProse: html2text prints a search form's select
// boxes with their options run together ("- Any -Head of the Department
// of PhysicsHead of the ..."), lines of thousands of words with the
// stopwords of prose. Words that run into each other are no running text:
// the article stays, and the options go.
func TestGluedOptionsAreNoProse(t *testing.T) {
	var opts strings.Builder
	opts.WriteString(`\- Any -`)
	for i := range 60 {
		fmt.Fprintf(&opts, "Head of the Department of %s at the University%d", []string{"Physics", "Chemistry", "Biology", "History"}[i%4], 2000+i)
	}
	doc := page("", after) + "\nSearch the site\n\n" + opts.String() + "\n"
	res, err := clean.Text(doc)
	require.NoError(t, err)
	for _, p := range []string{para1, para2, para3, para4} {
		assert.Contains(t, res.Body, p)
	}
	assert.NotContains(t, res.Body, "Head of the Department")
}

// TestRepeatedButton: a call to action under each of a page's teasers
// ("Learn more" three times) goes by repeated-button, strong, inside the
// article as well; once, it closes a section of the page's own and stays
// inside the article (call-to-action is weak).
func TestRepeatedButton(t *testing.T) {
	three := pageHead + para1 + "\n\nLearn more\n\n" + para2 + "\n\nLearn more\n\n" + para3 + "\n\nLearn more\n\n" + para4 + pageFoot
	res, err := clean.Text(three)
	require.NoError(t, err)
	n := 0
	for _, l := range res.Lines {
		if l.Text == "Learn more" {
			n++
			assert.Equal(t, clean.Drop, l.Verdict)
			assert.Equal(t, "repeated-button", l.Rule)
		}
	}
	assert.Equal(t, 3, n)

	res, err = clean.Text(page("Learn more", inside))
	require.NoError(t, err)
	got := decision(t, res, "Learn more")
	assert.Equal(t, clean.Keep, got.Verdict)
}

// A "READ MORE" that unfolds the text above it, a control whose class
// says so, is a button and not the heading of a block of related links:
// what follows it (a game's requirements under its description) stays.
// The same words in an element that names no control still head such a
// block.
func TestToggleIsNoRelatedBlock(t *testing.T) {
	page := func(toggle string) string {
		return `<html><body><nav><a href="/">Home</a> <a href="/games">Games</a></nav><main><h1>Harbour Pilot</h1><p>` + para1 + `</p><p>` + para2 + `</p>` +
			toggle + `<h2>System Requirements</h2><ul><li>Memory: 4 GB RAM</li><li>Storage: 60 GB available space</li></ul>
			<ul><li><a href="/a">A crossing in the fog</a></li><li><a href="/b">The ferry that never came</a></li></ul></main></body></html>`
	}
	res, err := clean.HTML(strings.NewReader(page(`<div class="page_autocollapse_readmore">READ MORE</div>`)))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "Storage: 60 GB available space")
	assert.NotContains(t, res.Body, "READ MORE")

	res, err = clean.HTML(strings.NewReader(page(`<div class="box-heading">READ MORE</div>`)))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "Storage: 60 GB available space")
}

// A program may give a line twice, or two lines that differ only in their
// symbols: neither is a copy to set aside, in HTML's <pre> or in text.
func TestCodeRepeatsItself(t *testing.T) {
	intro := `<p>` + para1 + `</p><p>The following declaration is illegal because field names must be unique in a struct type:</p>`
	code := "struct {\n\tT     // conflicts with embedded field *T and *P.T\n\t*T    // conflicts with embedded field T and *P.T\n}\n\nfunc twoprint() {\n\tgo doprint()\n\tgo doprint()\n}"
	res, err := clean.HTML(strings.NewReader(`<html><body><main>` + intro + `<pre>` + code + `</pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "\t*T    // conflicts with embedded field T and *P.T\n")
	assert.Contains(t, res.Body, "\tgo doprint()\n\tgo doprint()\n")

	grammar := "t.Mv(7)\nT.Mv(t, 7)\n(T).Mv(t, 7)\nf1 := T.Mv; f1(t, 7)"
	res, err = clean.HTML(strings.NewReader(`<html><body><main>` + intro + `<pre>` + grammar + `</pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, grammar)

	res, err = clean.Text(para1 + "\n\n" + code + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Contains(t, res.Body, "\tgo doprint()\n\tgo doprint()\n")
}

// A page with no strong chrome is kept whole, but in HTML a line whose
// element's class names chrome is not part of it: a short page of a book
// under its help popup, whose text no main container holds.
func TestHintedChromeOnCleanPage(t *testing.T) {
	page := `<html><body><div id="book-help-container"><div id="book-help-popup"><h2>Keyboard shortcuts</h2>
<p>Press S or / to search in the book</p><p>Press Esc to hide this help</p></div></div>
<div class="page"><h1>Error code E0455</h1><p>Some linking kinds are target-specific and not supported on all platforms.</p>
<p>Linking with kind=framework is only supported when targeting macOS, as frameworks are specific to that operating system.</p>
<pre><code>#[link(name = "FooCoreServices", kind = "framework")] extern "C" {}</code></pre>
<p>Learn more in the Conditional Compilation section of the Reference.</p></div></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Error code E0455", res.Title)
	assert.NotContains(t, res.Body, "Press Esc to hide this help")
	assert.Contains(t, res.Body, "Learn more in the Conditional Compilation section of the Reference.")
}

// A line of code is no photo's caption, whatever words of one it holds:
// "(left)" places a person in a picture, not a tree's branch.
func TestCodeIsNoCaption(t *testing.T) {
	code := "impl<T> TreeNode<T> {\n    pub fn traverse(&self, f: &mut impl FnMut(&T)) {\n        if let Some(left) = &self.left {\n            left.traverse(f);\n        }\n        f(&self.value);\n    }\n}"
	res, err := clean.HTML(strings.NewReader(`<html><body><main><p>` + para1 + `</p><pre><code>` + html.EscapeString(code) + `</code></pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, code)

	res, err = clean.Text(para1 + "\n\n" + code + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Contains(t, res.Body, code)
}

// In text, a line of code is no chrome's: a closure called print is no
// share button, and the reading of an HTML page's output, where the code
// is text, keeps it too.
func TestCodeIsNoChrome(t *testing.T) {
	code := "fn main() {\n    let color = String::from(\"green\");\n\n    // A closure to print `color` which immediately borrows `color`.\n    let print = || println!(\"`color`: {}\", color);\n\n    // Call the closure using the borrow.\n    print();\n\n    // `color` can be borrowed immutably again.\n    let _reborrow = &color;\n    print();\n}"
	res, err := clean.HTML(strings.NewReader(`<html><body><main><p>` + para1 + `</p><pre><code>` + html.EscapeString(code) + `</code></pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "    // Call the closure using the borrow.\n    print();\n")

	res, err = clean.Text(para1 + "\n\n" + code + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Contains(t, res.Body, "    // Call the closure using the borrow.\n    print();\n")

	// A licence header in a block of code is the code's comment, no
	// copyright notice (see codeComment); the site's notice still goes.
	src := "// Copyright 2024 The Go Authors. All rights reserved.\n// Use of this source code is governed by a BSD-style\n// license that can be found in the LICENSE file.\n\npackage main\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}"
	res, err = clean.HTML(strings.NewReader(`<html><body><main><p>` + para1 + `</p><pre><code>` + html.EscapeString(src) + `</code></pre><p>` + para2 + `</p></main><footer><p>` + footer + `</p></footer></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, src)
	assert.NotContains(t, res.Body, footer)
	indented := "    " + strings.ReplaceAll(src, "\n", "\n    ")
	res, err = clean.Text(para1 + "\n\n" + indented + "\n\n" + para2 + "\n\n" + footer + "\n")
	require.NoError(t, err)
	assert.Contains(t, res.Body, "    // Copyright 2024 The Go Authors. All rights reserved.\n")
	assert.NotContains(t, res.Body, footer)

	// A call shows no syntax of code but its "()": "Ok(())" is no "OK" button.
	main := "fn main() -> Result<(), Box<dyn Error>> {\n    let greeting_file = File::open(\"hello.txt\")?;\n\n    Ok(())\n}"
	res, err = clean.HTML(strings.NewReader(`<html><body><main><p>` + para1 + `</p><pre><code>` + html.EscapeString(main) + `</code></pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, main)

	// Nor is a method's call a row of buttons: "comment.save()" is not
	// "Comment Save", in a block of code or in its text as printed.
	save := "def check(comment):\n    if is_spam(comment):\n        comment.is_spam = True\n        comment.save()\n    return comment"
	res, err = clean.HTML(strings.NewReader(`<html><body><main><p>` + para1 + `</p><pre><code>` + html.EscapeString(save) + `</code></pre><p>` + para2 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, save)
	res, err = clean.Text(para1 + "\n\n" + save + "\n\n" + para2 + "\n")
	require.NoError(t, err)
	assert.Contains(t, res.Body, save)
}

// A picture's caption with its credit's address, under the picture's
// bracketed name, reads as a block of code to measure (a bracketed header
// and a "//"), but shows no syntax of its own: it is still a caption.
func TestCaptionWithAddressIsNoCode(t *testing.T) {
	caption := "A monorack train in a vineyard. Photo: Jane Doe, CC BY-SA 3.0, https://commons.wikimedia.org/w/index.php?curid=17679861"
	res, err := clean.Text(para1 + "\n\n[monorack-wiki-696x450]\n" + caption + "\n\n" + para2 + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.NotContains(t, res.Body, caption)
	assert.Contains(t, res.Body, para3)
}

// A block of text with addresses is no block of code (see
// TestCodeRepeatsItself): a logo's alt text over its copy in it is a copy.
func TestAltCopyBesideAddresses(t *testing.T) {
	block := "Anticipation Hub: https://www.anticipation-hub.org/ Wir vermitteln gern Expertinnen.\nPresse: https://www.example.org/presse\nDeutsches Rotes Kreuz e.V.DRK Logo\nDeutsches Rotes Kreuz e.V.DRK Logo"
	res, err := clean.Text(para1 + "\n\n" + para2 + "\n" + block + "\n\n" + para3 + "\n")
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(res.Body, "Deutsches Rotes Kreuz e.V.DRK Logo"), res.Body)
}

// A method's signature whose types are links to their pages is code, not
// a menu's line: documentation links every type it names.
func TestSignatureWithLinksIsNoMenu(t *testing.T) {
	sig := `<h4 class="code-header">pub fn <a class="fn" href="#method.new">new</a>() -&gt; <a class="struct" href="struct.HashMap.html">HashMap</a>&lt;K, V, <a class="struct" href="../hash/struct.RandomState.html">RandomState</a>&gt;</h4>`
	res, err := clean.HTML(strings.NewReader(`<html><body><main><h1>Struct HashMap</h1><div class="docblock"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>
		<div class="impl-items"><details open><summary><section class="method">` + sig + `</section></summary><div class="docblock"><p>` + para4 + `</p></div></details></div></main></body></html>`))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "pub fn new() -> HashMap<K, V, RandomState>")
}

// A tutorial gives a program again in each of its listings: the later
// listing keeps every line, the fields of a literal and a statement alone
// between blank lines among them.
func TestCodeListingsRepeat(t *testing.T) {
	listing := "impl<'a, T> LimitTracker<'a, T>\nwhere\n    T: Messenger,\n{\n    pub fn new(messenger: &'a T, max: usize) -> LimitTracker<'a, T> {\n        LimitTracker {\n            messenger,\n            value: 0,\n            max,\n        }\n    }\n\n    pub fn set_value(&mut self, value: usize) {\n        self.value = value;\n\n        let percentage_of_max = self.value as f64 / self.max as f64;\n\n        if percentage_of_max >= 1.0 {\n            self.messenger.send(\"Error: You are over your quota!\");\n        } else if percentage_of_max >= 0.9 {\n            self.messenger\n                .send(\"Urgent warning: You've used up over 90% of your quota!\");\n        }\n    }\n}"
	pre := `<pre><code>` + html.EscapeString(listing) + `</code></pre>`
	res, err := clean.HTML(strings.NewReader(`<html><body><main><h1>Interior Mutability</h1><p>` + para1 + `</p>` + pre + `<p>` + para2 + `</p>` + pre + `<p>` + para3 + `</p></main></body></html>`))
	require.NoError(t, err)
	assert.Equal(t, 2, strings.Count(res.Body, listing), res.Body)
}

// lynx indents every line: a photo's caption beside its picture's base64
// name, whose "==" reads as code's, is still a caption.
func TestIndentedCaptionBesidePicture(t *testing.T) {
	gif := "[gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==]"
	text := "   [32]Health\n\n[33]A Man Developed 'Feather Duvet Lung' After Getting New Bedding\n\n" +
		"   [34]" + gif + "\n   [35]Ed Cara\n   [36]Monday 6:30PM\n   •\n   [37]\n   Filed to:Weird medicine\n   438.3K\n   [38]\n   57\n   4\n   " + gif + "\n" +
		"   Duck fluff and feathers in the middle of a drying process after being\n   cleaned, in order to be used in duvets and jackets.Photo: Getty Images\n\n" +
		wrapped(para1) + "\n" + wrapped(para2) + "\n" + wrapped(para3)
	res, err := clean.Text(text)
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "Getty Images")
	assert.Contains(t, res.Body, "   Opponents had argued")
}

// wrapped returns s as lynx prints a paragraph: indented by three spaces,
// wrapped before 72 columns, and a blank line after it.
func wrapped(s string) string {
	var b strings.Builder
	line := "  "
	for _, w := range strings.Fields(s) {
		if len(line)+1+len(w) > 72 {
			b.WriteString(line + "\n")
			line = "  "
		}
		line += " " + w
	}
	b.WriteString(line + "\n\n")
	return b.String()
}

// TestTabHeadingStays: a product's tabs link to their panels on the page
// (href="#spec"), and each panel's heading repeats its tab's caption. The
// heading is the page's own, as a section's heading that a table of
// contents names is; it had gone as a repeated line.
func TestTabHeadingStays(t *testing.T) {
	page := `<html><head><title>Trail Kettle 1.2 L | Outdoor Shop</title></head><body>` +
		`<nav><ul>` + linkItems(5, "/c", "Category %d") + `</ul></nav><main><h1>Trail Kettle 1.2 L</h1>` +
		`<ul class="tabs"><li><a href="#desc">Description</a></li><li><a href="#spec">Specifications</a></li></ul>` +
		`<section id="desc"><h2>Description</h2><p>The kettle boils a litre of water in under four minutes on a small gas stove, and its folding handle locks over the lid so nothing rattles in a pack.</p>` +
		`<p>Its hard-anodised aluminium body resists scratches, and the spout pours without dripping even when the kettle is full to the brim.</p></section>` +
		`<section id="spec"><h2>Specifications</h2><ul><li>Capacity: 1.2 l</li><li>Weight: 210 g</li><li>Material: aluminium</li></ul></section>` +
		`</main><footer><p>© 2025 Outdoor Shop</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Trail Kettle 1.2 L", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "Description\n\nThe kettle boils"), res.Body)
	assert.Contains(t, res.Body, "\n\nSpecifications\n\n• Capacity: 1.2 l")
	assert.Equal(t, 1, strings.Count(res.Body, "Description"), "the tab goes, its panel's heading stays")
}

// TestDollarLettersPrice: a Brazilian shop's price under its product's name
// ("R$ 249,90 R$ 189,90 à vista", the old price struck through, then the
// price in cash), which its meta tags give, is kept as the page's price:
// "R$" had counted as a word, so the line said too much to state a price,
// and a reading of the output took it for a headline.
func TestDollarLettersPrice(t *testing.T) {
	page := `<html><head><title>Liquidificador Turbo 1200W | Casa Bela</title><meta property="product:price:amount" content="189.90"></head><body>` +
		`<nav><ul>` + linkItems(5, "/c", "Categoria %d") + `</ul></nav><main><h1>Liquidificador Turbo 1200W</h1>` +
		`<p class="price"><s>R$ 249,90</s> R$ 189,90 à vista</p><p>ou 10x de R$ 18,99 sem juros</p>` +
		`<section><h2>Descrição do produto</h2><p>O liquidificador tem motor de 1200 W e doze velocidades, além da função pulsar, para triturar gelo e frutas congeladas sem esforço.</p>` +
		`<p>A jarra de três litros é feita de copolímero resistente a impactos, e as lâminas de aço inox são removíveis, o que facilita a limpeza.</p></section>` +
		`</main><footer><p>© 2025 Casa Bela</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Liquidificador Turbo 1200W", res.Title)
	assert.True(t, strings.HasPrefix(res.Body, "R$ 249,90 R$ 189,90 à vista\n\n"), res.Body)
	assert.Contains(t, res.Body, "\n\nDescrição do produto\n\nO liquidificador")
}

// TestCardLabelTerms: a poster's card that gives its fields as a
// definition list ("Mensajes" over "12.450", "Posts" over "4,812") loses
// the values with their labels, as it does "Posts: 4,812" on one line; the
// number had stayed under the post's date in a Spanish thread.
func TestCardLabelTerms(t *testing.T) {
	for label, posts := range map[string][3]string{
		"Mensajes": {"Hola a todos. Tengo un Seat León de 2008 con doscientos mil kilómetros y voy a cambiar el aceite yo mismo por primera vez.",
			"Lo importante es que cumpla la norma del fabricante; la viscosidad que te ponían en el taller está bien para ese motor.",
			"Gracias. Al final compré el aceite homologado y el filtro, y ha ido todo bien."},
		"Posts": {"Hello all. I have a 2008 diesel estate with two hundred thousand kilometres and I am changing the oil myself for the first time.",
			"What matters is that it meets the maker's standard; the grade the garage used is fine for that engine.",
			"Thanks. In the end I bought the approved oil and a new filter, and it all went well."},
	} {
		page := `<html><head><title>Oil for a 2008 diesel</title></head><body><nav><ul>` + linkItems(4, "/f", "Forum %d") + `</ul></nav><h1>Oil for a 2008 diesel</h1><ol id="posts">`
		for n, post := range posts {
			page += fmt.Sprintf(`<li class="postbit"><div class="posthead"><span class="date">1%d/03/2025, 19:4%d</span> #%d</div>`, 4+n, n, n+1) +
				fmt.Sprintf(`<div class="userinfo"><a class="username" href="/u/%d">user_%d</a><dl><dt>%s</dt><dd>%d.4%d0</dd></dl></div>`, n, n, label, 12+n, n) +
				`<div class="content"><blockquote class="postcontent">` + post + `</blockquote></div></li>`
		}
		page += `</ol><div id="footer"><p>Powered by vBulletin® Copyright ©2000 - 2025</p></div></body></html>`
		res, err := clean.HTML(strings.NewReader(page))
		require.NoError(t, err)
		for n, post := range posts {
			assert.Contains(t, res.Body, post, label)
			assert.NotContains(t, res.Body, fmt.Sprintf("%d.4%d0", 12+n, n), label)
		}
	}
}

// TestButtonsInHTML: a product's buy box, a label beside its buttons,
// between its price and its description, is a form's widget and goes
// (see decide's buttons), though no row of whole phrases matches it; an
// FAQ's questions, each a button that unfolds its answer, stay; a form's
// button goes as the form's.
func TestButtonsInHTML(t *testing.T) {
	para := "The kettle boils a full litre of water in under four minutes, and its filter lifts out to rinse under the tap whenever scale builds up inside it."
	page := `<html><body><nav><a href="/a">Kitchen</a> <a href="/b">Home</a> <a href="/c">Sign in</a></nav><main><h1>Stainless Kettle KT-100</h1>
<div class="buy"><p>In stock</p><label>Finish</label> <button>Add to basket</button> <button>Save for later</button></div>
<div class="description"><p>` + para + `</p><form><button>Reserve one</button></form><p>` + para + `</p>
<h2>Questions</h2><div class="faq"><button class="accordion__trigger">Does the base turn all the way round</button><p>Yes: the base turns freely, so left- and right-handed users can lift the kettle as easily.</p>
<button aria-expanded="false">Can I boil less than a cup</button><p>The marks inside show a minimum of a quarter litre, below which the kettle switches off.</p></div></div>
</main><footer>© 2026 Kitchen Shop</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	d := decision(t, res, "Finish Add to basket Save for later")
	assert.Equal(t, clean.Drop, d.Verdict)
	assert.Equal(t, "buttons", d.Rule)
	for _, q := range []string{"Does the base turn all the way round", "Can I boil less than a cup"} {
		assert.Equal(t, clean.Keep, decision(t, res, q).Verdict, q)
	}
	// A form's button between two paragraphs goes as the form's: the
	// buttons rule, weak, does not outweigh it.
	d = decision(t, res, "Reserve one")
	assert.Equal(t, clean.Drop, d.Verdict)
	assert.Equal(t, "dom-region", d.Rule)
}

// TestTagLinks: a story's tags without their label, each a link to a
// tag's page, go (rule tag-links), in HTML and in html2text's markdown; a
// sentence that links to a tag's page among its words stays.
func TestTagLinks(t *testing.T) {
	para := "The council voted on Tuesday night to repair the old stone pier before the winter storms arrive, after a long debate about the future of the harbour."
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><main><article><h1>Council repairs the pier</h1>
<p>` + para + `</p><p>Read more about the <a href="/tag/harbour/">harbour</a> and its history, which the town museum has collected in a new exhibition this spring.</p><p>` + para + `</p>
<div class="labels"><a href="/tag/harbour/">Harbour</a> <a href="https://example.com/tag/storms/">Winter storms</a> <a href="/category/local/news">Local</a></div>
</article></main><footer>© 2026 Town Post</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	d := decision(t, res, "Harbour Winter storms Local")
	assert.Equal(t, clean.Drop, d.Verdict)
	assert.Equal(t, "tag-links", d.Rule)
	line := "Read more about the harbour and its history, which the town museum has collected in a new exhibition this spring."
	assert.Equal(t, clean.Keep, decision(t, res, line).Verdict)

	// The same in html2text's markdown, links and all: a question's tags,
	// a list of links to them under it.
	text := "[Home](/) [News](/news) [Sport](/sport)\n\n# Council repairs the pier\n\n" + para + "\n\n" +
		"  * [harbour](/tags/harbour)\n  * [winter storms](/tags/winter-storms)\n\n" + para + "\n\n© 2026 Town Post\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	for _, tag := range []string{"  * [harbour](/tags/harbour)", "  * [winter storms](/tags/winter-storms)"} {
		d := decision(t, res, tag)
		assert.Equal(t, clean.Drop, d.Verdict, tag)
		assert.Equal(t, "tag-links", d.Rule, tag)
	}
}

// TestDatedByline: a Chinese story's line under its headline that gives
// its date, then its source and author by their labels ("来源：", "作者："),
// goes as a byline, though its container's votes are for it.
func TestDatedByline(t *testing.T) {
	page := `<html lang="zh-CN"><head><meta charset="utf-8"><title>多地出台新政支持新能源汽车下乡_某某网</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/finance">财经</a> | <a href="/login">登录</a></div>
<div class="article"><h1>多地出台新政支持新能源汽车下乡</h1>
<div class="info">2024年3月12日 09:30　来源：某某日报　作者：李明</div>
<p>记者从多个省份了解到，今年以来，已有十余个省份出台政策，支持新能源汽车进入县乡市场。这些政策包括购车补贴、充电设施建设奖励以及延长质保期限等。</p>
<p>业内人士表示，农村地区充电基础设施不足仍是制约新能源汽车下乡的主要因素。多地计划在年内实现乡镇充电站全覆盖。</p></div>
<div class="foot">Copyright © 2024 某某网 版权所有</div></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	d := decision(t, res, "2024年3月12日 09:30 来源：某某日报 作者：李明")
	assert.Equal(t, clean.Drop, d.Verdict)
	assert.Equal(t, "byline", d.Rule)
	assert.Equal(t, "2024-03-12", res.Date)
}

// TestLinkedUnderLabel: a related link's label without its colon, then a
// link's title ("Mehr zum Thema" in bold over a link to another story,
// "CLICK HERE TO GET THE FOX NEWS APP"), goes between two paragraphs as
// "Read also: ..." does; a sentence that opens with the label's words and
// links a word of its own stays.
func TestLinkedUnderLabel(t *testing.T) {
	de := twoParagraphs["de"]
	page := func(line string) string {
		return `<html lang="de"><body><main><h1>Bahn kündigt neue Schnellverbindung an</h1><p>` + de[0] + `</p><div>` + line + `</div><p>` + de[1] + `</p></main><footer><p>© 2024 Zeitung</p></footer></body></html>`
	}
	res := cleanHTML(t, page(`<strong>Mehr zum Thema</strong> <a href="/n/1">Deutsche Bahn: Pünktlichkeit sinkt auf Rekordtief</a>`))
	d := decision(t, res, "Mehr zum Thema Deutsche Bahn: Pünktlichkeit sinkt auf Rekordtief")
	assert.Equal(t, clean.Drop, d.Verdict)
	assert.Equal(t, "related-link", d.Rule)

	line := `Mehr zum Thema wird die <a href="/bahn">Bahn</a> im Herbst berichten, wenn der Ausbau der Strecke abgeschlossen ist.`
	res = cleanHTML(t, page(line))
	assert.Equal(t, clean.Keep, decision(t, res, "Mehr zum Thema wird die Bahn im Herbst berichten, wenn der Ausbau der Strecke abgeschlossen ist.").Verdict)
}
