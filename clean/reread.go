package clean

import "strings"

// The reread pass makes cleaning idempotent by construction. A cleaned
// document is printed (title, blank line, body) and that text is cleaned
// again, as a user cleaning the output would. Where the second reading
// removes a line, or takes another line for the headline, the first
// follows it, and the output is read again, until a reading changes
// nothing. Each round can only remove lines or move the headline, so few
// rounds are needed; maxRereads bounds them.
//
// Most documents are a fixed point at once. The others are mostly HTML
// pages whose DOM kept lines that plain text cannot justify (a repeated
// label, a lone symbol), or text whose removed lines made two kept lines
// adjacent.

// maxRereads bounds the rounds of the reread pass. The first half may
// follow only a reading's strong chrome; the others follow it whole.
const maxRereads = 6

// Markers of printed lines that are not lines of the page.
const (
	printedBlank = -1 // the blank lines of the layout
	printedMeta  = -2 // a title taken from the page's metadata
)

// reread reads p's output again and makes p follow what the second reading
// decides. It reports whether anything changed, and whether p followed the
// reading whole.
//
// With strongOnly, p follows only the second reading's strong chrome: a
// kept line that text shows to be chrome (a credit the DOM put in a
// caption, a shortcode the page leaked) goes, and the article span the
// reading drew around it is not taken. Once no such line is left the
// output is a clean page, which a reading keeps whole.
func (c *Cleaner) reread(p *page, strongOnly bool) (changed, whole bool) {
	out, from := p.printed()
	if out == "" {
		return false, true
	}
	q := newTextPage(out, !c.cfg.disabled["date-prefix"], c.lim)
	q.corpus = p.corpus
	c.classify(q)
	strongOnly = strongOnly && !q.clean
	for j := range q.lines {
		if j >= len(from) {
			break
		}
		i, ql := from[j], &q.lines[j]
		switch {
		case ql.blank || i == printedBlank:
		case strongOnly:
			if i >= 0 && ql.verdict == Drop && ql.class == chrome && ql.strong {
				changed = p.follow(i, ql) || changed
			}
		case i == printedMeta:
			if ql.verdict != Headline {
				p.noMetaTitle, changed = true, true
			}
		default:
			changed = p.follow(i, ql) || changed
			if ql.lift > 0 && p.lines[i].verdict == Keep {
				// The printed text opens with a "date YYYY-MM-DD" prefix,
				// which a reading lifts into Date: lift it now.
				p.lines[i].lift += ql.lift
				if p.date == "" {
					p.date = q.metaDate
				}
				changed = true
			}
		}
	}
	return changed, !strongOnly
}

// follow makes line i of p take the verdict its printed copy ql had on the
// second reading, where they differ. It reports whether it changed line i.
func (p *page) follow(i int, ql *line) bool {
	l := &p.lines[i]
	if l.verdict == ql.verdict {
		return false
	}
	switch ql.verdict {
	case Headline:
		l.verdict, l.reason, l.detail = Headline, "headline", rereadDetail
		p.title = i
	case Keep:
		// The headline read back as a line of the article.
		l.verdict, l.reason, l.detail = Keep, ql.reason, rereadDetail
		if p.title == i {
			p.title = -1
		}
	default:
		l.verdict, l.reason, l.detail = Drop, ql.reason, rereadDetail
		if ql.detail != "" {
			l.detail = ql.detail + ", " + rereadDetail
		}
		if p.title == i {
			p.title = -1
		}
	}
	return true
}

// rereadDetail marks the decisions the reread pass took.
const rereadDetail = "on rereading the output"

// printed returns p's output as Result.String prints it, and for each of
// its lines the index of the line of p it prints, or printedBlank, or
// printedMeta.
func (p *page) printed() (string, []int) {
	var b strings.Builder
	var from []int
	title, t := p.titleLine()
	if title != "" {
		b.WriteString(title)
		from = append(from, t)
	}
	any := false
	for i, parted := range p.bodyLines() {
		switch {
		case !any && title != "", parted:
			b.WriteString("\n\n")
			from = append(from, printedBlank)
		case any:
			b.WriteByte('\n')
		}
		b.WriteString(p.lines[i].text[p.lines[i].lift:])
		from = append(from, i)
		any = true
	}
	switch {
	case b.Len() == 0:
		return "", nil
	case !any:
		b.WriteString("\n\n") // a title alone prints as itself and a blank line
	default:
		b.WriteByte('\n')
	}
	return b.String(), from
}

// usesMetaTitle reports whether the result's title is the page's metadata
// title: no line is the headline, no kept line reads the same, and printed
// alone on a line the title reads back as itself, without a date prefix to
// lift.
func (p *page) usesMetaTitle() bool {
	return p.metaTitle != "" && !p.noMetaTitle && !p.keeps(p.metaKey) && printsAsItself(p.metaTitle) && !datePrefix.MatchString(p.metaTitle)
}
