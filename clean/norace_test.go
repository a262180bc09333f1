//go:build !race

package clean_test

const raceEnabled = false

// raceSlowdown is 1 without the race detector (see race_test.go).
const raceSlowdown = 1
