package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// What a text renderer prints of a picture's controls beside its alt
// text, which titleScore reads as no headline: a gallery's count of its
// pictures, alone or run into the alt text, and a control's caption run
// into it.

// pictureCounter reports whether s opens with a gallery's count of its
// pictures, two numbers parted by a slash and a space after them ("1/32
// Alle foto's Plattegrond Video", "1 / 12 Fotos"): the controls over a
// listing's or a story's pictures, which had been an estate listing's
// title in text. Its first number is 1: a date opens otherwise ("12/03
// Kickoff"), and a headline opens with no count of pictures.
func pictureCounter(s string) bool {
	first, rest, ok := strings.Cut(s, "/")
	if !ok || strings.TrimRight(first, " ") != "1" {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	n := pictureTotal(rest)
	return n > 0 && (n == len(rest) || rest[n] == ' ')
}

// pictureTotal returns the length of the number of pictures that opens
// s, after a gallery's "1/": one to three digits; else 0.
func pictureTotal(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}

// gluedCounter reports whether s ends with a gallery's count of its
// pictures that w3m ran into the text before it, a letter right before
// its first number, 1 ("Fone de Ouvido Bluetooth XB-200 Preto1/6": the
// first picture's alt text over a shop's product and the count beside
// it), which a shop's product page in w3m had for its title, over the
// product's h1 below that gives the same name. A headline's count of its
// parts has a space before it ("A guide to sourdough, part 1/3").
func gluedCounter(s string) bool {
	slash := strings.LastIndexByte(s, '/')
	if slash < 2 || s[slash-1] != '1' {
		return false
	}
	if n := pictureTotal(s[slash+1:]); n == 0 || slash+1+n != len(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:slash-1])
	return unicode.IsLetter(r)
}

// gluedControl reports whether f ends with a control's caption that w3m
// ran into the text before it ("Cafetera Cremissima 1500 vista
// frontalAmpliar imagen": a picture's alt text and its zoom button): from
// its last hump on (see measure.Line.Humps), a whole phrase of a chrome
// table. A picture and its button are no headline; a shop's
// product in w3m had taken them for its title.
func gluedControl(p *Page, f *measure.Line) bool {
	if f.Humps == 0 {
		return false
	}
	s := f.Content
	for i := len(s) - 1; i >= 2; i-- {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); 'A' <= s[i] && s[i] <= 'Z' && unicode.IsLower(r) {
			var buf [64]byte
			t, _ := p.m.Lex.MatchKey(lang.AppendKey(buf[:0], s[i:]), 0, p.m.Lang)
			return t != lang.NoTable
		}
	}
	return false
}
