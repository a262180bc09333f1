package clean

import "strings"

// result builds the Result of a classified page.
func (p *page) result() *Result {
	r := &Result{Lang: p.lang.code, Date: p.date, Author: p.author, Encoding: p.encoding, Lines: make([]Line, len(p.lines))}
	var body strings.Builder
	last := -1 // the last line written to the body
	for i := range p.lines {
		l := &p.lines[i]
		r.Lines[i] = Line{Num: i + 1, Text: l.text, Verdict: l.verdict, Rule: l.reason, Detail: l.detail}
		switch l.verdict {
		case Headline:
			r.Title = l.content
		case Keep:
			if last >= 0 {
				if i == last+1 && !l.gap {
					body.WriteByte('\n')
				} else {
					body.WriteString("\n\n")
				}
			}
			body.WriteString(l.text[l.lift:])
			last = i
		}
	}
	r.Body = body.String()
	if r.Title == "" && p.usesMetaTitle() {
		// No line is the headline; the page's metadata names one.
		r.Title = p.metaTitle
	}
	return r
}

// keeps reports whether a kept line of p has the given key.
func (p *page) keeps(key string) bool {
	for i := range p.lines {
		if l := &p.lines[i]; l.verdict == Keep && l.key == key {
			return true
		}
	}
	return false
}
