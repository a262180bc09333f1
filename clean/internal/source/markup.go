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
func ParseMarkup(text string) (m Markup, blank bool) {
	text = unwrap(text) // the lines of a wrapped paragraph read as one
	var arena []byte
	blank, span := readMarkup(&m, text, &arena)
	if span.n > 0 {
		m.Content = string(arena[span.off : span.off+span.n])
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
	s := text
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	m.Indent = i
	s = s[i:]
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
	if strings.HasPrefix(s, "[") || strings.Contains(s, "](") {
		start := len(*arena)
		if built := parseLinks(m, s, arena); built {
			b := (*arena)[start:]
			lo, hi := trimBytes(b)
			// Built content differs from its text, which has link markup:
			// it is not plain, nor does it open with a date prefix.
			return false, arenaSpan{start + lo, hi - lo}
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
		m.Plain, m.Dated = plain(m.Content), datePrefixShape(m.Content)
	}
	return blank, span
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
	if c := s[0]; c < utf8.RuneSelf && c != '#' && c != '*' && c != '-' && c != '+' && c != '>' && (c < '0' || c > '9') {
		return s // no marker starts with c: most lines
	}
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
		if j < len(s)-1 && (s[j] == '.' || s[j] == ')') && s[j+1] == ' ' {
			m.Marker = MarkOrdered
			return strings.TrimLeft(s[j+1:], " ")
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

// bracketed reports whether s, not empty, is one bracketed text and no
// markdown link: w3m's picture ("[alt]") or form widget ("[    ]").
func bracketed(s string) bool {
	return s[0] == '[' && s[len(s)-1] == ']' && !strings.Contains(s, "](")
}

// parseLinks reads markdown links and images ([text](url), ![alt](url))
// and w3m's bracketed images and widgets ([alt], [    ]). When s has
// markdown links it appends s to arena with each link replaced by its text,
// counts the link characters and reports true; else arena is left as it
// is.
func parseLinks(m *Markup, s string, arena *[]byte) bool {
	if bracketed(s) {
		inner := strings.TrimSpace(s[1 : len(s)-1])
		// "[]" is a picture whose address ends without a file name (a
		// thumbnail's resized copy, ".../resize/170x96!/?url=..."), which
		// w3m prints so; a field is spaces between brackets. Read as a
		// field, strong chrome, it parted the entries of a listing of
		// videos (wceb text-w3m: a news site's page of videos 0.04 ->
		// 0.59; no other page of any set moves).
		if s == "[]" {
			m.Image = true
		} else if inner == "" || len(inner) < 20 && !strings.Contains(inner, " ") {
			m.Widget = true
		} else {
			m.Image = true
		}
		return false
	}
	b := *arena
	start := len(b)
	links, built := 0, false
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
			b = append(b, s[:open-1]...)
			if len(bytes.TrimSpace(b[start:])) == 0 && end == len(s)-1 {
				m.Image = true
			}
		} else {
			b = append(b, s[:open]...)
		}
		b = append(b, text...)
		links += utf8.RuneCountInString(text)
		s = s[end+1:]
		built = true
	}
	if !built {
		return false
	}
	b = append(b, s...)
	*arena = b
	m.Links = links
	return true
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
