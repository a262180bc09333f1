package eval

import (
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// floors are the F1 each input reached when they were last raised. The
// test fails when an input falls more than floorSlack below its floor; when
// quality improves, raise the floor to the new value.
var floors = map[string]float64{
	"scrapinghub/text-w3m":      0.957,
	"scrapinghub/text-h2t":      0.951,
	"scrapinghub/text-htmltext": 0.953,
	"scrapinghub/html":          0.975,
	"trafilatura/text-w3m":      0.922,
	"trafilatura/html":          0.951,
	"wceb/text-w3m":             0.806,
	"wceb/text-h2t":             0.812,
	"wceb/html":                 0.837,
}

// typeFloors are the floors of the page types of the sets that give types,
// keyed "input type".
var typeFloors = map[string]float64{
	"wceb/text-w3m article":       0.943,
	"wceb/text-w3m forum":         0.705,
	"wceb/text-w3m service":       0.832,
	"wceb/text-w3m product":       0.502,
	"wceb/text-w3m listing":       0.648,
	"wceb/text-w3m documentation": 0.870,
	"wceb/text-w3m collection":    0.511,
	"wceb/text-h2t article":       0.941,
	"wceb/text-h2t forum":         0.703,
	"wceb/text-h2t service":       0.845,
	"wceb/text-h2t product":       0.527,
	"wceb/text-h2t listing":       0.686,
	"wceb/text-h2t documentation": 0.851,
	"wceb/text-h2t collection":    0.537,
	"wceb/html article":           0.960,
	"wceb/html forum":             0.747,
	"wceb/html service":           0.860,
	"wceb/html product":           0.560,
	"wceb/html listing":           0.717,
	"wceb/html documentation":     0.874,
	"wceb/html collection":        0.587,
}

// titleFloors are the shares of titles found (see TitleMatches) of the
// inputs whose set gives titles, when they were last raised. A share may
// fall titleSlack below its floor: one page in 331 is 0.003.
var titleFloors = map[string]float64{
	"wceb/text-w3m": 0.563,
	"wceb/text-h2t": 0.690,
	"wceb/html":     0.815,
}

const floorSlack = 0.005

const titleSlack = 0.007

// benchDir is the shared benchmark data, beside the repository.
const benchDir = "../../../shared/bench"

// eachBenchRun cleans each input of the shared benchmarks with the default
// cleaner and calls f with its report. It skips t when the data is not
// beside the repository, and with -short; what says what t does, for the
// skip message.
func eachBenchRun(t *testing.T, what string, f func(name string, c *clean.Cleaner, rep *Report)) {
	t.Helper()
	if _, err := os.Stat(benchDir); err != nil {
		t.Skipf("no benchmark data at %s: %v", benchDir, err)
	}
	if testing.Short() {
		t.Skipf("%s; skipped with -short", what)
	}
	c, err := clean.New()
	require.NoError(t, err)
	for _, name := range Names() {
		inputs, err := Load(benchDir, []string{name})
		require.NoError(t, err)
		f(name, c, Run(inputs[0], c, runtime.GOMAXPROCS(0)))
	}
}

func TestQualityFloor(t *testing.T) {
	eachBenchRun(t, "the quality floor cleans every benchmark page", func(name string, _ *clean.Cleaner, rep *Report) {
		floor, ok := floors[name]
		require.True(t, ok, "no floor recorded for %s", name)
		m := rep.Metrics
		t.Logf("%-26s F1 %.3f  P %.3f  R %.3f  (floor %.3f)", name, m.F1, m.Precision, m.Recall, floor)
		if m.F1 < floor-floorSlack {
			t.Errorf("%s: F1 %.3f fell below its floor %.3f", name, m.F1, floor)
		}
		if m.TitlePages > 0 {
			floor, ok := titleFloors[name]
			require.True(t, ok, "no title floor recorded for %s", name)
			t.Logf("%-26s titles %.3f  (floor %.3f)", name, m.Titles, floor)
			if m.Titles < floor-titleSlack {
				t.Errorf("%s: titles found %.3f fell below their floor %.3f", name, m.Titles, floor)
			}
		}
		for _, g := range rep.Groups(func(p *Page) string { return p.Type }) {
			key := name + " " + g.Key
			floor, ok := typeFloors[key]
			require.True(t, ok, "no floor recorded for %s", key)
			t.Logf("  %-24s F1 %.3f  (floor %.3f)", g.Key, g.Metrics.F1, floor)
			if g.Metrics.F1 < floor-floorSlack {
				t.Errorf("%s: F1 %.3f fell below its floor %.3f", key, g.Metrics.F1, floor)
			}
		}
	})
}
