package source

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// ParseMarkup reads the markup of a line of text: its indentation, list
// marker, heading sign and plain content (see Markup). The markers are
// those of w3m (• □ ☆), python html2text (* # links) and common plain
// text. It reports whether the line is blank.
//
// Text of two or three lines may be a setext heading with its rules (see
// setextLines): its markup is the heading's. Text of other lines is a
// wrapped paragraph, whose lines read as one.
func ParseMarkup(text string) (m Markup, blank bool) {
	if i := strings.LastIndexByte(text, '\n'); i >= 0 && ruleSign(text[i+1:]) != 0 && strings.Count(text, "\n") <= 2 {
		if head, level := setextHeading(strings.Split(text, "\n")); level > 0 {
			m, blank = ParseMarkup(head)
			m.Heading = max(m.Heading, level)
			return m, blank
		}
	}
	text = unwrap(text)
	var arena []byte
	blank, span := readMarkup(&m, text, &arena)
	if span.n > 0 {
		m.Content = string(arena[span.off : span.off+span.n])
		m.readBuilt(text)
	}
	return m, blank
}

// arenaSpan is where a line's content lies in its document's arena, when
// the front end had to build it (markdown links replaced by their text).
type arenaSpan struct{ off, n int }

// parseMarkup is ParseMarkup, into m, which is zero. When the content is
// not a part of text, it is built at the end of arena, and its place
// returned instead.
func parseMarkup(m *Markup, text string, arena *[]byte) (blank bool, span arenaSpan) {
	m.Indent = indent(text)
	s := text[m.Indent:]
	if s == "" {
		return true, span
	}
	s = parseMarker(m, s)
	if m.Marker != MarkNone && strings.HasPrefix(s, "#") {
		// "* ##### Title": a heading in a list item (html2text)
		var inner Markup
		if rest := parseMarker(&inner, s); inner.Heading > 0 {
			m.Heading, s = inner.Heading, rest
		}
	}
	if strings.HasPrefix(s, "[") || strings.Contains(s, "](") || hasLynxMark(s) {
		start := len(*arena)
		if built := parseLinks(m, s, arena); built {
			b := (*arena)[start:]
			lo, hi := trimBytes(b)
			return false, arenaSpan{start + lo, hi - lo} // content without the link markup (see readMarkup)
		}
	}
	lo, hi := trimString(s)
	m.Content = s[lo:hi]
	if emptyEmphasis(m.Content) || emptyHeading(m.Content) {
		m.Image = true
	}
	return false, span
}

// readMarkup is parseMarkup, and says whether the content is plain and
// whether it opens like a date prefix.
func readMarkup(m *Markup, text string, arena *[]byte) (blank bool, span arenaSpan) {
	blank, span = parseMarkup(m, text, arena)
	if !blank && span.n == 0 {
		m.readContent()
	}
	return blank, span
}

// readContent sets Plain and Dated from Content. Content that the front
// end built (markdown with its links replaced by their text) is read
// once it is a string (see ParseMarkup, Doc.resolveArena), with the text
// it was built from (readBuilt): a linked headline ("# [Title](/url)") is plain, as
// its text is, but not content that the text does not hold as it is
// ("[1]Home [2]News", "[Council](/a) approves [bridge](/b)"), which,
// printed as a title, would be text the page never wrote.
func (m *Markup) readContent() {
	m.Plain, m.Dated = plain(m.Content), datePrefixShape(m.Content)
}

// readBuilt is readContent for content built from text.
func (m *Markup) readBuilt(text string) {
	m.readContent()
	m.Plain = m.Plain && strings.Contains(text, m.Content)
}

// plain reports whether content, printed alone on a line, reads back as
// itself with no markup.
func plain(content string) bool {
	if content == "" {
		return false
	}
	if !mayOpenMarkup(content) && !strings.Contains(content, "](") {
		return true // no markup can start it (it is trimmed)
	}
	var arena []byte
	var m Markup
	blank, span := parseMarkup(&m, content, &arena)
	return !blank && span.n == 0 && m.Marker == MarkNone && m.Heading == 0 && m.Content == content && !m.Image && !m.Widget
}

// mayOpenMarkup reports whether s starts with a character that may open a
// marker, a heading sign or a link.
func mayOpenMarkup(s string) bool {
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return c == '*' || c == '-' || c == '+' || c == '>' || c == '#' || c == '[' || '0' <= c && c <= '9'
	default:
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune(bullets+subBullets, r)
	}
}

// bullets and subBullets open the items of lists and of their sublists.
const (
	bullets    = "•*-+·▪●■►▶‣"
	subBullets = "□◦○☆"
)

// contentCut are the characters trimmed from the ends of a line's content:
// markdown emphasis and spaces.
const contentCut = "*_ "

// trimString returns the range of s that is its content: s without
// emphasis and spaces at its ends, or without spaces alone when that
// leaves nothing.
func trimString(s string) (lo, hi int) {
	if s == "" {
		return 0, 0
	}
	if first, last := s[0], s[len(s)-1]; first > ' ' && first < utf8.RuneSelf && first != '*' && first != '_' &&
		last > ' ' && last < utf8.RuneSelf && last != '*' && last != '_' {
		return 0, len(s) // nothing to trim: most lines
	}
	t := strings.TrimSpace(strings.Trim(s, contentCut))
	if t == "" {
		t = strings.TrimSpace(s)
	}
	if t == "" {
		return 0, 0
	}
	lo = strings.Index(s, t)
	return lo, lo + len(t)
}

// trimBytes is trimString for built content. The trims return parts of
// b, so where they start is told by their capacity.
func trimBytes(b []byte) (lo, hi int) {
	t := bytes.TrimSpace(bytes.Trim(b, contentCut))
	if len(t) == 0 {
		t = bytes.TrimSpace(b)
	}
	if len(t) == 0 {
		return 0, 0
	}
	lo = cap(b) - cap(t)
	return lo, lo + len(t)
}

// parseMarker strips a list, heading or quote marker from s.
func parseMarker(m *Markup, s string) string {
	if c := s[0]; c < utf8.RuneSelf && c != '#' && c != '*' && c != '-' && c != '+' && c != '>' && (c < '0' || c > '9') && (c != 'o' || m.Indent < lynxDeep) {
		return s // no marker starts with c: most lines
	}
	r, size := utf8.DecodeRuneInString(s)
	rest := s[size:]
	spaced := rest == "" || rest[0] == ' ' || rest[0] == '\t'
	switch {
	case (r == 'o' || r == '#') && spaced && m.Indent >= lynxDeep:
		// lynx's bullets of a list's third and fourth levels, deep in
		// their indentation ("               o [43]Oceania"); a markdown
		// heading is not indented, and "o" opens a sentence in
		// Portuguese and Italian.
		m.Marker = MarkSub
		return strings.TrimLeft(rest, " \t")
	case r == '#':
		level := 1
		for level < len(s) && s[level] == '#' {
			level++
		}
		if level <= 6 && level < len(s) && s[level] == ' ' {
			m.Heading = level
			return strings.TrimLeft(s[level:], " ")
		}
	case strings.ContainsRune(bullets, r) && spaced:
		m.Marker = MarkBullet
		return strings.TrimLeft(rest, " \t")
	case strings.ContainsRune(subBullets, r) && spaced:
		m.Marker = MarkSub
		return strings.TrimLeft(rest, " \t")
	case r == '>' && spaced:
		m.Marker = MarkQuote
		return strings.TrimLeft(rest, " \t")
	case r >= '0' && r <= '9':
		j := 0
		for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j < len(s)-1 && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t') {
			// "1. Title", or "1.\tTitle" as a browser's innerText prints
			// a table whose first cell numbers its rows (a listing's rank).
			m.Marker = MarkOrdered
			return strings.TrimLeft(s[j+1:], " \t")
		}
		if j < len(s)-1 && s[j] == '.' && s[j+1] == '|' {
			// A table row of html2text's whose first cell numbers an item
			// and whose only other cell with text is the item ("2.| |
			// Title"): a listing laid out as a table.
			if rest := strings.TrimLeft(s[j+2:], " |"); rest != "" && !strings.Contains(rest, "|") {
				m.Marker = MarkOrdered
				return rest
			}
		}
	}
	return s
}

// lynxDeep is the least indentation of lynx's third-level bullet, "o":
// it prints it at 15 columns.
const lynxDeep = 12

// bracketed reports whether s, not empty, is one bracketed text and no
// markdown link: w3m's picture ("[alt]") or form widget ("[    ]").
func bracketed(s string) bool {
	return s[0] == '[' && s[len(s)-1] == ']' && !strings.Contains(s, "](")
}

// emptyEmphasis reports whether content is emphasis around nothing, once
// or more ("__", "** **"), in a list item or a sublist's ("* __"): how
// html2text prints an icon, an <i> element with no text (a post's share
// and bookmark buttons, a carousel's arrow), which is a picture. A
// thematic break ("***", "___") is no such thing, nor are the list
// markers of "* * *".
func emptyEmphasis(content string) bool {
	if content == "" || content[0] != '*' && content[0] != '_' {
		return false // most lines
	}
	marks, icons := true, 0
	for f := range strings.FieldsSeq(content) {
		switch {
		case marks && f == "*":
			// a sublist's marker
		case len(f) < 2 || strings.Trim(f, "*_") != "" || len(f) >= 3 && strings.Count(f, f[:1]) == len(f):
			return false
		default:
			marks = false
			icons++
		}
	}
	return icons > 0
}

// emptyHeading reports whether content is a heading's signs and nothing
// else ("##", "###"): html2text's heading with no text, which held a
// picture, a logo or nothing at all, and says nothing itself. A lone "#"
// is no such thing (a shell's empty comment, a number sign).
func emptyHeading(content string) bool {
	return len(content) >= 2 && len(content) <= 6 && strings.Trim(content, "#") == ""
}
