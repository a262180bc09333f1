// Package source holds the front ends of the cleaner: each turns the bytes
// of a document (plain text, HTML) into a Doc, the document's lines and
// what the source says of them. It decodes and normalises text on the way.
// It knows nothing of how lines are then measured and decided.
package source

import "fmt"

// Doc is a document as a front end reads it.
type Doc struct {
	Blocks   []Block
	Meta     Meta
	Encoding string // the character encoding the input was read in
	Invalid  int    // bytes of invalid UTF-8 replaced by U+FFFD
	HTML     bool   // the blocks come from a DOM: their DOM fields are set

	arena []byte         // content built by the front end: markdown with its links replaced by their text
	built []builtContent // the blocks whose content is in arena

	lines  []string        // the lines of a text, while it is cut into blocks
	refs   map[string]bool // the labels that a markdown text defines (see readRefLabels)
	ends   []int           // where its blocks end (see Paragraphs)
	widths []int           // their widths (see wrapWidth)
}

// Meta is what a document says of itself besides its lines.
type Meta struct {
	// Title is the headline the page's metadata gives (HTML): JSON-LD,
	// og:title, or the <title> without the site's name.
	Title string
	// Date is YYYY-MM-DD: a "date YYYY-MM-DD" prefix lifted from the
	// first line of text, or the page's metadata (HTML).
	Date string
	// Author is the author the page's metadata names (HTML).
	Author string
	// Body is the articleBody of the page's JSON-LD, or else the
	// description of the product it describes, or a recipe's description,
	// ingredients and steps (HTML).
	Body string
	// Items are the entries of a recipe that the page's JSON-LD gives, its
	// ingredients and steps, each a line of the page (HTML).
	Items []string
	// Price is the price of the one product the page's JSON-LD describes,
	// as its offer gives it (HTML), or, where the JSON-LD describes no
	// product, the one price its microdata or product meta tags give; or
	// 0: on a page of several products, or with none, no price is the
	// page's.
	Price float64
	// URL is the page's own address, as its canonical link or, without
	// one, its og:url gives it (HTML); it names the page's site.
	URL string
	// Site is the site's name: its og:site_name, or else the other part
	// of a <title> of two that the site's name and the headline make
	// ("The Daily Planet" of "Bridge approved - The Daily Planet") (HTML).
	Site string
	// TitlePlain is set when Title, printed alone on a line, reads back as
	// itself with no markup and no date prefix.
	TitlePlain bool
	// FrontMatter is the number of lines of the front matter that opens a
	// Markdown text, its fences included, each a block (see frontMatter).
	FrontMatter int
}

// Block is one line of a document: one block of a page, as a renderer
// would print it on one line; in hard-wrapped text, the lines of one
// paragraph (see Lines).
type Block struct {
	// Text is the line, normalised, as the body prints it from Lift on.
	Text string
	// Lift is the number of bytes at the start of Text lifted into the
	// document's metadata: a "date YYYY-MM-DD " prefix.
	Lift int
	// Lines is the number of lines of the input the block holds: more
	// than one for a paragraph of hard-wrapped text (see wrapWidth), whose
	// Text keeps its breaks and whose Markup reads its lines as one. 0 is
	// one, as HTML's blocks leave it.
	Lines int
	// Blank lines part paragraphs; they have no other field set.
	Blank bool
	// Gap is set when a blank line or a block boundary comes before the
	// line.
	Gap bool
	// Markup is the line read as text renderers write it.
	Markup Markup
	// DOM is what the page's DOM says of the line (HTML); zero for text.
	DOM DOM
}

// Markup is what the text of a line shows by the conventions of text
// renderers: w3m's bullets and bracketed images, html2text's markdown,
// plain text's indentation and numbered lists. Both front ends read it, so
// that a line of HTML can be read as its printed text would be.
type Markup struct {
	// Content is the text without indentation, list marker, heading sign,
	// link markup or emphasis: what features are measured on.
	Content string
	Indent  int // spaces and tabs before the text
	Marker  Marker
	Heading int  // markdown heading level (#, ##, ...), 0 if none
	Links   int  // characters of the text of markdown links
	Image   bool // a rendered image: [alt] in w3m, ![alt](url) in markdown, an icon (emphasis around nothing, "__") or an empty heading ("###") in html2text
	Widget  bool // a rendered form widget: [    ] or [Go] in w3m
	LinkRef bool // in the list of link addresses that lynx prints after a page (see lynxRefs)
	Ref     bool // a markdown link by reference alone, "[text][label]", to a label the text defines (see Doc.ReadReferences)
	// TagLinks is set when every markdown link of the line leads to the
	// page of a tag or a category (see tagHref): "[python](/tag/python)".
	TagLinks bool
	// Plain is set when Content, printed alone on a line, reads back as
	// itself with no markup: how a title is printed and read again.
	Plain bool
	// Dated is set when Content opens as a "date YYYY-MM-DD " prefix does
	// (see DatePrefix), which a reading of it printed first would lift.
	Dated bool
}

// Marker is what opens a line before its text.
type Marker uint8

const (
	MarkNone    Marker = iota
	MarkBullet         // • * - + · ▪ ● ■ ► ▶ ‣
	MarkSub            // □ ◦ ○ ☆: renderers use these for nested lists
	MarkOrdered        // 1. 2) ...
	MarkQuote          // > (markdown)
)

// DOM is what an HTML page's structure says of a line.
type DOM struct {
	Heading int    // h1..h6; 0 if none
	Links   int    // letters of the line inside links: to other pages, and to places on the page in a table of contents (see countAnchors); not a link's code (see countLinks)
	Code    bool   // inside pre
	Region  Region // the innermost region element around the line
	Hint    Hint   // the innermost chrome an ancestor's class names
	Article bool   // inside article, main or role=main
	Pane    bool   // inside an aside that opens an article element, maxPaneLead bytes of text at most before it: a post's author pane
	Content bool   // an ancestor's class or id names the content (article-body)
	Caption bool   // inside figcaption or caption
	Table   bool   // a row of a table
	Main    bool   // inside the page's main container (see markMain)
	Record  int    // inside the page's Nth item (a card, an entry, a post), from 1; 0 outside them (see markRecords; in text, measure's markCards)
	Titles  bool   // the page's items are a list of titles, a line each (see markRecords)
	Lead    bool   // inside the element that leads the page's items: a question above its answers (see leadOf)
	Consent bool   // inside a consent platform's banner or preference centre (see consentPlatforms)
	Toggle  bool   // inside a small element, no link, whose class or id names a control that unfolds the text around it (see classHint)
	Term    bool   // inside a <dt> that a <dd> follows: the term a definition list defines (see definedTerm)
	Post    bool   // inside the text of a question page's question or of one of its answers, as its microdata marks them (see isQAPost)
	// PostHead is set when all the line's text is a post's author's name
	// or its date, as the page's microdata marks them (see isPostItem).
	PostHead bool
	// InPage is set when all the line's letters are inside links to places
	// on the page itself (href="#..."): a tab's caption over its panel, an
	// entry of a table of contents or of a one-page site's menu. The
	// heading of the section such a link leads to is the page's own.
	InPage bool
	// Buttons is set when half the line's letters or more are inside
	// buttons that act (see actingButton): "Add to cart", a label and
	// its buttons, "Colour Add to cart Add to wishlist", as w3m prints
	// them in brackets (see Line.Widget).
	Buttons bool
	// TagLinks is set when every link of the line leads to the page of a
	// tag or a category (see tagHref): "chuva São José dos Campos Defesa
	// Civil", a story's tags, each a link to /tag/....
	TagLinks bool
	// Kin numbers, from 1, the set of like elements the line is in: two
	// or more siblings of one tag and class, each of several lines, as a
	// product's reviews stand side by side (see markKin); 0 if none.
	// KinMember numbers, from 1, the element of the set the line is in.
	Kin, KinMember int
}

// Region is an element whose name says what part of a page it is.
type Region uint8

const (
	NoRegion Region = iota
	Nav
	Menu
	Header
	Footer
	Aside
	Form
	numRegions
)

var regionNames = [numRegions]string{"", "nav", "menu", "header", "footer", "aside", "form"}

// String returns the element's name.
func (r Region) String() string {
	if r < numRegions {
		return regionNames[r]
	}
	return fmt.Sprintf("Region(%d)", int(r))
}

// Hint is the kind of chrome that a class, id, role or aria-label names.
type Hint uint8

const (
	NoHint Hint = iota
	HintAdvert
	HintByline
	HintBreadcrumb
	HintComments
	HintCookie
	HintFooter
	HintHeader
	HintNav
	HintNewsletter
	HintPopup
	HintRelated
	HintShare
	HintSidebar
	HintSignIn
	HintTags
	numHints
)

var hintNames = [numHints]string{
	"", "advert", "byline", "breadcrumb", "comments", "cookie", "footer", "header",
	"nav", "newsletter", "popup", "related", "share", "sidebar", "sign-in", "tags",
}

// String returns the hint's name, as explanations print it.
func (h Hint) String() string {
	if h < numHints {
		return hintNames[h]
	}
	return fmt.Sprintf("Hint(%d)", int(h))
}

// Limits bound what a front end reads.
type Limits struct {
	MaxLines int // the most lines a document may have
	MaxDepth int // how deep HTML elements are read; deeper content is flat text
	MaxNodes int // the most elements an HTML page may have
}

// LimitError reports a document over one of the Limits.
type LimitError struct {
	Limit string // "MaxLines", "MaxNodes"
	Value int    // what the document has, or 0 when not known
	Max   int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: %d over %d", e.Limit, e.Value, e.Max)
}

// reset empties d for a new document, keeping its memory.
func (d *Doc) reset() {
	clear(d.refs) // the labels of the last text: an HTML page reads none
	*d = Doc{Blocks: d.Blocks[:0], arena: d.arena[:0], built: d.built[:0], lines: d.lines[:0], ends: d.ends[:0], widths: d.widths[:0], refs: d.refs}
}
