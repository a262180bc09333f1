package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/stopwords"
)

// marker is what opens a line before its text: a list bullet, a number, a
// heading or quote sign.
type marker uint8

const (
	markNone    marker = iota
	markBullet         // • * - + · ▪ ● ■ ► ▶
	markSub            // □ ◦ ○ ☆: renderers use these for nested lists
	markOrdered        // 1. 2) ...
	markQuote          // > (markdown)
)

// ending is how a line's text ends.
type ending uint8

const (
	endNone     ending = iota
	endSentence        // . ! ? and their CJK forms, before closing quotes
	endColon           // : (a label or an introduction)
	endEllipsis        // … or ... (a cut teaser, or a cut paragraph)
	endComma           // , ; (a broken line)
)

// line is one line of a page with the features that rules read.
type line struct {
	text    string // the normalised line, as it appears in the body
	content string // text without indentation, list marker or markup: features read this
	key     string // content in lower case, punctuation dropped, one space between tokens

	blank bool
	gap   bool // a blank line or a block boundary comes before this line

	indent  int
	marker  marker
	heading int // markdown or HTML heading level, 0 if none

	tokens    int  // words: tokens of letters, marks and digits
	words     int  // length in words; a CJK run counts one word per two characters
	chars     int  // letters and digits
	stops     int  // tokens in the page language's stopword list
	caps      int  // tokens that start with an upper-case letter
	alpha     int  // tokens that start with a letter
	digits    int  // digit characters
	cjk       int  // CJK and Thai characters
	linkChars int  // characters of content inside links
	tableRow  bool // a row of a table shown with bars, beside another (see markTableRows)
	end       ending
	image     bool // a rendered image: [alt] in w3m, ![alt](url) in markdown
	widget    bool // a rendered form widget: [    ] or [Go] in w3m
	code      bool // part of a block of code

	repeats int // how many other lines of the page have the same key

	maskFrom, maskTo int // the line's stopword masks in page.masks

	dom domInfo // what the HTML front end saw; zero for text

	phrase string // the rule whose phrase table matches the line, or ""
	date   string // the date, YYYY-MM-DD, when the line is a date line

	// set by the passes
	score                 float64
	goodRule, badRule     string   // the strongest content and chrome votes
	goodDetail, badDetail string   // what those rules saw
	ruleClass             class    // the class the rules' votes give
	class                 class    // the class after the context pass
	strong                bool     // the strongest chrome vote came from a strong rule
	strongVote            bool     // some strong rule voted against the line
	barrier               bool     // ... from a rule whose heading closes the article
	copy                  copyKind // repeats the headline or another line: left out of the span and dropped
	extended              bool     // added to a page of records' span as its first date or last data
	verdict               Verdict
	reason                string
	detail                string
	lift                  int // bytes of text lifted into metadata: the date prefix
}

// parseMarkup finds the indentation, list marker, heading sign and plain
// content of a rendered line. The markers are those of w3m (• □ ☆), python
// html2text (* # links) and common plain text.
func parseMarkup(l *line, s string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	l.indent = i
	s = s[i:]
	if s == "" {
		l.blank = true
		return
	}
	s = parseMarker(l, s)
	if l.marker != markNone && strings.HasPrefix(s, "#") {
		// "* ##### Title": a heading in a list item (html2text)
		var inner line
		if rest := parseMarker(&inner, s); inner.heading > 0 {
			l.heading, s = inner.heading, rest
		}
	}
	if strings.Contains(s, "](") || strings.HasPrefix(s, "[") {
		s = parseLinks(l, s)
	}
	l.content = strings.TrimSpace(strings.Trim(s, "*_ "))
	if l.content == "" && s != "" {
		l.content = strings.TrimSpace(s)
	}
}

// parseMarker strips a list, heading or quote marker from s.
func parseMarker(l *line, s string) string {
	r, size := utf8.DecodeRuneInString(s)
	rest := s[size:]
	spaced := rest == "" || rest[0] == ' ' || rest[0] == '\t'
	switch {
	case r == '#':
		level := 1
		for level < len(s) && s[level] == '#' {
			level++
		}
		if level <= 6 && level < len(s) && s[level] == ' ' {
			l.heading = level
			return strings.TrimLeft(s[level:], " ")
		}
	case strings.ContainsRune("•*-+·▪●■►▶‣", r) && spaced:
		l.marker = markBullet
		return strings.TrimLeft(rest, " \t")
	case strings.ContainsRune("□◦○☆", r) && spaced:
		l.marker = markSub
		return strings.TrimLeft(rest, " \t")
	case r == '>' && spaced:
		l.marker = markQuote
		return strings.TrimLeft(rest, " \t")
	case r >= '0' && r <= '9':
		j := 0
		for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j < len(s)-1 && (s[j] == '.' || s[j] == ')') && s[j+1] == ' ' {
			l.marker = markOrdered
			return strings.TrimLeft(s[j+1:], " ")
		}
	}
	return s
}

// parseLinks reads markdown links and images ([text](url), ![alt](url)) and
// w3m's bracketed images and widgets ([alt], [    ]); it returns the line's
// text with each link replaced by its text and counts the link characters.
// Text without such markup is returned as it is.
func parseLinks(l *line, s string) string {
	if s[0] == '[' && s[len(s)-1] == ']' && !strings.Contains(s, "](") {
		inner := strings.TrimSpace(s[1 : len(s)-1])
		if inner == "" || len(inner) < 20 && !strings.Contains(inner, " ") {
			l.widget = true
		} else {
			l.image = true
		}
		return s
	}
	var b strings.Builder
	links := 0
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		end += mid
		text := s[open+1 : mid]
		if open > 0 && s[open-1] == '!' {
			b.WriteString(s[:open-1])
			if strings.TrimSpace(b.String()) == "" && end == len(s)-1 {
				l.image = true
			}
		} else {
			b.WriteString(s[:open])
		}
		b.WriteString(text)
		links += utf8.RuneCountInString(text)
		s = s[end+1:]
	}
	b.WriteString(s)
	l.linkChars = links
	return b.String()
}

// scratch holds buffers that measure reuses from line to line.
type scratch struct {
	tok, key []byte
}

// measure fills the token features of l and appends the stopword masks of
// its tokens to masks. Only the first maxLine bytes of the line are
// measured (see Limits.MaxLineBytes).
func measure(l *line, s *scratch, masks *[]stopwords.Set, maxLine int) {
	content := measuredPrefix(l.content, maxLine)
	l.maskFrom = len(*masks)
	var first rune
	inTok, cjkRun := false, 0
	flush := func() {
		if !inTok {
			return
		}
		inTok = false
		l.tokens++
		if cjkRun > 0 {
			l.words += (cjkRun + 1) / 2
			cjkRun = 0
			return
		}
		l.words++
		if unicode.IsLetter(first) {
			l.alpha++
			if unicode.IsUpper(first) || unicode.IsTitle(first) {
				l.caps++
			}
		}
		*masks = append(*masks, stopwords.Lookup(s.tok))
	}
	for _, r := range content {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			flush()
			continue
		}
		if isCJK(r) {
			if inTok && cjkRun == 0 {
				flush()
			}
			inTok = true
			cjkRun++
			l.cjk++
			l.chars++
			continue
		}
		if inTok && cjkRun > 0 {
			flush()
		}
		if !inTok {
			inTok, first = true, r
			s.tok = s.tok[:0]
		}
		if unicode.IsDigit(r) {
			l.digits++
		}
		if !unicode.IsMark(r) {
			l.chars++
		}
		s.tok = utf8.AppendRune(s.tok, unicode.ToLower(r))
	}
	flush()
	l.maskTo = len(*masks)
	l.end = lineEnding(l.content)
	l.key, s.key = keyOf(content, s.key)
}

// isCJK reports whether r belongs to a script written without spaces between
// words: Han, Hiragana, Katakana, Hangul, Thai.
func isCJK(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// lineEnding classifies the end of s, looking through closing quotes,
// brackets and markdown emphasis.
func lineEnding(s string) ending {
	s = strings.TrimRight(s, " \"'”’»)]*_」』）")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.':
		if strings.HasSuffix(s, "...") {
			return endEllipsis
		}
		return endSentence
	case '!', '?', '。', '！', '？', '؟', '।':
		return endSentence
	case '…':
		return endEllipsis
	case ':', '：':
		return endColon
	case ',', ';', '，', '、':
		return endComma
	}
	return endNone
}

// keyOf returns s in lower case with only its letters, marks and digits, one
// space between tokens. Phrase tables and the repetition count compare keys,
// so "Share This Article", "SHARE THIS ARTICLE:" and "• Share this article"
// are one key.
func keyOf(s string, buf []byte) (string, []byte) {
	buf = buf[:0]
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		space = true
	}
	return string(buf), buf
}

// stopDensity returns the share of the line's words that are stopwords.
func (l *line) stopDensity() float64 {
	if l.tokens == 0 {
		return 0
	}
	return float64(l.stops) / float64(l.tokens)
}

// capsRatio returns the share of the line's words that start upper-case.
func (l *line) capsRatio() float64 {
	if l.alpha == 0 {
		return 0
	}
	return float64(l.caps) / float64(l.alpha)
}

// countBits adds the languages of a stopword mask to counts.
func countBits(counts *[64]int, set stopwords.Set) {
	for m := uint64(set); m != 0; m &= m - 1 {
		counts[bits.TrailingZeros64(m)]++
	}
}
