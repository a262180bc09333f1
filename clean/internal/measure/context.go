package measure

import (
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// derive measures what depends on the page, once its lines are measured:
// in the text reading, its blocks of code and its lazy loaders'
// placeholders (see markPlaceholders); the cards of its grid, where the
// front end found no items (text has none), and in the text reading its
// grid of pictures and titles (see markPictureGrid); the rows of its
// tables; its language and each line's stopwords in it; the lines it
// repeats; the paragraphs that introduce a list (see markIntroductions);
// in the text reading, its consent centre and its pictures' alt texts
// that name their kind (see markPictureNames); and the chrome phrases
// lines match in its language, with a count in brackets after them or
// not (see withoutCount), and the pagers printed as lists (see
// markPagerLists). When p is a view of src, from[i] is the line of
// src that line i prints, or -1: in the same language, a line with that
// line's content has its stopwords and phrase.
func (p *Page) derive(textReading bool, src *Page, from []int) {
	if textReading {
		p.markCode()
		p.markPlaceholders()
	}
	if !p.hasItems() {
		p.markCards() // a text's grid, or one the DOM did not show as like elements
	}
	if textReading {
		p.markPictureGrid() // a grid of pictures and titles, whose alt texts look like prose
	}
	p.markTableRows()
	p.pickLanguage()
	p.markContents()
	p.countRepeats()
	if !p.hasItems() && p.markReleases() == 0 { // a change log's releases, each head given once (see countRepeats)
		p.markCommitLines()
	}
	p.markIntroductions()
	if textReading {
		p.markConsent()
		p.markPictureNames()
		p.markInitials()
	}
	same := src != nil && src.Lang == p.Lang
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		if same {
			// A numbered line of an HTML page is matched again: HTML took
			// it out of the prompt tables as a step (see
			// markNumberedSteps), which text does only over a paragraph,
			// and the reading must read it as the text it prints is read
			// ("1. Home" over "2. Footw", a breadcrumb's list: the fuzz
			// test found its output, cleaned again, empty).
			if j := from[i]; j >= 0 && src.Lines[j].Content == l.Content && !(src.HTML && l.Marker == source.MarkOrdered) {
				l.Stops, l.Table, l.Age = src.Lines[j].Stops, src.Lines[j].Table, src.Lines[j].Age
				continue
			}
		}
		l.Age = p.ageOf(l)
		l.Stops = 0
		if p.Lang != lang.None {
			for _, m := range p.masks[l.masks.from:l.masks.to] {
				if m.Has(p.Lang) {
					l.Stops++
				}
			}
			for _, s := range p.inits[l.inits.from:l.inits.to] {
				if s.Has(p.Lang) {
					l.Stops--
				}
			}
		}
		l.Table = p.table(l)
	}
	p.markPagerLists()
	p.markFacets()
	p.markNumberedSteps()
	if textReading {
		p.markCardFields()
	}
	p.markVerse()
}

// markCardFields marks as lines of a post's metadata the fields of a
// poster's card that a text renderer prints as a definition list: a label
// of the post-meta table alone on its line, without its colon ("Joined",
// "Messages"), over its value, indented deeper, a number or a date of a
// few words ("    Aug 24, 2006", "    23,243"). A thread's posts had kept
// them in text, each card's count of messages and points between the
// posts. A label over a paragraph, or over a line no deeper, is left as
// it is. wceb text-w3m and text-h2t 0.7896 -> 0.7898 and 0.7978 ->
// 0.7980, forum +0.0015 in each (two threads +0.03); a German cat forum
// of trafilatura loses its cards' "Mitglied seit" and "Beiträge" too.
func (p *Page) markCardFields() {
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Words == 0 || l.Words > maxCardLabel || l.Digits > 0 || !p.joined(i) {
			continue
		}
		if l.Table != lang.PostMeta && (l.Table != lang.NoTable || !p.Lex.IsLabel(lang.PostMeta, l.Key, p.Lang)) {
			continue
		}
		v := &p.Lines[i+1]
		if v.Indent <= l.Indent || v.Digits == 0 || v.Words > maxCardValue || v.End == EndSentence {
			continue
		}
		l.Table, v.Table = lang.PostMeta, lang.PostMeta
	}
}

// maxCardLabel and maxCardValue are the most words of a card's label and
// of its value (see markCardFields).
const (
	maxCardLabel = 3
	maxCardValue = 4
)

// ageOf returns the time before now that l gives and little else (see
// Line.Age): a line of up to maxAgeWords words, among them no more than
// two that are not numbers, date words or the phrase.
func (p *Page) ageOf(l *Line) uint32 {
	if l.Date != 0 || l.Words > maxAgeWords || l.Digits == 0 && l.All&lang.Marks(lang.Ago) == 0 {
		return 0
	}
	age, others := p.Lex.Age(l.Key)
	if others > 2 {
		return 0
	}
	return age
}

// maxAgeWords is the most words a line that gives a time ago may have:
// "Last updated on Monday, 3 days ago".
const maxAgeWords = 8

// countRepeats sets each line's Repeats: how many other lines of the page
// have the same key.
func (p *Page) countRepeats() {
	n := 1
	for n < 2*len(p.Lines) {
		n *= 2
	}
	if cap(p.counts) < n {
		p.counts = make([]keyCount, n)
	}
	t := p.counts[:n]
	clear(t)
	mask := uint64(n - 1)
	slot := func(h uint64) *keyCount {
		for i := h & mask; ; i = (i + 1) & mask {
			if s := &t[i]; s.n == 0 || s.hash == h {
				s.hash = h
				return s
			}
		}
	}
	for i := range p.Lines {
		if l := &p.Lines[i]; l.Key != "" {
			s := slot(l.Hash)
			s.n++
			if l.contents {
				s.contents++
			}
		}
	}
	prev := -1 // the last line with a key
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Key == "" {
			continue
		}
		s := slot(l.Hash)
		l.Repeats, l.ContentsCopies = int(s.n)-1, 0
		if !l.contents {
			l.ContentsCopies = int(s.contents)
		}
		if prev >= 0 && l.Repeats > 0 && p.Lines[prev].Hash == l.Hash {
			l.NextToCopy, p.Lines[prev].NextToCopy = true, true
		}
		prev = i
	}
}

// markIntroductions marks the paragraphs that introduce a list of
// sentences (see Line.Introduces): the next line, blank lines aside, is an
// item of a list that says something in a sentence of
// minIntroducedWords words or more.
func (p *Page) markIntroductions() {
	next := -1 // the line after i, blank lines aside
	for i := len(p.Lines) - 1; i >= 0; i-- {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		l.Introduces = false
		if next >= 0 && l.Marker == source.MarkNone {
			n := &p.Lines[next]
			l.Introduces = n.Marker != source.MarkNone && n.Words >= minIntroducedWords && n.End == EndSentence
		}
		next = i
	}
}

// minIntroducedWords is how long, in words, the first item of a list must
// be for the paragraph above it to introduce it (see Line.Introduces).
const minIntroducedWords = 12

// keyCount counts the lines with a key's hash, and of them the entries of
// the table of contents.
type keyCount struct {
	hash        uint64
	n, contents int32
}

// markContents marks the labels of tables of contents (see
// Line.ContentsLabel) and the entries under them: the list items that
// follow the label, blank lines aside, after at most maxContentsLead other
// lines ("Toggle", "[hide]"), up to the first line after them that is not
// one. In HTML a line that is a link whole is an entry too: DocBook lists
// its contents as a <dl> of <dt>s, without list markers, and every
// section heading of Valgrind's manual went as a copy of its entry
// (fifteen of its pages keep 1 to 27 headings; wceb html: a guide keeps
// its "Chapter 1: Pre-trip Spiel", +0.0021; no other page of any set
// moves).
//
// So is, with or without a label, a line whose every letter links to a
// place on the page itself (see source.DOM.InPage): a product's tab over
// the panel whose heading it repeats ("Specifications"), a one-page site's
// menu over its sections.
func (p *Page) markContents() {
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.DOM.InPage {
			l.contents = true
		}
		if !p.contentsLabel(l) {
			continue
		}
		p.Lines[i].ContentsLabel = true
		lead, items := 0, 0
	entries:
		for j := i + 1; j < len(p.Lines); j++ {
			o := &p.Lines[j]
			switch {
			case o.Blank:
			case (o.Marker != source.MarkNone || p.HTML && o.Chars > 0 && o.Links >= o.Chars) && !p.contentsLabel(o):
				o.contents = true
				items++
			case items > 0 || lead == maxContentsLead:
				break entries
			default:
				lead++
			}
		}
	}
}

// contentsLabel reports whether l is the label of a table of contents:
// a short line of the lexicon's contents list.
func (p *Page) contentsLabel(l *Line) bool {
	return l.Words > 0 && l.Words <= maxContentsLabel && l.First&lang.Marks(lang.Contents) != 0 &&
		p.Lex.In(lang.Contents, l.Key, p.Lang)
}

// maxContentsLabel is the most words of a table of contents' label, and
// maxContentsLead the most lines between it and its first entry.
const (
	maxContentsLabel = 4
	maxContentsLead  = 2
)

// markPlaceholders marks as pictures the lines that open with a
// picture's name in brackets glued to text ("[grey-place]A man with short
// cropped hair ...") when minPlaceholders lines of the page or more open
// with that name: a lazy loader's placeholder, which w3m prints before
// each picture's alt text. A picture beside its own paragraph has a name
// of its own ("[ps4dualsho]The price of one of the PS4 ..."), or one a
// few deals share ("[switchlite]" three times on a deals page), and a
// manual an icon beside each step ("[loft]Loft curves to create a
// surface"). wceb text-w3m 0.7846 -> 0.7852: a news site's technology
// page +0.21 (its alt texts), a page of services +0.03, a forum +0.01;
// its front page -0.03, whose alt texts, now pictures, interrupt the
// span where they parted it, and a page of services -0.01. With three
// lines, the deals page fell -0.06 (scrapinghub).
func (p *Page) markPlaceholders() {
	p.markShared(func(_ *Page, l *Line) string { return gluedName(l.Content) }, minPlaceholders)
}

// markShared marks as pictures the lines, but code, that name gives a
// name that least lines of the page or more share; name gives "" to a
// line it does not name. It looks at the lines a second time only when
// some name is shared so.
func (p *Page) markShared(name func(*Page, *Line) string, least int) {
	if p.names == nil {
		p.names = map[string]int{}
	}
	clear(p.names)
	most := 0
	for i := range p.Lines {
		if n := name(p, &p.Lines[i]); n != "" {
			p.names[n]++
			most = max(most, p.names[n])
		}
	}
	if most < least {
		return
	}
	for i := range p.Lines {
		l := &p.Lines[i]
		if n := name(p, l); n != "" && p.names[n] >= least && !l.Code {
			l.Image = true
		}
	}
}

// markInitials marks as pictures, in the text reading, the lines of one
// letter over a short line (maxInitialNameWords words at most, no list
// item) that opens with that letter: an avatar that shows its poster's
// initial ("E" over "Ejp55230 Discussion starter", "W" over "wolfmw"),
// which w3m and html2text print between a thread's posts; no wceb truth
// keeps such a line. A letter over a list item is an index's heading ("A"
// over "• Ada (programming language)" in an encyclopedia's category), the
// list's own structure, and stays, as do a letter over a paragraph or
// over a line that opens with another letter, and code (documentation
// truths keep a code block's one-letter lines). wceb text-h2t 0.8104 ->
// 0.8105, text-w3m 0.8020 as before: 14 pages up to +0.011 (threads of
// five forums, a shop's reviews), none down; html does not move.
func (p *Page) markInitials() {
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Code || len(l.Content) != 1 || !unicode.IsLetter(rune(l.Content[0])) {
			continue // a line of one byte is ASCII: the text is valid UTF-8
		}
		j := i + 1
		for j < len(p.Lines) && p.Lines[j].Blank {
			j++
		}
		if j == len(p.Lines) {
			continue
		}
		n := &p.Lines[j]
		if n.Code || n.Marker != source.MarkNone || n.Words > maxInitialNameWords || len(n.Content) < 2 || !strings.EqualFold(n.Content[:1], l.Content) || n.Content[1] < '0' {
			continue // a space or a stop after the letter ("E. Smith") is no name's
		}
		l.Image = true
	}
}

// maxInitialNameWords is the most words of the name under an avatar's
// initial (see markInitials).
const maxInitialNameWords = 4

// markConsent marks the lines of a consent platform's preference centre
// in a text rendering, where no class names say what they are: from a
// heading that opens one, alone on its line ("Privacy Preference Center",
// the consent-open list), to the last button that closes it ("Confirm My
// Choices", the consent-close list) within maxConsentLines lines and
// before a long stretch of lines about something else (maxConsentGap). Its
// cookie categories and their descriptions read as prose and, on a page
// whose own content is short items, outweighed it. Without a closing
// button there is no centre: a page about privacy keeps its headings.
func (p *Page) markConsent() {
	for i := 0; i < len(p.Lines); i++ {
		l := &p.Lines[i]
		if l.Blank || l.Tokens > maxConsentOpenWords || l.First&lang.Marks(lang.ConsentOpen) == 0 || !p.Lex.In(lang.ConsentOpen, l.Key, p.Lang) {
			continue
		}
		end, since := -1, 0
		for j := i + 1; j < len(p.Lines) && j <= i+maxConsentLines && since <= maxConsentGap; j++ {
			m := &p.Lines[j]
			if m.Blank {
				continue
			}
			since++
			if consentWords(m.Key) {
				since = 0
			}
			if p.closesConsent(m) {
				end = j
			}
		}
		if end < 0 {
			continue
		}
		for j := i; j <= end; j++ {
			p.Lines[j].Consent = true
		}
		i = end
	}
}

// closesConsent reports whether a line is a button that closes a
// preference centre ("Confirm My Choices"), as w3m prints it or as lynx
// does, after "(BUTTON)".
func (p *Page) closesConsent(l *Line) bool {
	if l.First&lang.Marks(lang.ConsentClose) != 0 && p.Lex.Lead(lang.ConsentClose, l.Key, p.Lang) > 0 {
		return true
	}
	rest, ok := strings.CutPrefix(l.Key, "button ")
	return ok && l.Widget && p.Lex.Lead(lang.ConsentClose, rest, p.Lang) > 0
}

// consentWords reports whether a line's key speaks of what a preference
// centre speaks of: cookies, consent, partners, vendors, privacy.
func consentWords(key string) bool {
	for _, w := range consentStems {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// consentStems are what consentWords looks for, inside words too.
var consentStems = [...]string{"cookie", "consent", "partner", "vendor", "privacy"}

// maxConsentLines is how far from the heading that opens a preference
// centre its closing button may be: a centre that lists the advertising
// vendors' purposes runs to about 200 lines. The button must come before
// a stretch of more than maxConsentGap non-blank lines that do not speak
// of cookies, consent, partners, vendors or privacy: a centre printed
// above the page's text does not take in the text up to a cookie banner
// below it. maxConsentOpenWords is the most words of the heading, as
// its key counts them: Japanese writes "プライバシー設定センター" as one.
const (
	maxConsentLines     = 300
	maxConsentGap       = 40
	maxConsentOpenWords = 6
)
