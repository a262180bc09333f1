package clean_test

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
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

// discoursePost is one post of a thread as Discourse prints it: its
// poster's name and its date on one line, as microdata marks them.
func discoursePost(author, datetime, date, text string) string {
	return fmt.Sprintf(`<div class="topic-post" itemscope itemtype="http://schema.org/DiscussionForumPosting">
<div class="topic-meta-data"><span class="creator" itemprop="author"><a href="/u/%s">%s</a></span> <span class="post-date"><time itemprop="datePublished" datetime="%s">%s</time></span></div>
<div class="cooked" itemprop="text"><p>%s</p></div><div class="post-links">2 curtidas</div></div>
`, author, author, datetime, date, text)
}

// A thread that prints each post's name and date on one line keeps the
// opening post's too: the span opens on it, and the line, content only by
// the post-head pass, had been trimmed as a line at the article's edge
// while the replies kept theirs. The body cleaned again is the same.
func TestThreadKeepsItsFirstPostHead(t *testing.T) {
	page := `<html lang="pt-BR"><head><title>Como configurar o backup automático no Nextcloud? - Suporte</title></head><body>
<header><a href="/">Comunidade Nuvem Livre</a> <button>Entrar</button></header>
<h1><a href="/t/512">Como configurar o backup automático no Nextcloud?</a></h1>
` + discoursePost("rafael_m", "2024-03-12T10:15:00Z", "12 de mar. de 2024", "Olá, pessoal! Tenho um servidor Nextcloud rodando em Docker e queria configurar um backup automático diário dos dados e do banco de dados, sem parar o serviço.") +
		discoursePost("juliana.dev", "2024-03-12T11:40:00Z", "12 de mar. de 2024", "Eu uso o modo de manutenção por alguns minutos durante a madrugada: o script faz o dump do banco, copia a pasta de dados com rsync e depois desliga a manutenção.") +
		discoursePost("rafael_m", "2024-03-13T08:05:00Z", "13 de mar. de 2024", "Funcionou perfeitamente, obrigado! Marquei a resposta como solução.") +
		`<footer><p>Powered by Discourse, best viewed with JavaScript enabled</p></footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	for _, head := range []string{"rafael_m 12 de mar. de 2024", "juliana.dev 12 de mar. de 2024", "rafael_m 13 de mar. de 2024"} {
		assert.Equal(t, clean.Keep, decision(t, res, head).Verdict, head)
	}
	assert.True(t, strings.HasPrefix(res.Body, "rafael_m 12 de mar. de 2024\n\nOlá, pessoal!"), res.Body)
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)
}

// fluxPost is one post of a thread as FluxBB prints it, with no
// microdata: its number and date over the poster's card, then its text.
func fluxPost(n int, date, author, posts, text string) string {
	return fmt.Sprintf(`<div class="blockpost"><h2><span><span class="conr">#%d</span> <a href="/viewtopic.php?pid=%d#p%d">%s</a></span></h2>
<div class="box"><div class="postleft"><dl><dt><strong>%s</strong></dt><dd class="usertitle"><strong>Member</strong></dd><dd><span>Registered: 2016-07-02</span></dd><dd><span>Posts: %s</span></dd></dl></div>
<div class="postright"><div class="postmsg">%s</div></div>
<div class="postfootleft"><p><span>Offline</span></p></div></div></div>
`, n, n, n, date, author, posts, text)
}

// A thread whose software marks no post in microdata keeps each post's
// date too, the first post's above the span included, where its posts
// follow each other in time; the posters' cards stay out. Teasers, the
// newest first, and a story's dateline over its text are no thread's,
// and keep no date.
func TestThreadKeepsItsPostDates(t *testing.T) {
	dates := []string{"2025-11-01 15:14:37", "2025-11-02 06:23:21", "2025-11-02 09:40:05", "2025-11-03 18:02:44"}
	texts := []string{
		"<p>According to the release page, why did the image grow so quickly from one year to the next, from about 800 MB to 1.4 GB, almost half of the growth in its whole history?</p>",
		"<p>The image changed its boot loader back to the one it used two years ago, which means the kernel and the initramfs need to be there twice; the rest is the usual growth of the kernel and its firmware with each release.</p>",
		"<p>Thank you, that explains it, and I had not noticed that the boot loader changed in the spring.</p>",
		"<p>The firmware alone grew by a third last year, so expect the next images to be bigger still unless it is split into packages.</p>",
	}
	page := `<html><head><title>Why is the image so big? / Discussion / Forums</title></head><body>
<div id="brdheader"><ul><li><a href="/">Index</a></li><li><a href="/userlist.php">User list</a></li><li><a href="/search.php">Search</a></li><li><a href="/register.php">Register</a></li><li><a href="/login.php">Login</a></li></ul></div>
<div class="linkst"><ul class="crumbs"><li><a href="/">Index</a></li><li>» <a href="/viewforum.php?id=23">Discussion</a></li><li>» <strong>Why is the image so big?</strong></li></ul></div>
<h1>Why is the image so big?</h1>
`
	for i := range dates {
		page += fluxPost(i+1, dates[i], []string{"chunix", "nl67", "chunix", "loqs"}[i], []string{"1", "710", "2", "41,212"}[i], texts[i])
	}
	page += `<div id="brdfooter"><p>Powered by FluxBB</p></div></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Why is the image so big?", res.Title)
	for i, date := range dates {
		l := decision(t, res, "#"+strconv.Itoa(i+1)+" "+date)
		assert.Equal(t, clean.Keep, l.Verdict, date)
		assert.Equal(t, "post-head", l.Rule, date)
	}
	for _, chrome := range []string{"Registered", "Posts:", "FluxBB", "User list"} {
		assert.NotContains(t, res.Body, chrome)
	}
	assert.Less(t, strings.Index(res.Body, dates[1]), strings.Index(res.Body, "The image changed"))

	// phpBB heads each post with a byline that gives the poster and the
	// date, more words than a date line holds.
	php := `<html><head><title>Season thread</title></head><body><div class="navbar"><ul class="nav"><li><a href="/">Board index</a></li><li><a href="/search.php">Search</a></li><li><a href="/ucp.php?mode=login">Login</a></li><li><a href="/ucp.php?mode=register">Register</a></li></ul></div>
<h2 class="topic-title">Season thread</h2>`
	bylines := []string{"by Outer Armatonis » Tue Aug 27, 2019 1:47 am", "by The Blaatschapen » Tue Aug 27, 2019 4:08 am", "by Minoa » Wed Aug 28, 2019 10:02 pm"}
	for i, b := range bylines {
		php += `<div class="post"><div class="postbody"><h3><a href="#p1">Re: Season thread</a></h3><p class="author">` + b + `</p><div class="content">` + texts[i] + `</div></div>
<dl class="postprofile"><dt>` + strings.Fields(b)[1] + `</dt><dd><strong>Posts:</strong> 1204</dd></dl></div>`
	}
	php += `<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></body></html>`
	res, err = clean.HTML(strings.NewReader(php))
	require.NoError(t, err)
	assertPostHeads(t, res, bylines...)

	teasers := strings.Replace(page, dates[0], "2025-11-04 10:00:00", 1)
	res, err = clean.HTML(strings.NewReader(teasers))
	require.NoError(t, err)
	for _, l := range res.Lines {
		assert.NotEqual(t, "post-head", l.Rule, l.Text)
	}

	story := `<html><body><nav><ul>` + linkItems(6, "/s", "Section %d") + `</ul></nav><main><h1>Bridge vote ends three years of debate</h1>
<p class="byline">By Jane Doe</p><p class="date">12 March 2026</p><p>` + para1 + `</p><p>Updated 13 March 2026</p><p>` + para2 + `</p><p>` + para3 + `</p></main>
<footer><p>` + footer + `</p></footer></body></html>`
	res, err = clean.HTML(strings.NewReader(story))
	require.NoError(t, err)
	for _, l := range res.Lines {
		assert.NotEqual(t, "post-head", l.Rule, l.Text)
	}
}

// cardPost is one post of a thread whose software marks no post in
// microdata: the poster's card (an avatar's initial, the name as a link
// to the profile, a post count), the date, the text and the post's
// buttons. over, when set, is a link the software prints over each
// post's card, and then the name is no link.
func cardPost(over, author, posts, date, text string) string {
	name := `<a href="/u/` + author + `">` + author + `</a>`
	if over != "" {
		name = `<strong>` + author + `</strong>`
	}
	return `<div class="post">` + over + `<div class="author"><div class="avatar"><a href="/u/` + author + `">` + author[:1] + `</a></div>
` + name + `<div>Posts: ` + posts + `</div></div>
<div class="date">` + date + `</div><div class="content"><p>` + text + `</p></div>
<div class="actions"><a href="#">Quote</a> <a href="#">Reply</a></div></div>
`
}

// A thread whose software marks no post in microdata keeps who wrote each
// post, the name over its date in the poster's card, as a link to the
// poster's profile: they had read as links, and the replies as unsigned.
// The rest of the card (the avatar's initial, the post count) stays out.
// A link that stands over every post's card ("Reply with quote") is no
// poster's name where the name links nowhere. The body cleaned again is
// the same.
func TestThreadKeepsItsPosters(t *testing.T) {
	authors := []string{"marek_k", "tomasz78", "marek_k"}
	posts := []string{"312", "1 045", "313"}
	dates := []string{"12 March 2024, 18:42", "12 March 2024, 20:15", "13 March 2024, 07:05"}
	texts := []string{
		"My car has done 187,000 km and the timing chain rattles for two or three seconds on a cold start. Has anyone changed it himself, and what did the parts cost?",
		"I did mine last year. The kit with the chain, the tensioner and the guides cost me about 600 zł, and you need the tool that locks the camshafts.",
		"Thanks, and is the original tensioner worth its price, or will a good copy do?",
	}
	thread := func(over string) string {
		page := `<html><head><title>Changing the timing chain – Car Forum</title></head><body>
<div id="top"><a href="/">Car Forum</a> <a href="/register">Register</a> <a href="/login">Log in</a></div>
<h1>Changing the timing chain</h1>
`
		for i := range authors {
			page += cardPost(over, authors[i], posts[i], dates[i], texts[i])
		}
		return page + `<div id="footer">Car Forum © 2003–2024. All rights reserved.</div></body></html>`
	}
	res, err := clean.HTML(strings.NewReader(thread("")))
	require.NoError(t, err)
	assertPostHeads(t, res, authors...)
	for _, chrome := range []string{"Posts:", "Quote Reply", "Register"} {
		assert.NotContains(t, res.Body, chrome)
	}
	assert.Less(t, strings.Index(res.Body, "tomasz78"), strings.Index(res.Body, dates[1]))
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)

	res, err = clean.HTML(strings.NewReader(thread(`<a href="/posting.php?mode=quote">Reply with quote</a>`)))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "Reply with quote")
}

// A thread's post heads, "von NAME » DATE", are bylines by their words.
// Where the byline rule reads one of them only (a one-word name, and a
// date without a year that it does not read), that one is no article's
// sole byline and stays with the others (see decide's soleByline): it had
// gone, and its post with no author.
func TestPostHeadsAreNoSoleByline(t *testing.T) {
	heads := []string{
		"von Klaus Berger » 04.03. um 21:14 Uhr",
		"von Heizungsbauer77 » 04.03. um 22:03 Uhr",
		"von Klaus Berger » 05.03. um 07:51 Uhr",
		"von Sabine Roth » 05.03. um 09:12 Uhr",
	}
	posts := []string{
		"Seit ein paar Wochen klopft unsere Gasheizung nachts gegen drei Uhr, immer etwa zehn Minuten lang. Hat jemand eine Idee, woran das liegen kann?",
		"Das klingt nach Luft im System oder nach einer Nachtabsenkung, bei der die Pumpe anläuft. Entlüften kostet nichts und hilft oft schon.",
		"Volltreffer, die Absenkung endet um drei. Ich habe gestern Abend alle Heizkörper entlüftet und heute Nacht war Ruhe.",
		"Falls es wiederkommt: Prüf auch den Anlagendruck. Unter einem Bar zieht die Anlage gern wieder Luft.",
	}
	text := "Heizung macht nachts Geräusche\n\n"
	for i := range heads {
		text += heads[i] + "\n\n" + posts[i] + "\n\n"
	}
	res, err := clean.Text(text)
	require.NoError(t, err)
	for _, h := range heads {
		assert.Equal(t, clean.Keep, decision(t, res, h).Verdict, h)
	}
}

// A thread's last replies, short lines under their dates ("Thank you this
// is helpful", twice), are its posts too: the span goes on over them up to
// the box that closes the thread.
func TestThreadKeepsItsShortReplies(t *testing.T) {
	text := "MS Forum\n\nStruggling with getting stronger\n\nEveryday living\n\n" +
		"hayley 2 May 2025 18:48 1\n\nI have had symptoms since late 2019 and was diagnosed in April 2024, and I get so confused about how hard to push myself at the gym each week.\n\n" +
		"alison 3 May 2025 09:21 2\n\nI think that setting expectations is important here, because exercise will not reverse the damage but it can help you keep what you have.\n\n2 Likes\n\n" +
		"kestrel 3 May 2025 09:46 3\n\nI agree, exercise will not undo the damage but by doing it now, many years of strength can be kept, and I just wish I had started decades ago.\n\n3 Likes\n\n" +
		"hayley 6 May 2025 17:41 4\n\nThank you this is helpful\n\n" +
		"hayley 6 May 2025 17:42 5\n\nThank you this is helpful\n\n1 Like\n\n" +
		"Related topics\n\nExercise - what works for you?   14   212   12 June 2015\n\nI need hope.   26   261   24 June 2014\n"
	res, err := clean.Text(text)
	require.NoError(t, err)
	assertPostHeads(t, res, "hayley 6 May 2025 17:41 4", "hayley 6 May 2025 17:42 5")
	assert.Equal(t, 2, strings.Count(res.Body, "Thank you this is helpful"), res.Body)
	assert.NotContains(t, res.Body, "Related topics")
	assert.NotContains(t, res.Body, "I need hope")
	assert.NotContains(t, res.Body, "1 Like")

	// A date over a name alone, as a question page signs an answer under
	// it, heads no reply.
	res, err = clean.Text(strings.Replace(text, "Related topics", "answered May 7, 2025 at 4:13\n\nuser77\n\nRelated topics", 1))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "user77")
}

// A question page (testdata/html/question-answers.html) signs each answer
// under it, after its buttons: "answered Jul 28, 2011 at 22:22 Ryan
// Lundy 210k". The last answer keeps its signature as the first does,
// though the span ended at its text (see decide's signatureBelow), and
// the line under it that sends the reader to other questions goes.
func TestLastAnswerKeepsItsSignature(t *testing.T) {
	res := cleanFixture(t, "html/question-answers.html")
	for _, keep := range []string{"answered May 29, 2009 at 18:13 Esko Luontola 82.3k", "answered Jul 28, 2011 at 22:22 Ryan Lundy 210k"} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	assert.NotContains(t, res.Body, "Not the answer you're looking for?")
	assert.NotContains(t, res.Body, "Improve this answer")
	assert.NotContains(t, res.Body, "Hot Network Questions")
}

// An issue tracker's page (testdata/html/issue.html) is its comments,
// each in an element classed "comment", the issue's report the first of
// them: the class names no comment section there (see source's
// unhintComments), and the report's first line and the last reply stay,
// with the comments' heads.
func TestIssuePageKeepsItsReport(t *testing.T) {
	res := cleanFixture(t, "html/issue.html")
	assert.Equal(t, "Crash when config file is empty #4521", res.Title)
	for _, keep := range []string{
		"lenam commented on Mar 3, 2024",
		"Starting the client with an empty tidewater.toml panics instead of using the defaults:",
		"Confirmed fixed in 2.3.2, thank you!",
	} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	for _, chrome := range []string{"Sign up for free to join this conversation", "Assignees", "Pull requests 12"} {
		assert.NotContains(t, res.Body, chrome)
	}
}

// A Russian thread in text (testdata/pages/forum-ru-cards.txt) prints each
// poster's card over the post's date: name, title, post count, joined.
// The titles and counts go as post-meta, and the first post keeps its
// date, right above the span that opens on its text, and its poster's
// name over the card, as the replies do (see decide's firstPostDate and
// firstPoster).
func TestFirstPostDateInText(t *testing.T) {
	res := cleanFixture(t, "pages/forum-ru-cards.txt")
	assert.Equal(t, "Стук гидрокомпенсаторов на холодную после замены масла", res.Title)
	for _, keep := range []string{"Сергей_К", "12 марта 2024, 08:41 #1", "12 марта 2024, 10:15 #2", "13 марта 2024, 19:02 #3"} {
		assert.Equal(t, clean.Keep, decision(t, res, keep).Verdict, keep)
	}
	for _, drop := range []string{"Участник", "Модератор", "Сообщений: 112", "Цитата  Ответить"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// A thread whose posts' dates give no year ("Mar 3", as Discourse prints
// them in the browser in the year they were written;
// testdata/html/thread-yearless.html, and testdata/pages/thread-yearless.txt
// as w3m prints it) keeps each post's poster and date, the opening post's
// too, over its text above the span (see decide's yearless and
// firstPoster). Such a date is no headline.
func TestYearlessPostDates(t *testing.T) {
	for _, file := range []string{"testdata/html/thread-yearless.html", "testdata/pages/thread-yearless.txt"} {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		var res *clean.Result
		if strings.HasSuffix(file, ".html") {
			res, err = clean.HTML(bytes.NewReader(b))
		} else {
			res, err = clean.Text(string(b))
		}
		require.NoError(t, err)
		assert.Equal(t, "Migrating from Postgres 14 to 16 with logical replication", res.Title, file)
		body := strings.ReplaceAll(res.Body, "\n\n", "\n")
		for _, head := range []string{"kmarsh\nMar 3\nI run a small", "pg_rhea\nMar 3\nLogical replication", "kmarsh\nMar 4\nThat did it"} {
			assert.Contains(t, body, head, file)
		}
		assert.NotContains(t, res.Body, "Related topics", file)
	}
}

// A thread laid out in a table (testdata/html/forum-table.html), each post
// a row of the poster's cell and a cell of its date, text and buttons: a
// short reply of one sentence ("Dank je, het lijkt inderdaad alleen bij
// vorst te gebeuren.", 48 letters) is a paragraph of its own, under its
// date, as the longer posts are; it had been glued to its poster's rank,
// date and buttons on the row's line (see source's proseCell). A
// specification's value that ends with an abbreviation's point stays on
// its row.
func TestShortReplyInLayoutTable(t *testing.T) {
	res := cleanFixture(t, "html/forum-table.html")
	assert.Contains(t, res.Body, "jvdberg\n\nmaandag 10 februari 2025 20:05\n\nDank je, het lijkt inderdaad alleen bij vorst te gebeuren.")

	specs := `<html><body><main><h1>Trail 25 Pack</h1><p>A pack for day hikes with room for a rain shell, lunch and a reservoir, and a hip belt that carries the weight.</p>
<table><tr><th>Capacity</th><td><p>25 liters</p></td></tr><tr><th>Weight</th><td><p>XS - XL: 1 lb. 13 oz.</p><p>XXL - 4XL: 1 lb. 14 oz.</p></td></tr><tr><th>Frame</th><td><p>Internal</p></td></tr></table>
<p>The hip belt pockets hold a phone, and the side pockets a bottle each, reachable without taking the pack off.</p></main></body></html>`
	res, err := clean.HTML(strings.NewReader(specs))
	require.NoError(t, err)
	assert.Contains(t, res.Body, "Weight | XS - XL: 1 lb. 13 oz. XXL - 4XL: 1 lb. 14 oz.")
}

// TestReviewPromptIsNoPoster: a shop's prompt to review its product, a
// link over the first review's stars ("Donner mon avis"), is no poster's
// name over that review's head: as a page control (nav-label), a button,
// it ends the search for one (see decide's cardName). It had been kept as
// a post's head; the reviews keep their own heads and texts.
func TestReviewPromptIsNoPoster(t *testing.T) {
	names := []string{"Sophie D.", "Marc L."}
	dates := []string{"14 février 2024", "2 mars 2024"}
	texts := []string{
		"Très jolie lampe, la lumière est vraiment douce le soir. Le rotin est bien fini, aucun brin qui dépasse.",
		"Conforme aux photos. Un peu plus petite que ce que j'imaginais, mais parfaite sur ma table de chevet.",
	}
	page := `<html><body><nav><a href="/">Accueil</a> <a href="/luminaires">Luminaires</a> <a href="/compte">Mon compte</a></nav><main>
<h1>Lampe à poser Lina en rotin</h1>
<p>Tressée à la main par des artisans indonésiens, la lampe Lina diffuse une lumière douce et chaleureuse qui dessine des motifs sur les murs. Son abat-jour en rotin naturel s'accorde aussi bien avec un intérieur bohème qu'avec une déco scandinave.</p>
<section class="reviews"><h2>Avis clients (12)</h2><a href="#avis" class="btn">Donner mon avis</a>`
	for i := range names {
		page += `<div class="review"><div class="stars">★★★★★</div><p class="author">` + names[i] + ` – ` + dates[i] + `</p><p>` + texts[i] + `</p></div>`
	}
	page += `</section></main><footer>© 2024 Maison Claire. Tous droits réservés.</footer></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "Donner mon avis")
	for i := range names {
		assert.Contains(t, res.Body, names[i]+" – "+dates[i])
		assert.Contains(t, res.Body, texts[i])
	}
}

// A phpBB thread as w3m prints it (testdata/pages/forum-it-phpbb.txt):
// each post's head names its poster in a label's line ("Messaggio da
// termotecnico » 14 mar 2024, 22:40"), a poster's name in lower case and
// a month in lower case too, which read as no byline; and the first
// post's head stands over its greeting ("Buonasera a tutti,") above the
// span. The replies' heads are posts' heads, the first post keeps its head
// and its greeting (see decide's byline and firstPostDate), and the card's
// rank and counts and the thread's controls go.
func TestPhpBBPostHeadsInText(t *testing.T) {
	res := cleanFixture(t, "pages/forum-it-phpbb.txt")
	assert.Equal(t, "Caldaia in blocco dopo il temporale", res.Title)
	assertPostHeads(t, res, "Messaggio da Gianni_Roma » 14 mar 2024, 21:12", "Messaggio da termotecnico » 14 mar 2024, 22:40", "Messaggio da Gianni_Roma » 15 mar 2024, 18:05")
	assert.Equal(t, clean.Keep, decision(t, res, "Buonasera a tutti,").Verdict)
	for _, drop := range []string{"    Moderatore", "    Messaggi: 6321", "Rispondi", "3 messaggi • Pagina 1 di 1", "Chi c’è in linea"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// A vBulletin thread as w3m prints it (testdata/pages/forum-de-vbulletin.txt):
// the posts are the items of a numbered list, each item's line its
// post's date ("2. 12.03.2024, 15:22 #2") and its text indented under it.
// The replies' dates are posts' heads (see decide's postItem); they had
// read as the article's lines, and the thread as no thread. The card's
// counts and the post's buttons go.
func TestVBulletinPostHeadsInText(t *testing.T) {
	res := cleanFixture(t, "pages/forum-de-vbulletin.txt")
	assert.Equal(t, "Heizung macht Klopfgeräusche nach Wartung", res.Title)
	assertPostHeads(t, res, " 2. 12.03.2024, 15:22 #2", " 3. 13.03.2024, 08:47 #3")
	for _, drop := range []string{"    Registriert seit", "    Zitieren Antworten Gefällt mir Beitrag melden", "Ähnliche Themen"} {
		assert.Equal(t, clean.Drop, decision(t, res, drop).Verdict, drop)
	}
}

// assertPostHeads checks that each of heads stays in res as a post's head.
func assertPostHeads(t *testing.T, res *clean.Result, heads ...string) {
	t.Helper()
	for _, head := range heads {
		d := decision(t, res, head)
		assert.Equal(t, clean.Keep, d.Verdict, head)
		assert.Equal(t, "post-head", d.Rule, head)
	}
}
