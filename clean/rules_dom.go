package clean

import "strings"

// Rules that read what the HTML front end saw (line.dom). On text they
// have no opinion.

// domRegion votes against lines inside the page's navigation, footer,
// sidebars and forms, and inside a header that is not the article's own.
// Strong in nav, menu and footer, where articles never are; weaker in aside
// (pull quotes), form and header.
func domRegion(l *line, _ *page) float64 {
	switch l.dom.region {
	case "nav", "menu", "footer":
		return -1.6
	case "aside", "form":
		return -1.2
	case "header":
		return -0.8
	}
	return 0
}

// domHint votes against lines inside an element whose class, id, role or
// aria-label names chrome (see chromeHints). Weak: class names are the
// page author's words, not the browser's, and a share bar's class may sit
// on a wrapper that also holds the text.
func domHint(l *line, _ *page) float64 {
	if l.dom.hint == "" {
		return 0
	}
	if l.words > 40 {
		return -0.5
	}
	return -0.9
}

// domArticle votes, weakly, for lines inside article or main, or an element
// whose class or id names the content; headings aside, as for domMain.
func domArticle(l *line, _ *page) float64 {
	if l.heading == 0 && (l.dom.article || l.dom.content) {
		return 0.3
	}
	return 0
}

// domMain votes for lines inside the page's main container: the element
// that holds most of its paragraphs (see markMain). Headings are left to
// the headline and context passes: the article's own h1 is its headline.
func domMain(l *line, _ *page) float64 {
	if l.dom.main && l.heading == 0 {
		return 0.6
	}
	return 0
}

// figureCaption votes for a figure's caption. A caption is the article's
// own text about its picture; credits inside it ("Photo: AP") are still
// found by image-credit.
func figureCaption(l *line, _ *page) float64 {
	if l.dom.caption && l.words >= 3 {
		return 1.2
	}
	return 0
}

// jsonLD votes for lines whose text is in the articleBody the page gives
// in its JSON-LD: most of their shingles are the body's. Lines of fewer
// than four words are left to the other rules.
func jsonLD(l *line, p *page) float64 {
	if p.ld == nil || l.tokens < shingleLen {
		return 0
	}
	in, all := 0, 0
	for sh := range shingles(l.key) {
		all++
		if p.ld[sh] {
			in++
		}
	}
	if all > 0 && in*10 >= all*6 {
		return 1.5
	}
	return 0
}

// shingleLen is the number of words in a shingle.
const shingleLen = 4

// shingles yields the shingles of a key: its runs of shingleLen words.
func shingles(key string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		words := strings.Fields(key)
		for i := 0; i+shingleLen <= len(words); i++ {
			if !yield(strings.Join(words[i:i+shingleLen], " ")) {
				return
			}
		}
	}
}

// shingleSet returns the set of the shingles of a text.
func shingleSet(text string) map[string]bool {
	k, _ := keyOf(text, nil)
	set := map[string]bool{}
	for sh := range shingles(k) {
		set[sh] = true
	}
	return set
}
