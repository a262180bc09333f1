package measure

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markNumberedSteps takes a numbered step or section of the page's own
// out of the prompt tables (see stepTable): a line numbered "1." that a
// prompt's phrase makes ("1. Create an account", "2. Sign in", "4.
// Newsletter"), no link in it, in HTML, or in text a line that stands
// alone over a paragraph (see overParagraph) or is a sentence of its own
// (see stepSentence). A manual's quickstart numbers its steps so, and a
// privacy policy its sections; their headings had gone as sign-in and
// newsletter prompts. A menu or a
// breadcrumb trail printed as a numbered list ("5. Log in", "6. Sign
// up") links its entries, and text prints them line under line, with no
// paragraph between.
func (p *Page) markNumberedSteps() {
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Marker == source.MarkOrdered && stepTable(l.Table) && l.Links == 0 && l.Words <= maxStepWords && (p.HTML || p.overParagraph(i) || stepSentence(l)) {
			l.Table = lang.NoTable
		}
	}
}

// stepSentence reports whether l, numbered, is a sentence of
// minStepSentence words or more: a step of instructions ("1. Pobierz
// aplikację i wybierz „Otwórz konto”.", download the app and choose "Open
// account"), which a bank's page in text had lost to the nav-label
// table's "Pobierz aplikację". A menu printed as a numbered list ends its
// entries with no full stop ("5. Log in").
func stepSentence(l *Line) bool {
	return l.End == EndSentence && l.Words >= minStepSentence
}

// minStepSentence is the fewest words of a numbered sentence that
// stepSentence reads as a step.
const minStepSentence = 5

// stepTable reports whether t is a table of prompts whose phrases a
// numbered step may be made of: a prompt to sign in, to subscribe, to
// share or follow, a call to action, a navigation label or a notice's.
func stepTable(t lang.Table) bool {
	switch t {
	case lang.SignIn, lang.Newsletter, lang.ShareBar, lang.FollowUs, lang.CallToAction, lang.NavLabel, lang.SiteNotice:
		return true
	}
	return false
}

// maxStepWords is the most words of a numbered step's heading (see
// markNumberedSteps).
const maxStepWords = 10

// overParagraph reports whether line i of a text heads a paragraph: the
// next line, a blank line between or none, is a line of minStepParagraph
// words or more, not numbered, that ends a sentence, runs on to the next
// line or is indented under line i (its item's text); and the line above
// is blank or no numbered line. A menu printed as a numbered list gives
// its entries line under line ("2. Log in" under "1. Home").
func (p *Page) overParagraph(i int) bool {
	if i > 0 && p.Lines[i-1].Marker == source.MarkOrdered {
		return false
	}
	j := p.nonBlankNear(i, 1)
	if j < 0 {
		return false
	}
	n := &p.Lines[j]
	return n.Marker != source.MarkOrdered && n.Words >= minStepParagraph && (n.End == EndSentence || p.joined(j) || n.Indent > p.Lines[i].Indent)
}

// minStepParagraph is the least words of the paragraph under a numbered
// step in text (see overParagraph).
const minStepParagraph = 8
