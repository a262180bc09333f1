package decide

import "github.com/cleanseeds/cleanseeds/clean/internal/measure"

// spreadKin widens the span of an HTML page that ends inside one element
// of a set of kin (see source.DOM.Kin) over the elements of the set after
// it, when each of them, and the one the span ends in, gives a date: a
// product's reviews side by side, each with its author, its date and a
// "Was this review helpful?", whose strong chrome ended the span where
// the next review is short (a Portuguese shop kept one review of four, a
// Russian one one of two). The set's weak chrome (a review's author and
// date, its short lines that the buttons around them made chrome) is kept
// as the span's; strong chrome goes. Without dates, such sets are a
// story's teasers, a guide's sections, a list of wineries (with or without
// dates, widened so, scrapinghub html fell 0.9749 -> 0.9748). Nor is the
// span widened inside its own element alone: what follows it there (a
// story's "First Published on ...") is its tail. The widening ends at the
// set's last line that is no strong chrome, or at a heading that closes
// an article.
func spreadKin(p *Page) {
	if p.Start > p.End {
		return
	}
	end := p.f(p.End).DOM
	if end.Kin == 0 {
		return
	}
	// Whether the span's member is dated.
	dated := false
	for i := p.End; i >= 0; i-- {
		f := p.f(i)
		if f.Blank {
			continue
		}
		if f.DOM.Kin != end.Kin || f.DOM.KinMember != end.KinMember {
			break
		}
		dated = dated || f.Date != 0
	}
	widenKin(p, p.End+1, end.Kin, end.KinMember, dated)
}

// kinAfter widens the span of an HTML page over a set of kin (see
// source.DOM.Kin) that opens under its own heading after it (see
// kinAhead), as spreadKin widens it over the members after its own: a
// product's two reviews, each with its author and date, under "Opinie
// klientów (128)", its average and "Napisz opinię" (write a review), after
// the description and its table, where the span ended. Too few to be the
// page's items (see source.markRecords), they had gone whole. As there,
// each member must give a date; the lines between the span and the set
// are kept, but for their strong chrome.
func kinAfter(p *Page) {
	if p.Start > p.End || p.f(p.End).DOM.Kin != 0 {
		return
	}
	if i := kinAhead(p); i >= 0 {
		widenKin(p, i, p.f(i).DOM.Kin, 0, true)
	}
}

// kinAhead returns the first line of a set of kin that opens right after
// the span, under a heading, or -1. Between the span and the set's first
// member there are at most maxKinGap non-blank lines, a heading among
// them, each of maxKinGapWords words at most and none chrome that closes
// an article (a related block's heading, a comment section's).
func kinAhead(p *Page) int {
	heading := false
	for i, n := p.End+1, 0; i < len(p.Lines) && n <= maxKinGap; i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if f.DOM.Kin != 0 {
			if heading && f.DOM.KinMember == 1 && !linkedKin(p, i) {
				return i
			}
			return -1
		}
		if f.Words > maxKinGapWords || l.class == chrome && l.bad.closes() {
			return -1
		}
		heading = heading || f.DOM.Heading > 0
		n++
	}
	return -1
}

// linkedKin reports whether a line of the set of kin that opens at line
// from links to another page, but its strong chrome: the set is teasers,
// each a linked title and its date ("Suggested articles", "Empfohlene
// Beiträge" under a story), not reviews or answers, which link nowhere.
func linkedKin(p *Page, from int) bool {
	kin := p.f(from).DOM.Kin
	for i := from; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if f.DOM.Kin != kin {
			return false
		}
		if f.DOM.Links > 0 && !(l.class == chrome && l.strong) {
			return true
		}
	}
	return false
}

// headDate reports whether f is a member's head that gives a date among
// other words, maxKinGapWords at most: a review's "★★★★★ ゆうこ さん 40代 /
// 女性 2024-03-02" (stars, name, age, date), more than a date line holds
// (see measure.Line.Date). A Japanese shop's two reviews had read as
// undated, and gone.
func headDate(p *Page, f *measure.Line) bool {
	if f.Digits < 4 || f.Words > maxKinGapWords || f.End == measure.EndSentence {
		return false
	}
	d, _, _ := p.m.Lex.FindDateIn(f.Text, dayFirst(p))
	return d != 0
}

const (
	maxKinGap      = 6  // the most non-blank lines between a span and a set of kin under its heading
	maxKinGapWords = 12 // the most words of each
)

// widenKin widens the span over the members of set kin from line from on,
// after member (0 for none of the span's), whose lines, read so far, are
// dated or not: up to the set's last line that is no strong chrome, or a
// heading that closes an article, and not over a member without a date.
func widenKin(p *Page, from, kin, member int, dated bool) {
	start, last := member, p.End
	crossed := false // a member after the span's was read
	for i := from; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if f.DOM.Kin != kin || l.class == chrome && l.bad.closes() {
			break
		}
		if f.DOM.KinMember != member {
			if !dated {
				break // the member before gave no date
			}
			member, dated, crossed = f.DOM.KinMember, false, true
		}
		dated = dated || f.Date != 0 || headDate(p, f)
		if l.class != chrome || !l.strong {
			last = i
		}
	}
	if !dated {
		// The last member read gave no date: the widening ends before it.
		for last > p.End && p.f(last).DOM.KinMember == member {
			last--
		}
	}
	if !crossed || last == p.End || p.f(last).DOM.KinMember == start {
		return // no member after the span's: its own lines after it are its tail
	}
	for i := p.End + 1; i <= last; i++ {
		l := &p.Lines[i]
		if l.class == chrome && !l.strong {
			l.class = uncertain // a review's head, or chrome by the lines around it alone
		}
		l.extended = l.class != chrome && !p.f(i).Blank
	}
	p.End = last
}
