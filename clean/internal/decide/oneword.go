package decide

import "github.com/cleanseeds/cleanseeds/clean/internal/lang"

// The headlines of one word or one name in code, which no headline's
// shape allows (see shaped): a reference's h1 ("Buffer"), a wiki's
// subject, the last crumb of a trail, an API's name.

// oneWordHeadline reports whether line i, one word (see oneName) or a name
// in code (see codeHeadline), is the page's headline all the same: its h1
// in HTML, or in text a markdown h1 over a paragraph by its own votes. A reference's h1 is often the one
// word that names what the page is about ("systemd", "pacman", SQLite's
// "SELECT", Node's "Buffer"). A line of text is no h1, and one word
// first over a paragraph is as often a section's heading under a title
// that a body read alone lost ("Introduction", "Motivation"); a
// markdown h1 over a headline is a label ("# LIVE"). Printed, the HTML
// title reads back as a line of the body, the same text (see Follow).
//
// wceb html titles found 0.7758 -> 0.8030 (nine pages), F1 0.8307 ->
// 0.8306 (a consulting page loses the tagline over its new headline,
// -0.009); the text modes do not move. Node's API references and Rust's
// are titled ("Assert", "Buffer", "Patterns").
func oneWordHeadline(p *Page, i int) bool {
	f := p.f(i)
	if codeHeadline(p, i) {
		return true
	}
	if !oneName(f) {
		return false
	}
	if p.m.HTML {
		return f.DOM.Heading == 1
	}
	return f.Heading == 1 && ownParagraph(p, p.nonBlank(i+1, 1)) || subjectWord(p, i) || crumbWord(p, i)
}

// crumbWord reports whether line i of a text, one word above the
// article, is the last entry of the page's breadcrumb trail (see heldBy):
// the page's own name, which the trail ends with ("Startseite »
// Administrationshandbuch » Wartung » Sicherung" over "Sicherung"). A
// manual's page in text had no title, its one-word name gone as a label.
// Such a word rates as subjectWord's do. A menu printed as a list that
// ends with the word (see listCrumb) is no trail: a yoga teacher's
// "Reviews" page would have been titled by its menu's entry, over its
// own longer heading.
func crumbWord(p *Page, i int) bool {
	if p.m.HTML || !aboveSpan(p, i) {
		return false
	}
	return heldBy(p, i).crumb
}

// aboveSpan reports whether the page has a span and line i stands above
// it.
func aboveSpan(p *Page, i int) bool { return p.Start <= p.End && i < p.Start }

// codeHeadline reports whether line i is an HTML h1 that names something
// in code, one token (see codeName), that the page's title holds too: an
// API reference's headline ("Array.prototype.findLast()" under "<title>
// Array.prototype.findLast() - JavaScript | MDN"). Such a name has no
// space, as a poster's name has none ("marta_k"), and may hold what marks
// a label or a line of code ("std::vector"): without the title's word
// the h1 is none of the page's headline.
//
// In text, which marks no h1 and keeps no title, such a name is the
// headline where the breadcrumb trail printed as a list right above ends
// with it (see listCrumb): "Array.prototype.map()" under "• Objetos
// Globais", "• Array", "• Array.prototype.map()", a Portuguese reference
// in w3m, whose title had gone to its badge "Baseline Amplamente
// disponível".
func codeHeadline(p *Page, i int) bool {
	f := p.f(i)
	if !p.m.HTML {
		return codeName(f.Content) && listCrumb(p, i)
	}
	return f.DOM.Heading == 1 && p.m.MetaKey != "" && codeName(f.Content) && lang.ContainsWords(p.m.MetaKey, f.Key)
}

// subjectWord reports whether line i of a text, one word above the
// article, names its subject: the article's first paragraph (its lede,
// see echoedByLede) gives the word, and the article gives it in
// minSubjectLines lines or more. A wiki's page on a program is named so
// ("pacman", "systemd", over "The pacman package manager is one of the
// major distinguishing features of Arch Linux."), and a text rendering
// marks no h1: the page's title went to a line of its skin's settings
// above the article ("This page always uses small font size"). A
// section's heading ("Introduction") is not the subject of its text, nor
// is a word right under a title that holds it ("Bananen" under "Banane,
// Bananen, Banana (Musa spp. paradisica)"). Such a word rates as a line
// the lede echoes, without one word's penalty: wceb text-h2t titles found
// 0.6818 -> 0.6879 (the two wiki pages), two German pages of the
// trafilatura set titled ("Emden", "Design"), one wrong title for
// another on a page each of scrapinghub and wceb text-w3m; no body moves.
// In text-w3m the wiki pages print the name beyond titleReach.
func subjectWord(p *Page, i int) bool {
	if p.Start > p.End || i >= p.Start || p.m.Lex.Word([]byte(p.f(i).Key)).Stops.Has(p.m.Lang) {
		return false
	}
	w := p.f(i).Key
	lede := spanLede(p)
	if lede < 0 || !lang.ContainsWords(p.f(lede).Key, w) {
		return false
	}
	if k := p.nonBlank(i-1, -1); k >= 0 && i-k <= 2 && p.f(k).Words > 1 && lang.ContainsWords(p.f(k).Key, w) {
		return false // the word under a title that holds it: "Banane, Bananen, Banana (Musa spp. paradisica)" over "Bananen"
	}
	n := 0
	for k := p.Start; k <= p.End && n < minSubjectLines; k++ {
		if !p.f(k).Blank && lang.ContainsWords(p.f(k).Key, w) {
			n++
		}
	}
	return n >= minSubjectLines
}

// minSubjectLines is the fewest lines of an article that give the word
// that names its subject (see subjectWord).
const minSubjectLines = 5
