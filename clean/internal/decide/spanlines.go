package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// What spanMasses reads around a line: whether the chrome between an
// article and where it goes on is one box (inlineBox), whether a
// paragraph stands alone among teasers (isolated, creditBeside), where
// the page's main container holds content (mainContent), and whether a
// "Comments" is a button (inButtonRow).

// inlineBox reports whether lines, the chrome between an article and
// where it goes on, are one box of items under one heading: no other
// heading that closes articles, and no strong chrome but interruptions
// (a share bar or a newsletter prompt is the page's, not a box's) and the
// pictures of the box.
func inlineBox(p *Page, lines []int) bool {
	heads := 0
	for _, i := range lines {
		l := &p.Lines[i]
		switch {
		case l.class != chrome:
		case l.bad.closes():
			heads++
		case l.strong && !l.bad.interrupts() && !rules[l.bad].picture:
			return false // a w3m box shows its pictures as [alt] or [id]
		}
	}
	return heads == 1 && len(lines) > 1
}

// isolated reports whether the non-blank lines on both sides of line i are
// not content by their own votes: a teaser's title between two summaries is
// content only by its neighbours, and does not make them a run.
func isolated(p *Page, i int) bool {
	for _, dir := range []int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(p.Lines); j += dir {
			o := &p.Lines[j]
			if p.f(j).Blank || o.class == chrome && o.bad.interrupts() {
				continue // ads, captions and "Read also:" links interrupt paragraphs without ending a run
			}
			if !p.m.HTML && o.ruleClass == uncertain && creditBeside(p, j) {
				continue // a picture's caption, glued to its credit
			}
			if o.ruleClass == content {
				return false
			}
			break
		}
	}
	return true
}

// creditBeside reports whether a picture's credit stands right above or
// below line j, with no blank line between: in a text rendering, j is the
// picture's caption or its alt text. (In HTML no blank line parts blocks,
// and a byline's date line beside a credit is no caption.)
func creditBeside(p *Page, j int) bool {
	for _, k := range []int{j - 1, j + 1} {
		if k >= 0 && k < len(p.Lines) && !p.f(k).Blank && p.Lines[k].bad == ImageCredit {
			return true
		}
	}
	return false
}

// mainContent returns the first and last content lines inside the page's
// main container (HTML), or -1, -1.
func mainContent(p *Page) (int, int) {
	lo, hi := -1, -1
	for j := range p.Lines {
		if p.f(j).DOM.Main && p.Lines[j].class == content {
			if lo < 0 {
				lo = j
			}
			hi = j
		}
	}
	return lo, hi
}

// inButtonRow reports whether line i sits in a row of buttons: next to a
// one- or two-word button caption ("Facebook", "Print"). There, "Comments"
// is a button, not the heading of a comment section.
func inButtonRow(p *Page, i int) bool {
	if p.f(i).Words > 2 {
		return false // a heading, not a button: "Discussion about this post"
	}
	for _, dir := range []int{-1, 1} {
		j := p.nonBlank(i+dir, dir)
		if j < 0 {
			continue
		}
		o := &p.Lines[j]
		if p.f(j).Words <= 2 && o.class == chrome && rules[o.bad].button {
			return true
		}
	}
	return false
}

// underPicture reports whether line i is a card's summary: right above it,
// blank lines and one short line aside (the card's title, its date or its
// share buttons), stands a picture as a renderer draws it (a rule whose
// row says picture: w3m's [alt], a form's widget).
func underPicture(p *Page, i int) bool {
	for j, seen := p.nonBlank(i-1, -1), 0; j >= 0 && seen < 2; j, seen = p.nonBlank(j-1, -1), seen+1 {
		l := &p.Lines[j]
		if l.class == chrome && rules[l.bad].picture {
			return true
		}
		if p.f(j).Words > 15 {
			return false
		}
	}
	return false
}

// linksLabel reports whether line i is a label of the related-link table
// with nothing after its colon ("LEIA TAMBÉM:"), which the related-block
// table has as a heading too ("Leia também"), over a few links, up to
// maxLabelLinks items of a list, and a paragraph under them: the colon
// introduces links inside the article, which goes on under them, where
// the heading closes it. A Portuguese story in w3m had lost its last two
// paragraphs under such a label, fewer than reopen an article. Over a
// longer list it stays a heading: "Recommended:" over a game's system
// requirements, which as a label moved a store page's span (wceb 3054
// text-h2t -0.029).
func linksLabel(p *Page, i int) bool {
	f := p.f(i)
	if p.Lines[i].bad != RelatedBlock || f.End != measure.EndColon {
		return false
	}
	items := 0
	for j := p.nonBlank(i+1, 1); j >= 0; j = p.nonBlank(j+1, 1) {
		if p.f(j).Marker == source.MarkNone {
			return items > 0 && p.Lines[j].class == content && p.m.Lex.IsLabel(lang.RelatedLink, f.Key, p.m.Lang)
		}
		if items++; items > maxLabelLinks {
			return false
		}
	}
	return false
}

// maxLabelLinks is the most links a "Read also:" label gives inside an
// article (see linksLabel).
const maxLabelLinks = 3
