package decide

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuestionAboveTheCommentPrompt: the prompt to comment that a question
// page gives under its question, as under each answer ("Add a comment |"),
// is a post's control, and parts no question from its answers: the
// question's title above it is the thread's. A heading that closes an
// article, given once ("Comments"), does part them.
func TestQuestionAboveTheCommentPrompt(t *testing.T) {
	q := "Catering event for 1st time. How should I prepare?"
	post := "I'm just starting a catering service for my cooking, and the events will be for about forty people at a time."
	answer := "Check everything and then check it again, and test your recipes to see what can be done in advance without losing quality."
	page := func(between string) string {
		var b strings.Builder
		b.WriteString("Questions\nTags\nUsers\n\n" + q + "\n\nAsk Question\nAsked 14 years, 10 months ago\nViewed 6k times\n\n" + post + "\n\n" +
			"What am I missing? What should I prepare more?\n\nShare\nImprove this question\nFollow\nasked Feb 11, 2011 at 23:49\n\n" + between + "\n\n2 Answers 2\n\n")
		for n := range 2 {
			fmt.Fprintf(&b, "%s %s\n\n%s\n\nShare\nImprove this answer\nFollow\nanswered Feb 1%d, 2011 at 00:29\n\nAdd a comment  |\n\n", answer, answer, answer, n)
		}
		return b.String()
	}
	for _, c := range []struct {
		between string
		title   bool
	}{
		{"Add a comment  |", true},
		{"Comments", false},
	} {
		_, p := decideText(t, page(c.between))
		title, first := -1, -1
		for i := range p.m.Lines {
			switch {
			case p.m.Lines[i].Content == q:
				title = i
			case first < 0 && strings.HasPrefix(p.m.Lines[i].Content, answer):
				first = i
			}
		}
		require.GreaterOrEqual(t, title, 0)
		require.GreaterOrEqual(t, first, 0)
		p.Start = first // the span found the answers
		if c.title {
			assert.Equal(t, title, questionAbove(p), c.between)
		} else {
			assert.Equal(t, -1, questionAbove(p), c.between)
		}
	}
}
