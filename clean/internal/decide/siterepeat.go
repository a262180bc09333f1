package decide

// siteRepeats is the site-repeat pass: with a site profile, it removes the
// kept lines that recur across the documents of the page's site (see
// Site), which the page alone passed as content: a disclaimer under every
// article, a site's tagline, a box the template repeats.
//
// It only removes lines, and never the headline. At the edges of the
// article it removes every recurring line, up to the first that does not
// recur: a site adds its boilerplate before and after its articles.
// Inside the article it removes the recurring lines of more than three
// words that are not prose: a paragraph of running text is the article's
// even when the site repeats it, and a short recurring line inside an
// article is its structure ("Ingredients", "Specifications"). A page
// whose every kept line recurs keeps them all when one is prose: the
// pass never empties a page that has prose of its own.
func (d *Decider) siteRepeats(p *Page) {
	if p.site == nil || len(p.site.Recurring) == 0 || !d.on(SiteRepeat) {
		return
	}
	recurs := func(i int) bool {
		f := p.f(i)
		if f.Blank || f.Alpha == 0 && f.CJK == 0 {
			return false
		}
		_, ok := p.site.Recurring[f.Hash]
		return ok
	}
	drop := p.idx[:0]
	kept, prose := 0, false
	first, last := -1, -1 // the first and last kept lines that do not recur
	for i := range p.Lines {
		if p.Lines[i].Verdict != Keep {
			continue
		}
		kept++
		if !recurs(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Verdict != Keep || !recurs(i) {
			continue
		}
		edge := first < 0 || i < first || i > last
		if edge || p.f(i).Words > 3 && !isProse(l) {
			drop = append(drop, i)
			prose = prose || isProse(l)
		}
	}
	p.idx = drop
	if len(drop) == kept && prose {
		return
	}
	for _, i := range drop {
		l := &p.Lines[i]
		l.Verdict, l.Reason, l.Detail = Drop, SiteRepeat, Detail{Kind: SiteDetail}
	}
}

// isProse reports whether the rules voted for l as running text.
func isProse(l *Line) bool { return l.good == Prose || l.good == Sentence }
