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

// TestRepeatedLeavesSentencesGivenTwice checks that a sentence of eight
// words or more that the page gives twice, apart, is not voted against (a
// product's description repeated in a tab), while one next to its copy (a
// picture's alt text over its caption), one given three times, and a
// headline given twice, which ends with a question mark, are.
func TestRepeatedLeavesSentencesGivenTwice(t *testing.T) {
	sentence := measure.Line{Content: "Three layers of flowy dress with a zip on the side.", Counts: measure.Counts{Words: 11, End: measure.EndSentence}, Repeats: 1}
	assert.Zero(t, repeated(&sentence, nil))
	caption := sentence
	caption.NextToCopy = true
	thrice := sentence
	thrice.Repeats = 2
	question := sentence
	question.Content = "Does the ambassador have a net worth of 17 million dollars?"
	for _, l := range []measure.Line{caption, thrice, question} {
		assert.Negative(t, repeated(&l, nil), l.Content)
	}
}
