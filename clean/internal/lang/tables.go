package lang

// Table identifies a table of chrome phrases. Each table serves one rule of
// the classifier, which votes against the lines that match it; a line
// matches at most one table (see Lexicons.Match).
type Table uint8

// The phrase tables. Their names are the section names of the lexicon
// files and the names of the rules they serve.
const (
	NoTable Table = iota
	Advert
	AuthorBio
	CallToAction
	Comments
	FollowUs
	ImageCredit
	ListControl
	NavLabel
	Newsletter
	Placeholder
	PostMeta
	PrevNext
	ReadTime
	References
	RelatedBlock
	RelatedLink
	ShareBar
	SiteNotice
	SignIn
	Tags
	NumTables // the number of tables, NoTable included
)

var tableNames = [NumTables]string{
	Advert:       "advert",
	AuthorBio:    "author-bio",
	CallToAction: "call-to-action",
	Comments:     "comments",
	FollowUs:     "follow-us",
	ImageCredit:  "image-credit",
	ListControl:  "list-control",
	NavLabel:     "nav-label",
	Newsletter:   "newsletter",
	Placeholder:  "placeholder",
	PostMeta:     "post-meta",
	PrevNext:     "prev-next",
	ReadTime:     "read-time",
	References:   "references",
	RelatedBlock: "related-block",
	RelatedLink:  "related-link",
	ShareBar:     "share-bar",
	SignIn:       "sign-in",
	SiteNotice:   "site-notice",
	Tags:         "tags",
}

// String returns the table's name, as its section in a lexicon file.
func (t Table) String() string {
	if t < NumTables {
		return tableNames[t]
	}
	return "table?"
}

// Kind says how a phrase of a table matches a line. All matching compares
// keys (see AppendKey), so an entry is written as pages write it.
type Kind uint8

const (
	// Whole: the line is the phrase and nothing else ("Share this
	// article").
	Whole Kind = iota
	// Label: the phrase is the label before the line's first colon ("Read
	// also: Biden meets Zelensky", "Tags: politics, Ukraine").
	Label
	// Lead: the line starts with the phrase ("Previous article Trump's
	// ..."). Only for phrases that never open a sentence of an article.
	Lead
	// Within: the phrase stands anywhere in a line of at most
	// MaxWithinWords words ("Get the news delivered to your inbox every
	// morning"). Only for phrases that articles do not use.
	Within
	numKinds
)

var kindNames = [numKinds]string{Whole: "whole", Label: "label", Lead: "lead", Within: "within"}

// String returns the kind's name, as the lexicon files write it.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "kind?"
}

// MaxWithinWords is the longest line, in words, a Within phrase is looked
// for in: a long paragraph that mentions a privacy policy is about it.
const MaxWithinWords = 60

// List identifies a list of words or short phrases that a rule reads in
// its own way. How an entry matches is said at each list.
type List uint8

// The word lists. Their names are the section names of the lexicon files.
const (
	// AboutWords open the heading of an author box: "About Jane Doe".
	AboutWords List = iota
	// Ago are the phrases of a time before now, without their number,
	// each with its unit in seconds: "days ago = 86400" reads "3 days
	// ago", "vor tagen = 86400" reads "vor 3 Tagen". Like Months they are
	// read on pages of every language (see Lexicons.Age).
	Ago
	// AuthorRoles are the jobs an author's bio names: "is a reporter".
	AuthorRoles
	// BylineLabels open an author line with a label: "Posted by", "Autor".
	// An entry matches the line's first words.
	BylineLabels
	// BylineWords open an author line: "By Jane Doe", "Von Max Muster".
	BylineWords
	// BylineDesks open an author line that names a desk, not a person:
	// "By our foreign staff", "Door onze redactie binnenland". An entry
	// opens the line (see Lexicons.Lead).
	BylineDesks
	// Buttons are the captions of the buttons under a post: reply, quote.
	Buttons
	// CaptionLabels open a parenthesised photo credit: "(Photo: ...".
	// An entry matches the start of a word after "(".
	CaptionLabels
	// CaptionPlaces say where a person stands in a picture: ", left,",
	// "(right)".
	CaptionPlaces
	// Captions mark a photo caption or credit anywhere in a line: "photo
	// by". An entry matches whole words.
	Captions
	// AnswerCounts are the entries of CommentCounts that count a question's
	// answers as well as a post's replies ("2 Respostas", "3 respuestas a
	// «...»"); alone after their number they head a question page's
	// answers, not a comment section. An entry matches the whole word.
	AnswerCounts
	// CommentCounts follow the number of comments: "12 Comments".
	CommentCounts
	// ConsentClose are the buttons that close a consent platform's
	// preference centre: "Confirm My Choices". An entry matches the
	// line's first words.
	ConsentClose
	// ConsentOpen are the headings that open a consent platform's
	// preference centre: "Privacy Preference Center". An entry matches
	// the whole line.
	ConsentOpen
	// ConsentPurposes are the purposes a banner of the IAB's
	// Transparency and Consent Framework names in the words its standard
	// gives them: "store and/or access information on a device". An entry
	// stands anywhere in the line as whole words.
	ConsentPurposes
	// ContactConsent are the words in which a sign-up form's notice has
	// its reader consent to be sent marketing: "you agree to receive" in
	// "By submitting this form, you agree to receive recurring automated
	// marketing text messages". An entry stands anywhere in the line as
	// whole words.
	ContactConsent
	// Contents are the labels of an article's table of contents: "Table
	// of contents", "Inhaltsverzeichnis". An entry matches the whole
	// line.
	Contents
	// CookieNames are the words for cookies in languages that do not
	// write "cookie": "クッキー", "ملفات تعريف الارتباط". An entry matches
	// anywhere in the line's key, even inside a word.
	CookieNames
	// CookieWords are what cookie banners say besides "cookie". An entry
	// matches anywhere in the line's key, even inside a word: "navigat"
	// matches "navigation" and "navigateur".
	CookieWords
	// Copyright marks a copyright notice anywhere in a line: "all rights
	// reserved". An entry matches whole words.
	Copyright
	// CreditLabels label a photo credit inside a caption: "Photo: ".
	CreditLabels
	// DateWords surround a date on a date line: labels, times, time zones.
	DateWords
	// DayWords name a day by its distance from today, each with the days
	// before now: "yesterday = 1", "today = 0". With a time after them
	// ("Yesterday, 08:17", "Heute, 14:05") they give a time before now, as
	// an entry of Ago does (see Lexicons.Age); they are read on pages of
	// every language, as Ago is.
	DayWords
	// FollowNetworks name where a "Follow ..." line sends the reader: "on
	// Facebook". An entry matches whole words.
	FollowNetworks
	// FollowWords open an invitation to follow the site: "Follow".
	FollowWords
	// FooterLabels are the labels a site gives its footer for readers of
	// screen readers, which text renderings print: "Footer", "Footer
	// navigation", "Fußzeile"; and the heading of a footer's column of
	// links, "Quick Links". An entry matches whole words.
	FooterLabels
	// LanguageCounts follow the number of languages a page is given in,
	// on its language switch beside its title: "languages" in "59
	// languages", as wikis print it. An entry matches the words after the
	// number.
	LanguageCounts
	// Months are month names and their abbreviations, each with its number
	// ("january = 1"). Months are read on pages of every language: a date
	// is a date whatever the page's language.
	Months
	// Next and Previous are the words of a pager: "Previous month | Next
	// month".
	Next
	// Previous: see Next.
	Previous
	// Pages are the words that open a pager's count of pages: "page" in
	// "Page 1 of 13", "seite" in "Seite 2 von 5". An entry matches the
	// line's first word.
	Pages
	// PictureWords name a picture by its kind, last in its alt text:
	// "logo" in "Salesforce Logo", "icon" in "arrow icon". An entry
	// matches the line's last word.
	PictureWords
	// PictureViews open the description of a picture by the view it
	// shows, as alt texts give it: "Front view of", "Overhead shot of". An
	// entry opens the line (see Lexicons.Lead).
	PictureViews
	// PostActions open a date line of a post's metadata on a
	// question-and-answer page, not the post's own date: "edited Mar 11,
	// 2022 at 10:45", "Commented May 18, 2017 at 12:03". An entry opens
	// the line (see Lexicons.Lead).
	PostActions
	// ReactionCounts follow the number of a post's reactions: "7 Likes".
	// An entry matches the words after the number.
	ReactionCounts
	// ReactionNames close a line that names who reacted to a post: "like
	// this" in "Jane and Joe like this", "others like this" in "Jane, Joe
	// and 3 others like this". An entry matches the line's last words.
	ReactionNames
	// ReadTimeUnits state a reading time after a number: "4 min read". An
	// entry matches anywhere in the line's key.
	ReadTimeUnits
	// Says are the verbs that introduce a comment: "joetoronto says:".
	Says
	// SectionNames are the names a page gives its sections whatever it
	// is about, which name no page: "Product details", "Specifications",
	// "Customer reviews". An entry matches the whole line.
	SectionNames
	// Social are the words of share and follow bars: network names and
	// button captions.
	Social
	// SolarMonths are the months of the Solar Hijri calendar, as Iranian
	// pages name them, each with its number ("اسفند = 12"). They are read
	// on pages of every language, as Months are, and their dates are
	// given in the Gregorian calendar (see FindDate).
	SolarMonths
	// Stock open a product's availability: "In stock", "Auf Lager",
	// "Disponibile, spedizione in 24/48 ore". Such a line, right over a
	// product's description, is no headline. An entry opens the line (see
	// Lexicons.Lead).
	Stock
	// ThreadStarts name the member who started a forum's thread, in the
	// thread's header right under its title: "Thread starter", "Discussion
	// in 'Cameras' started by". An entry matches whole words.
	ThreadStarts
	// Weekdays are the names of the days, read as DateWords are and in
	// the dates of photo captions.
	Weekdays
	NumLists // the number of lists
)

var listNames = [NumLists]string{
	AboutWords:      "about-words",
	Ago:             "ago",
	AuthorRoles:     "author-roles",
	BylineLabels:    "byline-labels",
	BylineWords:     "byline-words",
	BylineDesks:     "byline-desks",
	Buttons:         "buttons",
	CaptionLabels:   "caption-labels",
	CaptionPlaces:   "caption-places",
	Captions:        "caption",
	AnswerCounts:    "answer-counts",
	CommentCounts:   "comment-counts",
	ConsentClose:    "consent-close",
	ConsentOpen:     "consent-open",
	ConsentPurposes: "consent-purposes",
	ContactConsent:  "contact-consent",
	Contents:        "contents",
	CookieNames:     "cookie-names",
	CookieWords:     "cookie-words",
	Copyright:       "copyright",
	CreditLabels:    "credit-labels",
	DateWords:       "date-words",
	DayWords:        "day-words",
	FollowNetworks:  "follow-networks",
	FollowWords:     "follow-words",
	FooterLabels:    "footer-labels",
	LanguageCounts:  "language-counts",
	Months:          "months",
	Next:            "next",
	Previous:        "previous",
	Pages:           "pages",
	PictureWords:    "picture-words",
	PictureViews:    "picture-views",
	PostActions:     "post-actions",
	ReactionCounts:  "reaction-counts",
	ReactionNames:   "reaction-names",
	ReadTimeUnits:   "read-time-units",
	Says:            "says",
	SectionNames:    "section-names",
	Social:          "social",
	SolarMonths:     "solar-months",
	Stock:           "stock",
	ThreadStarts:    "thread-starts",
	Weekdays:        "weekdays",
}

// Matching says how the entries of a list are matched.
type Matching uint8

const (
	// AsWord: an entry is a word of the line, or its first words.
	AsWord Matching = iota
	// AsWords: an entry stands anywhere in the line as whole words (see
	// Lexicons.Find).
	AsWords
	// AsText: an entry stands anywhere in the line's text, even inside a
	// word ("navigat" in "navigation", "credit: " in "rabbitCredit: ").
	AsText
)

// Matching returns how the entries of l are matched.
func (l List) Matching() Matching {
	switch l {
	case Captions, ConsentPurposes, ContactConsent, Copyright, FollowNetworks, FooterLabels, Previous, Next, ThreadStarts:
		return AsWords
	case CaptionLabels, CookieNames, CookieWords, CreditLabels, ReadTimeUnits:
		return AsText
	}
	return AsWord
}

// String returns the list's name, as its section in a lexicon file.
func (l List) String() string {
	if l < NumLists {
		return listNames[l]
	}
	return "list?"
}
