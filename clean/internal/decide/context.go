package decide

// contextReach is how many decided non-blank lines the context pass looks
// past on each side before giving up.
const contextReach = 3

// settle is the context pass, in the spirit of jusText's context-sensitive
// classification: an uncertain line between two content lines is content
// (a subheading, a short answer in an interview); one with chrome, or the
// edge of the page, on both sides is chrome (an entry of a menu). It reads
// the classes the rules gave, so the order of lines does not matter. With
// the pass turned off, uncertain lines stay uncertain.
func (d *Decider) settle(p *Page) {
	off := !d.on(Context)
	// The lines that take part, so that walking to a neighbour never
	// crosses blank lines one by one.
	idx := p.idx[:0]
	for i := range p.Lines {
		if !p.f(i).Blank {
			idx = append(idx, i)
		}
	}
	p.idx = idx
	for k, i := range idx {
		l := &p.Lines[i]
		l.class, l.Detail = l.ruleClass, Detail{}
		switch l.class {
		case content:
			l.Reason, l.Detail = l.good, ruleDetail
			continue
		case chrome:
			l.Reason, l.Detail = l.bad, ruleDetail
			continue
		}
		l.Reason = NoRule
		if off {
			continue
		}
		prev, next := neighbour(p, idx, k, -1), neighbour(p, idx, k, 1)
		switch {
		case prev == content && next == content:
			l.class, l.Reason, l.Detail = content, Context, Detail{Kind: BetweenContent}
		case prev == chrome && next == chrome:
			l.class, l.Reason, l.Detail = chrome, Context, Detail{Kind: BetweenChrome}
		}
	}
}

// neighbour returns the rules' class of the nearest decided line from
// idx[k] in direction dir, chrome at the edge of the page, or uncertain when
// none is within reach.
func neighbour(p *Page, idx []int, k, dir int) class {
	seen := 0
	for j := k + dir; j >= 0 && j < len(idx); j += dir {
		if c := p.Lines[idx[j]].ruleClass; c != uncertain {
			return c
		}
		if seen++; seen >= contextReach {
			return uncertain
		}
	}
	return chrome
}
