package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// copyKind says why a line is set aside as a copy of another.
type copyKind uint8

const (
	notCopy      copyKind = iota
	headlineCopy          // repeats the headline
	duplicate             // repeats another line of the page
)

// markCopies sets aside the copies of the headline and the page's
// duplicates (see markHeadlineCopies and markDuplicates).
func (d *Decider) markCopies(p *Page) {
	if p.Title >= 0 && d.on(HeadlineCopy) {
		markHeadlineCopies(p)
	}
	if d.on(Duplicate) {
		markDuplicates(p)
		markCopiedRuns(p)
		markAltCopies(p)
	}
}

// markAltCopies sets aside a short line of two words or more that its
// copy follows, blank lines aside: a picture's alt text, which w3m prints
// as text when the picture is a link, over the card's own title
// ("Spaghetti alla carbonara" twice in a grid of recipes). The line under
// it, the title, stays; so do a table's rows and lines of code, which may
// repeat one another. Longer lines are markDuplicates'. HTML gives no
// alt text, but the reading of its output does this too (a block's copy
// right under it). wceb text-w3m, text-h2t and html 0.7888 -> 0.7890,
// 0.7976 -> 0.7978, 0.8244 -> 0.8246, 67 pages up and 9 down, among
// them a shop's grid whose truth gives each name twice (-0.064); no page
// of scrapinghub or trafilatura moves.
func markAltCopies(p *Page) {
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || f.Repeats == 0 || f.Words < 2 || f.Words >= minDuplicateWords || f.TableRow || f.Code || f.Verse || l.copy != notCopy || i == p.Title || p.m.HTML {
			continue
		}
		j := p.nonBlank(i+1, 1)
		if j < 0 || j > i+2 || p.f(j).Hash != f.Hash || p.f(j).Key != f.Key || !sameSymbols(p.f(j).Content, f.Content) || p.f(j).Marker != f.Marker || inCodeBlock(p, i) {
			continue
		}
		l.copy = duplicate
	}
}

// indentedCode reports whether f is an indented line that shows code's
// syntax (measure's CodeSyntax): a statement of a function's body alone
// between blank lines ("        let percentage_of_max = self.value as f64
// / self.max as f64;"), which markCode, asking for two lines of code in a
// row, does not mark, and which a program's next listing repeats. A
// quote in a thread (">>> I'll note that ...") and markup that leaked
// into a text are not indented.
func indentedCode(f *measure.Line) bool {
	return indented(f.Text) && f.CodeSyntax()
}

// indented reports whether text opens with a tab or two spaces.
func indented(text string) bool {
	return strings.HasPrefix(text, "  ") || strings.HasPrefix(text, "\t")
}

// sameSymbols reports whether a and b hold the same symbols of code, in
// the same order: brackets, operators (see codeSymbols). Keys ignore
// them, and two lines of a program or a grammar that differ only in them
// are two lines ("T.Mv(t, 7)" and "(T).Mv(t, 7)", "type T[P *C]" and
// "type T[P (C)]"); a picture's alt text and its card's title hold the
// same words, a dash or a bullet apart.
func sameSymbols(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !codeSymbols[a[i]] {
			i++
		}
		for j < len(b) && !codeSymbols[b[j]] {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// codeSymbols are the bytes that sameSymbols compares.
var codeSymbols = [256]bool{'(': true, ')': true, '[': true, ']': true, '{': true, '}': true, '*': true, '&': true,
	'%': true, '+': true, '=': true, '<': true, '>': true, '^': true, '~': true, '\\': true}

// inCodeBlock reports whether line i stands in a block of code: a run of
// lines, no blank line between, of which one is code. A program may give
// a statement twice in a row ("go doprint()" twice in a function's
// body), and the reading of a text marks as code only its lines that
// show the syntax of code (see measure's markCode), not such a call. The
// line of code must show that syntax itself (measure's CodeSyntax): a
// page's metadata that w3m prints as a block of text, addresses and
// all, is no code, and a logo's alt text over its copy in it is a copy.
func inCodeBlock(p *Page, i int) bool { return p.Lines[i].codeBlock }

// markHeadlineCopies sets aside the lines that repeat the headline: the
// same text, or a short line that holds it ("Reading: <headline>", "Home >
// News > <headline>"). Strong chrome that quotes the headline ("34
// responses to “<headline>”") keeps its own reason and its weight in the
// span. A headline of fewer than minCopiedWords words ("Programming
// languages") is copied only by a line that is it: a line that holds it is
// the page's text about its subject ("Academic programming languages").
// Nor does a sentence of the page's own (see ownSentence) copy a longer
// one: "Here are the 7 habits of highly ineffective agents I
// encountered:", "What makes Crusher ANC 2 headphones perfect for
// music?" (wceb html 0.8163 -> 0.8166, product 0.4537 -> 0.4561, seven
// pages +0.005 to +0.065; a product's FAQ question and three link prompts
// that truths leave out, -0.001 to -0.005; text-w3m and text-h2t as they
// were, no type's figure moving by more than 0.0002; scrapinghub and
// trafilatura as they were). Nor does a heading of the page's own that
// opens with the headline and runs on from it in two words or more (see
// extends): "Professional gym equipment rental services throughout
// Southern California" under "Professional Gym Equipment Rental", "Best
// Mobile Apps Company & Developers in NYC" (wceb 0194 and 0134 +0.014 to
// +0.025 in each mode and in the renderings of the other text renderers;
// no other page of any set moves). One word more is a site's or a user's
// name ("last edited by idefix37" under a forum's misread headline), a
// capital opens a name or a credit (a photo's caption, the headline and
// "Training team_Kim Hana, Kim Hyesu": -0.04 on a scrapinghub page in
// html2text's rendering when it counted), and a list item that runs on
// is a link to a page like it ("List of Nobel laureates by country").
//
// A headline that names a thing is copied only where a line sets it off
// (see nameHeadline): wceb html 0.8311 -> 0.8312 (six pages up to
// +0.008, one -0.002: a shop's "Shop the Best Mirrorless Camera Lenses at
// Adorama", which its truth leaves out), text-w3m and text-h2t within
// 0.0001; scrapinghub and trafilatura do not move.
func markHeadlineCopies(p *Page) {
	t := p.f(p.Title)
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if i == p.Title || f.Blank || l.class == chrome && l.strong || f.Verse {
			continue // a song's chorus names its title, and is the song's
		}
		if f.Key == t.Key || holdsCopy(f, t) {
			l.copy = headlineCopy
		}
	}
}

// holdsCopy reports whether line f, another than headline t, holds a copy
// of it (see markHeadlineCopies).
func holdsCopy(f, t *measure.Line) bool {
	if t.Words < minCopiedWords || f.Words > t.Words+12 || !f.MayHold(t) || ownSentence(f) || !lang.ContainsWords(f.Key, t.Key) {
		return false
	}
	if f.Marker == source.MarkNone && extends(f.Content, t.Content) {
		return false
	}
	return !nameHeadline(t) || setOff(f.Content, t.Content)
}

// extends reports whether line s opens with headline h and runs on from
// it in two words or more of its own, a space between and the first in
// lower case: "Best Mobile Apps Company & Developers in NYC" under "Best
// Mobile Apps Company & Developers", a section heading of the page's. A
// copy sets the headline off from what it adds ("Reading: ", "Home > News
// > ", " – TechCrunch", "Re: ", quotes), or adds a name: a photo's caption
// gives the headline and then its credit ("... Training team_Kim Hana,
// Kim Hyesu").
func extends(s, h string) bool {
	h = strings.TrimSpace(h)
	if h == "" || len(s) <= len(h) || !strings.EqualFold(s[:len(h)], h) {
		return false // a letter whose cases differ in length is left to the copy: it is rare
	}
	rest := s[len(h):]
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return strings.HasPrefix(rest, " ") && unicode.IsLower(r) && len(strings.Fields(rest)) >= 2
}

// setOff reports whether line s sets headline h off from the words it
// adds: a mark (a colon, a dash, a bar, an arrow, a quote) between the
// headline and each side's words, as a copy has ("Reading: <headline>",
// "<headline> – TechCrunch", "Home > Games > <headline>"). It is true when
// s gives h's words with other marks, which only a copy does.
func setOff(s, h string) bool {
	h = strings.TrimSpace(h)
	ls := strings.ToLower(s)
	i := strings.Index(ls, strings.ToLower(h))
	if i < 0 || len(ls) != len(s) {
		return true // a letter whose cases differ in length: left to the copy, as in extends
	}
	before, after := strings.TrimRight(s[:i], " "), strings.TrimLeft(s[i+len(h):], " ")
	if before != "" {
		if r, _ := utf8.DecodeLastRuneInString(before); !mark(r) {
			return false
		}
	}
	if after != "" {
		if r, _ := utf8.DecodeRuneInString(after); !mark(r) {
			return false
		}
	}
	return true
}

// mark reports whether r is punctuation or a symbol.
func mark(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// nameHeadline reports whether headline t names a thing (a product, a
// game, a program) rather than tells a story: a few words in title case.
// A line that holds such a headline copies it only when it sets it off
// (see setOff): a product's page names the product in its editions and
// add-ons ("Buy Forza Horizon 5 - Deluxe Edition", "Forza Horizon 5
// EULA"), and a service's page its service in its headings ("CIS
// Cybersecurity Best Practices"): its own text. A short headline in lower
// case is no name, and a line that adds a word to it is a copy ("last
// edited by idefix37" under a forum's misread "last edited by").
func nameHeadline(t *measure.Line) bool {
	return t.Words <= maxNameWords && t.CapsRatio() >= minNameCaps
}

// A headline that names a thing has at most maxNameWords words, and at
// least minNameCaps of them start upper-case (see nameHeadline): "List of
// Nobel laureates" is a subject, and its list's "List of Nobel laureates
// by country" a link to a page like it.
const (
	maxNameWords = 4
	minNameCaps  = 0.75
)

// ownSentence reports whether f is a sentence of the article's own
// that names its subject: it ends a sentence or introduces what follows,
// is no list item but a numbered step that ends a sentence, and quotes
// nothing. A service page's step "2. Choose the passport renewal service
// and fill in the form." under "Passport renewal" had gone as its copy.
func ownSentence(f *measure.Line) bool {
	step := f.Marker == source.MarkOrdered && f.End == measure.EndSentence // "2. Choose the Renew your passport service and fill in the form."
	return (f.End == measure.EndSentence || f.End == measure.EndColon) && (f.Marker == source.MarkNone || step) && !strings.ContainsAny(f.Content, "\"“”„«»")
}

// minDuplicateWords is the length from which a repeated line is a copy
// rather than a recurring label.
const minDuplicateWords = 8

// maxArticleCopies is how many other copies of one of its lines an article
// may hold: a summary repeats a paragraph once; a line given three times
// or more is a pin-it caption or a call to action, and only its first copy
// stays. In HTML, lines of the main container may repeat (a meal plan's
// dishes, day after day), and so may the lines of a clean page, which such
// a plan printed is. So may the lines of a block of code (a <pre>, or
// what markCode finds in text), which the page prints verbatim: a
// tutorial's comprehension written right, then wrong, and the wrong one
// echoed in the interpreter's error (wceb html documentation 0.8707 ->
// 0.8720: a Python tutorial +0.021, the standard library's itertools
// +0.004, Rust's Option -0.002; text-w3m and text-h2t documentation
// 0.8655 -> 0.8672 and 0.8449 -> 0.8466; a Go article whose truth gives a
// call once where its blocks give it three times -0.0025, and a forum's
// run of links, which read as code ("//"), -0.002; scrapinghub and
// trafilatura do not move). So may a numbered step, the same step in each
// procedure that takes it: a manual's "5. At the Point for next radius
// prompt, press Enter." (wceb html, text-h2t and text-w3m +0.013 on that
// page; no other page of any set moves). Bullets are not steps: letting
// them repeat too moved 19 pages, 11 of them down.
const maxArticleCopies = 2

// markDuplicates sets aside the copies of a line of minDuplicateWords words
// or more that the page repeats outside the article span, when a copy is
// inside it: a teaser that quotes the article's first paragraph, a caption
// given twice. With no copy inside the span, the first copy stays. Inside
// the span a copy goes only when it follows another directly (alt text and
// caption); other copies stay: a summary may repeat a paragraph word for
// word ("What You Need To Know").
func markDuplicates(p *Page) {
	kept, last := p.kept, p.last // key hash → the copy kept, the previous copy seen
	clear(kept)
	clear(last)
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || l.copy != notCopy || f.Words < minDuplicateWords || f.Repeats == 0 || i == p.Title {
			continue
		}
		if k, ok := kept[f.Hash]; !ok || p.inSpan(i) && !p.inSpan(k) {
			kept[f.Hash] = i
		}
	}
	if len(kept) == 0 {
		return
	}
	for i := range p.Lines {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank || f.Key == "" {
			continue
		}
		k, ok := kept[f.Hash]
		if !ok || l.copy != notCopy || i == p.Title {
			continue
		}
		prev, seen := last[f.Hash]
		last[f.Hash] = i
		if i == k || p.inSpan(i) && p.inSpan(k) && (f.Code || indentedCode(f) || !(seen && nearby(p, prev, i)) && (f.Repeats < maxArticleCopies || f.DOM.Main || f.Verse || f.Marker == source.MarkOrdered || p.clean)) {
			continue
		}
		l.copy = duplicate
	}
}

// markCopiedRuns sets aside a second copy of a run of the article: where
// minCopiedRun lines or more of minDuplicateWords words, one after the
// other in the span, repeat lines of the span in the same order, the page
// gives a part of its article twice (a version for phones beside the one
// for desktops, a tab that holds the text again), and the later run goes,
// with the short lines between its lines that repeat lines before it. A
// summary repeats a paragraph or two, and a reply quotes a few lines of
// the post before it: they stay. So do the lines of a block of code, which
// the page prints verbatim (see maxArticleCopies): a tutorial gives a
// program's data in each version of the program (React's "Thinking in
// React" +0.030 in each mode; wceb html documentation 0.8716 -> 0.8728; no
// other page of any set moves).
func markCopiedRuns(p *Page) {
	first, ord := p.last, p.kept // key hash → the first line of the span with it, and its place among the long lines
	clear(first)
	clear(ord)
	runStart, runEnd, prev, n, long := -1, -1, -1, 0, 0
	flush := func() {
		if n >= minCopiedRun {
			for i := runStart; i <= runEnd; i++ {
				f, l := p.f(i), &p.Lines[i]
				if k, ok := first[f.Hash]; ok && k < runStart && !f.Blank && f.Key != "" && l.copy == notCopy && !f.Code && !f.Verse && !indentedCode(f) && !inCodeBlock(p, i) {
					l.copy = duplicate
				}
			}
		}
		n = 0
	}
	for i := max(p.Start, 0); i <= p.End && i < len(p.Lines); i++ {
		f := p.f(i)
		if f.Blank || f.Key == "" {
			continue
		}
		k, seen := first[f.Hash]
		if !seen {
			first[f.Hash] = i
		}
		if f.Words < minDuplicateWords {
			continue
		}
		long++
		if !seen {
			ord[f.Hash] = long
		}
		o, ok := ord[f.Hash]
		if !seen || !ok || p.f(k).Key != f.Key {
			flush()
			continue
		}
		if n > 0 && o == prev+1 {
			n, runEnd = n+1, i
		} else {
			flush()
			runStart, runEnd, n = i, i, 1
		}
		prev = o
	}
	flush()
}

// minCopiedRun is how many long lines in a row, repeating lines of the
// article in order, make a copy of a part of it. Chosen on the benchmarks
// over 4 to 8: at 5 and below a service page lost a carousel its truth
// gives twice; at 8 a forum kept a copy of six paragraphs.
const minCopiedRun = 6

// nearby reports whether lines i < j follow each other but for lines that
// are dropped whatever the span: strong chrome and other copies. That is how
// an image's alt text and its caption come out, and how they stand once the
// page is cleaned.
func nearby(p *Page, i, j int) bool {
	for k := i + 1; k < j; k++ {
		l := &p.Lines[k]
		if !p.f(k).Blank && l.copy == notCopy && !(l.class == chrome && l.strong) {
			return false
		}
	}
	return true
}

// minCopiedWords is the least words of a headline that a longer line
// holding it copies (see markHeadlineCopies).
const minCopiedWords = 3
