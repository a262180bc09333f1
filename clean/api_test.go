package clean_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// apiPage is a page with chrome to remove and an article to keep.
const apiPage = `Home | News | Sport | Weather
Sign in

The river rose by two metres overnight, and the town's council opened the school gym to the families who had to leave their homes before dawn.

Volunteers carried sandbags to the bridge until the water stopped rising in the afternoon, and the mayor thanked them in a short speech at the town hall.

Share on Facebook
© 2024 The Daily Example. All rights reserved.
`

func TestZeroAndNilCleaner(t *testing.T) {
	want, err := clean.Text(apiPage)
	require.NoError(t, err)
	require.Less(t, want.Kept(), len(strings.Split(apiPage, "\n")), "the page has chrome to remove")
	var zero clean.Cleaner
	var null *clean.Cleaner
	for name, c := range map[string]*clean.Cleaner{"zero": &zero, "nil": null} {
		t.Run(name, func(t *testing.T) {
			got, err := c.Text(apiPage)
			require.NoError(t, err)
			assert.Equal(t, want.String(), got.String())
			html, err := c.HTML(strings.NewReader("<p>" + strings.ReplaceAll(apiPage, "\n\n", "<p>")))
			require.NoError(t, err)
			assert.Contains(t, html.String(), "Volunteers carried sandbags")
			_, err = c.Text(strings.Repeat("a\n", clean.DefaultLimits().MaxLines+1))
			var limit *clean.LimitError
			assert.ErrorAs(t, err, &limit, "the zero Cleaner has the default limits")
		})
	}
}

func TestDefaultLimitsAreACopy(t *testing.T) {
	l := clean.DefaultLimits()
	l.MaxBytes = 1
	assert.NotEqual(t, 1, clean.DefaultLimits().MaxBytes)
}

// TestTextKeepsItsBuffers checks that Text without options reuses one
// Cleaner: a new Cleaner per call would allocate its buffers each time.
func TestTextKeepsItsBuffers(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop what it is given at random")
	}
	c, err := clean.New()
	require.NoError(t, err)
	own := testing.AllocsPerRun(50, func() { _, _ = c.Text(apiPage) })
	shared := testing.AllocsPerRun(50, func() { _, _ = clean.Text(apiPage) })
	assert.LessOrEqual(t, shared, own+2)
}

func TestContextStopsCleaning(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var c clean.Cleaner
	res, err := c.TextContext(ctx, apiPage, clean.Origin{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, res)
	res, err = c.HTMLContext(ctx, strings.NewReader("<p>"+apiPage), clean.Origin{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, res)

	res, err = c.TextContext(context.Background(), apiPage, clean.Origin{})
	require.NoError(t, err)
	assert.Contains(t, res.Body, "Volunteers carried sandbags")
}

// TestArticleSpan checks the span Result.Article reports: on seed 004 it
// runs from the first paragraph of the article to its last, past the
// menus above it; an empty page has none.
func TestArticleSpan(t *testing.T) {
	src, err := os.ReadFile("testdata/seeds/004_a00fc81244384d1d.txt")
	require.NoError(t, err)
	res, err := clean.Text(string(src))
	require.NoError(t, err)
	require.False(t, res.Article.Empty())
	first, last := 0, 0
	for _, l := range res.Lines {
		if l.Verdict == clean.Keep {
			if first == 0 {
				first = l.Num
			}
			last = l.Num
		}
	}
	assert.Equal(t, clean.LineRange{First: first, Last: last}, res.Article)
	assert.True(t, res.Article.Contains(first))
	assert.False(t, res.Article.Contains(first-1))
	assert.False(t, res.Article.Contains(last+1))

	res, err = clean.Text("")
	require.NoError(t, err)
	assert.True(t, res.Article.Empty())
	assert.False(t, res.Article.Contains(0))
	assert.False(t, res.Article.Contains(1))
}
