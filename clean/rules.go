package clean

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// class is what the classifier thinks a line is.
type class uint8

const (
	uncertain class = iota
	content
	chrome
)

// rule is a named vote over one line. vote returns a strength: positive for
// content, negative for chrome, zero for no opinion. The vote of strongest
// magnitude on the winning side names the reason for the line's verdict.
type rule struct {
	name string
	// doc is the one-line summary shown by Rules.
	doc string
	// strong chrome holds inside the article span too: a share bar between
	// two paragraphs is still a share bar. Weak chrome (a short line, a
	// bullet, a date) is only chrome outside the article.
	strong bool
	// barrier marks a section heading that ends the article when it comes
	// after it ("Related articles", "3 Comments").
	barrier bool
	vote    func(l *line, p *page) float64
	// detail, if set, says what the rule saw, for explanations: "link
	// density 0.82", "inside nav".
	detail func(l *line) string
}

// Vote strengths. A line whose votes sum to at least contentScore is content,
// at most -chromeScore chrome, and uncertain in between.
const (
	contentScore = 0.5
	chromeScore  = 0.5
)

// lineRules is the rule table, in priority order: when two rules vote with
// the same strength, the earlier one names the reason.
var lineRules = []rule{
	{name: "prose", doc: "a paragraph: long, with the stopwords of running text (or, in language-independent mode, long enough alone)", vote: prose},
	{name: "code", doc: "a line of a block of code: adjacent lines with assignments, braces, prompts", vote: code},
	{name: "sentence", doc: "a short line that ends a sentence and reads like one: a quote, a one-line paragraph", vote: sentence},
	{name: "cookie-banner", doc: "a notice about cookies and consent", strong: true, vote: cookieBanner},
	{name: "sign-in", doc: "a prompt to log in, register or subscribe", strong: true, vote: phraseVote("sign-in", 2)},
	{name: "newsletter", doc: "an invitation to subscribe to e-mail", strong: true, vote: newsletter},
	{name: "share-bar", doc: "share buttons: Share, Tweet, or a row of social network names", strong: true, vote: shareBar},
	{name: "follow-us", doc: "an invitation to follow the site on social networks", strong: true, vote: followUs},
	{name: "related-block", doc: "the heading of a block of links to other articles (Related, You Might Also Like, Editor's Pick)", strong: true, barrier: true, vote: phraseVote("related-block", 2)},
	{name: "related-link", doc: "a labelled link to another article (Read also: ..., SEE ALSO: ...)", strong: true, vote: short(phraseVote("related-link", 2), 30)},
	{name: "author-bio", doc: "the box about the author after an article: About Jane Doe, Jane Doe is a reporter for ...", strong: true, barrier: true, vote: authorBio},
	{name: "comments", doc: "the heading of a comment section (Leave a Reply, 12 Comments)", strong: true, barrier: true, vote: comments},
	{name: "comment-author", doc: "the line that introduces a comment: joetoronto says:", vote: commentAuthor},
	{name: "tags", doc: "the article's tags or categories (Tags: ..., TAGGED: ...)", strong: true, vote: short(phraseVote("tags", 2), 40)},
	{name: "prev-next", doc: "a link to the previous or next article or page: Next article ..., ← Installation, Previous month | Next month", strong: true, vote: prevNext},
	{name: "name-list", doc: "capitalised names joined by / or |: a photo credit (Jane Doe/AP) or a menu (About / Contact)", strong: true, vote: nameList},
	{name: "breadcrumb", doc: "a breadcrumb trail: Home > News > World", strong: true, vote: breadcrumb},
	{name: "copyright", doc: "a copyright notice", strong: true, vote: copyright},
	{name: "site-notice", doc: "a line of the site's legal or contact notices: privacy policy, terms of use, contact us; weak, since a page may be such a notice", vote: phraseVote("site-notice", 1.6)},
	{name: "advert", doc: "an advertising slot or the note around it", strong: true, vote: phraseVote("advert", 2)},
	{name: "image-credit", doc: "a photo caption or credit, a caption control or a gallery counter", strong: true, vote: imageCredit},
	{name: "image", doc: "a rendered image: w3m's [alt text], markdown's ![alt](url)", strong: true, vote: image},
	{name: "form-widget", doc: "a rendered form field or button: w3m's [    ] and [Go]", strong: true, vote: formWidget},
	{name: "button-row", doc: "a row of button captions under a post: Reply Quote Report", strong: true, vote: buttonRow},
	{name: "nav-label", doc: "a navigation or page-control label alone on its line: Home, Menu, Search, Back to top", strong: true, vote: phraseVote("nav-label", 2)},
	{name: "read-time", doc: "the reading time of an article: 4 Min Read", strong: true, vote: readTime},
	{name: "nav-menu", doc: "a short list item that is a link rather than a sentence: a menu entry", vote: navMenu},
	{name: "card-title", doc: "the title of a teaser card: a heading inside a list item, a bold title with an italic summary (html2text's * ### Title, **Title** _summary_)", vote: cardTitle},
	{name: "link-dense", doc: "a line whose text is mostly link text (markdown links, HTML anchors)", vote: linkDense, detail: func(l *line) string {
		return fmt.Sprintf("link density %.2f", float64(l.linkChars)/float64(max(1, l.chars)))
	}},
	{name: "label", doc: "a short title-case line without a sentence: a site name, a section name", vote: shortLabel},
	{name: "byline", doc: "an author line: By Jane Doe", vote: byline},
	{name: "date-line", doc: "a line that is a date and little else: Last updated: December 29, 2021 5:53 pm", vote: dateLine},
	{name: "teaser", doc: "a cut summary that ends in an ellipsis: a teaser of another article", vote: teaser},
	{name: "repeated", doc: "a short line that occurs more than once on the page: menus and headlines repeat, paragraphs do not", vote: repeated},
	{name: "markup", doc: "HTML that leaked into the text: &lt;span ...", vote: markup},
	{name: "contact-line", doc: "a line that gives an e-mail address: an author's contact after the article", vote: contactLine},
	{name: "no-letters", doc: "a line without words: numbers, symbols, separators", vote: noLetters},
	{name: "json-ld", doc: "a line of the article's text as the page's JSON-LD gives it (HTML)", vote: jsonLD},
	{name: "dom-region", doc: "a line inside nav, menu, footer, aside, form, or a header outside the article (HTML)", strong: true, vote: domRegion, detail: func(l *line) string { return "inside " + l.dom.region }},
	{name: "dom-hint", doc: "a line inside an element whose class, id or role names chrome: share, related, comments, cookie, ad ... (HTML)", vote: domHint, detail: func(l *line) string { return "class names " + l.dom.hint }},
	{name: "dom-article", doc: "a line inside article or main, or an element whose class names the content (HTML)", vote: domArticle},
	{name: "dom-main", doc: "a line inside the page's main container, the element that holds most of its paragraphs (HTML)", vote: domMain},
	{name: "figure-caption", doc: "a figure's caption: kept inside the article (HTML)", vote: figureCaption},
	{name: "corpus", doc: "a line that recurs across many documents of the corpus (with WithCorpus)", strong: true, vote: corpusVote},
}

// prose votes for paragraphs of running text. In a page with a stopword
// list, running text has a high share of stopwords; menus do not. Without
// one (CJK, unsupported languages), length alone decides. Lines of fewer
// than 20 words must end like a sentence: "Council approves the new river
// bridge after a long debate" has the stopwords of prose but is a headline.
// It must not catch long teaser summaries on its own: those are settled by
// the span and teaser rules.
func prose(l *line, p *page) float64 {
	if l.words < 20 && l.end == endNone {
		return 0
	}
	if p.lang.code != "" {
		d := l.stopDensity()
		switch {
		case l.words >= 20 && d >= 0.2:
			return 1.5
		case l.words >= 10 && d >= 0.25:
			return 1
		}
		return 0
	}
	switch {
	case l.words >= 25:
		return 1.5
	case l.words >= 12 && l.end == endSentence:
		return 1
	}
	return 0
}

// sentence votes for short lines that are sentences: "“That is not on the
// table,” Mr. Biden told reporters." It must not catch prompts such as
// "Lost your password?": those are shorter than four words, or found by a
// chrome rule that outvotes it.
func sentence(l *line, p *page) float64 {
	if l.end != endSentence || l.words < 4 || l.words >= 10 {
		return 0
	}
	if p.lang.code != "" && l.stops == 0 {
		return 0
	}
	if p.lang.code == "" && l.words < 5 {
		return 0
	}
	return 0.6
}

// code votes for the lines of a block of code, which documentation pages
// are made of: weak, so that it only matters where nothing votes against.
func code(l *line, _ *page) float64 {
	if l.code {
		return 0.6
	}
	return 0
}

// phraseVote returns a vote for the lines that match the named rule's
// phrase table.
func phraseVote(name string, strength float64) func(*line, *page) float64 {
	return func(l *line, _ *page) float64 {
		if l.phrase == name {
			return -strength
		}
		return 0
	}
}

// socialNetworks are where pages invite readers to follow them.
var socialNetworks = []string{" on facebook", " on instagram", " on linkedin", " on twitter", " on youtube"}

// followUs catches invitations to follow the site (see followPhrases) and
// "Follow @BGRDeals on Twitter to keep up with ...", "Follow NBC Latino on
// Facebook, Twitter and Instagram": a line that opens with "Follow" and
// names a network. Across the ScrapingHub renderings such lines are 35
// chrome lines and 2 article lines.
func followUs(l *line, _ *page) float64 {
	if l.phrase == "follow-us" {
		return -2
	}
	if l.words > 60 || !strings.HasPrefix(l.key, "follow ") {
		return 0
	}
	for _, n := range socialNetworks {
		if strings.Contains(l.key, n) {
			return -2
		}
	}
	return 0
}

// short limits vote to lines of at most maxWords words, so that a long
// paragraph that happens to start like a label is left alone.
func short(vote func(*line, *page) float64, maxWords int) func(*line, *page) float64 {
	return func(l *line, p *page) float64 {
		if l.words > maxWords {
			return 0
		}
		return vote(l, p)
	}
}

// cookieWords are what cookie banners say besides "cookie", by language:
// English, German (datenschutz, einwilligung, zustimm-, akzeptier-), French
// (navigat-, consentement, utilise), Spanish (utilizamos, aceptar),
// Italian (utilizziamo, accetta, sito), Portuguese (usamos, aceitar).
var cookieWords = []string{
	"accept all", "accept cookies", "accetta", "aceitar", "aceptar", "akzeptier",
	"browser", "browsing", "consent", "consentement", "cookie policy",
	"cookie settings", "datenschutz", "einwilligung", "experience", "navigat",
	"privacy", "site", "sito", "usamos", "utilise", "utilizamos", "utilizziamo",
	"uses cookies", "verwenden", "we use cookies", "zustimm",
}

// cookieBanner catches "This website collects cookies to deliver better user
// experience. Cookie Policy". It needs the word cookie and the vocabulary of
// consent banners (cookieWords), and stays weak on long lines. It must not
// catch "The bakery sold 400 cookies, and would accept more orders".
func cookieBanner(l *line, _ *page) float64 {
	if !strings.Contains(l.key, "cookie") || l.words > 80 {
		return 0
	}
	for _, w := range cookieWords {
		if strings.Contains(l.key, w) {
			if l.words > 40 {
				return -1
			}
			return -2
		}
	}
	return 0
}

// newsletter catches newsletter prompts: "Sign up for our daily newsletter",
// "Get breaking news alerts ... delivered to your inbox" (see
// newsletterPhrases).
func newsletter(l *line, _ *page) float64 {
	if l.phrase != "newsletter" {
		return 0
	}
	if l.words > 25 {
		return -1.6
	}
	return -2
}

// controlWords are the captions of the buttons under a post or a comment,
// in English.
var controlWords = map[string]bool{
	"delete": true, "edit": true, "flag": true, "like": true, "permalink": true,
	"quote": true, "reply": true, "report": true, "share": true, "vote": true,
}

// buttonRow catches a line made only of button captions: "Reply Quote
// Report". A sentence has other words.
func buttonRow(l *line, _ *page) float64 {
	if l.tokens < 2 || l.tokens > 6 || l.end != endNone {
		return 0
	}
	for w := range strings.SplitSeq(l.key, " ") {
		if !controlWords[w] {
			return 0
		}
	}
	return -2
}

// socialWords are the words of share and follow bars: network names and
// button captions (English, and names used everywhere).
var socialWords = map[string]bool{
	"copy": true, "email": true, "e": true, "facebook": true, "flipboard": true,
	"instagram": true, "link": true, "linkedin": true, "mail": true,
	"messenger": true, "pinterest": true, "print": true, "reddit": true,
	"share": true, "sms": true, "telegram": true, "tumblr": true,
	"tweet": true, "twitter": true, "whatsapp": true, "x": true,
	"xing": true, "youtube": true,
}

// shareBar catches share buttons: a phrase of sharePhrases, or a short line
// made only of social network names and button captions ("Twitter Email
// Copy Link Print"). A sentence that mentions Facebook has other words.
func shareBar(l *line, _ *page) float64 {
	if l.phrase == "share-bar" {
		return -1
	}
	if l.tokens == 0 || l.tokens > 12 || l.end == endSentence {
		return 0
	}
	for w := range strings.SplitSeq(l.key, " ") {
		if !socialWords[w] {
			return 0
		}
	}
	return -1
}

// comments catches the heading of a comment section: a phrase of
// commentsPhrases, or a count such as "12 Comments" or "34 responses to
// “<headline>”".
func comments(l *line, _ *page) float64 {
	if l.phrase == "comments" {
		return -1
	}
	if l.words > 30 {
		return 0
	}
	n, rest, ok := strings.Cut(l.key, " ")
	if !ok || strings.Trim(n, "0123456789") != "" {
		return 0
	}
	for _, w := range commentCounts {
		if rest == w || strings.HasPrefix(rest, w+" ") {
			return -1
		}
	}
	return 0
}

// aboutWords open the heading of an author box or a site's "About us", by
// language: about (en), über (de), sobre (es, pt), à propos (fr).
var aboutWords = map[string]bool{"about": true, "sobre": true, "über": true}

// authorRoles are the jobs an author bio gives (English).
var authorRoles = map[string]bool{
	"author": true, "columnist": true, "contributor": true, "correspondent": true,
	"editor": true, "journalist": true, "photographer": true, "reporter": true,
	"writer": true,
}

// authorBio catches the box about the author that follows an article: its
// heading ("About Moritz Bachmann", "About the author": an about-word and at
// most three capitalised words) and its first sentence ("Phil Helsel is a
// reporter for NBC News.", "Jeff Foust (jeff@example.com) is the editor
// of ..."). Across the ScrapingHub renderings such headings are on 95
// chrome lines and 2 article lines, and such sentences on 32 chrome lines
// and none of the articles'. It closes the article. It must not catch
// "About 200 people came" (the words after the about-word must all be
// capitalised) nor an article's "The new mayor is a former reporter" (the
// sentence must open with a capitalised name).
func authorBio(l *line, _ *page) float64 {
	if l.phrase == "author-bio" {
		return -2
	}
	if l.words > 80 || l.end == endColon {
		return 0
	}
	first, _, _ := strings.Cut(l.key, " ")
	if aboutWords[first] && l.words <= 4 && l.end == endNone && l.caps == l.alpha && l.alpha >= 2 {
		return -2
	}
	if !strings.Contains(l.key, " is ") && !strings.HasPrefix(l.key, "i am ") || !opensWithName(l.content) {
		return 0
	}
	// "<First> <Last> is a (freelance) reporter ...", "I am a writer, ..."
	toks := strings.SplitN(l.key, " ", 11)
	for i := 0; i+2 < len(toks) && i < 6; i++ {
		if (toks[i] != "is" || l.caps < 2) && (toks[i] != "am" || i != 1 || toks[0] != "i") {
			continue
		}
		if toks[i+1] != "a" && toks[i+1] != "an" && toks[i+1] != "the" {
			continue
		}
		for _, w := range toks[i+2 : min(len(toks), i+6)] {
			if authorRoles[w] {
				if l.words >= 20 {
					return -3 // outvotes prose: a bio is a paragraph
				}
				return -1.6
			}
		}
	}
	return 0
}

// opensWithName reports whether s opens with a name: two capitalised
// words, one before "is", or "I ".
func opensWithName(s string) bool {
	if strings.HasPrefix(s, "I ") {
		return true
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for i, w := range words[:2] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || w != "is") {
			return false
		}
	}
	return true
}

// contactLine votes against a line that gives an e-mail address: the
// author's contact after an article ("Email Tariq Malik at
// tmalik@space.com"). Across the ScrapingHub renderings 96 such lines are
// chrome and 9 article. Weak: inside an article it stays.
func contactLine(l *line, _ *page) float64 {
	if l.words > 40 || !hasEmail(l.content) {
		return 0
	}
	return -1.6
}

// hasEmail reports whether s holds something shaped like an e-mail
// address: word characters, @, a domain with a dot.
func hasEmail(s string) bool {
	for {
		at := strings.IndexByte(s, '@')
		if at <= 0 {
			return false
		}
		before, after := s[:at], s[at+1:]
		r, _ := utf8.DecodeLastRuneInString(before)
		end := strings.IndexFunc(after, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') })
		if end < 0 {
			end = len(after)
		}
		domain := strings.TrimRight(after[:end], ".")
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") {
			return true
		}
		s = after
	}
}

// commentCounts are the words that follow the number of comments, by
// language: English, German, French, Spanish, Italian.
var commentCounts = []string{
	"comment", "comments", "commentaires", "commenti", "comentarios",
	"kommentare", "replies", "responses", "response", "thoughts on",
}

// commentAuthor votes against the line that introduces a comment:
// "joetoronto says:", "Anna schreibt:", "Catherine (GiveWell) on September
// 13, 2018 at 5:23 pm said:". Across the ScrapingHub renderings lines that
// end in "says:" or "said:" are 97 chrome lines and no article line. It must not catch a quote's
// introduction in an article ("The minister says:"), which is why it is
// weak: inside the article span the line stays.
func commentAuthor(l *line, _ *page) float64 {
	if l.end != endColon || l.words > 6 && (l.words > 20 || l.digits == 0) {
		return 0 // a longer line needs a date: "Olivia on October 4, 2018 at 10:58 am said:"
	}
	k := l.key
	for _, w := range []string{"says", "said", "schreibt", "sagt", "dit", "écrit", "dice", "escribió", "scrive"} {
		if strings.HasSuffix(k, " "+w) {
			return -0.6
		}
	}
	return 0
}

// prevNext catches links to the previous or next article or page: a
// phrase of prevNextPhrases, a short line that starts or ends with an
// arrow ("← Installation", "First queue →"), or names both directions
// ("Previous month | Next month").
func prevNext(l *line, _ *page) float64 {
	if l.words > 40 {
		return 0
	}
	if l.phrase == "prev-next" {
		return -2
	}
	if l.words > 8 || l.end == endSentence {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(l.content)
	last, _ := utf8.DecodeLastRuneInString(l.content)
	if strings.ContainsRune("←«‹", first) || strings.ContainsRune("→»›", last) {
		return -2
	}
	if containsWords(l.key, "previous") && containsWords(l.key, "next") {
		return -2
	}
	return 0
}

// breadcrumb catches trails such as "Home > News > World" and "The Wall
// Street Publication > Blog > Trending > President Biden ...": two or more
// of > » › between short segments. Pipes are left alone: markdown tables
// use them.
func breadcrumb(l *line, _ *page) float64 {
	if l.words > 40 {
		return 0
	}
	seps := 0
	for _, sep := range []string{" > ", " » ", " › ", " / ", "→"} {
		seps += strings.Count(l.content, sep)
	}
	if seps < 2 {
		return 0
	}
	return -1
}

// copyright catches copyright notices: ©, "(c) 2019", "Copyright 2019", "All
// rights reserved" and its translations. Long lines are left alone: an
// article may discuss copyright.
func copyright(l *line, _ *page) float64 {
	if l.words > 40 {
		return 0
	}
	if strings.Contains(l.content, "©") || strings.Contains(l.content, "(c) ") || strings.Contains(l.content, "(C) ") {
		return -2
	}
	for _, w := range []string{"all rights reserved", "copyright", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati"} {
		if strings.Contains(l.key, w) {
			return -2
		}
	}
	return 0
}

// captionPhrases mark a photo caption or credit wherever they stand in a
// line, in English. Across the three ScrapingHub renderings each phrase is
// on five or more chrome lines for every article line.
var captionPhrases = []string{
	"file photo", "from left", "image caption", "image copyright",
	"image courtesy", "image credit", "image source", "in this file photo",
	"in this image", "in this photo", "photo by", "photo courtesy",
	"photo credit", "photograph by", "picture by", "stock image",
	"stock photo",
}

// captionTable finds the captionPhrases in a key.
var captionTable = sync.OnceValue(func() wordTable { return newWordTable(captionPhrases) })

// captionPlaces say where a person stands in a picture: "Andreas Thurner,
// left, and Todd George ...", "(right)". Articles do not place people so.
var captionPlaces = []string{", center,", ", centre,", ", left,", ", right,", "(center)", "(left)", "(right)"}

// captionParens open a parenthesised credit: "(Photo: Jane Doe)", "(Image:
// GETTY)", "(Credit: iStock)", in English, German (Bild, Foto) and French
// (crédit).
var captionParens = []string{"(bild", "(credit", "(crédit", "(foto", "(image", "(photo"}

// wireDateline opens the captions of wire photos: "WASHINGTON, DC -
// NOVEMBER 19: Jennifer Williams, adviser to ...".
var wireDateline = regexp.MustCompile(`^[A-Z][A-Z .,'-]{2,} - [A-Z]{3,} \d{1,2}: `)

// imageCredit catches photo captions and credits ("Photo: Damian
// Dovarganes, AP", "... during a rally. (Photo by Jane Doe)", "In this
// photo issued by ITV, ...") and gallery counters ("Image 1 of 23"). Its
// vote outweighs prose: a caption is a sentence about a picture. It must
// not catch an article's sentence about a photograph, which names none of
// these phrases.
func imageCredit(l *line, _ *page) float64 {
	if l.words > 80 {
		return 0
	}
	if l.phrase == "image-credit" && l.words <= 20 {
		return -2
	}
	if strings.HasPrefix(l.key, "image ") && strings.Contains(l.key, " of ") && l.digits > 0 && l.words <= 6 {
		return -2
	}
	if captionTable().find(l.key) >= 0 {
		return -2
	}
	lower := ""
	if strings.ContainsAny(l.content, "(,/:") {
		lower = strings.ToLower(l.content)
		for _, w := range captionParens {
			if strings.Contains(lower, w) {
				return -2
			}
		}
		for _, w := range captionPlaces {
			if strings.Contains(lower, w) {
				return -2
			}
		}
	}
	if wireDateline.MatchString(l.content) {
		return -2
	}
	if l.dom.caption {
		return 0 // a figure's own caption: figure-caption keeps it
	}
	outvote := -2.0
	if l.words >= 12 {
		outvote = -3 // a caption is a sentence: it must outvote prose
	}
	for _, w := range wireCredits {
		if strings.Contains(lower, w) {
			return outvote
		}
	}
	if l.words >= 12 && l.digits >= 5 && strings.Contains(l.content, "day, ") && captionDate.MatchString(l.content) {
		return outvote
	}
	return 0
}

// wireCredits close the captions of agency photos: "(AP Photo/Gene J.
// Puskar)", "(Elias Funez/The Union via AP)", "Jaafar ASHTIYEH / AFP",
// "Photo: Ringo H.W. Chiu, AP", "... a large rodent Credit: The Siberian
// Times". Across the ScrapingHub renderings they are on 232 chrome lines
// and 12 article lines (captions its ground truth keeps).
var wireCredits = []string{"(ap photo", "via ap)", " / afp", "/afp ", "/reuters)", "photo: ", "credit: "}

// captionDate is the date of a news photo's caption: a weekday, then the
// full date with its year, mid-sentence ("in Pittsburgh, Tuesday, Nov. 19,
// 2019."). Articles write "on Tuesday". Across the ScrapingHub renderings
// it is on 178 chrome lines and 6 article lines.
var captionDate = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b`)

// markup votes against lines with HTML that leaked into the text
// ("&lt;span data-mce-type=..."). Weak: a page about HTML quotes tags.
func markup(l *line, _ *page) float64 {
	for _, w := range []string{"&lt;", "&gt;", "<span", "<div", "</"} {
		if strings.Contains(l.content, w) {
			return -1.6
		}
	}
	return 0
}

// image catches rendered images, which carry their alt text, not the
// article's. Renderer markup: w3m's [alt] and markdown's ![alt](url).
func image(l *line, _ *page) float64 {
	if l.image {
		return -1
	}
	return 0
}

// inputBox is a form field as w3m renders it inside a line: "Search [
// ]", "Quantity [1 ]".
var inputBox = regexp.MustCompile(`\[[^\]]{0,3} +\]`)

// formWidget catches rendered form fields and buttons, alone on their line
// or in a short line with their label. Renderer markup: w3m's [    ], [Go],
// [Search], "Quantity [1 ]".
func formWidget(l *line, _ *page) float64 {
	if l.widget || l.words <= 8 && !l.code && inputBox.MatchString(l.content) {
		return -1
	}
	return 0
}

// readTime catches "4 Min Read", "3 minute read", "Reading time: 5 minutes".
func readTime(l *line, _ *page) float64 {
	if l.phrase == "read-time" {
		return -1
	}
	if l.words > 8 || l.digits == 0 {
		return 0
	}
	if strings.Contains(l.key, "min read") || strings.Contains(l.key, "minute read") || strings.Contains(l.key, "minutes read") || strings.Contains(l.key, "mins read") {
		return -1
	}
	return 0
}

// navMenu votes against short list items that are not sentences: menu
// entries ("• Home", "□ Real Estate"). Weak: inside the article span list
// items are content (a recipe's ingredients, a summary's bullets).
func navMenu(l *line, _ *page) float64 {
	if l.marker == markNone || l.marker == markQuote || l.end == endSentence || l.words > 8 {
		return 0
	}
	if l.words > 1 && l.alpha-l.caps-l.stops > 0 {
		return 0 // "2 carrots, diced": menus name things in title case
	}
	return -0.6
}

// boldThenItalic is a teaser card in html2text's markup: a bold title, then
// an italic summary ("**Say Cheese? Detroit's Top 3 Cheese Shops**
// _Wondering where to find ..._").
var boldThenItalic = regexp.MustCompile(`^\s*\*\*[^*]+\*\*\s+_.*_\s*$`)

// cardTitle votes against the title of a teaser card. In html2text's
// markup a card is a heading inside a list item ("* ##### Carlos Ghosn and
// the dark side of Japanese justice"), on 268 chrome lines and 8 article
// lines of the ScrapingHub pages, or a bold title with an italic summary
// (29 chrome lines, 1 article line). Weak: an article's own list may hold
// headings.
func cardTitle(l *line, _ *page) float64 {
	switch {
	case l.marker != markNone && l.heading > 0:
		return -1.2
	case strings.Contains(l.text, "**") && boldThenItalic.MatchString(l.text):
		return -2
	}
	return 0
}

// linkDense votes against lines whose text is mostly link text. Markdown
// links are html2text's markup; the HTML front end measures anchors.
func linkDense(l *line, _ *page) float64 {
	if l.chars == 0 || l.linkChars*2 < l.chars {
		return 0
	}
	if l.words <= 10 {
		return -0.8
	}
	return -0.5
}

// shortLabel votes against short title-case lines without sentence
// punctuation: site names ("The Wall Street Publication"), section names
// ("Trending"), menu entries. Weak: inside the article such a line is a
// subheading.
func shortLabel(l *line, _ *page) float64 {
	if l.marker != markNone || l.words == 0 || l.words > 4 || l.end == endSentence || l.alpha == 0 {
		return 0
	}
	if l.capsRatio() < 0.75 {
		return 0
	}
	return -0.4
}

// bylineWords open an author line, by language: by (en), von (de), par (fr),
// por (es, pt), di (it), door (nl), av (sv, no), af (da).
var bylineWords = map[string]bool{"af": true, "av": true, "by": true, "di": true, "door": true, "par": true, "por": true, "von": true}

// bylineLabels open an author line with a label, by language: author
// (en), autor (de, es, pt), auteur (fr), autore (it), текст and автор (ru:
// text, author), and "posted by", "written by".
var bylineLabels = []string{"author", "auteur", "autor", "autore", "posted by", "written by", "автор", "текст"}

// byline votes against author lines: "By Jane Doe", "Von Max Muster", "By
// Editorial Board 4 Min Read", "Текст: Венера Ерофеева·24 сентября 2018".
// It must not catch "By 2030 the city will...": sentences end with
// punctuation and run longer.
func byline(l *line, _ *page) float64 {
	if l.words < 2 || l.words > 12 || l.end == endSentence {
		return 0
	}
	for _, w := range bylineLabels {
		if strings.HasPrefix(l.key, w+" ") && l.caps >= 2 {
			return -0.6
		}
	}
	first, _, _ := strings.Cut(l.key, " ")
	if l.words > 8 || !bylineWords[first] || l.capsRatio() < 0.5 {
		return 0
	}
	return -0.6
}

// nameList catches capitalised names joined by slashes or bars: a photo
// credit ("Sanjeev Verma/Hindustan Times/Getty Images") or a menu ("About /
// Advertise / Tip Us / Contact"). Across the ScrapingHub renderings 252
// such lines are chrome and none article. It must not catch the rows of a
// table: a row beside another with as many bars, or one that holds numbers
// or times.
func nameList(l *line, _ *page) float64 {
	if l.alpha == 0 || l.words > 16 || l.end != endNone || l.caps != l.alpha || l.tableRow {
		return 0
	}
	if !strings.ContainsAny(l.content, "/|") {
		return 0
	}
	for part := range strings.FieldsFuncSeq(l.content, func(r rune) bool { return r == '/' || r == '|' }) {
		part = strings.TrimSpace(part)
		if part == "" || strings.Count(part, " ") > 3 {
			return 0
		}
		if strings.ContainsAny(part, "0123456789") && !strings.ContainsFunc(part, unicode.IsLetter) {
			return 0 // numbers, times: a row of a table ("1 | Kyle Busch | 5040", "Sunday | 11:00")
		}
	}
	return -2
}

// dateLine votes against lines that are a date and little else. The date
// itself may become the Result's Date.
func dateLine(l *line, _ *page) float64 {
	if l.date == "" {
		return 0
	}
	return -0.6
}

// teaser votes against cut summaries ("In Ethiopia, applying for a visa to
// Canada has long been seen as a confusing and risky process — often…"):
// articles do not cut their own paragraphs. An ellipsis that cuts a word or
// follows it without a space outweighs the prose vote; across the
// ScrapingHub pages it ends 81 chrome lines of eight words or more and 6
// article lines. A spaced ellipsis is also how writers trail off ("Here's
// what I want you to remember …"), so it only makes a long line uncertain.
func teaser(l *line, _ *page) float64 {
	if l.end != endEllipsis || l.words < 3 || l.words > 80 {
		return 0
	}
	if cutWord(l.content) {
		return -2
	}
	return -1.2
}

// cutWord reports whether s ends with an ellipsis right after a letter or
// digit: "Cancellat...", "the…".
func cutWord(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	switch {
	case strings.HasSuffix(s, "..."):
		s = strings.TrimRight(s, ".")
	case strings.HasSuffix(s, "…"):
		s = strings.TrimSuffix(s, "…")
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// repeated votes against short lines that occur more than once on the page:
// menus are rendered twice, headlines are repeated in teasers and
// breadcrumbs. Long lines are left alone: a repeated paragraph is rare and
// is more often a pull quote than chrome.
func repeated(l *line, _ *page) float64 {
	if l.repeats == 0 || l.words > 25 {
		return 0
	}
	return -0.5 - 0.1*float64(min(l.repeats, 5))
}

// noLetters votes against lines without a word: "•", "1 / 23", "16".
func noLetters(l *line, _ *page) float64 {
	if l.alpha > 0 || l.cjk > 0 {
		return 0
	}
	return -0.6
}

// corpusVote votes against lines that recur across the corpus's documents
// (see Corpus). Lines of three words or fewer are only weak chrome: a
// recipe site's "Ingredients" recurs on every page and is content there.
func corpusVote(l *line, p *page) float64 {
	if p.corpus == nil {
		return 0
	}
	if _, ok := p.corpus.recurs(l); !ok {
		return 0
	}
	if l.words <= 3 {
		return -0.6
	}
	return -2
}
