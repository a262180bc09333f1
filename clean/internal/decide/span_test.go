package decide

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// itemLine is a line for the span tests: its class, words, item (0 for
// none) and hint.
type itemLine struct {
	class class
	words int
	item  int
	hint  source.Hint
}

// itemPage makes a page of the given lines with the span start to end.
func itemPage(lines []itemLine, start, end int) *Page {
	m := &measure.Page{HTML: true, Lines: make([]measure.Line, len(lines))}
	p := &Page{m: m, Lines: make([]Line, len(lines)), Start: start, End: end}
	for i, l := range lines {
		m.Lines[i].Words = l.words
		m.Lines[i].DOM.Record = l.item
		m.Lines[i].DOM.Hint = l.hint
		p.Lines[i].class = l.class
	}
	return p
}

func TestAnswersFollow(t *testing.T) {
	question := []itemLine{{content, 40, 0, 0}, {chrome, 3, 0, 0}}
	comment := itemLine{content, 12, 0, source.HintComments}
	answer := func(n int) []itemLine {
		return []itemLine{{uncertain, 2, n, 0}, {content, 60, n, 0}, {content, 30, n, 0}}
	}
	page := func(between []itemLine, answers int) []itemLine {
		lines := append([]itemLine{}, question...)
		lines = append(lines, between...)
		for n := 1; n <= answers; n++ {
			lines = append(lines, answer(n)...)
		}
		return lines
	}
	cases := []struct {
		name  string
		lines []itemLine
		want  bool
	}{
		{"answers after the question", page(nil, 2), true},
		{"answers after the question's comments", page([]itemLine{comment, comment}, 2), true},
		{"one answer holds fewer than three times the question's words", page(nil, 1), false},
		{"content between: the article goes on", page([]itemLine{{content, 30, 0, 0}}, 3), false},
		{"a comment section classed as one", append(append([]itemLine{}, question...),
			itemLine{content, 60, 1, source.HintComments}, itemLine{content, 60, 2, source.HintComments}, itemLine{content, 60, 3, source.HintComments}), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, answersFollow(itemPage(c.lines, 0, 0)))
		})
	}
}

func TestOneOfItems(t *testing.T) {
	posts := func(n int) []itemLine {
		var lines []itemLine
		for i := 1; i <= n; i++ {
			lines = append(lines, itemLine{uncertain, 2, i, 0}, itemLine{content, 50, i, 0})
		}
		return lines
	}
	// The span is one post of four: the thread is the content.
	assert.True(t, oneOfItems(itemPage(posts(4), 1, 1)))
	// The span covers three of four: an article in like blocks.
	assert.False(t, oneOfItems(itemPage(posts(4), 1, 5)))
	// The span holds more words outside the items than in them.
	lines := append([]itemLine{{content, 200, 0, 0}}, posts(4)...)
	assert.False(t, oneOfItems(itemPage(lines, 0, 2)))
	// The span is one of three: a thread of three posts.
	assert.True(t, oneOfItems(itemPage(posts(3), 1, 1)))
	// The span is one of two: the other is as likely a box of the page.
	assert.False(t, oneOfItems(itemPage(posts(2), 1, 1)))
}

func TestMostlyItems(t *testing.T) {
	releases := func(n, other int) *Page {
		var lines []itemLine
		for range other {
			lines = append(lines, itemLine{chrome, 3, 0, 0})
		}
		for i := 1; i <= n; i++ {
			lines = append(lines, itemLine{uncertain, 4, i, 0}, itemLine{uncertain, 6, i, 0})
		}
		p := itemPage(lines, 0, len(lines)-1)
		p.m.HTML = false
		return p
	}
	// A change log: its releases hold every line but its copyright's.
	assert.True(t, mostlyItems(releases(6, 1)))
	// Items that hold half the lines: a page with its box of items.
	assert.False(t, mostlyItems(releases(3, 6)))
	// In HTML the DOM shows the page's items.
	p := releases(6, 1)
	p.m.HTML = true
	assert.False(t, mostlyItems(p))
}

func TestNearSpan(t *testing.T) {
	intro := itemLine{content, 20, 0, 0}
	entry := func(n int) itemLine { return itemLine{uncertain, 6, n, 0} }
	other := itemLine{chrome, 2, 0, 0}
	lines := []itemLine{intro, entry(1), entry(2), entry(3)}
	assert.True(t, nearSpan(itemPage(lines, 0, 0)), "entries right after the introduction")

	lines = []itemLine{intro}
	for range nearLines + 1 {
		lines = append(lines, other)
	}
	lines = append(lines, entry(1), entry(2))
	assert.False(t, nearSpan(itemPage(lines, 0, 0)), "entries far below the span")

	lines = []itemLine{entry(1), entry(2), intro}
	assert.False(t, nearSpan(itemPage(lines, 2, 2)), "entries before the span")
}

// TestPostsAroundTheSpan checks what tells the posts around a span from a
// block of teasers, on the thread of the dated.txt fixture with the span
// on its longest post: its posts come each under a date, in the order of
// time (see datedPosts), and end each at the same buttons (see
// delimitedPosts). Dated newest first, as teasers are, they are no
// posts by their dates; without the buttons, none by their controls.
func TestPostsAroundTheSpan(t *testing.T) {
	src, err := os.ReadFile("../../testdata/pages/dated.txt")
	require.NoError(t, err)
	newestFirst := strings.NewReplacer("14 Mar", "20 Mar", "15 Mar", "19 Mar", "17 Mar", "15 Mar")
	noButtons := strings.NewReplacer("  • Like\n  • Quote\n  • Reply\n", "")
	posts := func(text string) (dated, delimited int) {
		m, p := decideText(t, text)
		for i := range m.Lines { // the span on the longest post
			if strings.HasPrefix(m.Lines[i].Content, "I have grown tomatoes") {
				p.Start, p.End = i, i+5
			}
		}
		return datedPosts(p, 0, len(p.Lines)-1, false), delimitedPosts(p, 0, len(p.Lines)-1)
	}
	dated, delimited := posts(string(src))
	assert.GreaterOrEqual(t, dated, minPosts)
	assert.GreaterOrEqual(t, delimited, minPosts)
	dated, _ = posts(newestFirst.Replace(string(src)))
	assert.Zero(t, dated)
	_, delimited = posts(noButtons.Replace(string(src)))
	assert.Zero(t, delimited)
}

// TestPromptUnderEveryPost checks that a comment prompt the page gives
// under every post ("Add a comment") does not close the article as a
// comment section's heading does: the span goes over the posts, where one
// such line after the article ends it.
func TestPromptUnderEveryPost(t *testing.T) {
	page := func(repeats int) *Page {
		m := &measure.Page{Lines: make([]measure.Line, 6)}
		p := &Page{m: m, Lines: make([]Line, 6)}
		for i := range 6 {
			if i%2 == 0 {
				m.Lines[i].Words = 60
				p.Lines[i].class = content
				continue
			}
			m.Lines[i].Words, m.Lines[i].Repeats = 3, repeats
			p.Lines[i].class, p.Lines[i].bad, p.Lines[i].strong = chrome, Comments, true
		}
		return p
	}
	d := New(Config{})
	for repeats, want := range map[int][2]int{2: {0, 4}, 0: {0, 0}} {
		p := page(repeats)
		s, ok := bestSpan(p, d.spanMasses(p, false, len(p.Lines)))
		assert.True(t, ok)
		assert.Equal(t, want, [2]int{s.start, s.end}, "prompt repeated %d times", repeats)
	}
}

// TestClosingHeadingBeforeAnyArticle checks that in HTML a heading that
// closes an article ("Related articles") closes what follows even when
// fewer than minArticleWords words of content stand above it: a recipe's
// two short steps, then teasers of two paragraphs, which must not
// outweigh them. A text rendering waits for an article before it closes,
// as its menus hold such headings, and there the first teaser wins.
func TestClosingHeadingBeforeAnyArticle(t *testing.T) {
	page := func(html bool) *Page {
		m := &measure.Page{HTML: html, Lines: make([]measure.Line, 8)}
		p := &Page{m: m, Lines: make([]Line, 8)}
		for i, words := range []int{10, 8, 2, 35, 30, 2, 35, 30} {
			m.Lines[i].Words = words
			p.Lines[i].class, p.Lines[i].ruleClass = content, content
		}
		for _, i := range []int{2, 5} { // "Related articles", then "Read more" under a teaser
			p.Lines[i].class, p.Lines[i].ruleClass, p.Lines[i].bad = chrome, chrome, RelatedBlock
		}
		return p
	}
	d := New(Config{})
	for html, want := range map[bool][2]int{true: {0, 1}, false: {3, 4}} {
		p := page(html)
		s, ok := bestSpan(p, d.spanMasses(p, false, len(p.Lines)))
		assert.True(t, ok)
		assert.Equal(t, want, [2]int{s.start, s.end}, "html %v", html)
	}
}

// TestBoxUnderSources: a heading that closes an article heads a box of
// items the span bridged, and they go; one that ends in a colon is a
// label ("Read more:") and heads none, but a list of references does
// ("Sources:").
func TestBoxUnderSources(t *testing.T) {
	label := func(l *measure.Line) { l.End = measure.EndColon }
	p := boxPage(References, label)
	for _, i := range []int{2, 3} {
		assert.Equal(t, Drop, p.Lines[i].Verdict, "line %d under Sources:", i)
		assert.Equal(t, References, p.Lines[i].Reason)
	}
	assert.Equal(t, Keep, p.Lines[4].Verdict, "the paragraph after the box")
	p = boxPage(RelatedBlock, label)
	for _, i := range []int{2, 3} {
		assert.Equal(t, Keep, p.Lines[i].Verdict, "line %d under a label", i)
	}
}

// boxPage makes a text page of a paragraph, a heading of the given rule,
// two short lines and a paragraph, its span the whole page, shape sets
// the heading's facts, and drops its boxes (see dropBoxes).
func boxPage(heading Rule, shape func(*measure.Line)) *Page {
	lines := []itemLine{{content, 40, 0, 0}, {chrome, 2, 0, 0}, {uncertain, 9, 0, 0}, {uncertain, 8, 0, 0}, {content, 40, 0, 0}}
	p := itemPage(lines, 0, len(lines)-1)
	p.m.HTML = false
	shape(&p.m.Lines[1])
	p.Lines[1].bad, p.Lines[1].strong = heading, true
	for i := range p.Lines {
		if p.Lines[i].class != chrome {
			p.Lines[i].Verdict = Keep
		}
	}
	dropBoxes(p)
	return p
}

// TestNoBoxUnderACount checks that a count of comments heads no box: under
// each entry of a listing ("0 comments"), the next entry's tags, date and
// title are no comment section's. A comment section's heading without a
// number ("Comments") heads one.
func TestNoBoxUnderACount(t *testing.T) {
	p := boxPage(Comments, func(l *measure.Line) { l.Digits = 1 })
	for _, i := range []int{2, 3} {
		assert.Equal(t, Keep, p.Lines[i].Verdict, "line %d under a count", i)
	}
	p = boxPage(Comments, func(*measure.Line) {})
	for _, i := range []int{2, 3} {
		assert.Equal(t, Drop, p.Lines[i].Verdict, "line %d under a comment section's heading", i)
	}
}

// TestRecordsEndAtComments checks that a page of records widens over its
// records up to the heading of its comment section, and over a heading
// that may head no such section: a related block's with paragraphs after
// it ("Read more" under a product's description), a count ("0 comments"
// under each entry of a listing), or a prompt the page repeats ("Add a
// comment" under every post of a question page). A related block's
// heading with only short lines after it heads a box of links to other
// pages ("Related", then the titles of other questions), and ends the
// records.
func TestRecordsEndAtComments(t *testing.T) {
	for _, c := range []struct {
		name                   string
		heading                Rule
		digits, repeats, after int
		ends                   measure.Ending // how the heading ends
		end                    int
	}{
		{"comment section", Comments, 0, 0, 30, measure.EndNone, 5},
		{"author's box", AuthorBio, 0, 0, 30, measure.EndNone, 5},
		{"related block over paragraphs", RelatedBlock, 0, 0, 30, measure.EndNone, 8},
		{"related block over titles", RelatedBlock, 0, 0, 12, measure.EndNone, 5},
		{"comment count", Comments, 1, 0, 30, measure.EndNone, 8},
		{"prompt under every post", Comments, 0, 2, 30, measure.EndNone, 8},
	} {
		lines := []itemLine{{content, 10, 0, 0}, {chrome, 2, 0, 0}, {content, 10, 0, 0}, {content, 10, 0, 0},
			{chrome, 2, 0, 0}, {content, 10, 0, 0}, {chrome, 3, 0, 0}, {content, c.after, 0, 0}, {content, c.after, 0, 0}}
		p := itemPage(lines, 2, 3)
		p.m.HTML = false
		p.Lines[6].bad, p.Lines[6].strong = c.heading, true
		p.m.Lines[6].Digits, p.m.Lines[6].Repeats, p.m.Lines[6].End = c.digits, c.repeats, c.ends
		spreadRecords(p)
		assert.Equal(t, [2]int{0, c.end}, [2]int{p.Start, p.End}, c.name)
	}
}

// A recipe's steps that its JSON-LD names are the page's: the span widens
// over them, however much chrome parts them from it, and over nothing
// else; a page whose JSON-LD names no recipe keeps its span.
func TestSpreadLD(t *testing.T) {
	steps := []string{"Heat the oven and grease the tin well.", "Bake the cake for forty minutes until golden."}
	lines := []itemLine{{content, 40, 0, 0}, {content, 30, 0, 0}, {chrome, 3, 0, 0}, {chrome, 2, 0, 0}, {chrome, 4, 0, 0}, {content, 8, 0, 0}, {content, 8, 0, 0}, {chrome, 3, 0, 0}, {content, 12, 0, 0}}
	page := func(ld bool) *Page {
		p := itemPage(lines, 0, 1)
		p.m.Lines[5].Key, p.m.Lines[6].Key = lang.Key(steps[0]), lang.Key(steps[1])
		p.m.Lines[8].Key = lang.Key("More recipes from our kitchen team every week")
		if ld {
			p.m.LDItems = map[uint64]bool{}
			for _, s := range steps {
				p.m.LDItems[lang.HashString(lang.Key(s))] = true
			}
		}
		return p
	}
	p := page(true)
	spreadLD(p)
	assert.Equal(t, [2]int{0, 6}, [2]int{p.Start, p.End})
	p = page(false)
	spreadLD(p)
	assert.Equal(t, [2]int{0, 1}, [2]int{p.Start, p.End})
}

// TestIntroducedList checks that the items of a list right under a
// paragraph cost the span nothing, uncertain as they are: a service page's
// section under a picture and its heading, a paragraph and the thirteen
// points it introduces, is the article's, where each uncertain item had
// cost what an uncertain line costs, and the section had gone. A heading
// between the paragraph and the list parts them: there the items cost.
func TestIntroducedList(t *testing.T) {
	page := func(heading bool) *Page {
		type line struct {
			class  class
			words  int
			marker source.Marker
		}
		lines := []line{{content, 60, source.MarkNone}, {chrome, 1, source.MarkNone}, {chrome, 4, source.MarkNone}, {content, 25, source.MarkNone}}
		if heading {
			lines = append(lines, line{uncertain, 3, source.MarkNone})
		}
		for range 12 {
			lines = append(lines, line{uncertain, 6, source.MarkBullet})
		}
		lines = append(lines, line{content, 10, source.MarkBullet}, line{chrome, 2, source.MarkNone})
		m := &measure.Page{Lines: make([]measure.Line, len(lines))}
		p := &Page{m: m, Lines: make([]Line, len(lines))}
		for i, l := range lines {
			m.Lines[i].Words, m.Lines[i].Marker = l.words, l.marker
			p.Lines[i].class, p.Lines[i].ruleClass = l.class, l.class
		}
		p.Lines[1].bad, p.Lines[1].strong = FormWidget, true
		return p
	}
	d := New(Config{})
	for heading, end := range map[bool]int{false: 16, true: 0} {
		p := page(heading)
		s, ok := bestSpan(p, d.spanMasses(p, false, len(p.Lines)))
		assert.True(t, ok)
		assert.Equal(t, [2]int{0, end}, [2]int{s.start, s.end}, "a heading between: %v", heading)
	}
}

// TestLinkUnderEveryEntry checks that a related link that ends each entry
// of a chart ("More on Foetus", "More on Goblin Band", ...) does not close
// the article as a related block's heading does: every review stays.
// Given twice, such a phrase is a block's heading.
func TestLinkUnderEveryEntry(t *testing.T) {
	var b strings.Builder
	b.WriteString("The albums of the month\n\n" +
		"Our writers have been busy since the last chart, and the autumn brought more strong records than we could ever fit into a single list, so this one runs a little longer than usual.\n\n" +
		"Every month we listen to hundreds of new records, and these are the ones our writers kept coming back to, from ambient drones to loud guitar music and a few surprises along the way.\n\n" +
		"As ever, the chart is a starting point rather than a verdict, so treat it as a list of suggestions from people who spend their days listening to music of every kind.\n\n")
	artists := []string{"Foetus", "Goblin Band", "Danny Brown", "Rosalía", "Dry Cleaning"}
	for i, a := range artists {
		fmt.Fprintf(&b, "%s – Album %d\n\n", a, i+1)
		fmt.Fprintf(&b, "Review %d: the record closes not only this album but a whole chapter of the project, with songs that stretch out slowly and reward patient listening, each one building on the last until the final track.\n\n", i+1)
		fmt.Fprintf(&b, "More on %s\n\n", a)
	}
	_, p := decideText(t, b.String())
	for i := range p.Lines {
		if strings.HasPrefix(p.f(i).Content, "Review ") {
			assert.Equal(t, Keep, p.Lines[i].Verdict, "line %d: %s", i, p.f(i).Content)
		}
	}

	links := 0
	for i := range p.Lines {
		if strings.HasPrefix(p.f(i).Content, "More on ") {
			assert.True(t, entryLink(p, i), p.f(i).Content)
			links++
		}
	}
	assert.Equal(t, len(artists), links)

	// Given twice, the phrase heads a block as ever.
	twice := b.String()
	for _, a := range artists[2:] {
		twice = strings.Replace(twice, "More on "+a+"\n", "", 1)
	}
	_, p = decideText(t, twice)
	for i := range p.Lines {
		if strings.HasPrefix(p.f(i).Content, "More on ") {
			assert.Equal(t, RelatedBlock, p.Lines[i].bad, p.f(i).Content)
			assert.False(t, entryLink(p, i), p.f(i).Content)
		}
	}
}

// TestTeasersDoNotReopen checks that in HTML the summaries of a related
// block's cards, inside an element whose class names it, do not reopen
// the article that the block's heading closed: with only a picture
// between them, three are a run of paragraphs as an article's are.
func TestTeasersDoNotReopen(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/loans">Loans</a></nav><main><article><h1>Which renovations pay off</h1>`)
	for i := range 12 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the guide weighs what a kitchen, a bathroom or a new bedroom adds to a house, against what each costs, and how long the owners mean to stay before they sell it.</p>", i+1)
	}
	b.WriteString(`</article><h2>Related articles</h2><div class="related-posts">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="card"><a href="/t%d"><img src="t%d.jpg" alt="What owners get wrong"></a>`, i, i)
		fmt.Fprintf(&b, "<p>Teaser %d sums up another article of the site at length: how owners pay for their renovations, which loans they take, what they borrow against, what it costs them every month, and what to ask a lender before signing anything at all with them.</p></div>", i+1)
	}
	b.WriteString(`</div></main><footer><p>© 2025 The Renovation Site</p></footer></body></html>`)
	m, p := decideHTML(t, b.String())
	paragraphs, teasers := 0, 0
	for i := range m.Lines {
		switch c := m.Lines[i].Content; {
		case strings.HasPrefix(c, "Paragraph"):
			paragraphs++
			assert.Equal(t, Keep, p.Lines[i].Verdict, c)
		case strings.HasPrefix(c, "Teaser"):
			teasers++
			assert.Equal(t, Drop, p.Lines[i].Verdict, c)
		}
	}
	assert.Equal(t, [2]int{12, 3}, [2]int{paragraphs, teasers})
}

// TestRecordTail checks what the span of a page of records takes after
// its last record (see extendRecords): short lines, and chrome by its
// shape alone (a title the page gives twice, a line of links), up to
// chrome that a rule names by what it says (a date line) however weak.
func TestRecordTail(t *testing.T) {
	for _, c := range []struct {
		name string
		bad  Rule
		end  int
	}{
		{"a copy", Repeated, 4},
		{"a line of links", LinkDense, 4},
		{"a date line", DateLine, 2},
		{"a pager", NoLetters, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := []itemLine{{content, 30, 0, 0}, {content, 30, 0, 0}, {uncertain, 3, 0, 0}, {chrome, 3, 0, 0}, {uncertain, 4, 0, 0}}
			p := itemPage(lines, 0, 1)
			p.m.HTML = false
			p.Lines[3].bad = c.bad
			extendRecords(p)
			assert.Equal(t, c.end, p.End)
		})
	}
}

// TestThreadWideningStopsAtTheFooter: the thread's widening after the
// span stops at the page's footer, over the fine print under it; a
// footer with more than maxFinePrint content lines under it is no page's
// end, and the widening goes over them (see spreadThread).
func TestThreadWideningStopsAtTheFooter(t *testing.T) {
	for _, c := range []struct {
		after int // content lines under the footer
		end   int // where the span ends
	}{
		{1, 3},
		{maxFinePrint, 3},
		{maxFinePrint + 1, 4 + maxFinePrint + 1},
	} {
		lines := []itemLine{{content, 50, 0, 0}, {content, 40, 0, 0}, {content, 40, 0, 0}, {content, 40, 0, 0}, {chrome, 8, 0, 0}}
		for range c.after {
			lines = append(lines, itemLine{content, 10, 0, 0})
		}
		p := itemPage(lines, 0, 0)
		spreadThread(p, 4)
		assert.Equal(t, c.end, p.End, "%d lines under the footer", c.after)
		assert.Equal(t, 0, p.Start)
	}
}

// TestPostHeadsAbove: a span that opens on a thread's first post's text
// widens over that post's head above it (its poster's name and date,
// through the poster's card), when the span holds a later post's head;
// not over a head beyond a line of content, nor on a page whose span
// holds no post's head.
func TestPostHeadsAbove(t *testing.T) {
	head := itemLine{content, 1, 0, 0}
	card := itemLine{chrome, 2, 0, 0}
	text := itemLine{content, 40, 0, 0}
	for _, c := range []struct {
		name  string
		lines []itemLine
		start int // the span's start given
		heads []int
		want  int
	}{
		{"the opener's head", []itemLine{card, head, card, card, head, card, text, head, text}, 6, []int{1, 4, 7}, 1},
		{"no later head", []itemLine{card, head, card, card, head, card, text, text, text}, 6, []int{1, 4}, 6},
		{"beyond a paragraph", []itemLine{head, text, card, card, text, head, text}, 4, []int{0, 5}, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := itemPage(c.lines, c.start, len(c.lines)-1)
			for _, i := range c.heads {
				p.Lines[i].good = PostHead
			}
			postHeadsAbove(p)
			assert.Equal(t, c.want, p.Start)
		})
	}
}
