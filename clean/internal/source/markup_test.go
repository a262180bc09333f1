package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseMarkupMarkers(t *testing.T) {
	cases := []struct {
		line    string
		marker  Marker
		content string
	}{
		{"1. Kyber (YC W23) Is Hiring", MarkOrdered, "Kyber (YC W23) Is Hiring"},
		{"  • Home", MarkBullet, "Home"},
		// html2text prints a listing laid out as a table: a cell that
		// numbers the item, empty cells, then the item.
		{"2.| | Multifactor (YC F25) Is Hiring an Engineering Lead (ycombinator.com)", MarkOrdered, "Multifactor (YC F25) Is Hiring an Engineering Lead (ycombinator.com)"},
		// A table of figures whose first cell is a rank keeps its cells.
		{"1.| Oklahoma City Thunder | 45 | 17", MarkNone, "1.| Oklahoma City Thunder | 45 | 17"},
		{"2.|", MarkNone, "2.|"},
		{"| 17 hours ago", MarkNone, "| 17 hours ago"},
	}
	for _, c := range cases {
		m, blank := ParseMarkup(c.line)
		assert.False(t, blank, c.line)
		assert.Equal(t, c.marker, m.Marker, c.line)
		assert.Equal(t, c.content, m.Content, c.line)
	}
}
