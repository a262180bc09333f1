package decide

import (
	"unicode"
	"unicode/utf8"
)

// vote runs the enabled line rules over every line and sums their votes.
// The strongest vote on each side names the rule that decides, should that
// side win. When p reads the output of src (see DecideReading), a line
// that reads as the line it prints takes that line's votes.
func (d *Decider) vote(p *Page, src *Page, origin []int) {
	votes := d.textVotes
	if p.m.HTML {
		votes = d.htmlVotes
	}
	reuse := src != nil && src.m.HTML == p.m.HTML && src.m.Lang == p.m.Lang
	for i := range p.Lines {
		f := p.f(i)
		if f.Blank {
			continue
		}
		l := &p.Lines[i]
		if reuse {
			if j := origin[i]; j >= 0 && f.SameAs(src.f(j)) {
				o := &src.Lines[j]
				l.score, l.good, l.bad, l.strong, l.strongVote, l.ruleClass = o.score, o.good, o.bad, o.strong, o.strongVote, o.ruleClass
				continue
			}
		}
		var best, worst float64
		for _, r := range votes {
			row := &rules[r]
			var v float64
			switch {
			case row.vote != nil:
				v = row.vote(f, p)
			case f.Table == row.table && (row.maxWords == 0 || f.Words <= row.maxWords):
				v = -row.phrase
			}
			if v == 0 {
				continue
			}
			l.score += v
			strong := row.strong && v <= -1
			if v > best {
				best, l.good = v, r
			}
			if v < worst {
				worst, l.bad, l.strong = v, r, strong
			}
			l.strongVote = l.strongVote || strong
		}
		switch {
		case l.score >= contentScore:
			l.ruleClass = content
		case l.score <= -chromeScore:
			l.ruleClass = chrome
		default:
			l.ruleClass = uncertain
		}
	}
}

// lower returns s in lower case, in a buffer of p's that the next call
// reuses.
func (p *Page) lower(s string) []byte {
	b := p.lowerBuf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	p.lowerBuf = b
	return b
}
