package measure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// BenchmarkBarRows measures pages of 1,000 and 10,000 lines with bars
// whose counts differ from line to line ("a | b", "a | b | c"), which no
// neighbour's count makes table rows: the same MB/s at each size means
// that finding their run costs the same for each line, however long the
// run.
func BenchmarkBarRows(b *testing.B) {
	x, err := lang.Load()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("%d", n), func(b *testing.B) {
			var s strings.Builder
			for i := range n {
				if i%2 == 0 {
					s.WriteString("a | b | c\n")
				} else {
					s.WriteString("a | b\n")
				}
			}
			var d source.Doc
			if err := source.Text(&d, s.String(), false, source.Limits{MaxLines: 1 << 20}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(s.Len()))
			b.ReportAllocs()
			var p Page
			for b.Loop() {
				Measure(&p, &d, x, Options{})
			}
		})
	}
}
