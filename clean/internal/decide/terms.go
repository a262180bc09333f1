package decide

import (
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// defineTerms is the term pass: in HTML, a definition list's term over a
// definition of content (see defines) is content too, whatever the rules
// said of the term alone. Manuals define their options and their formats'
// specifiers so ("-f format" over "Use format as the format string.", "S"
// over "Total number of CPU-seconds used by the system ..."), references
// their variables ("$cookie_name", which read as a cookie banner) and
// their items ("bool" over "The boolean type."): alone, such a term read
// as a line the page repeats, a share button, a link, and the
// definitions lost what they define. A term over a definition that is no
// content stays as the rules left it: a poster's name over "Posts: 214"
// in a thread's author card, a chapter's link over its sections' links in
// a table of contents. The reading of the output still drops what reads
// as chrome in text ("[seq]" a form's field, "E" over "Elapsed ..." an
// avatar's initial), so that the body cleaned again stays as it is.
//
// wceb html 0.8306 -> 0.8307: a shop's item specifics (+0.002), an FAQ's
// questions and a reference's variables kept where the truths leave them
// (-0.0005, -0.0001); no other page of any set moves. Of 406 manuals and
// references no benchmark holds, five change: rustdoc's crate index keeps
// its modules', types' and macros' names with their summaries (its span
// had ended at the first name, a link alone: 351 lines more), time's
// manual its options and specifiers, IDLE's help its menus' entries.
//
// The other way round, the value under a label of a poster's card (a
// term that the post-meta rule takes for strong chrome, "Joined" over
// "Aug 24, 2006") is the card's too, unless the rules read it as
// content: alone, a join date read as a date, and stayed inside a
// thread's span, under every post (wceb html: a thread +0.051; no other
// page of any set, nor any output of the other corpora, moves). So is a
// term that the lexicon knows as a card's label with its colon ("Posts:",
// "Mensajes:"), and its value: a Spanish thread's cards, "Mensajes" over
// "12.450", had left the number under the post's date.
func (d *Decider) defineTerms(p *Page) {
	if !p.m.HTML || !d.on(DefinedTerm) {
		return
	}
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if !f.DOM.Term || l.ruleClass == content {
			continue
		}
		j := i + 1
		for j < len(p.Lines) && (p.f(j).Blank || p.f(j).DOM.Term) {
			j++
		}
		switch {
		case j == len(p.Lines):
		case defines(p, j):
			l.ruleClass, l.good = content, DefinedTerm
		case p.Lines[j].ruleClass == content:
			// a value the rules keep: its term is left to them
		case l.ruleClass == chrome && l.strong && l.bad == PostMeta:
			v := &p.Lines[j] // the value of a poster's card's label: "Joined" over "Aug 24, 2006"
			v.ruleClass, v.bad, v.strong, v.strongVote = chrome, PostMeta, true, true
		case p.m.Lex.LabelTable(f.Key, p.m.Lang) == lang.PostMeta:
			// A card's label that a line gives with its colon: "Mensajes"
			// over "12.450" is "Mensajes: 12.450".
			for _, k := range [2]int{i, j} {
				v := &p.Lines[k]
				v.ruleClass, v.bad, v.strong, v.strongVote = chrome, PostMeta, true, true
			}
		}
	}
}

// defines reports whether line j, the first of a term's definition, is
// content to the rules, or a sentence they left in doubt ("Use format as
// the format string.", "Use the following format string:" over its
// code); not a label's "Posts:", nor links: a table of contents gives
// its sections' entries as a definition list of links, each chapter's
// title over its sections' titles.
func defines(p *Page, j int) bool {
	f := p.f(j)
	if f.Links*2 >= f.Chars {
		return false
	}
	switch p.Lines[j].ruleClass {
	case content:
		return true
	case uncertain:
		return f.End == measure.EndSentence || f.End == measure.EndColon && f.Stops > 0
	}
	return false
}
