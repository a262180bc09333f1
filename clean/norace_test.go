//go:build !race

package clean_test

const raceEnabled = false
