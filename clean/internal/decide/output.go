package decide

import "iter"

// Where a printed line comes from, when it is not a line of the page.
const (
	PrintedBlank = -1 // a blank line of the layout
	PrintedMeta  = -2 // a title taken from the page's metadata
)

// TitleLine returns the page's title and where it comes from: the
// headline's content and its index; or, when no line is the headline, the
// metadata's title and PrintedMeta; or "" and PrintedBlank.
func (p *Page) TitleLine() (string, int) {
	for i := range p.Lines {
		if p.Lines[i].Verdict == Headline {
			return p.f(i).Content, i
		}
	}
	if p.usesMetaTitle() {
		return p.m.MetaTitle, PrintedMeta
	}
	return "", PrintedBlank
}

// usesMetaTitle reports whether the title is the page's metadata title: no
// line is the headline, no kept line reads the same, and printed alone on
// a line the title reads back as itself, without a date prefix to lift.
func (p *Page) usesMetaTitle() bool {
	if p.m.MetaTitle == "" || p.NoMetaTitle || !p.m.MetaTitlePlain {
		return false
	}
	for i := range p.Lines {
		if p.Lines[i].Verdict == Keep && p.f(i).Key == p.m.MetaKey {
			return false
		}
	}
	return true
}

// BodyLines yields the indices of the kept lines in order, each with
// whether a blank line parts it from the kept line before: lines adjacent
// in the input stay adjacent in the body.
func (p *Page) BodyLines() iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		last := -1
		for i := range p.Lines {
			if p.Lines[i].Verdict != Keep {
				continue
			}
			if !yield(i, last >= 0 && (i != last+1 || p.f(i).Gap)) {
				return
			}
			last = i
		}
	}
}

// Printed returns the text line i prints in the body: its text, without
// what a reading lifted from it.
func (p *Page) Printed(i int) string {
	return p.f(i).Text[p.Lines[i].Lift:]
}

// Clean reports whether the page has no line of strong chrome: it was kept
// whole but for its headline.
func (p *Page) Clean() bool { return p.clean }
