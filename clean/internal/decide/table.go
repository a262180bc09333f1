package decide

import (
	"fmt"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// Rule identifies a rule, a pass, or a reason a pass gives. Its name is
// the reason explanations show.
type Rule uint8

// The line rules, in priority order: when two vote with the same strength,
// the earlier one names the reason. Then the passes, in the order they
// run, and the reasons of the article-span pass.
const (
	NoRule Rule = iota

	Prose
	Code
	Verse
	Sentence
	CookieBanner
	SignIn
	Newsletter
	FormConsent
	ShareBar
	FollowUs
	RelatedBlock
	References
	RelatedLink
	AuthorBio
	Comments
	CommentAuthor
	Tags
	TagLinks
	PrevNext
	NameList
	Breadcrumb
	Copyright
	SiteNotice
	CallToAction
	RepeatedButton
	Advert
	Placeholder
	ImageCredit
	Image
	PictureFile
	LinkRefs
	FormWidget
	RadioButtons
	ButtonRow
	Buttons
	PostMeta
	NavLabel
	ListControl
	ReadTime
	NavMenu
	CardTitle
	LinkDense
	Label
	Byline
	DateLine
	Teaser
	Repeated
	Markup
	ContactLine
	NoLetters
	JSONLD
	DOMRegion
	DOMHint
	ConsentDialog
	DOMArticle
	DOMMain
	FigureCaption

	DefinedTerm
	PostHead
	Context
	ArticleSpan
	HeadlinePass
	HeadlineCopy
	Duplicate
	SiteRepeat
	DatePrefix
	Reread

	InsideArticle
	OutsideArticle
	BodyHeadline

	NumRules // the number of rules, NoRule included
)

// Kind is what a Rule identifies.
type Kind uint8

const (
	LineRule Kind = iota // votes on one line
	PagePass             // runs over the whole page
	Reason               // a reason a pass gives; cannot be turned off alone
)

// row is a rule's line in the rule table: its name, what it catches, its
// properties, and its vote.
type row struct {
	name string
	kind Kind
	doc  string

	// strong chrome holds inside the article span too: a share bar between
	// two paragraphs is still a share bar. Weak chrome (a short line, a
	// bullet, a date) is only chrome outside the article.
	strong bool
	// closes: a section heading that ends the article when it comes after
	// it ("Related articles", "3 Comments"). A line that ends a sentence
	// is no heading: the row's phrase does not vote on it.
	closes bool
	// interrupts: chrome that interrupts a run of paragraphs without
	// ending the article: ad slots, photo captions, pictures, reading
	// times, "Read also:" links.
	interrupts bool
	// namesSite: where a site writes its own name: copyright and legal
	// lines, sign-in and follow prompts.
	namesSite bool
	// button: the caption of a button; next to one, "Comments" is a button
	// too, not the heading of a comment section.
	button bool
	// picture: a renderer's drawing of a picture or a form field, as a
	// box of links shows its pictures ([alt], [id]).
	picture bool
	// table is the chrome phrase table the rule reads.
	table lang.Table
	// phrase, when set, is the whole vote: -phrase on a line of at most
	// maxWords words (any length if 0) that matches the table; no vote
	// otherwise. Such a rule needs no function.
	phrase   float64
	maxWords int
	// dom: the rule reads what the HTML front end saw; on text it has no
	// opinion.
	dom bool
	// needs, when set, are the facts of which a line must have one for
	// the rule to vote on it (see facts); the rule is not asked otherwise.
	needs fact

	vote func(l *measure.Line, p *Page) float64
	// detail, if set, says what the rule saw, for explanations: "link
	// density 0.82", "inside nav".
	detail func(l *measure.Line) string
}

// Vote strengths. A line whose votes sum to at least contentScore is content,
// at most -chromeScore chrome, and uncertain in between.
const (
	contentScore = 0.5
	chromeScore  = 0.5
)

// rules is the rule table, indexed by Rule.
var rules = [NumRules]row{
	Prose:          {name: "prose", doc: "a paragraph: long, with the stopwords of running text (or, in language-independent mode, long enough alone)", vote: prose},
	Code:           {name: "code", doc: "a line of a block of code: adjacent lines with assignments, braces, prompts; in Markdown, a line of a fenced block (```), fences included; in HTML, a line of a <pre>", needs: fCode, vote: code},
	Verse:          {name: "verse", doc: "a line of a poem's or a song's stanzas: blocks of three short lines or more in a row, in sentence case, with stopwords and no digit, no link", needs: fVerse, vote: verse},
	Sentence:       {name: "sentence", doc: "a short line that ends a sentence and reads like one: a quote, a one-line paragraph", needs: fSentence, vote: sentence},
	CookieBanner:   {name: "cookie-banner", doc: "a notice about cookies and consent", strong: true, vote: cookieBanner},
	SignIn:         {name: "sign-in", doc: "a prompt to log in, register or subscribe: Sign In, Forgot your password?", strong: true, namesSite: true, table: lang.SignIn, phrase: 2},
	Newsletter:     {name: "newsletter", doc: "an invitation to subscribe to e-mail", strong: true, namesSite: true, table: lang.Newsletter, needs: fTable, vote: newsletter},
	FormConsent:    {name: "form-consent", doc: "a sign-up form's notice that sending it consents to marketing: By submitting this form, you agree to receive ... text messages; not a sentence that only mentions consent", strong: true, namesSite: true, needs: fConsent, vote: formConsent},
	ShareBar:       {name: "share-bar", doc: "share buttons: Share, Tweet, or a row of social network names", strong: true, button: true, table: lang.ShareBar, needs: fTable | fSocial | fDigits, vote: shareBar},
	FollowUs:       {name: "follow-us", doc: "an invitation to follow the site on social networks", strong: true, namesSite: true, button: true, table: lang.FollowUs, needs: fTable | fFollow, vote: followUs},
	RelatedBlock:   {name: "related-block", doc: "the heading of a block of links to other articles (Related, You Might Also Like, Editor's Pick)", strong: true, closes: true, table: lang.RelatedBlock, phrase: 2},
	References:     {name: "references", doc: "the heading of an article's list of references or sources (References, Sources:, Bibliography, Einzelnachweise)", strong: true, closes: true, table: lang.References, phrase: 2},
	RelatedLink:    {name: "related-link", doc: "a labelled link to another article (Read also: ..., SEE ALSO: ...), in a line of at most 30 words", strong: true, interrupts: true, table: lang.RelatedLink, phrase: 2, maxWords: 30},
	AuthorBio:      {name: "author-bio", doc: "the box about the author after an article: About Jane Doe, Jane Doe is a reporter for ...", strong: true, closes: true, table: lang.AuthorBio, needs: fTable | fBio, vote: authorBio},
	Comments:       {name: "comments", doc: "the heading of a comment section (Leave a Reply, 12 Comments)", strong: true, closes: true, table: lang.Comments, needs: fTable | fDigits, vote: comments},
	CommentAuthor:  {name: "comment-author", doc: "the line that introduces a comment: joetoronto says:", needs: fColon, vote: commentAuthor},
	Tags:           {name: "tags", doc: "the article's tags or categories (Tags: ..., TAGGED: ...), in a line of at most 40 words; not a wiki's page in its namespace (Category:Programming languages)", strong: true, table: lang.Tags, phrase: 2, maxWords: 40},
	TagLinks:       {name: "tag-links", doc: "a line of links that each lead to a tag's or a category's page (HTML: /tag/..., /category/...), the article's tags without their label", strong: true, needs: fLinks, vote: tagLinks},
	PrevNext:       {name: "prev-next", doc: "a link to the previous or next article or page: Next article ..., ← Installation, Previous month | Next month", strong: true, table: lang.PrevNext, needs: fTable | fPager, vote: prevNext},
	NameList:       {name: "name-list", doc: "capitalised names joined by / or |: a photo credit (Jane Doe/AP) or a menu (About / Contact)", strong: true, needs: fSlashBar, vote: nameList},
	Breadcrumb:     {name: "breadcrumb", doc: "a breadcrumb trail: Home > News > World", strong: true, needs: fTrail, vote: breadcrumb},
	Copyright:      {name: "copyright", doc: "a copyright notice", strong: true, namesSite: true, needs: fCopyright, vote: copyright},
	SiteNotice:     {name: "site-notice", doc: "a line of the site's legal or contact notices: privacy policy, terms of use, contact us; weak, since a page may be such a notice", namesSite: true, table: lang.SiteNotice, phrase: 1.6},
	CallToAction:   {name: "call-to-action", doc: "a call to action alone on its line, a button's or a link's caption: Learn more, Get started, Shop now; weak, since a page may close each of its own sections with one", table: lang.CallToAction, phrase: 1.6},
	RepeatedButton: {name: "repeated-button", doc: "a call to action that the page repeats, three times or more: Read more, Learn more, Shop now under each of its teasers or cards", strong: true, needs: fRepeats, vote: repeatedButton},
	Advert:         {name: "advert", doc: "an advertising slot or the note around it: Advertisement, Story continues below, an affiliate disclosure", strong: true, interrupts: true, table: lang.Advert, phrase: 2},
	Placeholder:    {name: "placeholder", doc: "a template's filler text that the page left in (Lorem ipsum dolor sit amet), or what an embed shows until the reader consents to load it (By loading the video, you agree to YouTube's privacy policy), or a player for browsers that cannot play it (Your browser does not support the video tag), or a page's notice to a browser that cannot run it or to a form that failed (JavaScript is disabled, Something went wrong while submitting the form), or its help for its keyboard shortcuts (Press ? to show this help)", strong: true, table: lang.Placeholder, phrase: 2},
	ImageCredit:    {name: "image-credit", doc: "a photo caption or credit, a caption control or a gallery counter", strong: true, interrupts: true, table: lang.ImageCredit, vote: imageCredit},
	Image:          {name: "image", doc: "a rendered image: w3m's [alt text] or an alt text given twice, markdown's ![alt](url), html2text's icon (__) or empty heading (###)", strong: true, interrupts: true, picture: true, needs: fImage, vote: image},
	PictureFile:    {name: "picture-file", doc: "a picture's file name alone on its line, as w3m prints a picture without alt text: 20130104-chicken-penne.jpg, IMG_2976.jpg, a slug of lower-case words and numbers", strong: true, interrupts: true, vote: pictureFile},
	LinkRefs:       {name: "link-refs", doc: "the list of link addresses that lynx -dump (or w3m -o display_link_number=1) prints after a page: References, Visible links, Hidden links, and each numbered address", strong: true, vote: linkRefs},
	FormWidget:     {name: "form-widget", doc: "a rendered form field or button: w3m's [    ] and [Go]", strong: true, picture: true, needs: fWidget, vote: formWidget},
	RadioButtons:   {name: "radio-buttons", doc: "w3m's radio buttons, ( ) and (*), opening a line or twice in it: a sort control, a search's scope, a filter of reviews, a quiz's answers; they interrupt the content without ending it", strong: true, interrupts: true, needs: fParen, vote: radioButtons},
	ButtonRow:      {name: "button-row", doc: "a row of button captions under a post: Reply Quote Report", strong: true, needs: fButton, vote: buttonRow},
	Buttons:        {name: "buttons", doc: "a line of an HTML page that is mostly the captions of buttons that act, a label beside them or not: Finish Add to basket Save for later; weak, since a box of buttons inside an article interrupts it without being its text; not a button that unfolds a panel or picks a tab (an FAQ's question)", needs: fWidget, vote: buttons},
	PostMeta:       {name: "post-meta", doc: "a line of a post's metadata in a thread: who reacted to it (Reactions: ...), how many did (7 Likes, Like 1), when it was last edited (Last edited: ...), its author's badges (... 12 bronze badges) and card (Posts: 214, Join Date: Mar 2016, Senior Member), a comment's time stamp as a program writes it (2010-10-17 23:10:09 +00:00); not who edited it (Last edited by ...), a post's author and date as a thread's truth may keep them", strong: true, interrupts: true, table: lang.PostMeta, needs: fTable | fDigits | fReactions, vote: postMeta},
	NavLabel:       {name: "nav-label", doc: "a navigation or page-control label alone on its line: Home, Menu, Search, Back to top", strong: true, button: true, table: lang.NavLabel, phrase: 2},
	ListControl:    {name: "list-control", doc: "a control of a list's order, filters or pages, alone on its line: Sort by: Newest, Reset filters, or a pager printed as a list, an item a line (• 1 • 2 • Next); it interrupts the content without ending it, as a thread's answers follow their sort control", strong: true, interrupts: true, button: true, table: lang.ListControl, phrase: 2, maxWords: 12},
	ReadTime:       {name: "read-time", doc: "the reading time of an article: 4 Min Read", strong: true, interrupts: true, table: lang.ReadTime, needs: fTable | fDigits, vote: readTime},
	NavMenu:        {name: "nav-menu", doc: "a short list item that is a link rather than a sentence: a menu entry", needs: fMarker, vote: navMenu},
	CardTitle:      {name: "card-title", doc: "the title of a teaser card: a heading inside a list item, a bold title with an italic summary (html2text's * ### Title, **Title** _summary_)", needs: fMarker | fStar, vote: cardTitle},
	LinkDense:      {name: "link-dense", doc: "a line whose text is mostly link text (markdown links, HTML anchors)", needs: fLinks, vote: linkDense, detail: linkDensity},
	Label:          {name: "label", doc: "a short title-case line without a sentence: a site name, a section name", vote: shortLabel},
	Byline:         {name: "byline", doc: "an author line: By Jane Doe", needs: fByline, vote: byline},
	DateLine:       {name: "date-line", doc: "a line that is a date or a time ago and little else: Last updated: December 29, 2021 5:53 pm; Asked 3 years ago", needs: fDate, vote: dateLine},
	Teaser:         {name: "teaser", doc: "a cut summary that ends in an ellipsis: a teaser of another article", needs: fEllipsis, vote: teaser},
	Repeated:       {name: "repeated", doc: "a short line that occurs more than once on the page: menus and headlines repeat, paragraphs and labels ending with a colon do not", needs: fRepeats, vote: repeated},
	Markup:         {name: "markup", doc: "HTML that leaked into the text: &lt;span ...", needs: fMarkup, vote: markup},
	ContactLine:    {name: "contact-line", doc: "a line that gives an e-mail address: an author's contact after the article", needs: fAt, vote: contactLine},
	NoLetters:      {name: "no-letters", doc: "a line without words: numbers, symbols, separators", needs: fNoLetters, vote: noLetters},
	JSONLD:         {name: "json-ld", doc: "a line of the article's text, or of a product's description or price, as the page's JSON-LD gives it, or its microdata the price (HTML)", dom: true, vote: jsonLD},
	DOMRegion:      {name: "dom-region", doc: "a line inside nav, menu, footer, aside, form, or a header outside the article (HTML)", strong: true, dom: true, vote: domRegion, detail: func(l *measure.Line) string { return "inside " + l.DOM.Region.String() }},
	DOMHint:        {name: "dom-hint", doc: "a line inside an element whose class, id or role names chrome: share, related, comments, cookie, ad ... (HTML)", dom: true, vote: domHint, detail: func(l *measure.Line) string { return "class names " + l.DOM.Hint.String() }},
	ConsentDialog:  {name: "consent-dialog", doc: "a line inside a consent platform's banner or preference centre: OneTrust, Cookiebot, Didomi, Usercentrics ... (HTML: by class names; text: from its heading to its closing button)", strong: true, vote: consentDialog},
	DOMArticle:     {name: "dom-article", doc: "a line inside article or main, or an element whose class names the content (HTML)", dom: true, vote: domArticle},
	DOMMain:        {name: "dom-main", doc: "a line inside the page's main container, the element that holds most of its paragraphs (HTML)", dom: true, vote: domMain},
	FigureCaption:  {name: "figure-caption", doc: "a figure's caption: kept inside the article (HTML)", dom: true, vote: figureCaption},

	DefinedTerm:  {name: "term", kind: PagePass, doc: "keeps the term a definition list defines over its definition, whatever the rules said of it: an option, a specifier, a field's name (HTML: a <dt> that a <dd> of content follows); and the value under a label of a poster's card goes with the label (Joined, then its date)"},
	PostHead:     {name: "post-head", kind: PagePass, doc: "keeps a post's author and date, whatever the rules said of them alone: the name and the date that open each post of a thread (HTML: as the page's microdata marks a post's author and datePublished; any page: the date line over each post of a thread that the span holds, where two posts or more follow each other in time)"},
	Context:      {name: "context", kind: PagePass, doc: "settles uncertain lines from their neighbours: a short line between two paragraphs is content, one inside a menu is not"},
	ArticleSpan:  {name: "article-span", kind: PagePass, doc: "finds where the article starts and ends; weak chrome inside it stays, everything outside it goes but the paragraphs between the headline and the article and the runs of paragraphs apart from it"},
	HeadlinePass: {name: "headline", kind: PagePass, doc: "lifts the article's headline into Title"},
	HeadlineCopy: {name: "headline-copy", kind: PagePass, doc: "removes the other copies of the headline: Reading: ..., breadcrumbs, teasers"},
	Duplicate:    {name: "duplicate", kind: PagePass, doc: "removes the copies, outside the article, of a line of eight words or more that the page repeats, all but the first when it gives the line three times or more, and a second copy of six such lines of the article in a row"},
	SiteRepeat:   {name: "site-repeat", kind: PagePass, doc: "with a site profile, removes the lines that recur across the documents of the page's site: at the edges of the article, any such line; inside it, those of more than three words that are not prose"},
	DatePrefix:   {name: "date-prefix", kind: PagePass, doc: "lifts a leading \"date YYYY-MM-DD\" metadata prefix into Date"},
	Reread:       {name: "reread", kind: PagePass, doc: "reads the output again as a user cleaning it would, and follows that reading until it changes nothing, so that cleaning is idempotent"},

	InsideArticle:  {name: "inside-article", kind: Reason, doc: "a line the rules left in doubt, or weak chrome, inside the article span (of article-span)"},
	OutsideArticle: {name: "outside-article", kind: Reason, doc: "a line outside the article span, at its edge, or in a box that parts the article's introduction from the rest (of article-span)"},
	BodyHeadline:   {name: "body-headline", kind: Reason, doc: "a line that would open the body and that a reading of the body alone lifts as its headline: a byline, a caption, a second headline under the title; it goes, so that a body cleaned again stays as it is (of reread)"},
}

// String returns the rule's name.
func (r Rule) String() string {
	if r < NumRules {
		return rules[r].name
	}
	return fmt.Sprintf("Rule(%d)", int(r))
}

// Info returns a rule's kind and what it catches.
func (r Rule) Info() (Kind, string) {
	return rules[r].kind, rules[r].doc
}

// ByName returns the rule named name.
func ByName(name string) (Rule, bool) {
	for r := Rule(1); r < NumRules; r++ {
		if rules[r].name == name {
			return r, true
		}
	}
	return NoRule, false
}

// closes reports whether chrome decided by r is a heading that ends the
// article (see row.closes).
func (r Rule) closes() bool { return rules[r].closes }

// interrupts reports whether chrome decided by r interrupts an article
// without ending it (see row.interrupts).
func (r Rule) interrupts() bool { return rules[r].interrupts }
