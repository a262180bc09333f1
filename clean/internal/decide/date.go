package decide

// findDate is the date pass: the page's date is the one its metadata or
// a date prefix gives, else that of the date line nearest before the
// article, or of one among its first lines.
func (d *Decider) findDate(p *Page) {
	p.Date = p.m.MetaDate
	if p.Date != "" || p.Start > p.End {
		return
	}
	seen := 0
	for i := p.Start; i >= 0 && seen < titleReach; i-- {
		if f := p.f(i); !f.Blank {
			seen++
			if f.Date != 0 {
				p.Date = f.Date.String()
				return
			}
		}
	}
	seen = 0
	for i := p.Start; i <= p.End && seen < 5; i++ {
		if f := p.f(i); !f.Blank {
			seen++
			if f.Date != 0 {
				p.Date = f.Date.String()
				return
			}
		}
	}
}
