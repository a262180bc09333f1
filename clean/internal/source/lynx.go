package source

import "strings"

// lynx -dump prints a page with its links numbered in brackets before
// their text ("[12]Home"), and after the page the list of their
// addresses, numbered the same way:
//
//	References
//
//	   Visible links:
//	   1. https://example.org/
//	  12. mailto:?subject=Shared post&body=https://example.org/story
//	1000. https://example.org/feed/
//
//	   Hidden links:
//	1001. https://example.org/tracker
//
// The list is the renderer's, not the page's: its addresses have the
// tokens of code and of paragraphs, and on wceb pages rendered by lynx,
// lists of hundreds of them had been taken for the article.

// lynxRefs returns the index of the line "References" that opens the
// list of link addresses lynx prints after a page, or -1. The list runs
// to the end of the text, and holds minLinkRefs entries or more and
// nothing else but its two labels and the rest of an address that held
// a line break, which lynx prints as it is, from the line's start
// ("https://vk.com/share.php?url=" over "https://example.org/story/", a
// share link's text over several lines): a page's own "References"
// section, whose entries name sources, or a list that the page goes on
// after, is no such list.
func lynxRefs(lines []string) int {
	head := len(lines) - 1
	for head >= 0 && lines[head] != "References" && lines[head] != "References:" {
		head--
	}
	if head < 0 {
		return -1
	}
	entries := 0
	for _, l := range lines[head+1:] {
		s := strings.TrimSpace(l)
		switch {
		case s == "":
		case linkRef(s):
			entries++
		case s != l && (s == "Visible links:" || s == "Hidden links:"):
		case s == l && entries > 0:
			// the rest of an address that held a line break
		default:
			return -1
		}
	}
	if entries < minLinkRefs {
		return -1
	}
	return head
}

// minLinkRefs is the fewest entries that make a list of link addresses.
const minLinkRefs = 2

// linkRef reports whether s, a line without its indentation, is an entry
// of lynx's list of link addresses: a number, a full stop, a space and
// an address alone, which may hold spaces (a share link's
// "mailto:?subject=..."); or of w3m's, printed with
// -o display_link_number=1: the number in brackets ("[12] https://...").
func linkRef(s string) bool {
	inBrackets := strings.HasPrefix(s, "[")
	if inBrackets {
		s = s[1:]
	}
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	switch {
	case n == 0:
		return false
	case inBrackets && strings.HasPrefix(s[n:], "] "), !inBrackets && strings.HasPrefix(s[n:], ". "):
		return address(strings.TrimLeft(s[n+2:], " "))
	}
	return false
}

// address reports whether s opens with a scheme and what follows it
// without a space: "https://...", "mailto:?subject=...", "file:///".
func address(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || scheme == "" || len(scheme) > 32 || rest == "" || rest[0] == ' ' {
		return false // "note: ..." is no address; "mailto:?subject=Shared post" is
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' // lynx's own "LYNXIMGMAP:"
		if !letter && (i == 0 || !('0' <= r && r <= '9') && r != '+' && r != '-' && r != '.') {
			return false
		}
	}
	return true
}
