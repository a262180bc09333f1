package decide

// params are the knobs of the span pass; Balance turns some of them.
type params struct {
	uncertainMass float64 // cost of an uncertain line inside the span
	weakMass      float64 // base cost of a weak chrome line
	strongMass    float64 // base cost of a strong chrome line
	barrierMass   float64 // cost of a section heading that closes the article
	contextMass   float64 // share of its words an uncertain line settled as content adds

	// isolatedMass is the share of its words that a content line with no
	// content line beside it adds: teaser summaries and comments stand
	// alone between their metadata lines, an article's paragraphs follow
	// one another.
	isolatedMass float64
	// runGrowth is how many chrome lines in a row double the cost of the
	// next.
	runGrowth float64
	// Once a section heading that closes an article (related links,
	// comments) ends a span of at least minArticleWords words of content,
	// the content after it counts for afterBarrier of its words: a comment
	// thread or a block of teasers is not the article, however long it is.
	// In HTML it closes what follows even before any such span: there a
	// menu's headings are the menu's (dom-region), and a heading that
	// closes is a section of the page's own, as the related teasers under
	// a recipe of short steps are. (In text renderings the menus above an
	// article hold such headings: "Trending", "Most read".)
	// An article that goes on after an inline box of related links does so
	// with paragraphs in a row, and reopenRun of them reopen it; nothing
	// reopens after a comment section, where a long comment also has
	// paragraphs in a row, even when its heading comes far below the one
	// that closed the article (a comment form's prompts between its fields,
	// and a notice under them, had reopened a news page's sidebar of recent
	// comments, which then outweighed the article).
	minArticleWords int
	afterBarrier    float64
	reopenRun       int
	// After the heading of a comment section that closes an article of
	// minArticleWords words or more, the comments count for afterComments
	// of their words: a blog's open thread of two paragraphs had its
	// hundred comments, at afterBarrier of their words, outweigh it, and
	// the span took them in (scrapinghub: that page 0.10 -> 0.94 in each
	// mode, text-w3m 0.9449 -> 0.9472, html 0.9717 -> 0.9741; no other
	// page of any set moves). A comment prompt above any article (a
	// forum's "Join the conversation" in its header) discounts nothing
	// more: a trip report's posts under it had shrunk to one. So do the
	// summaries of cards under any heading that closes the article, each
	// under its picture (see underPicture), until the article reopens: a
	// post of one paragraph under "Você pode gostar..." had taken in six
	// cards of whole summaries, no teaser's cut (with spreadRecords'
	// lastParagraph: scrapinghub text-w3m, that page 0.33 -> 1.00, the set
	// 0.9472 -> 0.9495; in the other renderings, the same page in two).
	afterComments float64
	// On a page without an article, a run of reopenRun paragraphs, the
	// content is a set of records (posts, events, steps, blocks of code)
	// with their dates, authors and headings between them: there weak
	// chrome and uncertain lines cost recordsMass of their usual cost, and
	// lone paragraphs count in full.
	recordsMass float64
	// Chrome between content lines of the page's main container (HTML)
	// is a box inside the article: it costs insideMain of its usual cost,
	// and closes nothing.
	insideMain float64
	// The paragraphs of a page's fine print (see finePrint) add
	// finePrintMass of their words.
	finePrintMass float64
}

func paramsFor(b Balance) params {
	prm := params{
		uncertainMass:   1,
		weakMass:        2,
		strongMass:      6,
		barrierMass:     40,
		insideMain:      0.3,
		contextMass:     0.5,
		isolatedMass:    0.4,
		runGrowth:       4,
		minArticleWords: 40,
		afterBarrier:    0.15,
		afterComments:   0.05,
		reopenRun:       3,
		recordsMass:     0.25,
		finePrintMass:   0.5,
	}
	switch b {
	case FavorPrecision:
		prm.uncertainMass, prm.weakMass, prm.barrierMass = 2, 4, 80
	case FavorRecall:
		prm.uncertainMass, prm.weakMass, prm.barrierMass = 0.5, 1, 20
	}
	return prm
}
