package measure

import "strings"

// The blocks of code of a text reading, where no <pre> says what is code
// (see markCode); derive calls it first.

// markCode finds the lines of code in text: lines that look like code (see
// shapeOf) in a run of adjacent lines that holds at least two of them, one
// by its syntax rather than as a bracketed header alone: w3m renders
// images as bracketed words too. Only those lines are marked, so that
// removing other lines from the run changes nothing, and cleaning the
// output finds the same code. A line of code is not a rendered widget or
// image: "[server]" above `listen = "127.0.0.1:7070"` is a TOML table, not
// a button.
//
// A shell's comments ("# Stage the file") count as code in such a run: a
// tutorial's commands between them, repeated from block to block ("git
// status"), had read as a menu's entries, and its blocks, unmarked, had
// cut the article in two (wceb text-w3m and text-h2t: one page 0.5491 ->
// 0.7216, as its HTML scores; no other page moves but by +0.0024).
//
// A run that opens at an interpreter's prompt (">>> ") is a session, code
// whole: its prompts and what the interpreter printed ("2", "['apple',
// 'pear']"), which alone looks like nothing, or like a picture. A shell's
// "$ " opens no session: "$ 19.99" is a price.
func (p *Page) markCode() {
	p.markFences()
	lines := p.Lines
	for i := 0; i < len(lines); {
		if lines[i].Blank {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].Blank {
			j++
		}
		if j-i < 2 {
			i = j
			continue // a line alone is no block of code
		}
		syntax, headers := 0, 0
		for k := i; k < j; k++ {
			l := &lines[k]
			if l.shape == shapeUnknown {
				l.shape = shapeOf(l.Text)
			}
			switch l.shape {
			case codeSyntax, codePrompt, codeComment:
				syntax++
			case codeHeader:
				headers++
			}
		}
		if lines[i].shape == codePrompt {
			// An interpreter's session: its prompts, and what it printed
			// after them ("2", "['apple', 'banana']").
			for k := i; k < j; k++ {
				lines[k].Code, lines[k].Widget, lines[k].Image = true, false, false
			}
			i = j
			continue
		}
		if syntax >= 1 && syntax+headers >= 2 {
			for k := i; k < j; k++ {
				if l := &lines[k]; l.shape != notCode && l.shape != shapeUnknown {
					l.Code, l.Widget, l.Image = true, false, false
				}
			}
		}
		i = j
	}
}

// markFences marks the lines of each fenced block of a Markdown text as
// code: from a line that opens with three backticks or more ("```bash",
// indented by up to three spaces) to the next that closes it,
// fences included. A README's commands ("git clone ...", "make
// install", "brew install libcbor") look like no code alone, read as a
// menu's entries, and parted the README's opening from its span; the
// shell's comments in them ("# Install it") read as headings. A fence
// that nothing closes marks nothing. The benchmarks' text renderings hold
// no fence. The fences are marked Fence: the classifier keeps them with
// any line of their block (see decide's keepFences).
func (p *Page) markFences() {
	open, fence := -1, ""
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		f := fenceOf(l.Text)
		switch {
		case open < 0 && f != "":
			open, fence = i, f
		case open >= 0 && strings.HasPrefix(f, fence) && strings.TrimSpace(strings.TrimLeft(l.Text, " ")[len(f):]) == "":
			if p.fencedCode(open, i) {
				for k := open; k <= i; k++ {
					if c := &p.Lines[k]; !c.Blank {
						c.Code, c.Widget, c.Image, c.shape = true, false, false, codeSyntax
					}
				}
				p.Lines[open].Fence, p.Lines[i].Fence = true, true
			}
			open = -1
		}
	}
}

// fencedCode reports whether the fenced block from line open to line
// close is code: its fence names a language ("```bash"), a line inside
// it reads as code (see shapeOf), or none is a sentence of
// minFencedProseWords words or more (a Go README's `import
// "gotest.tools/v3/assert"`, which reads as no code alone, had lost its
// fences and parted the README's usage from its packages). A fence
// around a licence's text holds prose, which the rules read line by
// line, and a span that took some of it had left a fence alone in the
// output, which read again marked the rest of the output as code.
func (p *Page) fencedCode(open, close int) bool {
	if info := strings.TrimSpace(strings.TrimLeft(p.Lines[open].Text, " `")); info != "" {
		return true
	}
	prose := false
	for k := open + 1; k < close; k++ {
		l := &p.Lines[k]
		switch shapeOf(l.Text) {
		case codeSyntax, codePrompt, codeComment:
			return true
		}
		prose = prose || l.End == EndSentence && l.Words >= minFencedProseWords
	}
	return !prose
}

// minFencedProseWords is the fewest words of a sentence that makes a
// fenced block without a language prose rather than code.
const minFencedProseWords = 6

// fenceOf returns the fence that opens s, a line of Markdown: three
// backticks or more after up to three spaces; or "". Markdown's fence of
// tildes is none: a NEWS file underlines its headings with tildes and
// sets its sections apart with them, and a section between two such
// lines had read as code (libksba's NEWS lost 3% of its words).
func fenceOf(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 || len(t) < 3 || t[0] != '`' {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return ""
	}
	return t[:n]
}

// underline reports whether the line of text that holds byte i is all
// "=": a heading's underline, as html2text draws one under a heading, not
// code's "==".
func underline(text string, i int) bool {
	from := strings.LastIndexByte(text[:i], '\n') + 1
	to := strings.IndexByte(text[i:], '\n')
	if to < 0 {
		to = len(text) - i
	}
	return strings.Trim(text[from:i+to], "= ") == ""
}

// codeSyntaxOf reports whether line l has the syntax of code (see
// shapeOf). A link's "//" is not such syntax: "Image: https://...".
func codeSyntaxOf(l *Line) bool {
	if l.shape == shapeUnknown {
		l.shape = shapeOf(l.Text)
	}
	return (l.shape == codeSyntax || l.shape == codePrompt) && !strings.Contains(l.Text, "://")
}

// CodeSyntax reports whether the line shows the syntax of code itself
// (see shapeOf), an address's "://" aside: not only a line of a block of
// code, which may be a picture's caption under its bracketed name.
func (l *Line) CodeSyntax() bool { return codeSyntaxOf(l) }

// ShowsCode reports whether the line is a line of code (Code) that shows
// code's syntax itself (CodeSyntax), or a table's header in it ("[server]"
// over its keys): code to the rules that read what a line says, which a
// caption, a teaser or a picture beside code is not. A German manual's
// "[anzeige]" (display), a TOML table over its keys, had gone as an
// advert on reading the output.
func (l *Line) ShowsCode() bool { return l.Code && (codeSyntaxOf(l) || l.shape == codeHeader) }

// NamesCall reports whether the line names a call, "()": code's, not a
// phrase of chrome ("Ok(())") nor a trail ("free() / delete").
func (l *Line) NamesCall() bool { return strings.Contains(l.Content, "()") }

// codeShape is what a line looks like to markCode.
type codeShape uint8

const (
	shapeUnknown codeShape = iota // not looked at yet
	notCode
	codeSyntax  // an assignment, braces, a shell prompt
	codeHeader  // a bracketed word alone: [server]
	codePrompt  // an interpreter's prompt: >>> fruits.count('apple')
	codeComment // a shell's or a script's comment: # Stage the file (see codeMarks)
)

// codeMarks are what lines of code have and prose lines do not: a
// continued line (" \" at its end, as in a shell command), " = ", "==",
// ":=", "=>", "->", "::", "();", "{", "}", "//", "&&", "||", a comment set
// apart after a command ("  # "), a command's usage ("[<key>]", see
// usage) (see shapeOf). A line that opens with "# " is a comment
// (codeComment) only beside another line of code: alone, it is a heading
// as html2text writes one.
// codeChars marks the characters that open a mark of code (see
// codeMarks), and the space of " = ".
var codeChars = [256]bool{'=': true, '>': true, ':': true, '(': true, '{': true, '}': true, '/': true, '&': true, '|': true}

// shapeOf says whether a line's text reads like code.
func shapeOf(text string) codeShape {
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		return notCode
	case t[0] == '[' && t[len(t)-1] == ']' && strings.IndexByte(t, ' ') < 0:
		return codeHeader
	case strings.HasPrefix(t, ">>> ") || t == ">>>":
		return codePrompt
	case strings.HasPrefix(t, "$ ") || t[len(t)-1] == ';' || strings.HasSuffix(t, " \\"):
		return codeSyntax
	case strings.HasPrefix(t, "# "):
		return codeComment
	case strings.Contains(t, "  # "):
		return codeSyntax // a command with its comment set apart: git status    # Show ...
	case usage(t):
		return codeSyntax // a command's usage: npm access get status [<package>]
	}
	for i := 0; i < len(t); i++ {
		if !codeChars[t[i]] {
			continue
		}
		// A mark of code at i, or across i: " = ", "==", ":=", "=>",
		// "->", "::", "();", "{", "}", "//", "&&", "||".
		rest := t[i:]
		switch t[i] {
		case '{', '}':
			return codeSyntax
		case '=':
			if i > 0 && t[i-1] == ' ' && strings.HasPrefix(rest, "= ") || strings.HasPrefix(rest, "==") && !underline(t, i) || strings.HasPrefix(rest, "=>") {
				return codeSyntax
			}
		case '>':
			if i > 0 && t[i-1] == '-' {
				return codeSyntax
			}
		case ':':
			if strings.HasPrefix(rest, ":=") || strings.HasPrefix(rest, "::") {
				return codeSyntax
			}
		case '(':
			if strings.HasPrefix(rest, "();") {
				return codeSyntax
			}
		case '/', '&', '|':
			if len(rest) > 1 && rest[1] == t[i] {
				return codeSyntax
			}
		}
	}
	return notCode
}

// Usage reports whether the line gives a command's usage, as a synopsis
// does (see usage): code, however few lines around it, and no headline.
func (l *Line) Usage() bool { return usage(strings.TrimSpace(l.Text)) }

// usage reports whether t gives a command's usage, as a synopsis does: an
// optional argument in brackets that opens with a placeholder or an
// option ("[<package>]", "[--all]", "[-m <msg>]"), or a command's name in
// lower case, then a placeholder ("npm cache add <package-spec>"). Prose
// writes neither; a title may name a tag ("30 Years of <br> Tags"), and
// a mail its sender's address ("Jane Doe <jane@example.org>").
func usage(t string) bool {
	command := len(t) > 0 && 'a' <= t[0] && t[0] <= 'z'
	for i := 0; i+2 < len(t); i++ {
		switch c, d := t[i+1], t[i+2]; {
		case t[i] == '[' && (c == '<' && isLetterASCII(d) || c == '-' && (d == '-' || isLetterASCII(d))):
			return true // [<package>], [--all], [-m <msg>]
		case command && t[i] == ' ' && c == '<' && isLetterASCII(d) && placeholder(t[i+2:]):
			return true // a placeholder after the command: <package-spec>
		}
	}
	return false
}

// placeholder reports whether s opens with a placeholder's name and its
// closing ">": letters, digits and "-_:." ("package-spec>").
func placeholder(s string) bool {
	j := 0
	for j < len(s) && (isLetterASCII(s[j]) || isDigitByte(s[j]) || strings.IndexByte("-_:.", s[j]) >= 0) {
		j++
	}
	return j > 0 && j < len(s) && s[j] == '>'
}

// isLetterASCII reports whether c is a letter a-z or A-Z.
func isLetterASCII(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
