package decide

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p *Page
	if os.Getenv("ZZHTML") != "" {
		_, p = decideHTML(t, string(b))
	} else {
		_, p = decideText(t, string(b))
	}
	fmt.Printf("span %d-%d title %d\n", p.Start, p.End, p.Title); for i := range p.Lines { if s, ok := titleScore(p, i); ok { fmt.Println("ts", i, s) } }
	for i := range p.Lines {
		l := &p.Lines[i]
		ml := &p.m.Lines[i]
		if ml.Blank {
			continue
		}
		txt := ml.Text
		if len(txt) > 70 {
			txt = txt[:70]
		}
		fmt.Printf("%3d v%d s%v rc%d c%d %-14s %-14s %6.2f w%d h%d | %s\n", i, l.Verdict, l.strong, l.ruleClass, l.class, l.bad, l.good, l.score, ml.Words, ml.Heading, txt+fmt.Sprint(" ~", ml.DOM.Kin, ml.DOM.KinMember, ml.DOM.Record))
	}
}
