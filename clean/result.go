package clean

import (
	"fmt"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/decide"
)

// Result is a cleaned document.
type Result struct {
	// Title is the article's headline, when one was found. It is a line of
	// the input, or a heading that a renderer wrapped over two or three
	// lines, read as one (for HTML with no such line, the title of the
	// page's metadata); it is not repeated in Body.
	Title string
	// Date is the article's date as YYYY-MM-DD, when one was found: a
	// "date YYYY-MM-DD" prefix on the first line, the page's metadata
	// (HTML), a date line near the headline ("Last updated: December
	// 29, 2021"), or else a byline next to the headline ("By Jane Doe |
	// March 12, 2024").
	Date string
	// Body is the article: the kept lines in input order. Lines that were
	// adjacent in the input stay adjacent; a blank line separates
	// paragraphs, and stands where removed lines were.
	Body string
	// Author is the article's author, when the page's metadata names one
	// (HTML only).
	Author string
	// Site is the document's site (see the function Site), or "" when
	// nothing names it.
	Site string
	// Lang is the ISO 639-1 code of the page's language, or "" when none
	// could be told. A page in Chinese, Japanese, Korean, Thai, Lao, Khmer
	// or Burmese (most of its letters of a script written without spaces
	// between words) is read in the language-independent mode, with every
	// language's phrases, and its script tells its language: zh, ja, ko,
	// th, lo, km or my.
	Lang string
	// Encoding is the character encoding the input was read in. For HTML:
	// a byte order mark; UTF-8 when the page is valid UTF-8 with
	// multi-byte characters in it, whatever it declares; the Content-Type's
	// charset, a <meta> declaration; else UTF-8 when the page is valid
	// UTF-8, else the legacy encoding guessed from its text, as it is for
	// a page whose declared UTF-8 its bytes belie (more invalid bytes than
	// valid characters), and for one declared in a Latin charset
	// (windows-1252, ISO 8859-1 or -15: a server's default), which stays
	// unless its text reads clearly better in another. For text: a byte
	// order mark (UTF-8, UTF-16), else UTF-8 when the bytes are UTF-8
	// with some invalid bytes among valid characters, else, when they
	// hold bytes outside ASCII and barely any UTF-8 character, the legacy encoding guessed from the
	// text. The guess is the encoding among windows-1250 to -1257,
	// windows-874, KOI8-R, GB18030, Big5, Shift_JIS, EUC-JP and EUC-KR
	// whose reading of the text holds the most stopwords of some language
	// and the fewest impossible words and characters; windows-1252 (a
	// superset of ISO 8859-1) unless another reads clearly better.
	// Turkish in windows-1254, which differs from windows-1252 in six
	// letters, may read as windows-1252.
	Encoding string
	// Lines holds one decision per input line, blank lines included. The
	// lines of a paragraph of hard-wrapped text, read as one, have its
	// verdict, rule and detail each.
	Lines []Line
	// Article is the span of lines the classifier read as the page's main
	// content, by line number (Line.Num); zero when it found none. Kept
	// lines outside it were kept on their own merits, removed lines
	// inside it were removed as chrome within the article.
	Article LineRange
	// InvalidBytes counts the bytes of input that were not UTF-8 and were
	// replaced by U+FFFD.
	InvalidBytes int
}

// Verdict is the decision taken on a line.
type Verdict uint8

const (
	// Blank lines separate paragraphs; they are neither kept nor removed.
	Blank Verdict = iota
	// Keep puts the line in Body.
	Keep
	// Drop removes the line as chrome.
	Drop
	// Headline lifts the line into Title.
	Headline
)

// String returns the verdict's name as explanations print it.
func (v Verdict) String() string {
	switch v {
	case Blank:
		return "blank"
	case Keep:
		return "keep"
	case Drop:
		return "drop"
	case Headline:
		return "title"
	}
	return fmt.Sprintf("Verdict(%d)", int(v))
}

// Line is the decision on one line.
type Line struct {
	// Num is the line's number in the normalised input, from 1.
	Num int
	// Text is the normalised line.
	Text string
	// Verdict says what became of the line.
	Verdict Verdict
	// Rule names the rule or pass that decided (see [Rules]); "" for blank
	// lines.
	Rule string
	// Detail says what the rule saw, when there is more to say: "link
	// density 0.82", "article is lines 5-40".
	Detail string
}

// LineRange is a run of lines, First to Last inclusive, by line number
// from 1. The zero LineRange is empty.
type LineRange struct {
	First, Last int
}

// Empty reports whether the range holds no line.
func (r LineRange) Empty() bool { return r.First < 1 || r.Last < r.First }

// Contains reports whether line number n is in the range.
func (r LineRange) Contains(n int) bool { return !r.Empty() && n >= r.First && n <= r.Last }

// Kept returns the number of lines in Title and Body.
func (r *Result) Kept() int {
	n := 0
	for _, l := range r.Lines {
		if l.Verdict == Keep || l.Verdict == Headline {
			n++
		}
	}
	return n
}

// Removed returns the number of non-blank lines removed.
func (r *Result) Removed() int {
	n := 0
	for _, l := range r.Lines {
		if l.Verdict == Drop {
			n++
		}
	}
	return n
}

// String returns the document as the CLI prints it: the headline and a
// blank line when there is a headline, then the body, ending in a newline.
// Cleaning this text again returns it unchanged.
func (r *Result) String() string {
	var b strings.Builder
	b.Grow(len(r.Title) + len(r.Body) + 3)
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteString("\n\n")
	}
	if r.Body != "" {
		b.WriteString(r.Body)
		b.WriteByte('\n')
	}
	return b.String()
}

// verdicts maps the classifier's verdicts to the package's.
var verdicts = [...]Verdict{decide.Blank: Blank, decide.Keep: Keep, decide.Drop: Drop, decide.Headline: Headline}

// result builds the Result of the document decided in s.
func result(s *scratch) *Result {
	p := &s.dec
	m := p.Measured()
	r := &Result{
		Lang:         m.LangCode(),
		Date:         p.Date,
		Author:       m.Author,
		Encoding:     s.doc.Encoding,
		InvalidBytes: s.doc.Invalid,
		Lines:        make([]Line, 0, m.InputLine(len(p.Lines))-1),
	}
	for i := range p.Lines {
		d := &p.Lines[i]
		l := Line{Num: m.InputLine(i), Text: s.doc.Blocks[i].Text, Verdict: verdicts[d.Verdict], Rule: d.Reason.String(), Detail: p.DetailText(i)}
		if s.doc.Blocks[i].Lines <= 1 {
			r.Lines = append(r.Lines, l)
			continue
		}
		// A wrapped paragraph: each of its lines, with its verdict.
		for text := range strings.SplitSeq(l.Text, "\n") {
			l.Text = text
			r.Lines = append(r.Lines, l)
			l.Num++
		}
	}
	if p.Start <= p.End {
		r.Article = LineRange{First: m.InputLine(p.Start), Last: m.InputLine(p.End+1) - 1}
	}
	r.Title, _ = p.TitleLine()
	n := 0
	for i := range p.BodyLines() {
		n += len(p.Printed(i)) + 2
	}
	var body strings.Builder
	body.Grow(n)
	for i, parted := range p.BodyLines() {
		switch {
		case body.Len() == 0:
		case parted:
			body.WriteString("\n\n")
		default:
			body.WriteByte('\n')
		}
		body.WriteString(p.Printed(i))
	}
	r.Body = body.String()
	return r
}
