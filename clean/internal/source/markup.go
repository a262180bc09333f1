package source

import (
	"bytes"
	"slices"
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
		m.readContent(text)
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
		m.readContent(text)
	}
	return blank, span
}

// readContent sets Plain and Dated from Content. Content that the front
// end built (markdown with its links replaced by their text) is read
// once it is a string (see ParseMarkup, Doc.resolveArena), with the text
// it was built from: a linked headline ("# [Title](/url)") is plain, as
// its text is, but not content that the text does not hold as it is
// ("[1]Home [2]News", "[Council](/a) approves [bridge](/b)"), which,
// printed as a title, would be text the page never wrote.
func (m *Markup) readContent(text string) {
	m.Plain, m.Dated = plain(m.Content), datePrefixShape(m.Content)
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
	if c := s[0]; c < utf8.RuneSelf && c != '#' && c != '*' && c != '-' && c != '+' && c != '>' && (c < '0' || c > '9') && c != 'o' {
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
	case r == 'o':
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

// lynxDeep is the least indentation of lynx's third-level bullet, "o":
// it prints it at 15 columns.
const lynxDeep = 12

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
//
// It reads them as python html2text prints them with its links kept (its
// default): a link's brackets and parentheses nest ("[![alt](pic.jpg)
// Title](/story)", a teaser's picture and title in one link) and may be
// escaped inside it ("[Wiki](/x_\(y\))"); a link around blocks opens on
// one line and closes on another ("[![alt](pic.jpg)", "### Title",
// "$79.00](/product)"), so a line's text before a "](url)" that no
// bracket opened is a link's, and so is its text after a bracket that
// none closes, when a picture or a link follows it. A line of pictures
// alone, inside links or not, is a picture, whose content is their alt
// texts. It reads the numbers that lynx -dump prints before each link's
// text too ("[12]Home", see lynxMark and markedText).
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
	if !strings.Contains(s, "](") && !hasLynxMark(s) {
		return false // nothing to build: "[Option: ...", "[x] done"
	}
	var in inline
	in.b = slices.Grow(*arena, len(s)) // the content is no longer than s
	start := len(in.b)
	if i := strings.Index(s, "]("); i >= 0 && !strings.Contains(s[:i], "[") {
		if end := in.closing(s, i+1, '(', ')'); end > 0 {
			// The end of a link that an earlier line opened.
			in.b = append(in.b, s[:i]...)
			in.links += utf8.RuneCountInString(s[:i])
			in.text = in.text || strings.TrimSpace(s[:i]) != ""
			s, in.built = s[end+1:], true
		}
	}
	in.read(s, false)
	if !in.built {
		*arena = in.b[:start]
		return false
	}
	*arena = in.b
	m.Links = in.links
	if in.pictures > 0 && !in.text {
		m.Image = true
	}
	return true
}

// inline reads the links and pictures of a line of markdown (see
// parseLinks) into b: their text, and the text around them.
type inline struct {
	b        []byte
	links    int  // characters of link text
	pictures int  // images read
	text     bool // text outside images, brackets and spaces
	built    bool // a link or an image was read
	depth    int  // links the text being read is inside
	misses   int  // brackets and parentheses that nothing closed
}

// A line's links are read with each bracket's close found by a scan to
// it. So that a hostile line (a megabyte of "[" before one "](x)") costs
// a few readings of it, not one for each of its brackets, a line stops
// being read for links after maxMisses scans that found no close, and
// links nested deeper than maxLinkDepth are read as text.
const (
	maxMisses    = 8
	maxLinkDepth = 4
)

// closing is closing(s, i, open, close), which counts a scan that found
// nothing, and finds nothing once maxMisses scans did.
func (in *inline) closing(s string, i int, open, close byte) int {
	if in.misses >= maxMisses {
		return -1
	}
	j := closing(s, i, open, close)
	if j < 0 {
		in.misses++
	}
	return j
}

// readLink appends the text of a link, s, which is inside in.depth links.
func (in *inline) readLink(s string) {
	in.depth++
	in.read(s, true)
	in.depth--
}

// read appends s to in.b with its links and images replaced by their
// text; inLink is set inside a link's text.
func (in *inline) read(s string, inLink bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(escaped, s[i+1]) >= 0:
			in.put(s[i+1:i+2], inLink)
			i += 2
			continue
		case in.depth >= maxLinkDepth:
		case c == '[' && (i == 0 || s[i-1] == ' ') && lynxMark(s[i:]) > 0:
			// lynx's number before a link: what follows it, up to the
			// next number and maxMarkedWords words, is the link's text.
			in.built = true
			i += lynxMark(s[i:])
			j := i + markedText(s[i:])
			in.readLink(s[i:j])
			i = j
			continue
		case c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[':
			open := i
			if c == '!' {
				open++
			}
			closed := in.closing(s, open, '[', ']')
			if closed > 0 && closed+1 < len(s) && s[closed+1] == '(' {
				if end := in.closing(s, closed+1, '(', ')'); end > 0 {
					in.built = true
					if c == '!' {
						in.pictures++
						alt := unescape(s[open+1 : closed])
						in.b = append(in.b, alt...)
						in.links += utf8.RuneCountInString(alt)
					} else {
						in.readLink(s[open+1 : closed])
					}
					i = end + 1
					continue
				}
			}
			if c == '[' && !inLink && closed < 0 && in.misses < maxMisses && strings.Contains(s[i:], "](") {
				// A link that a later line closes, around a picture or
				// another link: its text is the rest of the line.
				in.readLink(s[i+1:])
				return
			}
		}
		in.put(s[i:i+1], inLink)
		i++
	}
}

// lynxMark returns the length of the number in brackets that s opens
// with, as lynx -dump prints one before each link's text ("[12]Home"):
// one to four digits, then the text, or nothing; 0 when s opens with no
// such number. A number before a space is a footnote's mark ("[1] Smith,
// 2020"), one of more digits a picture's id as w3m prints it.
func lynxMark(s string) int {
	n := 1
	for n < len(s) && n <= 4 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 1 || n >= len(s) || s[n] != ']' {
		return 0
	}
	if n+1 < len(s) && s[n+1] == ' ' {
		return 0
	}
	return n + 1
}

// hasLynxMark reports whether s holds a lynx link mark (see lynxMark)
// at its start or after a space.
func hasLynxMark(s string) bool {
	for i := strings.IndexByte(s, '['); i >= 0; {
		if (i == 0 || s[i-1] == ' ') && lynxMark(s[i:]) > 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], '[')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// markedText returns the length of the text in s that a lynx link mark
// before it marks: its first maxMarkedWords words, before any other
// mark. lynx marks where a link starts, not where it ends; counted up to
// the next mark, or over three words, a link in a paragraph took the
// paragraph for a list of links (on every shared page rendered by lynx,
// wceb 0.7562 with one word, 0.7535 with two, 0.7556 with three, 0.7488
// up to the next mark; scrapinghub 0.8448, 0.8432, 0.8405, 0.8323).
func markedText(s string) int {
	words, end := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '[' && lynxMark(s[i:]) > 0 && (i == 0 || s[i-1] == ' '):
			return end
		case s[i] != ' ' && (i == 0 || s[i-1] == ' '):
			if words++; words > maxMarkedWords {
				return end
			}
		}
		if s[i] != ' ' {
			end = i + 1
		}
	}
	return end
}

// maxMarkedWords is how many words after a lynx link mark count as the
// link's text (see markedText).
const maxMarkedWords = 1

// put appends one character of text.
func (in *inline) put(c string, inLink bool) {
	in.b = append(in.b, c...)
	if inLink && c[0] >= 0x80 && c[0] < 0xC0 {
		return // a continuation byte: its rune is counted once
	}
	if inLink {
		in.links++
	}
	if c != " " && c != "[" && c != "]" {
		in.text = true
	}
}

// escaped are the characters html2text escapes with a backslash inside
// links: brackets and parentheses.
const escaped = "[]()"

// unescape returns s without the backslashes before escaped characters.
func unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(escaped, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// closing returns the index of the close that matches the open at s[i].
func closing(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
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
