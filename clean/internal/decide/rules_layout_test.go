package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// TestRepeatedLeavesLabels checks that a label repeated in each section of
// an article, ending with a colon, is not voted against as a menu entry
// rendered twice is.
func TestRepeatedLeavesLabels(t *testing.T) {
	entry := measure.Line{Counts: measure.Counts{Words: 1}, Repeats: 2}
	label := measure.Line{Counts: measure.Counts{Words: 3, End: measure.EndColon}, Repeats: 9}
	assert.Negative(t, repeated(&entry, nil))
	assert.Zero(t, repeated(&label, nil))
}
