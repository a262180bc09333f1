package clean

import (
	"regexp"
	"strings"
)

// datePrefix is the metadata prefix some scrapers put before the first
// line of a document: "date 2022-01-03 Ukrainian President ...". The date
// goes to Result.Date; the rest of the line stays.
var datePrefix = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2}) `)

// newTextPage is the text front end: it cuts normalised text into lines,
// one block per line, and measures them. With liftDate, a date prefix on the
// first line is lifted into the page's date.
func newTextPage(s string, liftDate bool, lim Limits) *page {
	p := &page{lines: splitLines(s), maxLine: lim.MaxLineBytes}
	if liftDate {
		liftDatePrefix(p)
	}
	markCode(p)
	p.prepare()
	return p
}

// splitLines cuts normalised text into lines.
func splitLines(s string) []line {
	lines := make([]line, 0, strings.Count(s, "\n")+1)
	gap := true
	for text := range strings.Lines(s) {
		l := line{text: strings.TrimSuffix(text, "\n")}
		parseMarkup(&l, l.text)
		if l.blank {
			gap = true
		} else {
			l.gap, gap = gap, false
		}
		lines = append(lines, l)
	}
	return lines
}

// liftDatePrefix moves a date prefix of the first non-blank line into p.date.
func liftDatePrefix(p *page) {
	i := p.nonBlank(0, 1)
	if i < 0 {
		return
	}
	l := &p.lines[i]
	m := datePrefix.FindStringSubmatchIndex(l.text)
	if m == nil || ymd(l.text[m[2]:m[2]+4], l.text[m[2]+5:m[2]+7], l.text[m[2]+8:m[3]]) == "" {
		return
	}
	if datePrefix.MatchString(l.text[m[1]:]) {
		return // "date X date Y ...": lifting one would leave another to lift
	}
	p.metaDate = l.text[m[2]:m[3]]
	l.lift = m[1]
	*l = line{text: l.text, lift: m[1], gap: l.gap}
	parseMarkup(l, l.text[l.lift:])
}

// markCode finds the lines of code in text: lines that look like code
// (see codeShape) in a run of adjacent lines that holds at least two of
// them, one by its syntax rather than as a bracketed header alone: w3m
// renders images as bracketed words too. Only those lines are marked, so
// that removing other lines from the run changes nothing, and cleaning the
// output finds the same code. A line of code is not a rendered widget or
// image: "[server]" above `listen = "127.0.0.1:7070"` is a TOML table, not
// a button.
func markCode(p *page) {
	for i := 0; i < len(p.lines); {
		if p.lines[i].blank {
			i++
			continue
		}
		j, syntax, headers := i, 0, 0
		for ; j < len(p.lines) && !p.lines[j].blank; j++ {
			switch codeShape(p.lines[j].text) {
			case codeSyntax:
				syntax++
			case codeHeader:
				headers++
			}
		}
		if syntax >= 1 && syntax+headers >= 2 {
			for k := i; k < j; k++ {
				if l := &p.lines[k]; codeShape(l.text) != notCode {
					l.code, l.widget, l.image = true, false, false
				}
			}
		}
		i = j
	}
}

// codeMarks are what lines of code have and prose lines do not.
var codeMarks = []string{" = ", "==", ":=", "=>", "->", "::", "();", "{", "}", "//", "&&", "||"}

// shape is what a line looks like to markCode.
type shape uint8

const (
	notCode    shape = iota
	codeSyntax       // an assignment, braces, a shell prompt
	codeHeader       // a bracketed word alone: [server]
)

// codeShape says whether a line reads like code.
func codeShape(text string) shape {
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		return notCode
	case t[0] == '[' && t[len(t)-1] == ']' && !strings.Contains(t, " "):
		return codeHeader
	case strings.HasPrefix(t, "$ ") || strings.HasSuffix(t, ";"):
		return codeSyntax
	}
	for _, m := range codeMarks {
		if strings.Contains(t, m) {
			return codeSyntax
		}
	}
	return notCode
}
