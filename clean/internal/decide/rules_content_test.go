package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHumps checks what counts as words run into each other: a hump after
// two lower-case letters or more, and a number run into a word, but not
// the humps of names or of a link's identifier.
func TestHumps(t *testing.T) {
	for s, want := range map[string]int{
		"Quantum algorithms & ComputingComputer architectureArtificial intelligence": 2,
		"2008 - Gemo project-team2008 - Neuromathcomp project-team2009":              2,
		"The iPhone and McDonald's, on YouTube":                                      1,
		"pic.twitter.com/KQLpngeTbO https://t.co/hFciHO5Qc7":                         1,
		"An article of plain words, with no hump at all.":                            0,
	} {
		assert.Equal(t, want, humps(s), s)
	}
}
