package decide

import (
	"strings"
	"unicode"
)

// What code looks like to the rules and passes that read one line alone:
// a signature, which is no headline (see titleScore), and a comment in a
// block of code, which is the code's and no chrome's (see vote).

// signature reports whether s holds a mark that code has and a headline
// does not: "->", "=>", "::", ":=", a brace, "&&", "||", a call that ends
// a statement, ");", a generic type (see generic), a list of parameters
// (see parameters); or opens with a comment's "// ". A function's
// signature on a documentation page ("pub fn is_some(&self) -> bool"),
// alone under its item's title, read as a second headline, and the
// reading of the output took it out. The marks a headline may have, " = "
// ("Solidarität = Nachbarschaftshilfe") or "//" (a site's name "example.de
// //"), are not among them.
func signature(s string) bool {
	if strings.HasPrefix(s, "// ") {
		return true // a comment: "// Or, promisified"
	}
	for _, m := range signatureMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return generic(s) || parameters(s)
}

// parameters reports whether s calls or declares a function with two
// parameters or more: a name glued to an opening parenthesis, and a comma
// before the closing one ("func Split(s, sep string, n int) []string",
// "def split(self, sep=None)"). Go's reference prints a function's
// signature under its heading in a block of code, which the text a
// reading sees does not mark when it is one line alone, and a reading of
// the body had lifted it as a headline, so that it went. A plural's mark
// ("Music of the Month(s): ...") and a product's size set apart ("Relax
// Berries (30ct)") are no such list.
func parameters(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != '(' || !isWordByte(s[i-1]) {
			continue
		}
		if j := strings.IndexByte(s[i:], ')'); j > 0 && strings.Contains(s[i:i+j], ", ") {
			return true
		}
	}
	return false
}

// generic reports whether s names a generic type: a word with its type
// parameters in angle brackets, "Option<T>", "HashMap<K, V>" ("impl<T>
// Option<T>", the heading of a documentation's methods). A tag is no such
// word: "the <div> element" sets its bracket apart.
func generic(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '<' && isWordByte(s[i-1]) {
			if j := strings.IndexByte(s[i+1:], '>'); j > 0 {
				return true
			}
		}
	}
	return false
}

// signatureMarks are the marks of code that signature looks for.
var signatureMarks = [...]string{"->", "=>", "::", ":=", "{", "}", "&&", "||", ");"}

// codeComment reports whether s opens as a comment of code does: "//",
// "/*", "#", "--" or ";" and a space. In a block of code such a line is
// the code's, whatever it says: a source file's licence header ("//
// Copyright 2024 The Go Authors. All rights reserved.") had gone as a
// copyright notice once the output was read as text, while the code under
// it stayed. A shop's notice printed in a <pre> opens with no such mark.
func codeComment(s string) bool {
	for _, m := range commentMarks {
		if rest, ok := strings.CutPrefix(s, m); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// commentMarks are the marks that open a comment (see codeComment).
var commentMarks = [...]string{"//", "/*", "#", "--", ";"}

// codeName reports whether s is the name of something in code, one token
// with no space: letters and digits joined by a point, a colon, an
// underscore or brackets, at least minCodeLetters letters
// ("Array.prototype.findLast()", "std::vector", "os.path.join"). An API
// reference's h1 names what it documents so. A site's name that its h1
// gives ("davidbau.com") is a domain's: points alone, the last before two
// or three small letters.
func codeName(s string) bool {
	letters, joined, pointsOnly := 0, false, true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
		case r == '.':
			joined = true
		case strings.ContainsRune("_:()<>[]", r):
			joined, pointsOnly = true, false
		default:
			return false
		}
	}
	if pointsOnly {
		if i := strings.LastIndexByte(s, '.'); i >= 0 && domainEnd(s[i+1:]) {
			return false
		}
	}
	return joined && letters >= minCodeLetters
}

// domainEnd reports whether s, the last part of a dotted name, is two or
// three small ASCII letters, as a domain's ends ("com", "de", "org").
func domainEnd(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// minCodeLetters is the fewest letters of a name in code (see codeName).
const minCodeLetters = 3
