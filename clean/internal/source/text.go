package source

import (
	"strings"
)

// Text reads a text document into d: s is its bytes as given, read as
// UTF-8, UTF-16 with a byte order mark, or a legacy encoding (see ReadText),
// then normalised (see Normalize) and cut into lines, one block per line;
// in hard-wrapped text, one block per wrapped paragraph (see wrapWidth).
// With liftDate, a "date YYYY-MM-DD " prefix on the first line is lifted
// into d.Meta.Date (see DatePrefix).
//
// It returns a *LimitError for a document of more than lim.MaxLines lines.
func Text(d *Doc, s string, liftDate bool, lim Limits) error {
	d.reset()
	s, d.Encoding, d.Invalid = ReadText(s)
	n := strings.Count(s, "\n")
	if s != "" && s[len(s)-1] != '\n' {
		n++
	}
	if n > lim.MaxLines {
		return &LimitError{Limit: "MaxLines", Value: n, Max: lim.MaxLines}
	}
	d.Blocks = grow(d.Blocks, n)
	lines := d.lines[:0]
	for text := range strings.Lines(s) {
		lines = append(lines, strings.TrimSuffix(text, "\n"))
	}
	d.readRefLabels(lines)
	// lynx's list of link addresses after the page is no wrapped text:
	// its long addresses stand out of any margin, and read with the page
	// they had hidden that its paragraphs were wrapped.
	refs := lynxRefs(lines)
	page := lines
	if refs >= 0 {
		page = lines[:refs]
	}
	fm := frontMatter(page)
	d.Meta.FrontMatter = fm
	d.ends, d.widths = paragraphsAfter(page, fm, d.ends, d.widths)
	for k := len(page); k < len(lines); k++ {
		d.ends = append(d.ends, k+1)
	}
	gap := true
	i := 0
	for _, end := range d.ends {
		d.Blocks = d.Blocks[:len(d.Blocks)+1]
		b := &d.Blocks[len(d.Blocks)-1]
		b.Text, b.Lines = lines[i], 1
		content, level := b.Text, 0
		if end > i+1 {
			// A paragraph of hard-wrapped text, or a setext heading: one
			// block, printed as it was, read as one line.
			b.Text, b.Lines = strings.Join(lines[i:end], "\n"), end-i
			if content, level = setextHeading(lines[i:end]); level == 0 {
				content = unwrapLines(lines[i:end])
			}
		}
		b.Blank = d.parseMarkup(len(d.Blocks)-1, content, &b.Markup)
		b.Markup.Heading = max(b.Markup.Heading, level)
		if i < fm {
			b.Markup.Heading = 0 // a comment of the front matter: "# draft"
		}
		b.Markup.LinkRef = refs >= 0 && i >= refs && !b.Blank
		i = end
		if b.Blank {
			gap = true
		} else {
			b.Gap, gap = gap, false
		}
	}
	clear(lines)
	d.lines = lines[:0]
	d.resolveArena()
	if liftDate {
		d.liftDatePrefix()
	}
	return nil
}

// ReadText decodes and normalises text as Text does (see Normalize): it
// returns the text, the encoding it was read in and the number of invalid
// bytes replaced. Text with a UTF-16 byte order mark is decoded from
// UTF-16. Other text is read as UTF-8, unless it has invalid bytes and
// fewer valid characters of more than one byte than invalid bytes: that
// is text in a legacy encoding, read in the one it reads best in (see
// guessLegacy), windows-1252 (a superset of ISO 8859-1) unless another
// reads clearly better.
func ReadText(s string) (string, string, int) {
	if strings.HasPrefix(s, "\xfe\xff") || strings.HasPrefix(s, "\xff\xfe") {
		s, enc := decodeTextString(s)
		out, invalid := Normalize(s)
		return out, enc, invalid
	}
	out, invalid, multi := normalize(s)
	if invalid > 0 && multi < invalid || invalid > 0 && multi == 0 {
		b := []byte(s)
		e, name := guessLegacy(b)
		s, enc := decodeWith(b, e, name)
		out, invalid = Normalize(s)
		return out, enc, invalid
	}
	return out, "utf-8", invalid
}

// grow returns b emptied, with room for n blocks.
func grow(b []Block, n int) []Block {
	if cap(b) < n {
		return make([]Block, 0, n)
	}
	clear(b[:cap(b)])
	return b[:0]
}

// parseMarkup reads the markup of block i of d into m, which is zero, and
// reports whether the block is blank; content it has to build goes to d's
// arena, and is resolved by resolveArena.
func (d *Doc) parseMarkup(i int, text string, m *Markup) bool {
	blank, span := readMarkup(m, text, &d.arena)
	if (m.Image || m.Widget) && len(d.refs) > 0 {
		d.readReference(m)
	}
	if span.n > 0 {
		d.built = append(d.built, builtContent{i, span})
	}
	return blank
}

// builtContent is the content of a block that lies in the arena.
type builtContent struct {
	block int
	span  arenaSpan
}

// resolveArena gives the blocks whose content was built in the arena their
// content: the arena is turned into one string, which they share.
func (d *Doc) resolveArena() {
	if len(d.built) == 0 {
		return
	}
	all := string(d.arena)
	for _, c := range d.built {
		b := &d.Blocks[c.block]
		b.Markup.Content = all[c.span.off : c.span.off+c.span.n]
		b.Markup.readBuilt(b.Text)
	}
}

// liftDatePrefix moves a date prefix of the first non-blank line into
// d.Meta.Date, and re-reads the rest of the line.
func (d *Doc) liftDatePrefix() {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Blank {
			continue
		}
		date, n := DatePrefix(b.Text)
		if n == 0 {
			return
		}
		d.Meta.Date = date
		b.Markup, _ = ParseMarkup(b.Text[n:])
		b.Lift = n
		return
	}
}

// DatePrefix finds the metadata prefix some scrapers put before the first
// line of a document, "date 2022-01-03 Ukrainian President ...", with
// white space before it. It returns the date and the length of the prefix;
// or "" and 0 when text has no such prefix, or has two ("date X date Y
// ..."), since lifting one would leave another to lift.
func DatePrefix(text string) (date string, n int) {
	n = datePrefixLen(text)
	if n == 0 || datePrefixLen(text[n:]) > 0 {
		return "", 0
	}
	return text[n-11 : n-1], n
}

// datePrefixShape reports whether s opens with white space and "date
// NNNN-NN-NN ", whatever the numbers.
func datePrefixShape(s string) bool {
	if s == "" || s[0] != 'd' && !isPrefixSpace(s[0]) {
		return false
	}
	i := 0
	for i < len(s) && isPrefixSpace(s[i]) {
		i++
	}
	p := s[i:]
	if len(p) < 16 || !strings.HasPrefix(p, "date ") || p[15] != ' ' {
		return false
	}
	for j, c := range []byte(p[5:15]) {
		if j == 4 || j == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isPrefixSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// datePrefixLen returns the length of a date prefix of s with a plausible
// date, or 0.
func datePrefixLen(s string) int {
	if !datePrefixShape(s) {
		return 0
	}
	i := 0
	for isPrefixSpace(s[i]) {
		i++
	}
	d := s[i+5 : i+15]
	if !plausible(num(d[:4]), num(d[5:7]), num(d[8:])) {
		return 0
	}
	return i + 16
}

// num returns the value of a run of ASCII digits.
func num(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n = n*10 + int(c-'0')
	}
	return n
}

// plausible reports whether a date may be that of a web page.
func plausible(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
