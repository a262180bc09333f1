package source

import (
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// Table cells whose blocks stay on their row's line, as text renderers
// print a specification's values (see walker.walk).

// maxCellLetters is the most letters a table cell may hold for the
// paragraphs and lists in it to stay on its row's line (see rowBlocks).
const maxCellLetters = 300

// proseCell reports whether table cell n holds a paragraph of prose, a
// block of 60 letters or more or a sentence of minCellSentence words or
// more, beside other blocks with text, and no list: a layout table's cell
// that holds a post with its header and controls, as a thread of short
// comments lays each one out ("jpw 2 hours ago" over "Did you measure
// ...?" over "reply"). Text renderers print such blocks on lines of their
// own; on the row's line they had glued each comment to its header and
// reply button, and a forum's short reply ("Dank je, het lijkt inderdaad
// alleen bij vorst te gebeuren.", 48 letters) to its poster's rank and
// date. A specification's cell holds one value or short ones, which end
// no sentence; a comparison's cell of pros and cons holds lists, whose
// items stay on the row.
//
// Only cells of at most maxProseCell elements are looked into, so that
// the walk stays linear in the page however its tables nest.
func proseCell(n *html.Node) bool {
	blocks, long, list := 0, false, false
	count := func(t cellText) {
		if t.letters > 0 {
			blocks++
			long = long || t.letters >= 60 || t.words >= minCellSentence && sentenceEnd(t.last)
		}
	}
	var walk func(n *html.Node) cellText
	walk = func(n *html.Node) cellText {
		var own cellText
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			switch {
			case ch.Type == html.TextNode:
				own.add(ch.Data)
			case ch.Type != html.ElementNode || skipped[ch.DataAtom]:
			case ch.DataAtom == atom.Li:
				list = true
			case rowBlocks(ch.DataAtom):
				count(walk(ch))
			default:
				own.join(walk(ch))
			}
		}
		return own
	}
	count(walk(n))
	return blocks >= 2 && long && !list
}

// cellText is what proseCell counts of a block's own text: its letters
// (see proseLetters), its words, and its last rune that is no space.
type cellText struct {
	letters, words int
	last           rune
}

// add counts text s, which follows what t counted. A word is a run of
// letters: "1 lb. 13 oz." is two words and two numbers, a value that ends
// with an abbreviation's point.
func (t *cellText) add(s string) {
	t.letters += proseLetters(s)
	in := false
	for _, r := range s {
		letter := unicode.IsLetter(r)
		if letter && !in {
			t.words++
		}
		in = letter
		if !unicode.IsSpace(r) {
			t.last = r
		}
	}
}

// join counts u, the text of an inline element, which follows what t
// counted.
func (t *cellText) join(u cellText) {
	t.letters, t.words = t.letters+u.letters, t.words+u.words
	if u.last != 0 {
		t.last = u.last
	}
}

// sentenceEnd reports whether r ends a sentence: a full stop, a question
// or an exclamation mark, of any script.
func sentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '؟':
		return true
	}
	return false
}

// minCellSentence is the fewest words of a sentence that makes a table
// cell's block prose (see proseCell).
const minCellSentence = 6

// proseLetters counts the letters and digits of s as proseCell weighs
// them: a Chinese or Japanese character, a word or half of one, as three
// (a Discuz thread's reply of 27 characters, "按照楼上的方法每天摇一摇，
// 这几天终于坐住了三个果，太感谢了！", is a sentence that a Latin
// script writes in 60 letters or more).
func proseLetters(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case lang.IsCJK(r):
			n += 3
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n++
		}
	}
	return n
}

// maxProseCell is the most elements a table cell may have for proseCell
// to look into it.
const maxProseCell = 64

// rowBlocks are the blocks that, inside a table cell of at most
// maxCellLetters letters, stay on the row's line: a specification table
// wraps each value in a paragraph ("Best Use | Hiking"), and text
// renderers print such a row on one line. A longer cell is a layout
// table's, whose paragraphs are an article's, and so is a short cell
// that holds a paragraph of prose beside another block (see proseCell);
// a heading or a table in a cell starts a line of its own.
func rowBlocks(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Center, atom.Dd, atom.Div, atom.Dl, atom.Dt,
		atom.Li, atom.Ol, atom.P, atom.Section, atom.Ul:
		return true
	}
	return false
}
