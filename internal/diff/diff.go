// Package diff writes line diffs in the unified format.
package diff

import (
	"fmt"
	"io"
	"strings"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// op is one step of an edit script.
type op struct {
	kind byte // ' ', '-' or '+'
	text string
}

// Unified writes to w the unified diff that turns a into b, with the file
// names oldName and newName in its header. It writes nothing when a and b
// are equal.
func Unified(w io.Writer, oldName, newName, a, b string) error {
	if a == b {
		return nil
	}
	ops := script(splitLines(a), splitLines(b))
	if _, err := fmt.Fprintf(w, "--- %s\n+++ %s\n", oldName, newName); err != nil {
		return err
	}
	for _, h := range hunks(ops) {
		if err := h.write(w, ops); err != nil {
			return err
		}
	}
	return nil
}

// Edit is a line that a diff removes (Kind '-') or adds (Kind '+').
type Edit struct {
	Kind byte
	Text string
}

// Edits returns the lines that turn a into b, in the order Unified shows
// them, without the lines the two share.
func Edits(a, b string) []Edit {
	var edits []Edit
	for _, o := range script(splitLines(a), splitLines(b)) {
		if o.kind != ' ' {
			edits = append(edits, Edit{Kind: o.kind, Text: o.text})
		}
	}
	return edits
}

// splitLines cuts s into lines without their newlines.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// script returns an edit script from a to b. It is a patience diff: lines
// that occur once in each side anchor the alignment, the gaps between
// anchors are aligned recursively, and a gap without anchors falls back to a
// longest common subsequence when it is small enough, or to delete-then-
// insert when it is not. Memory stays linear in the input but for that
// bounded fallback.
func script(a, b []string) []op {
	var ops []op
	align(a, b, &ops)
	return ops
}

// maxCells bounds the table of the longest-common-subsequence fallback.
const maxCells = 1 << 22

func align(a, b []string, ops *[]op) {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		*ops = append(*ops, op{' ', a[pre]})
		pre++
	}
	a, b = a[pre:], b[pre:]
	suf := 0
	for suf < len(a) && suf < len(b) && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	tail := a[len(a)-suf:]
	a, b = a[:len(a)-suf], b[:len(b)-suf]
	switch anchors := uniqueAnchors(a, b); {
	case len(anchors) > 0:
		i, j := 0, 0
		for _, an := range anchors {
			align(a[i:an[0]], b[j:an[1]], ops)
			*ops = append(*ops, op{' ', a[an[0]]})
			i, j = an[0]+1, an[1]+1
		}
		align(a[i:], b[j:], ops)
	case len(a)*len(b) <= maxCells:
		lcs(a, b, ops)
	default:
		for _, s := range a {
			*ops = append(*ops, op{'-', s})
		}
		for _, s := range b {
			*ops = append(*ops, op{'+', s})
		}
	}
	for _, s := range tail {
		*ops = append(*ops, op{' ', s})
	}
}

// uniqueAnchors returns the pairs (i, j) with a[i] == b[j] where the line
// occurs once in a and once in b, keeping the longest run that is increasing
// in both.
func uniqueAnchors(a, b []string) [][2]int {
	type seen struct{ na, nb, ia, ib int }
	count := map[string]*seen{}
	for i, s := range a {
		c := count[s]
		if c == nil {
			c = &seen{}
			count[s] = c
		}
		c.na++
		c.ia = i
	}
	for j, s := range b {
		if c := count[s]; c != nil {
			c.nb++
			c.ib = j
		}
	}
	var pairs [][2]int
	for i, s := range a {
		if c := count[s]; c.na == 1 && c.nb == 1 {
			pairs = append(pairs, [2]int{i, c.ib})
		}
	}
	return increasing(pairs)
}

// increasing returns the longest subsequence of pairs (ordered by their
// first element) whose second elements increase: patience sorting.
func increasing(pairs [][2]int) [][2]int {
	if len(pairs) == 0 {
		return nil
	}
	tops := []int{}                 // index into pairs of the top of each pile
	prev := make([]int, len(pairs)) // back links
	for i, p := range pairs {
		lo, hi := 0, len(tops)
		for lo < hi {
			mid := (lo + hi) / 2
			if pairs[tops[mid]][1] < p[1] {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tops[lo-1]
		}
		if lo == len(tops) {
			tops = append(tops, i)
		} else {
			tops[lo] = i
		}
	}
	out := make([][2]int, len(tops))
	for i, k := len(tops)-1, tops[len(tops)-1]; i >= 0; i, k = i-1, prev[k] {
		out[i] = pairs[k]
	}
	return out
}

// lcs aligns a and b by a longest common subsequence table.
func lcs(a, b []string, ops *[]op) {
	n, m := len(a), len(b)
	t := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &t[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			*ops = append(*ops, op{' ', a[i]})
			i++
			j++
		case *at(i+1, j) >= *at(i, j+1):
			*ops = append(*ops, op{'-', a[i]})
			i++
		default:
			*ops = append(*ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		*ops = append(*ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		*ops = append(*ops, op{'+', b[j]})
	}
}

// hunk is a range of the edit script shown together.
type hunk struct{ from, to int }

// hunks groups the changes of ops with their context lines.
func hunks(ops []op) []hunk {
	var hs []hunk
	for i := 0; i < len(ops); i++ {
		if ops[i].kind == ' ' {
			continue
		}
		from := max(0, i-context)
		to := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				to = j
			} else if j-to > 2*context {
				break
			}
		}
		to = min(len(ops), to+context+1)
		if n := len(hs); n > 0 && from <= hs[n-1].to {
			hs[n-1].to = to
		} else {
			hs = append(hs, hunk{from, to})
		}
		i = to - 1
	}
	return hs
}

// write prints the hunk with its @@ header.
func (h hunk) write(w io.Writer, ops []op) error {
	oldStart, newStart := 1, 1
	for _, o := range ops[:h.from] {
		if o.kind != '+' {
			oldStart++
		}
		if o.kind != '-' {
			newStart++
		}
	}
	oldLen, newLen := 0, 0
	for _, o := range ops[h.from:h.to] {
		if o.kind != '+' {
			oldLen++
		}
		if o.kind != '-' {
			newLen++
		}
	}
	if oldLen == 0 {
		oldStart--
	}
	if newLen == 0 {
		newStart--
	}
	if _, err := fmt.Fprintf(w, "@@ -%s +%s @@\n", rangeOf(oldStart, oldLen), rangeOf(newStart, newLen)); err != nil {
		return err
	}
	for _, o := range ops[h.from:h.to] {
		if _, err := fmt.Fprintf(w, "%c%s\n", o.kind, o.text); err != nil {
			return err
		}
	}
	return nil
}

// rangeOf formats a hunk range as the unified format writes it.
func rangeOf(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
