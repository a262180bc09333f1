package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNodeHeader: texinfo's header over a manual's node, which links it to
// its neighbours, is a pager; a sentence that opens with "Next:" is not.
func TestNodeHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"Next: The Closure API, Previous: Types, Up: Using libffi   [Index]": true,
		"Previous: Complex Types, Up: Types   [Index]":                       true,
		"Next: Introduction, Up: (dir)":                                      true,
		"Next: we add the sauce, stirring often: it thickens as it cools":    false,
		"Next: The Closure API":                                              false,
		"Up: Using libffi, Next: Types":                                      false, // no label of the lists opens it
	} {
		m, p := decideText(t, s+"\n")
		assert.Equal(t, want, nodeHeader(&m.Lines[0], p), s)
	}
}
