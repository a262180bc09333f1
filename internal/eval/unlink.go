package eval

import "strings"

// Unlink returns s without the link markup that text renderers print
// and the cleaner keeps, since it never rewrites a line: a markdown link
// or picture keeps its text ("[Home](https://example.com/)" reads "Home",
// "![A cat](cat.jpg)" reads "A cat", as html2text prints them when it
// keeps links), and a bracketed number goes (lynx's "[12]Home", the
// numbers w3m gives links with -o display_link_number=1, and a citation
// mark alike). The benchmark scores text by its words, and a link's
// address or number is words that no truth holds: this lets such
// renderings be scored on the text they print. A link whose text spans
// lines (html2text's link around a teaser's picture and title) is read
// whole.
func Unlink(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] != '[' {
			out = append(out, s[i])
			i++
			continue
		}
		if n := numberMark(s[i:]); n > 0 {
			i += n
			continue
		}
		text, n := markdownLink(s[i:])
		if n == 0 {
			out = append(out, s[i])
			i++
			continue
		}
		if len(out) > 0 && out[len(out)-1] == '!' {
			out = out[:len(out)-1] // the "!" of a picture, "![alt](url)"
		}
		out = append(out, Unlink(text)...)
		i += n
	}
	return string(out)
}

// numberMark returns the length of the bracketed number that opens s
// ("[12]"), or 0.
func numberMark(s string) int {
	j := 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ']' {
		return 0
	}
	return j + 1
}

// markdownLink reads the markdown link that opens s, "[text](address)" or
// "[text](address "title")", and returns its text and its length; 0 when
// s opens with none. The text may hold links itself (a linked picture:
// "[![Logo](logo.png)](/)"); the address holds no space and at most one
// level of parentheses ("https://en.wikipedia.org/wiki/Go_(game)").
func markdownLink(s string) (string, int) {
	end := closingBracket(s)
	if end < 0 || end+1 >= len(s) || s[end+1] != '(' {
		return "", 0
	}
	depth := 0
	for j := end + 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == '(':
			if depth++; depth > 1 {
				return "", 0
			}
		case c == ')' && depth > 0:
			depth--
		case c == ')':
			return s[1:end], j + 1
		case c == ' ' && depth == 0:
			// a title after the address: ` "title")`
			rest := s[j+1:]
			if !strings.HasPrefix(rest, `"`) {
				return "", 0
			}
			q := strings.IndexByte(rest[1:], '"')
			if q < 0 || !strings.HasPrefix(rest[q+2:], ")") {
				return "", 0
			}
			return s[1:end], j + 1 + q + 3
		case c == '\n' || c == ' ' || c == '\t':
			return "", 0
		}
	}
	return "", 0
}

// closingBracket returns the index of the "]" that closes the "[" that
// opens s, brackets inside counted, or -1.
func closingBracket(s string) int {
	depth := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
}
