package measure

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markVerse marks the lines of a poem's or a song's stanzas (see
// Line.Verse): runs of minStanza adjacent lines or more, each a verse's
// (see verseLine), half of them or more with a stopword, at least minStanzas such runs in a row with nothing
// between them but blank lines, blocks' boundaries and labels (see
// stanzaLabel: "[Chorus]"), and minVerse lines in all. A run may open or
// close a block: a text renderer sets no blank line between blocks that
// no margin parts (an advertisement's label right over the first stanza,
// the writers' names under the last). Few of a stanza's lines end a
// sentence, and none reads as a paragraph alone: a song's lyrics had been
// no article, its chorus a repeated menu and one of its lines the
// headline. A box of teasers' titles is none: its titles are in title
// case, or links, or a heading parts its blocks.
func (p *Page) markVerse() {
	lines := p.Lines
	type run struct{ from, to int } // a stanza: lines[from:to]
	var stanzas []run
	flush := func() {
		n := 0
		for _, s := range stanzas {
			n += s.to - s.from
		}
		if len(stanzas) >= minStanzas && n >= minVerse {
			for _, s := range stanzas {
				for k := s.from; k < s.to; k++ {
					lines[k].Verse = true
				}
			}
		}
		stanzas = stanzas[:0]
	}
	for i := 0; i < len(lines); {
		l := &lines[i]
		switch {
		case l.Blank || stanzaLabel(l):
			i++
		case p.verseLine(l):
			j := i + 1
			for j < len(lines) && !lines[j].Blank && !lines[j].Gap && p.verseLine(&lines[j]) {
				j++
			}
			if j-i >= minStanza && 2*worded(lines[i:j]) >= j-i {
				stanzas = append(stanzas, run{i, j})
			} else {
				flush()
			}
			i = j
		default:
			flush()
			i++
		}
	}
	flush()
}

// stanzaLabel reports whether l names the stanza under it, as lyrics
// sites print their sections: a name in brackets or parentheses
// ("[Chorus]", "[Verse 1]", "(Refrain)") or one of a few words and a
// colon ("Chorus:").
func stanzaLabel(l *Line) bool {
	c := l.Content
	if l.Words < 1 || l.Words > 3 {
		return false
	}
	return l.End == EndColon || len(c) > 2 && (c[0] == '[' && c[len(c)-1] == ']' || c[0] == '(' && c[len(c)-1] == ')')
}

// verseLine reports whether l may be a line of verse: two to
// maxVerseWords words and no digit, in sentence case (no more than two
// words open with a capital),
// or minCJKVerse Chinese or Japanese characters and no other letter,
// no list item, heading, link, code, table row, picture or form widget,
// no chrome phrase, and one line of the input: a paragraph a renderer
// wrapped is prose.
func (p *Page) verseLine(l *Line) bool {
	if l.CJK > 0 {
		// Chinese and Japanese have no case, and a line's words are
		// its characters two by two: four characters or more, all of
		// the line's letters CJK.
		if l.CJK < minCJKVerse || l.CJK != l.Chars || l.Words > maxVerseWords {
			return false
		}
	} else if l.Words < 2 || l.Words > maxVerseWords || l.Caps > 2 {
		return false
	}
	return l.Digits == 0 && l.Marker == source.MarkNone && l.Heading == 0 && l.Links == 0 && l.DOM.Links == 0 && !l.Code && !l.TableRow && !l.Aligned &&
		!l.Image && !l.Widget && l.Table == lang.NoTable && !strings.Contains(l.Text, "\n")
}

// worded counts the lines of a run that hold a stopword, or Chinese or
// Japanese: a stanza's lines mostly do, though a line of a poem may not
// ("وحقيبتي نصفها فارغ", "and my bag half empty").
func worded(lines []Line) int {
	n := 0
	for i := range lines {
		if lines[i].Stops > 0 || lines[i].CJK > 0 {
			n++
		}
	}
	return n
}

// What makes stanzas (see markVerse).
const (
	minStanza     = 3  // lines of a stanza
	minStanzas    = 2  // stanzas in a row
	minVerse      = 8  // lines of them all
	maxVerseWords = 12 // words of a line of verse
	minCJKVerse   = 4  // characters of a line of Chinese or Japanese verse
)
