package clean

import (
	"iter"
	"strings"
)

// result builds the Result of a classified page.
func (p *page) result() *Result {
	r := &Result{Lang: p.lang.code, Date: p.date, Author: p.author, Encoding: p.encoding, Lines: make([]Line, len(p.lines))}
	for i := range p.lines {
		l := &p.lines[i]
		r.Lines[i] = Line{Num: i + 1, Text: l.text, Verdict: l.verdict, Rule: l.reason, Detail: l.detail}
	}
	r.Title, _ = p.titleLine()
	var body strings.Builder
	for i, parted := range p.bodyLines() {
		switch {
		case body.Len() == 0:
		case parted:
			body.WriteString("\n\n")
		default:
			body.WriteByte('\n')
		}
		body.WriteString(p.lines[i].text[p.lines[i].lift:])
	}
	r.Body = body.String()
	return r
}

// titleLine returns the Result's title and where it comes from: the
// headline's text and its index; or, when no line is the headline, the
// page's metadata title and printedMeta; or "" and printedBlank.
func (p *page) titleLine() (string, int) {
	for i := range p.lines {
		if p.lines[i].verdict == Headline {
			return p.lines[i].content, i
		}
	}
	if p.usesMetaTitle() {
		return p.metaTitle, printedMeta
	}
	return "", printedBlank
}

// bodyLines yields the indices of the kept lines in order, each with
// whether a blank line parts it from the kept line before: lines adjacent
// in the input stay adjacent in Body.
func (p *page) bodyLines() iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		last := -1
		for i := range p.lines {
			if p.lines[i].verdict != Keep {
				continue
			}
			if !yield(i, last >= 0 && (i != last+1 || p.lines[i].gap)) {
				return
			}
			last = i
		}
	}
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
