package decide

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Rules that vote for content, and the rules that read what the HTML
// front end saw (the line's DOM fields); on text those have no opinion.

// prose votes for paragraphs of running text. In a page with a stopword
// list, running text has a high share of stopwords; menus do not. Without
// one (CJK, unsupported languages), or where no line of the page is prose
// by its stopwords (see stopwordProse), length alone decides. Lines of fewer
// than 20 words must end like a sentence: "Council approves the new river
// bridge after a long debate" has the stopwords of prose but is a headline.
// It must not catch long teaser summaries on its own: those are settled by
// the span and teaser rules. Nor a line whose words run into each other
// (see measure.Counts.Humps) at one word in ten: html2text prints a select
// box's options so ("- Any -Quantum algorithms & ComputingComputer
// architecture..."), thousands of words with a paragraph's stopwords that
// outweighed the article (wceb h2t 0.7600 -> 0.7672, three pages from 0 or
// 0.43 to 0.63 or more; a hashtag line and a glued list of teams that two
// truths keep went too). Nor a picture (see measure.Line.Image): an alt
// text given twice reads as a paragraph of twice its words, and a
// teaser's title after its picture's as a sentence (scrapinghub text-w3m
// 0.9341 -> 0.9363, wceb text-w3m 0.7682 -> 0.7696). Nor a form's line
// (see radioButton).
func prose(l *measure.Line, p *Page) float64 {
	if !p.m.HTML && linkedText(l) {
		return 0
	}
	if p.m.Lang != lang.None && !p.proseByLength {
		return proseByStopwords(l, p.proseScale)
	}
	if l.Words < 20 && l.End == measure.EndNone || notProse(l) {
		return 0
	}
	switch {
	case l.Words >= 25:
		return 1.5
	case l.Words >= 12 && l.End == measure.EndSentence:
		return 1
	}
	return 0
}

// proseByStopwords is prose's vote on a page with a stopword list: by the
// share of stopwords of l's tokens, over scale (see Page.proseScale).
func proseByStopwords(l *measure.Line, scale float64) float64 {
	if l.Words < 20 && l.End == measure.EndNone || notProse(l) {
		return 0
	}
	d := l.StopDensity() / scale
	switch {
	case l.Words >= 20 && d >= 0.2:
		return 1.5
	case l.Words >= 10 && d >= 0.25:
		return 1
	}
	return 0
}

// notProse reports whether l is no paragraph whatever its words: a
// picture's text, a form's radio buttons (see radioButton), or words that
// run into each other at one in ten (see measure.Counts.Humps).
func notProse(l *measure.Line) bool {
	return l.Image || radioButton(l) || l.Humps >= minHumps && 10*l.Humps >= l.Words || unpunctuatedCJK(l) || trailAtEnd(l)
}

// trailAtEnd reports whether l, which ends like no sentence, holds two
// steps or more of a breadcrumb's trail (" › ", " > ", " » "): w3m runs a
// page's header into one paragraph, its site's name, its menu and its
// trail ("Université de Loire-AtlantiqueFormation Recherche ... Vous êtes
// ici : Accueil › Formation › Licences professionnelles › Métiers du
// numérique"), which read as prose by its stopwords and opened the span
// over the page's headline. A manual's "Choose File > Save As > PDF."
// ends as a sentence does, and so does French prose that quotes « so ».
func trailAtEnd(l *measure.Line) bool {
	if l.End != measure.EndNone || l.Punct&measure.PunctAngle == 0 {
		return false
	}
	steps := 0
	for _, sep := range trailSeps[:angleSeps] {
		steps += strings.Count(l.Content, sep)
	}
	return steps >= 2
}

// unpunctuatedCJK reports whether l, mostly Chinese or Japanese, holds
// none of the marks that part their sentences and clauses (。、，；！？)
// and an angle of a trail: w3m runs a header's links together without
// spaces, and a Japanese Q&A site's menu and trail, two lines of forty
// characters ("Yahoo! JAPAN ヘルプログイン知恵袋トップカテゴリ Q&A一覧質問
// する知恵袋トップ > 暮らしと生活ガイド > 住宅 > 賃貸物件"), read as a
// paragraph by its length. A paragraph of these languages parts its
// clauses so; a forum's post typed with spaces for commas has no angle.
// No output of the shared sets changes.
func unpunctuatedCJK(l *measure.Line) bool {
	if l.CJK == 0 || l.Punct&measure.PunctAngle == 0 || strings.ContainsAny(l.Content, "。、，；！？．") {
		return false
	}
	han, all := 0, 0 // Chinese and Japanese letters, not Korean's or Thai's, which part sentences as Latin does
	for _, r := range l.Content {
		all++
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			han++
		}
	}
	return 2*han >= all
}

// linkedText reports whether l's text is all in markdown links, but for
// a tenth at most: a row of teasers that html2text printed with their
// links kept, as one line ("[ ![](pic.jpg) Spirit Airlines Exceeds Peers
// ... ](/articles/...) [ ![](pic.jpg) American Adds ...](/articles/...)"),
// whose titles have the words of a paragraph, and which, read as one,
// outweighed a forum's thread. In HTML a paragraph inside a link is a
// listing's summary that its truth keeps (wceb html: 0.8247 -> 0.8227 with
// this rule there too).
func linkedText(l *measure.Line) bool {
	return l.Links*10 >= l.Chars*9
}

// radioButton reports whether l holds a radio button as w3m prints one
// unchosen, "( )": a form's options ("Sort by ( )Price ( )Newest"), or a
// shop card's ("More optionsBILLY( )Option: BILLY, Bookcase, white ..."),
// whose glued names and descriptions have a paragraph's words. A chosen
// one, "(*)", is left alone: articles in many languages mark a footnote so.
func radioButton(l *measure.Line) bool {
	return l.Punct&measure.PunctParen != 0 && strings.Contains(l.Content, "( )")
}

// minHumps is the fewest places where words run into each other that make
// a line no prose, at one in ten words or more.
const minHumps = 5

// sentence votes for short lines that are sentences: "“That is not on the
// table,” Mr. Biden told reporters." It must not catch prompts such as
// "Lost your password?": those are shorter than four words, or found by a
// chrome rule that outvotes it.
func sentence(l *measure.Line, p *Page) float64 {
	if l.End != measure.EndSentence || l.Words < 4 || l.Words >= 10 {
		return 0
	}
	if p.m.Lang != lang.None && l.Stops == 0 {
		return 0
	}
	if p.m.Lang == lang.None && l.Words < 5 {
		return 0
	}
	return 0.6
}

// code votes for the lines of a block of code, which documentation pages
// are made of. In text it is weak, so that it only matters where nothing
// votes against: markCode finds code by its look, and a menu of
// bracketed words looks like it too. In HTML a line of a <pre> is text the
// page printed verbatim, and the vote outweighs any one rule against it
// (a chrome phrase votes 2): a block's "True", printed by every example,
// is no menu entry repeated, nor a one-line block between two "Copy"
// buttons a line of chrome between chrome. Across the wceb HTML pages this
// keeps code on six documentation and article pages (2872: 0.8475 ->
// 0.8717) and cuts one rustdoc page whose article span no longer widens
// over its declaration (0.4090 -> 0.3872); documentation 0.8696 ->
// 0.8690, article 0.9542 -> 0.9543, no other figure moves.
func code(l *measure.Line, p *Page) float64 {
	switch {
	case !l.Code:
		return 0
	case p.m.HTML:
		return 2.5
	}
	return 0.6
}

// verse votes for the lines of a poem's or a song's stanzas (see
// measure.Page.markVerse), which end few sentences and read as no
// paragraph alone: without it, a song's lyrics had been no article.
func verse(l *measure.Line, _ *Page) float64 {
	if l.Verse {
		return 0.6
	}
	return 0
}

// jsonLD votes for lines whose text is in the articleBody the page gives
// in its JSON-LD, or in the description of the product it describes
// there: most of their shingles are the body's. Lines of fewer than four
// words are left to the other rules. Of the ten wceb product pages whose
// JSON-LD gives a description, the truth holds it on seven; it holds none
// of the reviews a shop gives there, which the rule does not read. A
// line that is one of the items of a recipe its JSON-LD gives (an
// ingredient, a step: see measure.Page.LDItems) is voted for however
// short: "125 g | Mehl".
//
// It votes as much for the line that states the product's price, the
// price its JSON-LD offer gives, or where it describes no product the one
// price its microdata or meta tags give (see statesPrice, and source's
// markedPrice): a product page's own
// price, which the other rules read as a line without words ("$60.00"),
// a label ("Price $ 79.99") or a repeated line.
func jsonLD(l *measure.Line, p *Page) float64 {
	if p.m.Price > 0 && statesPrice(l, p.m.Price) {
		return 1.5
	}
	if p.m.LDItems[lang.HashString(l.Key)] {
		return 1.5 // a recipe's ingredient or step, however short: "125 g | Mehl"
	}
	if p.m.LD == nil || l.Tokens < 4 {
		return 0
	}
	in, all := 0, 0
	measure.ShingleHashes(l.Key, func(h uint64) {
		all++
		if p.m.LD[h] {
			in++
		}
	})
	if all > 0 && in*10 >= all*6 {
		return 1.5
	}
	return 0
}

// domRegion votes against lines inside the page's navigation, footer,
// sidebars and forms, and inside a header that is not the article's own.
// Strong in nav, menu and footer, where articles never are; weaker in aside
// (pull quotes), form and header. A form that holds the page's items (see
// source.DOM.Record: a forum wraps its posts in a moderation form) is not
// a form of the page's; nor, when the posts are too few to be items, is a
// paragraph of over 40 words: a form's own text is labels, buttons and a
// notice or two, a post is longer. Inside a form, such a paragraph is
// voted against as little as a long one under a chrome class name.
func domRegion(l *measure.Line, _ *Page) float64 {
	switch l.DOM.Region {
	case source.Nav, source.Menu, source.Footer:
		return -1.6
	case source.Aside:
		return -1.2
	case source.Form:
		if l.DOM.Record > 0 {
			return 0 // a form around the page's items (a thread's moderation form) is no form of the page's
		}
		if l.Words > 40 {
			return -0.5 // a post of a thread too short to have items
		}
		return -1.2
	case source.Header:
		return -0.8
	}
	return 0
}

// domHint votes against lines inside an element whose class, id, role or
// aria-label names chrome. Weak: class names are the page author's words,
// not the browser's, and a share bar's class may sit on a wrapper that also
// holds the text.
func domHint(l *measure.Line, _ *Page) float64 {
	if l.DOM.Hint == source.NoHint {
		return 0
	}
	if l.Words > 40 {
		return -0.5
	}
	return -0.9
}

// consentDialog votes against the lines of a consent platform's banner or
// preference centre (see source.DOM.Consent): cookie categories and their
// long descriptions, which read as prose and can outweigh a page's own
// text. Strong: a platform's name is on its own dialog only. It must not
// catch a page about cookies, whose text is not inside such a dialog.
func consentDialog(l *measure.Line, _ *Page) float64 {
	if l.DOM.Consent || l.Consent {
		return -3
	}
	return 0
}

// domArticle votes, weakly, for lines inside article or main, or an element
// whose class or id names the content; headings aside, as for domMain.
func domArticle(l *measure.Line, _ *Page) float64 {
	if l.Heading == 0 && (l.DOM.Article || l.DOM.Content) {
		return 0.3
	}
	return 0
}

// domMain votes for lines inside the page's main container: the element
// that holds most of its paragraphs. Headings are left to the headline and
// context passes: the article's own h1 is its headline. With domArticle's
// vote it must stay below link-dense's against a short line of links: a
// box of links to other articles inside the container (related videos at
// an article's end) is still chrome. At 0.6 it was not, and the span took
// such boxes in; at 0.4, scrapinghub html 0.9702 -> 0.9707, trafilatura
// html 0.9352 -> 0.9357, wceb html 0.8196 -> 0.8199 (21 pages move: a
// news story +0.07, a thread +0.16; a travel report -0.07, whose span now
// ends at a post's list of likes).
func domMain(l *measure.Line, _ *Page) float64 {
	if l.DOM.Main && l.Heading == 0 {
		return 0.4
	}
	return 0
}

// figureCaption votes for a figure's caption. A caption is the article's
// own text about its picture; credits inside it ("Photo: AP") are still
// found by image-credit.
func figureCaption(l *measure.Line, _ *Page) float64 {
	if l.DOM.Caption && l.Words >= 3 {
		return 1.2
	}
	return 0
}

// linkDensity is link-dense's detail.
func linkDensity(l *measure.Line) string {
	return fmt.Sprintf("link density %.2f", float64(l.Links)/float64(max(1, l.Chars)))
}

// wordsBesideMoney counts the words of s that hold a letter and are no
// dollar's sign ("R$", "US$", "R$189,90") and no currency written in
// letters ("zł", "ر.س": see measure.CurrencyWord).
func wordsBesideMoney(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if d := measure.DollarPrefix(w); d > 0 && !strings.ContainsFunc(w[d:], unicode.IsLetter) {
			continue // "R$", "R$189,90"
		}
		if measure.CurrencyWord(w) {
			continue // "1 299 zł", "1,299 ر.س"
		}
		if strings.ContainsFunc(w, unicode.IsLetter) {
			n++
		}
	}
	return n
}

// statesPrice reports whether a line states price: it holds an amount
// equal to it, written in any of the usual ways ("$1,772.00", "79,00 €",
// "€17", "2 990 ₽"), and at most two words besides ("Sale price", "US", "EUR"). A
// line that says more ("$195.00 or 4 payments of $48.75", "Add to
// Cart-€549.99") is a sentence or a button that names the price, and a
// whole number alone, without a word or a currency sign ("1"), is a
// count or a quantity. A dollar's letters are its sign, no word: "R$ 249,90
// R$ 189,90 à vista", a Brazilian shop's price struck through beside its
// price in cash; so is a currency written in letters: "1,299 ر.س 1,599
// ر.س وفر 19%" (save 19%), a Saudi shop's, whose riyals had counted as
// words.
func statesPrice(l *measure.Line, price float64) bool {
	if l.Digits == 0 || l.Alpha > 2 && wordsBesideMoney(l.Content) > 2 {
		return false
	}
	s := l.Content
	if l.Alpha == 0 && !strings.ContainsAny(s, ".,") && l.Punct&measure.PunctMoney == 0 {
		return false
	}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) {
			if isDigit(s[j]) || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1]) {
				j++
			} else if n := groupSpace(s[j:]); n > 0 && thousands(s[j+n:]) {
				j += n // "2 990 ₽", "1 299,00 €": a space parts the thousands
			} else {
				break
			}
		}
		if math.Abs(amount(s[i:j])-price) < 0.005 {
			return true
		}
		i = j
	}
	return false
}

// groupSpace returns the length in bytes of the space that s opens with,
// as Russian and French part the thousands of an amount: a space, a
// no-break space, a narrow no-break space or a thin space; 0 for none.
func groupSpace(s string) int {
	for _, sp := range [...]string{" ", "\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s, sp) {
			return len(sp)
		}
	}
	return 0
}

// thousands reports whether s opens with a group of three digits and no
// more.
func thousands(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// amount reads a run of digits with separators as an amount: its last
// separator is the decimal mark when one or two digits follow it
// ("79,00", "1.772,5"), and the others group thousands ("1,772.00",
// "1.772", "2 990").
func amount(s string) float64 {
	dec := -1
	if k := strings.LastIndexAny(s, ".,"); k >= 0 && len(s)-k-1 <= 2 {
		dec = k
	}
	v, scale := 0.0, 1.0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		v = v*10 + float64(s[i]-'0')
		if dec >= 0 && i > dec {
			scale *= 10
		}
	}
	return v / scale
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
