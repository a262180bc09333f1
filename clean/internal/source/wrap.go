package source

import (
	"slices"
	"strings"
)

// Hard-wrapped text is text whose renderer broke each paragraph into lines
// of at most a fixed width: `w3m -dump` at 80 columns unless told
// otherwise, `lynx -dump`, mail. The cleaner judges blocks, and the pieces
// of a wrapped paragraph each weigh less than the paragraph: the first
// line of a paragraph read alone is a fragment without an ending, the last
// a sentence of three words. So the text front end gives such a paragraph
// one block, whose text is the lines as they were, breaks included, and
// whose content is the lines joined by spaces.
//
// The width is found, not given (see wrapWidth). Text laid out one
// paragraph per line has most of its long lines far wider than
// maxWrapWidth, and is read as it was.
const (
	minWrapWidth = 40
	maxWrapWidth = 250
)

// wrapWidth returns the width, in columns, at which lines were wrapped,
// or 0 when they were not. A line followed by a continuation (see
// continues) was wrapped at any width from its own to its own plus the
// next line's first word: the text's width is the one that most such
// pairs of lines agree on. A few lines may stand out of that margin (a
// long address, a line of code), so that a part of the text, its body
// cleaned again, has the width of the whole.
//
// The text is wrapped at that width when at least minWraps lines, and a
// tenth of the lines of minWrapWidth columns or more, are followed by a
// continuation, and no more than a tenth of those lines (or two) hold
// words out of the margin. Text laid out one paragraph per line has most
// of its long lines out of any margin. A table's rows (see tableLine)
// count for neither: w3m draws a table as wide as its cells need, past
// the margin it wraps paragraphs at, and its rows are no paragraphs (the
// wceb pages as w3m 0.5.3 prints them at 80 columns, its default: three
// pages with tables, wrapped paragraphs read as one again, +0.02 to
// +0.06).
//
// Text that a person or an editor filled to a margin is ragged: its
// lines agree on no one width, and more of them stand out of the width
// most pairs agree on than a renderer's text has (the GPL's text, filled
// at 70 to 72 columns with lines of 78; Apache's licence). Where the
// agreement is a broad hump, see raggedMargin: the text is wrapped at the
// narrowest width that few lines stand out of, with a slack.
//
// It returns widths, grown to hold the lines' widths, for the next call.
func wrapWidth(lines []string, widths []int) (margin, []int) {
	var agree [maxWrapWidth + 2]int // differences: pairs that agree on each width
	var short [maxWrapWidth + 2]int // the same, of the pairs over no long phrase (see maxFewPhrase)
	widths = slices.Grow(widths[:0], len(lines))[:len(lines)]
	text, wide := 0, 0 // lines with text, and lines of words too long for any margin
	for i, l := range lines {
		widths[i] = blankLine
		for j := 0; j < len(l); j++ {
			if l[j] != ' ' && l[j] != '\t' {
				widths[i] = unmeasured
				text++
				if len(l)-j > wideBytes && breakable(l[j:]) {
					wide++ // words too long for any margin
				}
				break
			}
		}
	}
	if wide > max(2, text/10) {
		return margin{}, widths // paragraphs on lines of their own: the text is not wrapped
	}
	for i := 0; i+1 < len(lines); i++ {
		if widths[i] == blankLine || widths[i+1] == blankLine {
			continue
		}
		word := firstWord(lines[i+1])
		if len(lines[i])+len(word) < minWrapWidth {
			continue // no wider in columns than in bytes: a menu's lines, unmeasured
		}
		a := lineWidth(lines, widths, i)
		if a > maxWrapWidth {
			continue
		}
		// Wrapped at width c, line i is at most c columns wide and the
		// next line's first word did not fit after it, with the space
		// between them where there is one: a <= c < a+b.
		b := columns(word)
		if !joinsWithoutSpace(lines[i], lines[i+1]) {
			b++ // the space the renderer broke the line at
		}
		if a+b-1 < minWrapWidth || !continuesAt(lines[i], a, lines[i+1], margin{width: a + b - 1}) {
			continue
		}
		agree[max(a, minWrapWidth)]++
		agree[min(a+b-1, maxWrapWidth)+1]--
		if b <= maxFewPhrase || !spacedPhrase(word) {
			short[max(a, minWrapWidth)]++
			short[min(a+b-1, maxWrapWidth)+1]--
		}
	}
	w, wraps, run := 0, 0, 0
	for c := minWrapWidth; c <= maxWrapWidth; c++ {
		before := run
		// The most pairs agree on w; where as many agree on a wider
		// width, that is the text's margin, and the narrower one a
		// table's column, its cells wrapped within it.
		if run += agree[c]; run > wraps || run == wraps && before < run {
			w, wraps = c, run
		}
	}
	if wraps < minWraps {
		return margin{}, widths
	}
	if wraps <= minWraps {
		n := 0
		for c := minWrapWidth; c <= w; c++ {
			n += short[c]
		}
		if n < minWraps {
			return margin{}, widths // a short text whose wraps rest on a long phrase (see maxFewPhrase)
		}
	}
	// A line has no more columns than bytes, and no fewer than a quarter
	// of them: most lines need not be measured to tell.
	long, over := 0, 0
	var out [maxRaggedGrow + 1]int // lines w+1, w+2, ... columns wide; the last, wider than w+maxRaggedGrow
	for i, l := range lines {
		if widths[i] == blankLine {
			continue
		}
		l = strings.TrimRight(l, " \t")
		n := len(l)
		if n > minWrapWidth && tableLine(l) {
			continue // a table's row: renderers lay tables out wider than the text
		}
		if n >= 4*minWrapWidth || n >= minWrapWidth && lineWidth(lines, widths, i) >= minWrapWidth {
			long++
		}
		if n <= w || !breakable(strings.TrimSpace(l)) {
			continue // within the margin; a rule of dashes is no text
		}
		d := maxRaggedGrow // a quarter of n columns at least: out of any margin raggedMargin tries
		if n <= 4*(w+maxRaggedGrow) {
			d = min(lineWidth(lines, widths, i)-w-1, maxRaggedGrow)
		}
		if d >= 0 {
			out[d]++
			over++ // words out of the margin
		}
	}
	if wraps <= minWraps && (over > 0 || w < minFewWidth || w > maxFewWidth) || 10*wraps < long {
		return margin{}, widths
	}
	if over > max(2, long/10) {
		if m := raggedMargin(agree[:], out[:], w, wraps, long, over); m.width > 0 {
			return m, widths
		}
		return wideMargin(lines, widths, agree[:], short[:], long), widths
	}
	return margin{width: w}, widths
}

// wideMargin returns the margin of wrapped text whose most agreed width,
// narrower than many of its lines, was a short line's: Chinese and
// Japanese break a line between any two characters, so that each short
// line over another line of text agrees on its own width and the next
// character's ("来自iPhone客户端3楼 回复" over "共1页首页"), and three such
// pairs outnumbered a thread's two wrapped posts at 78 columns, whose
// lines, read alone, were fragments of no paragraph. It is the width most
// pairs agree on among those that at most a tenth of the long lines (or
// two) stand out of, held to wrapWidth's tests, and one that terminals
// use (minFewWidth to maxFewWidth columns); or none. Text laid out one
// paragraph per line has its long lines wider than that: a forum's
// posts, a line each, agreed on 222 columns. agree and short are
// wrapWidth's differences of pairs, widths its lines' widths so far.
func wideMargin(lines []string, widths []int, agree, short []int, long int) margin {
	var count [maxWrapWidth + 2]int // lines of each width that may stand out of a margin; the last, wider
	total := 0
	for i, l := range lines {
		if widths[i] == blankLine {
			continue
		}
		l = strings.TrimRight(l, " \t")
		if len(l) < minWrapWidth || tableLine(l) || !breakable(strings.TrimSpace(l)) {
			continue
		}
		count[min(lineWidth(lines, widths, i), maxWrapWidth+1)]++
		total++
	}
	limit := max(2, long/10)
	if total <= limit {
		return margin{}
	}
	least, wider := maxWrapWidth+1, count[maxWrapWidth+1] // at most limit lines are wider than least
	for least > 0 && wider+count[least] <= limit {
		wider += count[least]
		least--
	}
	w, wraps, run, few, shortRun := 0, 0, 0, 0, 0
	for c := minWrapWidth; c <= maxWrapWidth; c++ {
		before := run
		run += agree[c]
		shortRun += short[c]
		if c >= least && (run > wraps || run == wraps && before < run) {
			w, wraps, few = c, run, shortRun
		}
	}
	over := 0 // lines wider than w
	for c := w + 1; c <= maxWrapWidth+1; c++ {
		over += count[c]
	}
	switch {
	case wraps < minWraps, 10*wraps < long, w < minFewWidth, w > maxFewWidth:
		return margin{}
	case wraps == minWraps && (few < minWraps || over > 0):
		return margin{}
	}
	return margin{width: w}
}

// lineWidth returns the width of lines[i] in columns, measured once into
// widths[i] (see wrapWidth); a line too long for any margin is
// maxWrapWidth+1 wide, unmeasured.
func lineWidth(lines []string, widths []int, i int) int {
	if widths[i] == unmeasured {
		l := strings.TrimRight(lines[i], " \t")
		widths[i] = maxWrapWidth + 1
		if len(l) <= 4*maxWrapWidth { // a column holds at most 4 bytes of UTF-8
			widths[i] = columns(l)
		}
	}
	return widths[i]
}

// A margin is the width at which a text was wrapped, in columns, and its
// slack: a line of at most width plus slack columns was wrapped when the
// next line's first word would not have fitted within width minus slack. A renderer's text has none,
// ragged text (see raggedMargin) some. The zero margin is text that was
// not wrapped.
type margin struct {
	width, slack int
}

// raggedMargin returns the margin of ragged text, or none: the narrowest
// width, up to maxRaggedGrow columns wider than w, the width most pairs
// of lines agree on (wraps of them), that at most a tenth of the long
// lines stand out of, with a slack of an eighth of it (raggedSlack),
// when at least half as many pairs agree on it as on w. Text laid out one
// paragraph per line has its long lines out of any such margin. The
// margin is one that terminals and editors use, minFewWidth to
// maxFewWidth columns: a narrower one is a column's, which Debian's
// html2text wraps a table's cells in. agree is wrapWidth's differences of
// pairs, over the lines out of w, and out[d] those of them w+1+d columns
// wide (the last, those wider still).
func raggedMargin(agree, out []int, w, wraps, long, over int) margin {
	run := wraps // the pairs that agree on w
	for d := range maxRaggedGrow {
		c := w + 1 + d
		if c > maxFewWidth {
			break
		}
		if run += agree[c]; 2*run < wraps {
			return margin{}
		}
		over -= out[d] // the lines of c columns are within it
		if over <= max(2, long/10) && c >= minFewWidth {
			return margin{width: c, slack: c / raggedSlack}
		}
	}
	return margin{}
}

// maxRaggedGrow is how many columns wider than the width most pairs of
// lines agree on the margin of ragged text may be; raggedSlack divides
// its width into its slack.
const (
	maxRaggedGrow = 8
	raggedSlack   = 8
)

// wideBytes is the length of a line, in bytes, that no margin holds: the
// letters of Latin, Greek and Cyrillic scripts take two bytes at most, the
// wide characters of East Asian scripts three for two columns, so such a
// line is wider than maxWrapWidth columns (only a line of emoji, four
// bytes each, is not).
const wideBytes = 2 * maxWrapWidth

// The widths of lines that wrapWidth has no width for.
const (
	blankLine  = -1
	unmeasured = -2
)

// maxFewPhrase is the widest first word, in columns, of a line of Thai,
// Lao, Khmer or Burmese that counts toward the minWraps wraps of a short
// text. Those scripts space phrases, not words: a line over a phrase of
// 40 characters agrees with every width from the line above's to the two
// together, and a short page laid out one paragraph a line, two long
// paragraphs over a link, had been read as one wrapped paragraph. A text
// with more wraps than that, a thread w3m wrapped, is read as before.
const maxFewPhrase = 24

// minWraps is the fewest wrapped lines of a hard-wrapped text: one
// paragraph of three lines, as a short page gives (an error page's
// message, a notice), whose lines read alone had been fragments, and no
// article. With so few, no line may stand out of the margin, and the
// width must be one that terminals and text browsers use, minFewWidth
// to maxFewWidth columns: a text laid out one paragraph per line has
// lines that end without a stop and agree on a width by chance, longer
// lines beside them, and a shell command continued over short lines
// ("tar czf /backup.tar.gz \" over "--exclude=/dev \") agrees on a
// width of 40.
const (
	minWraps    = 2
	minFewWidth = 60
	maxFewWidth = 132
)

// continues reports whether next continues line, in text wrapped at w
// columns: line is within the width and ends with no picture or form
// widget, next is not blank, opens no list item and is no picture or form
// widget, and its first word would not have fitted at the end of line. A
// line that ends with a widget ends a form's row: "Ordina per: [Più
// popolari]" over a grid's first card had been read as one paragraph
// with it, too long for a sort control (no shared page moves).
func continues(line, next string, m margin) bool {
	if strings.TrimSpace(line) == "" {
		return false
	}
	return continuesAt(line, columns(strings.TrimRight(line, " \t")), next, m)
}

// continuesAt is continues, for a line of n columns that is not blank.
func continuesAt(line string, n int, next string, m margin) bool {
	w := m.width
	t := strings.TrimLeft(next, " \t")
	if t == "" {
		return false
	}
	line = strings.TrimRight(line, " \t")
	if n > w+m.slack {
		return false // out of the margin: a line that was not wrapped
	}
	if columnGap(strings.TrimLeft(line, " \t")) || columnGap(t) || m.slack > 0 && (barRow(line) || barRow(t)) {
		return false // a table's row, its columns aligned by spaces (or, in ragged text, parted by bars)
	}
	sep := 1 // the space the renderer broke the line at
	if joinsWithoutSpace(line, t) {
		sep = 0
	}
	if n+sep+columns(firstWord(t)) <= w-m.slack {
		return false
	}
	if strings.HasSuffix(line, "]") && !strings.HasSuffix(line, "][") {
		if k := strings.LastIndexByte(line, '['); k == 0 || k > 0 && line[k-1] == ' ' {
			return false // a line that ends with w3m's form widget or picture: "Ordina per: [Più popolari]"
		}
	}
	t = strings.TrimRight(t, " \t")
	if bracketed(t) {
		return false // w3m's picture or form widget
	}
	var mk Markup
	parseMarker(&mk, t)
	return mk.Marker == MarkNone && mk.Heading == 0
}

// tableLine reports whether l is a row of a table: drawn with box-drawing
// characters (w3m's "│Ranking│Business  │", "├───┼───┤"), or laid out
// with its columns aligned by spaces (see columnGap).
func tableLine(l string) bool {
	t := strings.TrimLeft(l, " \t")
	// U+2500 to U+257F, the box-drawing block, are E2 94 xx and E2 95 xx.
	return columnGap(t) || strings.Contains(t, "\xe2\x94") || strings.Contains(t, "\xe2\x95")
}

// barRow reports whether s holds two bars or more: a row of a table
// whose cells bars part ("W| L| PCT| GB"), or a menu's entries.
func barRow(s string) bool { return strings.Count(s, "|") >= 2 }

// columnGap reports whether s holds a run of three spaces or more: the
// gap between two columns of a table laid out with spaces.
func columnGap(s string) bool { return strings.Contains(s, "   ") }

// paragraphEnd returns the index after the last line of the paragraph
// that opens at lines[i], in text wrapped at margin m (see continues): a
// continuation is indented as the paragraph's first line is, or as its
// text after its list markers is ("  • " is four columns, whatever its
// bytes; "   1. * " eight). In ragged text (see raggedMargin), a
// paragraph or a list item may indent its first line alone, by at most
// maxFirstIndent columns, as typed text and licences do ("  To
// \"modify\" a work means ..." over "in a fashion requiring ..."): its
// lines go on at the margin; so may a paragraph of Chinese or Japanese
// in any wrapped text (see maxCJKIndent). A renderer's text indents what
// it nests (Debian's html2text: a list's items, a quote), and a line at
// the margin after it is the next block.
func paragraphEnd(lines []string, i int, m margin) int {
	first := lines[i]
	at := indent(first)
	rest := afterMarkers(first[at:])
	text := columns(first[:len(first)-len(rest)]) // the column where the text after the markers starts
	j := i + 1
	for j < len(lines) && continues(lines[j-1], lines[j], m) {
		in := indent(lines[j])
		if in != at && in != text && !(in == 0 && j == i+1 && (at <= maxFirstIndent && m.slack > 0 || at <= maxCJKIndent && joinsWithoutSpace(lines[j-1], lines[j]))) {
			break
		}
		if j == i+1 {
			at = in // a paragraph whose first line alone is indented goes on at the margin
		}
		j++
	}
	return j
}

// maxFirstIndent is the widest indentation of a paragraph's first line
// whose other lines stand at the margin (see paragraphEnd).
const maxFirstIndent = 8

// maxCJKIndent is the widest indentation of the first line of a
// paragraph of Chinese or Japanese, in a renderer's text, whose other
// lines stand at the margin: the text itself indents each paragraph with
// two ideographic spaces (Chinese) or one (Japanese), which a renderer
// prints with the paragraph's first line (see Normalize). A Chinese news
// story in w3m had each paragraph read as two, a fragment and a
// sentence, and lost its last.
const maxCJKIndent = 4

// afterMarkers returns s, not indented, after the list markers that open
// it, and a heading's signs after them: a numbered item's text may open
// with a bullet ("1. * SigNoz ...").
func afterMarkers(s string) string {
	for range maxMarkers {
		if s == "" {
			break
		}
		var m Markup
		if s = parseMarker(&m, s); m.Marker == MarkNone {
			break
		}
	}
	return s
}

// maxMarkers is how many list markers in a row open a line's text at most
// ("1. * ", "• □ ").
const maxMarkers = 3

// Paragraphs returns where each block of lines ends, as Text cuts a text
// into blocks: ends[k] is the index after the last line of block k. Lines
// are blocks of their own, but in hard-wrapped text (see wrapWidth), where
// a wrapped paragraph is one block, and a setext heading with its rules
// (see setextLines). widths is scratch memory, returned grown for the next
// call.
func Paragraphs(lines []string, ends, widths []int) ([]int, []int) {
	m, widths := wrapWidth(lines, widths)
	ends = ends[:0]
	for i := 0; i < len(lines); {
		end := i + 1
		if m.width > 0 && end < len(lines) && continues(lines[i], lines[end], m) {
			end = paragraphEnd(lines, i, m)
		} else if n := setextLines(lines, i); n > 0 {
			end = i + n
		}
		ends = append(ends, end)
		i = end
	}
	return ends, widths
}
