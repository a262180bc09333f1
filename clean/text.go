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
func newTextPage(s string, liftDate bool) *page {
	p := &page{lines: splitLines(s)}
	if liftDate {
		liftDatePrefix(p)
	}
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
	p.prefixDate = l.text[m[2]:m[3]]
	l.lift = m[1]
	*l = line{text: l.text, lift: m[1], gap: l.gap}
	parseMarkup(l, l.text[l.lift:])
}
