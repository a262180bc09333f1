package measure

import (
	"strings"
	"unicode/utf8"
)

// What a line's characters tell of its layout besides its words, read as
// the tokeniser reads the line (see meter.measure): how it ends, and the
// bars and gaps of a table that a text renderer draws.

// lineEnding classifies the end of s, looking through closing quotes,
// brackets and markdown emphasis.
func lineEnding(s string) Ending {
	if s == "" {
		return EndNone
	}
	switch c := s[len(s)-1]; {
	case c == '.':
		if strings.HasSuffix(s, "...") {
			return EndEllipsis
		}
		return EndSentence
	case c == '!' || c == '?':
		return EndSentence
	case c == ':':
		return EndColon
	case c == ',' || c == ';':
		return EndComma
	case c < utf8.RuneSelf && c != ' ' && c != '"' && c != '\'' && c != ')' && c != ']' && c != '*' && c != '_':
		return EndNone // no closing quote or bracket to look through
	}
	s = strings.TrimRight(s, " \"'”’»)]*_」』）")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.':
		if strings.HasSuffix(s, "...") {
			return EndEllipsis
		}
		return EndSentence
	case '!', '?', '！', '？', '؟', '፧':
		return EndSentence
	case '…':
		return EndEllipsis
	case ':', '：':
		return EndColon
	case ',', ';', '，', '、', '،', '؛', '፣', '፤':
		return EndComma
	}
	if IsFullStop(r) {
		return EndSentence
	}
	return EndNone
}

// IsFullStop reports whether r is a full stop: the Latin one, or one of
// the scripts whose statements end otherwise: CJK (。｡．), Devanagari and
// Bengali (। ॥), Urdu (۔), Armenian (։), Ethiopic (።), Khmer (។ ៕),
// Myanmar (။) and Tibetan (། ༎).
func IsFullStop(r rune) bool {
	switch r {
	case '.', '。', '｡', '．', '।', '॥', '۔', '։', '።', '។', '៕', '။', '།', '༎':
		return true
	}
	return false
}

// boxBar reports whether r is a box-drawing character with a vertical
// stroke: a cell's side in a table drawn with borders, or where a border
// meets it. A row ("│1 │Chicago│") and the border under it ("├──┼──┤")
// have as many, one per side of a cell.
func boxBar(r rune) bool {
	switch r {
	case '│', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', // light
		'┃', '┏', '┓', '┗', '┛', '┣', '┫', '┳', '┻', '╋', // heavy
		'║', '╔', '╗', '╚', '╝', '╠', '╣', '╦', '╩', '╬': // double
		return true
	}
	return false
}

// columnGaps counts the runs of two spaces or more inside s, past its
// first and before its last non-space character: the gaps between the
// columns of a table that a text renderer aligns with spaces. A run with a
// tab is a gap however short: a browser's innerText, a spreadsheet pasted
// as text and tab-separated values part a table's cells with one tab.
func columnGaps(s string) int {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '\t') >= 0 {
		return tabbedGaps(s)
	}
	n := 0
	for {
		i := strings.Index(s, "  ")
		if i < 0 {
			return n
		}
		n++
		s = strings.TrimLeft(s[i:], " ")
	}
}

// tabbedGaps is columnGaps on a trimmed line that holds a tab.
func tabbedGaps(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != '\t' {
			i++
			continue
		}
		j, tab := i, false
		for ; j < len(s) && (s[j] == ' ' || s[j] == '\t'); j++ {
			tab = tab || s[j] == '\t'
		}
		if tab || j-i >= 2 {
			n++
		}
		i = j
	}
	return n
}
