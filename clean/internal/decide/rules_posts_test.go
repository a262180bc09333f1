package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMachineTime checks which lines are a program's time stamps: a date,
// a time to the second and a zone, and nothing else; a person's date and
// time, or a stamp inside other words, are not.
func TestMachineTime(t *testing.T) {
	for _, s := range []string{"2010-10-17 23:10:09 +00:00", "2024-01-27T12:00:05Z", "2024-01-27 12:00:05.123 UTC", "2024-01-27T12:00:05-0500"} {
		assert.True(t, machineTime(s), s)
	}
	for _, s := range []string{"2024-01-27 12:04", "2024-01-27 12:04:33", "2024-01-27 12:04:33 +00:00 by Jane", "Posted 2024-01-27 12:04:33 +00:00", "2024-01-27 12:04:33 +00", "2024-1-27 12:04:33 +00:00"} {
		assert.False(t, machineTime(s), s)
	}
}

// TestLabels: a label's colon follows a letter, ASCII or full width; a
// time's does not (see labels).
func TestLabels(t *testing.T) {
	for s, want := range map[string]int{
		"1 名前：名無しさん 投稿日：2024/03/12(火) 10:25:36 ID:abc123": 3,
		"Date: 12.03.2024, 10:25":    1,
		"Posted 12.03.2024 10:25:36": 0,
	} {
		assert.Equal(t, want, labels(s), s)
	}
}
