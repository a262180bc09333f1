package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// TestBodyCleanedAgainIsItself checks, over every page of the shared
// benchmarks in every input, text and HTML, that cleaning the body the
// cleaner printed (a JSONL record's "body") changes nothing: the body
// comes back as it was, with no headline lifted out of it. The title and
// the body agree: a line that would read as the body's headline is either
// the title or gone.
func TestBodyCleanedAgainIsItself(t *testing.T) {
	eachBenchRun(t, "cleans every benchmark page twice", func(name string, c *clean.Cleaner, rep *Report) {
		changed := 0
		for _, p := range rep.Pages {
			if p.Err != nil || p.Result == nil || p.Result.Body == "" {
				continue
			}
			again, err := c.Text(p.Result.Body)
			require.NoError(t, err, "%s %s", name, p.Page.ID)
			if again.Body != p.Result.Body || again.Title != "" {
				changed++
				assert.Fail(t, "a body cleaned again changed", "%s %s: title %q, cleaned again: title %q, body %q → %q",
					name, p.Page.ID, p.Result.Title, again.Title, head(p.Result.Body), head(again.Body))
			}
		}
		t.Logf("%-26s %d pages, %d bodies change when cleaned again", name, len(rep.Pages), changed)
	})
}

// head returns the start of s, for messages.
func head(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
