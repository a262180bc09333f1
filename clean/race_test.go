//go:build race

package clean_test

// raceEnabled is set when the race detector is on: it changes what
// allocates (slices.Grow makes its growth on the heap), so tests that
// bound allocations skip those checks.
const raceEnabled = true

// raceSlowdown is how many times longer the tests that bound a run's time
// give it: the race detector's checks make the 50 MB line take 7.6 s
// where it takes 3.1 s without them, near the bound of 10 s when other
// packages' tests share the machine's two cores (CI failed once at 10.9 s).
const raceSlowdown = 3
