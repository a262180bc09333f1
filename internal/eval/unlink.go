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
// whole, and so is a link around a picture ("[![Logo](logo.png)](/)").
// It reads s in time linear in its length, however its brackets nest or
// fail to close.
func Unlink(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	return string(unlink(nil, s, matchBrackets(s), 0, len(s)))
}

// unlink appends s[from:to] to out without its link markup (see Unlink);
// closes[i] is the index of the "]" that closes the "[" at i, or -1.
func unlink(out []byte, s string, closes []int32, from, to int) []byte {
	for i := from; i < to; {
		if s[i] != '[' {
			out = append(out, s[i])
			i++
			continue
		}
		end := int(closes[i])
		if end < 0 || end >= to {
			out = append(out, s[i])
			i++
			continue
		}
		if isNumber(s[i+1 : end]) {
			i = end + 1 // a link's number, or a citation mark
			continue
		}
		n := linkAddress(s[end+1 : to])
		if n == 0 {
			out = append(out, s[i])
			i++
			continue
		}
		if len(out) > 0 && out[len(out)-1] == '!' {
			out = out[:len(out)-1] // the "!" of a picture, "![alt](url)"
		}
		out = unlink(out, s, closes, i+1, end)
		i = end + 1 + n
	}
	return out
}

// matchBrackets returns, for each index of s that holds a "[", the index
// of the "]" that closes it, brackets between counted, or -1.
func matchBrackets(s string) []int32 {
	closes := make([]int32, len(s))
	var open []int32
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			closes[i] = -1
			open = append(open, int32(i))
		case ']':
			if len(open) > 0 {
				closes[open[len(open)-1]] = int32(i)
				open = open[:len(open)-1]
			}
		}
	}
	return closes
}

// isNumber reports whether s is a run of digits, one at least.
func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// linkAddress returns the length of the address that opens s, right
// after a link's text: "(address)" or "(address "title")"; 0 when s
// opens with none. The address holds no space and no bracket, and at most
// one level of parentheses ("https://en.wikipedia.org/wiki/Go_(game)"),
// so that reading it stops at the next link.
func linkAddress(s string) int {
	if !strings.HasPrefix(s, "(") {
		return 0
	}
	depth := 0
	for j := 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '(':
			if depth++; depth > 1 {
				return 0
			}
		case c == ')' && depth > 0:
			depth--
		case c == ')':
			return j + 1
		case c == ' ' && depth == 0:
			// a title after the address: ` "title")`
			rest := s[j+1:]
			if !strings.HasPrefix(rest, `"`) {
				return 0
			}
			q := strings.IndexAny(rest[1:], "\"\n[")
			if q < 0 || rest[1+q] != '"' || !strings.HasPrefix(rest[q+2:], ")") {
				return 0
			}
			return j + 1 + q + 3
		case c == '\n' || c == ' ' || c == '\t' || c == '[' || c == ']':
			return 0
		}
	}
	return 0
}
