package eval

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"

	"github.com/cleanseeds/cleanseeds/clean"
)

// wrappedFloors are the F1 of the w3m renderings of the benchmark sets
// wrapped at 80 columns, as `w3m -dump` prints pages unless given -cols
// (see wrapText), when they were last raised. Unwrapped, the same inputs
// score 0.957, 0.921 and 0.802.
var wrappedFloors = map[string]float64{
	"scrapinghub/text-w3m": 0.954,
	"trafilatura/text-w3m": 0.918,
	"wceb/text-w3m":        0.798,
}

// TestWrappedText cleans the w3m renderings of the sets wrapped at 80
// columns: their F1 must stay near the floor, and every body cleaned
// again must come back as it was, as TestBodyCleanedAgainIsItself asks of
// the renderings as they are.
func TestWrappedText(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans the benchmark sets wrapped at 80 columns; skipped with -short")
	}
	c, err := clean.New()
	require.NoError(t, err)
	for name, floor := range wrappedFloors {
		inputs, err := Load(benchDir, []string{name})
		if err != nil {
			t.Skipf("no benchmark data at %s: %v", benchDir, err)
		}
		in := inputs[0]
		for _, p := range in.Pages {
			p.Data = []byte(wrapText(string(p.Data), 80))
		}
		rep := Run(in, c, runtime.GOMAXPROCS(0))
		t.Logf("%s wrapped at 80 columns: F1 %.4f (floor %.3f)", name, rep.Metrics.F1, floor)
		if rep.Metrics.F1 < floor-floorSlack {
			t.Errorf("%s wrapped at 80 columns: F1 %.4f fell below its floor %.3f", name, rep.Metrics.F1, floor)
		}
		for _, p := range rep.Pages {
			if p.Err != nil || p.Result == nil || p.Result.Body == "" {
				continue
			}
			again, err := c.Text(p.Result.Body)
			require.NoError(t, err)
			if again.Body != p.Result.Body || again.Title != "" {
				assert.Fail(t, "a wrapped body cleaned again changed", "%s %s: title %q, body %q → %q",
					name, p.Page.ID, again.Title, head(p.Result.Body), head(again.Body))
			}
		}
	}
}

// wrapText wraps the lines of s wider than w columns as w3m does: at
// spaces, each piece as indented as the line, or, in a list item, as its
// text after the marker; a word wider than the width stands alone.
func wrapText(s string, w int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if cols(line) <= w {
			b.WriteString(line)
			continue
		}
		text := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(text)]
		hang := indent
		if f, _, ok := strings.Cut(text, " "); ok && (f == "•" || f == "□" || f == "☆" || f == "*" || f == "-") {
			hang += strings.Repeat(" ", cols(f)+1)
		}
		cur, n := indent, cols(indent)
		for j, word := range strings.Fields(text) {
			if j > 0 && n+1+cols(word) > w {
				b.WriteString(cur)
				b.WriteByte('\n')
				cur, n = hang+word, cols(hang)+cols(word)
				continue
			}
			if j > 0 {
				cur += " "
				n++
			}
			cur += word
			n += cols(word)
		}
		b.WriteString(cur)
	}
	return b.String()
}

// cols returns the width of s in columns: East Asian wide characters take
// two.
func cols(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r < utf8.RuneSelf {
			continue
		}
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n++
		}
	}
	return n
}
