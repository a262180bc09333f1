package decide

import (
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	m, p := decideText(t, string(b))
	t.Logf("items=%v start=%d end=%d title=%d", p.items, p.Start, p.End, p.Title)
	for i := range p.Lines {
		l := &p.Lines[i]
		f := m.Lines[i]
		t.Logf("%2d lede=%v score=%.2f rec=%d class=%v rc=%v bad=%v good=%v strong=%v words=%d %q", i, l.lede, l.score, f.DOM.Record, l.class, l.ruleClass, l.bad, l.good, l.strong, f.Words, f.Content)
	}
}

func TestZZEntry(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	_, p := decideText(t, string(b))
	for i := range p.Lines {
		if p.f(i).Blank { continue }
		t.Logf("%d shape=%v d0=%d d1=%d fe=%d", i, headlineShape(p.f(i)), entryDate(p, i, 0), entryDate(p, i, 1), firstEntryDate(p, i))
	}
}
