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
	"scrapinghub/text-w3m":      0.933,
	"scrapinghub/text-h2t":      0.931,
	"scrapinghub/text-htmltext": 0.935,
	"scrapinghub/html":          0.965,
	"trafilatura/text-w3m":      0.867,
	"trafilatura/html":          0.909,
}

const floorSlack = 0.005

// benchDir is the shared benchmark data, beside the repository.
const benchDir = "../../../shared/bench"

func TestQualityFloor(t *testing.T) {
	if _, err := os.Stat(benchDir); err != nil {
		t.Skipf("no benchmark data at %s: %v", benchDir, err)
	}
	if testing.Short() {
		t.Skip("the quality floor cleans every benchmark page; skipped with -short")
	}
	c, err := clean.New()
	require.NoError(t, err)
	for _, name := range Names() {
		floor, ok := floors[name]
		require.True(t, ok, "no floor recorded for %s", name)
		inputs, err := Load(benchDir, []string{name})
		require.NoError(t, err)
		rep := Run(inputs[0], c, runtime.GOMAXPROCS(0))
		m := rep.Metrics
		t.Logf("%-26s F1 %.3f  P %.3f  R %.3f  (floor %.3f)", name, m.F1, m.Precision, m.Recall, floor)
		if m.F1 < floor-floorSlack {
			t.Errorf("%s: F1 %.3f fell below its floor %.3f", name, m.F1, floor)
		}
	}
}
