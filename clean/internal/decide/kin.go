package decide

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
	// The members of the set from the span's, and whether each is dated.
	member, dated, last := end.KinMember, false, p.End
	crossed := false // a member after the span's was read
	for i := p.End; i >= 0; i-- {
		f := p.f(i)
		if f.Blank {
			continue
		}
		if f.DOM.Kin != end.Kin || f.DOM.KinMember != member {
			break
		}
		dated = dated || f.Date != 0
	}
	for i := p.End + 1; i < len(p.Lines); i++ {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		if f.DOM.Kin != end.Kin || l.class == chrome && l.bad.closes() {
			break
		}
		if f.DOM.KinMember != member {
			if !dated {
				break // the member before gave no date
			}
			member, dated, crossed = f.DOM.KinMember, false, true
		}
		dated = dated || f.Date != 0
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
	if !crossed || p.f(last).DOM.KinMember == end.KinMember {
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
