//go:build race

package clean_test

// raceEnabled is set when the race detector is on: it changes what
// allocates (slices.Grow makes its growth on the heap), so tests that
// bound allocations skip those checks.
const raceEnabled = true
