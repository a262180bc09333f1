package decide

// Follow makes p follow q, the decisions on a reading of p's output (see
// the reread pass): origin[j] is the line of p that q's line j prints, or
// PrintedBlank or PrintedMeta. Where q decides one of those lines
// otherwise than p did, p takes q's verdict and reason. With strongOnly,
// p follows only q's strong chrome, unless q is a clean page: a kept line
// that text shows to be chrome (a credit the DOM put in a caption) goes,
// but the article span q drew around it is not taken. It reports whether
// p changed, and whether it followed q whole.
func (p *Page) Follow(q *Page, origin []int, strongOnly bool) (changed, whole bool) {
	strongOnly = strongOnly && !q.clean
	for j := range q.Lines {
		if j >= len(origin) {
			break
		}
		i, ql := origin[j], &q.Lines[j]
		switch {
		case q.f(j).Blank || i == PrintedBlank:
		case strongOnly:
			if i >= 0 && ql.Verdict == Drop && ql.class == chrome && ql.strong {
				changed = p.follow(i, q, j) || changed
			}
		case i == PrintedMeta:
			if ql.Verdict != Headline {
				p.NoMetaTitle, changed = true, true
			}
		default:
			changed = p.follow(i, q, j) || changed
		}
	}
	return changed, !strongOnly
}

// follow makes line i of p take the verdict of line j of q, if they
// differ. It reports whether it changed line i.
func (p *Page) follow(i int, q *Page, j int) bool {
	l, ql := &p.Lines[i], &q.Lines[j]
	if l.Verdict == ql.Verdict {
		return false
	}
	switch ql.Verdict {
	case Headline:
		l.Verdict, l.Reason, l.Detail = Headline, HeadlinePass, Detail{Reread: true}
		p.Title = i
	case Keep:
		// The headline read back as a line of the article.
		l.Verdict, l.Reason, l.Detail = Keep, ql.Reason, Detail{Reread: true}
		if p.Title == i {
			p.Title = -1
		}
	default:
		p.given = append(p.given, q.DetailText(j))
		l.Verdict, l.Reason, l.Detail = Drop, ql.Reason, Detail{Kind: Given, Line: len(p.given) - 1, Reread: true}
		if p.Title == i {
			p.Title = -1
		}
	}
	return true
}

// Lift lifts n more bytes of line i's text into the page's metadata: a
// reading of the output found a date prefix on it, date.
func (p *Page) Lift(i, n int, date string) {
	p.Lines[i].Lift += n
	if p.Date == "" {
		p.Date = date
	}
}

// DropBodyHeadline drops line i, the first line of the body, which q, a
// reading of the body without the title, lifted as its headline (see
// BodyHeadline).
func (p *Page) DropBodyHeadline(i int) {
	l := &p.Lines[i]
	l.Verdict, l.Reason, l.Detail = Drop, BodyHeadline, Detail{Reread: true}
}
