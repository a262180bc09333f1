package decide

import (
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// The slashes and bars of a line that join terms or qualify a name, and
// part no list of names (see nameList).

// compound reports whether the only separator of s is one slash that
// joins two terms into one, without spaces: after the line's first word
// ("Black/White", "CPR/First Aid", "4. Monitoring/Controlling") or
// between two acronyms ("Seamless UX/UI Design", "ISO/IEC 27001"), or
// before a number ("Fluke 43B/003", "HTTP/1.1 200 OK"). A photo credit
// puts it after a name ("Jason Cipriani/ZDNet", "Jae C.
// Hong/AP"), and stays a name list.
func compound(s string) bool {
	i := strings.IndexByte(s, '/')
	if i <= 0 || strings.IndexByte(s[i+1:], '/') >= 0 || strings.IndexByte(s, '|') >= 0 {
		return false
	}
	before, after := lastWord(s[:i]), firstWord(s[i+1:])
	if before == "" || after == "" {
		return false
	}
	if acronym(before) && acronym(after) || after[0] >= '0' && after[0] <= '9' {
		return true // "UX/UI"; a version or a number: "HTTP/1.1 200 OK", "24/7"
	}
	lead := strings.TrimLeftFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) })
	return lead == before
}

// lastWord returns the run of word runes (see lang.IsWordRune) that ends s,
// firstWord the one that opens it.
func lastWord(s string) string { return s[len(strings.TrimRightFunc(s, lang.IsWordRune)):] }

func firstWord(s string) string { return s[:len(s)-len(strings.TrimLeftFunc(s, lang.IsWordRune))] }

// bracketedSlashes reports whether each slash and bar of s stands inside
// round brackets: a job's title with its levels or its genders ("Java
// Developer (Mid/Senior)", "Verkäuferin (Teilzeit/Vollzeit)", "(m/w/d)"),
// which a list of names (see nameList) had taken for a photo's credit;
// each offer of a Polish listing had lost its title so. A credit or a
// menu parts its names outside brackets ("Jane Doe/AP", "News | Sport"),
// or brackets the whole line ("(Reed Saxon / Associated Press)", under a
// news photo): the title has words outside them.
func bracketedSlashes(s string) bool {
	depth, seen, outside := 0, false, false
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(depth-1, 0)
		case r == '/' || r == '|':
			if depth == 0 {
				return false
			}
			seen = true
		case depth == 0 && unicode.IsLetter(r):
			outside = true
		}
	}
	return seen && outside && depth == 0 // "Claim Payment ($250/", a table's cell that w3m wrapped, closes none
}
