package measure

import (
	"strings"
	"testing"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/stretchr/testify/assert"
)

// TestFacets: a shop's filters between the list control that opens them
// and the one that closes them are list controls (see markFacets); a
// grid of cards with their prices between two controls is not, nor are
// facets without counts, nor a run the page never closes.
func TestFacets(t *testing.T) {
	const intro = "Unsere Wanderschuhe für Damen sind auf schmalere Fersen und Füße geschnitten und bieten Halt auf jedem Untergrund.\n\n"
	facets := "Filter\n\nMarke\n\n  • Lowa (12)\n  • Meindl (9)\n  • Salewa (14)\n\nGröße\n\n  • 37\n  • 38\n\n"
	cases := []struct {
		text   string
		facets bool
	}{
		{intro + facets + "Alle Filter zurücksetzen\n\n" + intro, true},
		{intro + strings.NewReplacer(" (12)", "", " (9)", "", " (14)", "").Replace(facets) + "Alle Filter zurücksetzen\n\n" + intro, false},
		{intro + facets + intro, false},
		{intro + "Sortieren nach\n\n  • Lowa Renegade GTX (214)\n    219,95 €\n  • Meindl Bhutan (58)\n    229,95 €\n\nAlle Filter zurücksetzen\n\n" + intro, false},
	}
	for _, c := range cases {
		eachTextLine(t, c.text, func(line string, l *Line) {
			switch strings.TrimSpace(line) {
			case "Marke", "• Lowa (12)", "Größe", "• 37", "• Lowa", "• Lowa Renegade GTX (214)", "219,95 €":
				assert.Equal(t, c.facets, l.Table == lang.ListControl, "%q in %q", line, c.text)
			}
		})
	}
}
