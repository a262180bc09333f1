package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// keepStandfirst marks the paragraphs between the headline and the article
// span as the article's own (see Line.lede): a standfirst, a product's
// description above its buy box, a service page's introduction. The span
// leaves them out when chrome parts them from the article (a byline, a
// price, an order form). Only paragraphs count (Prose), and none after
// the first line of strong chrome below the headline: a headline chosen
// above a menu has the menu's teasers below it. What interrupts an
// article without ending it (a picture, a caption, an ad, a reading time)
// does not end its head either. A product's price, stated alone on its
// line as the page's JSON-LD gives it (see statesPrice), is kept as such
// a paragraph is: a product page's name, price and description are its
// own, and the price had gone as a line without words (of the thirteen
// wceb product pages whose JSON-LD gives one price, html printed it on
// three, and prints it on eight). Without JSON-LD (always in a text
// rendering) no line is taken for the price: the first line under the
// name that states an amount of money, kept so, cost wceb text-w3m
// 0.0008 and text-h2t 0.0002 (the benchmark averages precision over
// pages, and one shop's line holds w3m's [DEL:...:DEL] markup, which its
// truth does not).
//
// A news page's standfirst, the one paragraph right under its headline
// over a byline or a date, is left out: the scrapinghub annotations leave
// it out (with it, scrapinghub h2t fell from 0.9316 to 0.9292 and
// htmltext from 0.9377 to 0.9345), while the trafilatura ones keep the
// standfirsts that stand without a byline under them. A question's or a
// first post's paragraphs also come over a date ("asked Feb 11, 2011"),
// but not right under the headline: its date and author come first. In
// text the standfirst is all the lines under the headline up to a blank
// line: lynx prints one over two lines where it finds no width to unwrap
// it at, and its first line alone reads as a fragment, not a paragraph;
// the second, kept, had been half a sentence in the body (in lynx, two
// pages of the shared sets; no figure of the shipped renderings moves).
//
// A box of the site's that the page's markup names (a sidebar, related
// links, a menu, a footer, comments; see boxHint) closes the head as
// strong chrome does: below a news page's list of topics, which its class
// names a menu, the photo's caption had been kept as a standfirst
// (scrapinghub html +0.0215 on that page; no page of any set falls), and
// so can the list of stories under a sidebar's "Most Popular Today".
//
// A list that the head introduces after its first paragraph is the head's
// too: the line that ends in a colon ("Playbooks allow you to perform the
// following actions:") and the items under it, short as they may be
// ("Declare configurations."). The head had kept its long items only
// (wceb html documentation: Ansible's playbooks +0.012; text-h2t 0.8081
// -> 0.8089, an insurer's guide +0.14, a cooking question +0.004; no page
// of any set falls).
//
// So is a block of code in a <pre> under the headline: a declaration
// (rustdoc's "pub enum Option<T> {" over its variants, then its
// description), which had gone where the span opened below the boxes the
// sidebar repeats (wceb html: Rust's Option +0.0011; of 800 Rust pages
// drawn at random, five keep their declarations, and none lose a line).
// In text, where a reading takes lines of such a block ("None,") for
// copies of the sidebar's entries, only some of them would stay.
func keepStandfirst(p *Page) {
	first, attributed, closed := -1, false, false
	list := false // in a list that the head's paragraphs introduce
	for i := p.Title + 1; i < p.Start; i++ {
		l, f := &p.Lines[i], p.f(i)
		if f.Blank {
			continue
		}
		item := f.Marker != source.MarkNone
		switch {
		case l.class == chrome && (l.strong && !l.bad.interrupts() || boxHint(f.DOM.Hint)):
			closed = true
		case !closed && l.class == content && l.good == Prose && l.score >= contentScore:
			l.lede = true
			if first < 0 {
				first = i
			}
		case !closed && l.class == content && l.good == Code && f.DOM.Code:
			l.lede = true // a declaration's code under its name: "pub enum Option<T> {"
		case !closed && l.class == content && p.m.Price > 0 && statesPrice(f, p.m.Price):
			l.lede = true // the product's price, under its name
		case !closed && list && item && l.class != chrome:
			l.lede = true // an item of the list the head introduces
		case !closed && first >= 0 && !item && f.End == measure.EndColon && l.bad == NoRule && l.class != chrome && listFollows(p, i):
			l.lede = true // "... the following actions:"
		}
		list = l.lede && (list || !item && f.End == measure.EndColon)
		if l.bad == Byline || f.Dateline() || f.DOM.Hint == source.HintByline {
			attributed = true
		}
	}
	if attributed && first >= 0 {
		// The paragraph right under the headline: in text, its lines up to
		// a blank line.
		from := p.nonBlank(p.Title+1, 1)
		to := from + 1
		for !p.m.HTML && to < p.Start && !p.f(to).Blank {
			to++
		}
		if first >= from && first < to {
			for i := from; i < to; i++ {
				p.Lines[i].lede = false
			}
		}
	}
}

// listFollows reports whether the next line after i, blank lines aside,
// is an item of a list that is not chrome: the list line i introduces.
func listFollows(p *Page, i int) bool {
	j := p.nonBlank(i+1, 1)
	return j >= 0 && p.f(j).Marker != source.MarkNone && p.Lines[j].class != chrome
}

// boxHint reports whether h names a box beside the article: a sidebar,
// related links, a menu, a footer, comments.
func boxHint(h source.Hint) bool {
	switch h {
	case source.HintSidebar, source.HintRelated, source.HintNav, source.HintFooter, source.HintComments:
		return true
	}
	return false
}
