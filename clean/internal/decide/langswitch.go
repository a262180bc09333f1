package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// switchTitle returns the title of a text page that prints its language
// switch right under it, or -1: the line over the page's first count of
// languages ("[ ] 59 languages", "[ ] 11 Sprachen"), above the span. A
// wiki prints its title so in w3m, between its contents' toggle and its
// list of languages; its tagline ("From Wikipedia, the free
// encyclopedia", "From ArchWiki") then stands right over the article and
// had read as its headline, the title a hundred lines above, over the
// languages and the sidebar. The line must be one a headline may be (see
// titleOver). In HTML the page's h1 gives the title.
func switchTitle(p *Page) int {
	if p.m.HTML {
		return -1
	}
	for i := p.firstLine(); i >= 0 && i < p.Start; i = p.nonBlank(i+1, 1) {
		if languageCount(p, p.f(i)) {
			return titleOver(p, i)
		}
	}
	return -1
}

// languageCount reports whether l is a count of the languages a page is
// given in, alone on its line: a number, then an entry of the
// language-counts list ("59 languages", "59种语言"), after a check box or
// not (w3m's "[ ]": the key holds letters and digits alone).
func languageCount(p *Page, l *measure.Line) bool {
	if l.Digits == 0 || l.Words > 3 {
		return false
	}
	k := l.Key
	n := 0
	for n < len(k) && isDigit(k[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	return p.m.Lex.In(lang.LanguageCounts, strings.TrimPrefix(k[n:], " "), p.m.Lang)
}
