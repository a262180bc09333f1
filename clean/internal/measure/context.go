package measure

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// derive measures what depends on the page, once its lines are measured:
// in the text reading, its blocks of code; the rows of its tables; its
// language and each line's stopwords in it; the lines it repeats; and the
// chrome phrases lines match in its language.
func (p *Page) derive(textReading bool) {
	if textReading {
		p.markCode()
	}
	p.markTableRows()
	p.pickLanguage()
	p.countRepeats()
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		l.Stops = 0
		if p.Lang != lang.None {
			for _, m := range p.masks[l.masks.from:l.masks.to] {
				if m.Has(p.Lang) {
					l.Stops++
				}
			}
		}
		l.Table, _ = p.Lex.Match(l.Content, l.Key, l.Words, l.First, l.All, p.Lang)
	}
}

// markTableRows marks the rows of tables that text shows with bars ("Name
// | Age", html2text's and the HTML front end's cells): lines with a bar,
// next to a line without a blank between them that has as many.
func (p *Page) markTableRows() {
	bars := func(i int) int {
		if i < 0 || i >= len(p.Lines) || p.Lines[i].Blank {
			return 0
		}
		return p.Lines[i].bars
	}
	for i := range p.Lines {
		l := &p.Lines[i]
		l.TableRow = false
		n := l.bars
		if n == 0 || l.Blank {
			continue
		}
		up := !l.Gap && bars(i-1) == n
		down := i+1 < len(p.Lines) && !p.Lines[i+1].Gap && bars(i+1) == n
		l.TableRow = up || down
	}
}

// pickLanguage sets the page's language: the stopword list that covers
// most tokens of its long lines (menus are short, and often in another
// language than the article), or of all its lines when none is long; or
// no language when no list covers enough, or when most letters are CJK.
func (p *Page) pickLanguage() {
	var counts [64]int
	total, cjk, chars := 0, 0, 0
	for _, long := range []bool{true, false} {
		for i := range p.Lines {
			l := &p.Lines[i]
			if l.Blank || long && l.Words < 8 {
				continue
			}
			total += int(l.masks.to - l.masks.from)
			cjk += l.CJK
			chars += l.Chars
			for _, m := range p.masks[l.masks.from:l.masks.to] {
				lang.Count(&counts, m)
			}
		}
		if chars > 0 {
			break // long lines decide when there are any
		}
	}
	p.CJK = chars > 0 && cjk*2 > chars
	p.Lang = lang.None
	if !p.CJK {
		p.Lang = lang.Pick(&counts, total)
	}
}

// countRepeats sets each line's Repeats: how many other lines of the page
// have the same key.
func (p *Page) countRepeats() {
	clear(p.counts)
	for i := range p.Lines {
		if l := &p.Lines[i]; l.Key != "" {
			p.counts[l.Hash]++
		}
	}
	for i := range p.Lines {
		if l := &p.Lines[i]; l.Key != "" {
			l.Repeats = int(p.counts[l.Hash]) - 1
		}
	}
}

// codeShape is what a line looks like to markCode.
type codeShape uint8

const (
	notCode    codeShape = iota
	codeSyntax           // an assignment, braces, a shell prompt
	codeHeader           // a bracketed word alone: [server]
)

// codeMarks are what lines of code have and prose lines do not.
var codeMarks = []string{" = ", "==", ":=", "=>", "->", "::", "();", "{", "}", "//", "&&", "||"}

// shapeOf says whether a line's text reads like code.
func shapeOf(text string) codeShape {
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		return notCode
	case t[0] == '[' && t[len(t)-1] == ']' && !strings.Contains(t, " "):
		return codeHeader
	case strings.HasPrefix(t, "$ ") || strings.HasSuffix(t, ";"):
		return codeSyntax
	}
	if !strings.ContainsAny(t, "=>:(){}/&|") {
		return notCode
	}
	for _, m := range codeMarks {
		if strings.Contains(t, m) {
			return codeSyntax
		}
	}
	return notCode
}

// markCode finds the lines of code in text: lines that look like code (see
// shapeOf) in a run of adjacent lines that holds at least two of them, one
// by its syntax rather than as a bracketed header alone: w3m renders
// images as bracketed words too. Only those lines are marked, so that
// removing other lines from the run changes nothing, and cleaning the
// output finds the same code. A line of code is not a rendered widget or
// image: "[server]" above `listen = "127.0.0.1:7070"` is a TOML table, not
// a button.
func (p *Page) markCode() {
	lines := p.Lines
	for i := 0; i < len(lines); {
		if lines[i].Blank {
			i++
			continue
		}
		j, syntax, headers := i, 0, 0
		for ; j < len(lines) && !lines[j].Blank; j++ {
			switch lines[j].shape {
			case codeSyntax:
				syntax++
			case codeHeader:
				headers++
			}
		}
		if syntax >= 1 && syntax+headers >= 2 {
			for k := i; k < j; k++ {
				if l := &lines[k]; l.shape != notCode {
					l.Code, l.Widget, l.Image = true, false, false
				}
			}
		}
		i = j
	}
}
