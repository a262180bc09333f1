package measure

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markCommitLines marks the lines of a log of one line an entry, as git
// log --oneline prints it ("2d362db Wrapper: emit object:visible-data-changed
// signals"), each a record of its own, where neither the DOM, a grid's
// prices nor a change log's releases showed items: a run of
// minCommitLines commits or more at the margin, blank lines between them
// or not, each a commit's short hash and its subject. Its entries are
// short lines without a sentence, the shape of a menu's, and a package's
// change log made of one had kept 9% of its words. Lines of a width the
// reader may join as a wrapped paragraph's: such a block counts the
// commits it holds.
func (p *Page) markCommitLines() {
	records := 0
	for i := 0; i < len(p.Lines); {
		j, n := i, 0 // the run's end, and its commits
		for ; j < len(p.Lines); j++ {
			if l := &p.Lines[j]; !l.Blank {
				c := commits(l)
				if c == 0 {
					break
				}
				n += c
			}
		}
		if n >= minCommitLines {
			for k := i; k < j; k++ {
				if !p.Lines[k].Blank {
					records++
					p.Lines[k].DOM.Record = records
				}
			}
		}
		i = max(j, i+1)
	}
}

// commits returns the number of commits of a log of one line an entry
// that l's lines are, or 0 if one of them is none: each at the margin,
// a short hash (minHashLen to maxShortHash hexadecimal digits, a letter
// among them) and words after it.
func commits(l *Line) int {
	if l.Text == "" || !isHexByte(l.Text[0]) || l.Marker != source.MarkNone || l.Alpha < 2 {
		return 0 // most lines: a hash opens none
	}
	n := 0
	for line := range strings.SplitSeq(l.Text, "\n") {
		hash, rest, ok := strings.Cut(line, " ")
		if !ok || !hexHash(hash) || len(hash) > maxShortHash || strings.Trim(hash, "0123456789") == "" || strings.TrimSpace(rest) == "" {
			return 0
		}
		n++
	}
	return n
}

const (
	minCommitLines = 10 // the fewest commits of a log of one line an entry
	maxShortHash   = 12 // the most hexadecimal digits of a commit's short hash
)

// isHexByte reports whether c is a lower-case hexadecimal digit.
func isHexByte(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' }

// hexHash reports whether w is a commit's hash, as git prints it: minHashLen
// lower-case hexadecimal digits or more.
func hexHash(w string) bool {
	if len(w) < minHashLen {
		return false
	}
	for i := range len(w) {
		if !isHexByte(w[i]) {
			return false
		}
	}
	return true
}
