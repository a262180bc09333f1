package decide

// Origin says that line Reading of a reading of a page's output prints
// line Line of the page, besides the line its origin gives: a reading
// that joins lines of the page into one block (a paragraph of wrapped
// text) prints each of them.
type Origin struct{ Reading, Line int }

// Follow makes p follow q, the decisions on a reading of p's output (see
// the reread pass): origin[j] is the line of p that q's line j prints, or
// PrintedBlank or PrintedMeta, and more lists the other lines of p that
// q's lines print. Where q decides one of those lines otherwise than p
// did, p takes q's verdict and reason. A line of p that several lines of
// q print (a wrapped paragraph the reading cuts into lines) goes when one
// of them goes, or is read as a headline: the title is one line. With
// strongOnly, p follows only q's strong chrome, unless q is a clean page:
// a kept line that text shows to be chrome (a credit the DOM put in a
// caption) goes, but the article span q drew around it is not taken. It
// reports whether p changed, and whether it followed q whole.
func (p *Page) Follow(q *Page, origin []int, more []Origin, strongOnly bool) (changed, whole bool) {
	strongOnly = strongOnly && !q.clean
	// The lines of q that print lines of p, and whether p follows q's
	// line j.
	n := min(len(origin), len(q.Lines))
	follows := func(j int) bool {
		ql := &q.Lines[j]
		return !q.f(j).Blank && (!strongOnly || ql.Verdict == Drop && ql.class == chrome && ql.strong)
	}
	// The lines of p that more than one line of q prints, each with the
	// line of q that drops it, or -1.
	shared := sharedLines(origin, n, more)
	drops := func(i, j int) {
		if d, ok := shared[i]; ok && d < 0 && follows(j) && (q.Lines[j].Verdict == Drop || q.Lines[j].Verdict == Headline) {
			shared[i] = j
		}
	}
	if shared != nil {
		for j := range n {
			if i := origin[j]; i >= 0 {
				drops(i, j)
			}
		}
		for _, o := range more {
			drops(o.Line, o.Reading)
		}
	}
	follow := func(i, j int) {
		if d, ok := shared[i]; ok {
			if d != j {
				return // kept by this line of q: the one that drops it decides
			}
			changed = p.drop(i, q, j) || changed
			return
		}
		changed = p.follow(i, q, j) || changed
	}
	for j := range n {
		switch i := origin[j]; {
		case i == PrintedBlank || !follows(j):
		case i == PrintedMeta:
			if q.Lines[j].Verdict != Headline {
				p.NoMetaTitle, changed = true, true
			}
		default:
			follow(i, j)
		}
	}
	for _, o := range more {
		if follows(o.Reading) {
			follow(o.Line, o.Reading)
		}
	}
	return changed, !strongOnly
}

// sharedLines returns the lines of p that more than one of the first n
// lines of a reading print (see Follow), each mapped to -1; nil when there
// is none, as in any reading of a page without wrapped paragraphs.
func sharedLines(origin []int, n int, more []Origin) map[int]int {
	var shared map[int]int
	add := func(i int) {
		if shared == nil {
			shared = map[int]int{}
		}
		shared[i] = -1
	}
	for j := 1; j < n; j++ {
		if i := origin[j]; i >= 0 && i == origin[j-1] {
			add(i)
		}
	}
	for _, o := range more {
		add(o.Line)
	}
	return shared
}

// drop drops line i of p, which line j of q, one of several lines that
// print it, drops or reads as a headline. It reports whether line i
// changed.
func (p *Page) drop(i int, q *Page, j int) bool {
	l := &p.Lines[i]
	if l.Verdict == Drop {
		return false
	}
	if q.Lines[j].Verdict == Headline {
		l.Verdict, l.Reason, l.Detail = Drop, BodyHeadline, Detail{Reread: true}
	} else {
		p.given = append(p.given, q.DetailText(j))
		l.Verdict, l.Reason, l.Detail = Drop, q.Lines[j].Reason, Detail{Kind: Given, Line: len(p.given) - 1, Reread: true}
	}
	if p.Title == i {
		p.Title = -1
	}
	return true
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
		if p.Title == i && (p.Printed(i) != p.f(i).Content || oneWordHeadline(p, i)) && p.hasBody() {
			// The title prints the line's content alone, a line of
			// the article its text, markup and all ("# ..."), which a
			// reading may take for the headline again: the output
			// would go back and forth between the two. Printed as the
			// title over the body, it reads back as itself (a title
			// alone prints a blank line after it, which a reading of
			// it as a line of the article would not). So does an h1
			// of one word, which only HTML marks as the page's
			// headline (see oneWordHeadline): printed, it is the
			// body's first line, the same text.
			return false
		}
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

// LiftBodyHeadline takes line i, the first line of the body, out of the
// body: a reading of the body without the title lifted it as its headline.
// It goes (see BodyHeadline); but where the title is the metadata's, no
// line of the page, and line i is the page's h1 that does not give the
// site's name, line i becomes the headline in the metadata's place: the
// page's own, which had gone with nothing of it left (the Rust
// reference's "Extern crate declarations", under its <title>'s "Extern
// crates", once the reading dropped the rule's label above it).
func (p *Page) LiftBodyHeadline(i int) {
	l := &p.Lines[i]
	if _, t := p.TitleLine(); t == PrintedMeta && p.f(i).Heading == 1 && !siteName(p, i) {
		l.Verdict, l.Reason, l.Detail = Headline, HeadlinePass, Detail{Reread: true}
		p.Title = i
		return
	}
	l.Verdict, l.Reason, l.Detail = Drop, BodyHeadline, Detail{Reread: true}
}

// hasBody reports whether the output has a body (see BodyLines).
func (p *Page) hasBody() bool {
	for range p.BodyLines() {
		return true
	}
	return false
}
