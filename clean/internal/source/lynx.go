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
// a line break, which lynx prints as it is: from the line's start, with
// whatever the address held after the break ("https://vk.com/share.php?url="
// over "https://example.org/story/", a share link's text over several
// lines, a mail link's body with its carriage returns, tabs and leading
// spaces). Such a rest, when it is not flush with the margin, must have
// an entry after it: a page's own "References" section, whose entries
// name sources, or a list that the page goes on after, is no such list.
func lynxRefs(lines []string) int {
	head := len(lines) - 1
	for head >= 0 && lines[head] != "References" && lines[head] != "References:" {
		head--
	}
	if head < 0 {
		return -1
	}
	entries := 0
	open := false // a line since the last entry that only an entry after it makes the rest of an address
	for _, l := range lines[head+1:] {
		s := strings.TrimSpace(l)
		entry, numbered := linkRef(s)
		switch {
		case s == "":
		case entry:
			entries++
			open = false
		case s != l && (s == "Visible links:" || s == "Hidden links:"):
		case entries > 0 && s == l:
			// the rest of an address that held a line break
		case entries > 0 && !numbered:
			open = true // the rest of an address, if an entry follows
		default:
			return -1
		}
	}
	if entries < minLinkRefs || open {
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
// numbered reports whether s opens as such an entry does, whatever
// follows its number.
func linkRef(s string) (entry, numbered bool) {
	rest, ok := entryNumber(s)
	return ok && address(strings.TrimLeft(rest, " ")), ok
}

// entryNumber returns what follows the number that opens s as an entry of
// lynx's list ("12. ") or of w3m's ("[12] "), and whether s opens so.
func entryNumber(s string) (string, bool) {
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
		return "", false
	case inBrackets && strings.HasPrefix(s[n:], "] "), !inBrackets && strings.HasPrefix(s[n:], ". "):
		return s[n+2:], true
	}
	return "", false
}

// address reports whether s opens with a scheme and what follows it:
// "https://...", "mailto:?subject=...", "file:///". What follows may
// open with a space only after a scheme in lower case, as a page's own
// links write them ("tel: 8442045619"), or after "javascript", whose code
// any case and spacing may write ("Javascript: history.back();"): a
// source's "WHO: Global report" is no address.
func address(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || scheme == "" || len(scheme) > 32 || strings.TrimSpace(rest) == "" {
		return false
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' // lynx's own "LYNXIMGMAP:"
		if !letter && (i == 0 || !('0' <= r && r <= '9') && r != '+' && r != '-' && r != '.') {
			return false
		}
	}
	return rest[0] != ' ' || scheme == strings.ToLower(scheme) || strings.EqualFold(scheme, "javascript")
}
