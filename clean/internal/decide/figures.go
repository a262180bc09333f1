package decide

import (
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// How a line's numbers read, for the shape of a headline (see shaped):
// how many of its tokens they open, those in the brackets after a name,
// and whether a year stands among them.

// bracketedNumbers returns how many numbers open tokens inside the
// brackets that close s, after words, with a word among them
// ("Medewerker klantenservice (32-40 uur)", a job's hours after its title;
// "Relax Berries (30ct)"), or 0. A headline's words are mostly letters
// (see shaped), and a name's figures in brackets are no part of its
// words: a Dutch job's h1 had been no headline in w3m, and a row of
// buttons its title. A date or a time in brackets has no word, and its
// numbers count ("Last edited by Trilby (2024-08-03 16:13:39)", which a
// thread's reading had lifted over its title).
func bracketedNumbers(s string) int {
	if !strings.HasSuffix(s, ")") {
		return 0
	}
	open := strings.LastIndex(s, " (")
	if open <= 0 || strings.IndexByte(s[open+2:], '(') >= 0 || !strings.ContainsFunc(s[open+2:], unicode.IsLetter) {
		return 0 // a date or a time: "Last edited by Trilby (2024-08-03 16:13:39)"
	}
	return numberTokens(s[open+2:])
}

// numberTokens counts the runs of digits in s that open a token: the
// numbers among a line's tokens (see measure.Counts.Tokens). A point or a
// comma between digits does not part a number ("1.0L", "1,024").
func numberTokens(s string) int {
	const none, digit, letter = 0, 1, 2
	n, last := 0, none
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if last == none {
				n++ // a digit after a letter of a spaced script opens no token ("R2")
			}
			last = digit
		case lang.IsCJK(r):
			last = none // a digit after a character does ("3月")
		case lang.IsWordRune(r):
			if last != digit {
				last = letter
			}
		case (r == '.' || r == ',') && last == digit:
			// a decimal or thousands separator goes on with the number:
			// "1.0L" is one, as "1,024" is
		default:
			last = none
		}
	}
	return n
}

// hasYear reports whether s holds a run of four digits or more: a year,
// which a date line run into a name holds ("Dec 17, 2025Julian K.
// Arni"), or a count.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
