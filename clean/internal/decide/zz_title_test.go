package decide

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

func TestZZTitle(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	_, p := decideText(t, string(b))
	i, _ := strconv.Atoi(os.Getenv("ZZI"))
	f := p.f(i)
	s, ok := titleScore(p, i)
	fmt.Println("span", p.Start, p.End, "title", p.Title, "line", i, f.Content, "score", s, ok, "plain", f.Plain, "shaped", shaped(f, false), "strongVote", p.Lines[i].strongVote, "table", f.Table, "words", f.Words)
	j, sc, ok2 := titleBefore(p, p.Start)
	fmt.Println("titleBefore", j, sc, ok2)
}
