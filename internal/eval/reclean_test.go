package eval

import (
	"os"
	"runtime"
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
	if _, err := os.Stat(benchDir); err != nil {
		t.Skipf("no benchmark data at %s: %v", benchDir, err)
	}
	if testing.Short() {
		t.Skip("cleans every benchmark page twice; skipped with -short")
	}
	c, err := clean.New()
	require.NoError(t, err)
	for _, name := range Names() {
		inputs, err := Load(benchDir, []string{name})
		require.NoError(t, err)
		rep := Run(inputs[0], c, runtime.GOMAXPROCS(0))
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
	}
}

// head returns the start of s, for messages.
func head(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
