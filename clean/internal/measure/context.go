package measure

import (
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// derive measures what depends on the page, once its lines are measured:
// in the text reading, its blocks of code and its lazy loaders'
// placeholders (see markPlaceholders); the cards of its grid, where the
// front end found no items (text has none); the rows of its tables; its
// language and each line's stopwords in it; the lines it repeats; in the
// text reading, its consent centre and its pictures' alt texts that name
// their kind (see markPictureNames); and the chrome phrases lines match in
// its language, with a count in brackets after them or not (see
// withoutCount). When p is a view of src,
// from[i] is the line of src that line i prints, or -1: in the same
// language, a line with that line's content has its stopwords and phrase.
func (p *Page) derive(textReading bool, src *Page, from []int) {
	if textReading {
		p.markCode()
		p.markPlaceholders()
	}
	if !p.hasItems() {
		p.markCards() // a text's grid, or one the DOM did not show as like elements
	}
	p.markTableRows()
	p.pickLanguage()
	p.markContents()
	p.countRepeats()
	if textReading {
		p.markConsent()
		p.markPictureNames()
	}
	same := src != nil && src.Lang == p.Lang
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		if same {
			if j := from[i]; j >= 0 && src.Lines[j].Content == l.Content {
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
		}
		l.Table = p.table(l)
	}
	if textReading {
		p.markCardFields()
	}
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

// markTableRows marks the rows of tables that text shows with bars ("Name
// | Age", html2text's and the HTML front end's cells; w3m's "│Name│Age│"
// and the borders between its rows): lines with a bar, next to a line
// without a blank between them that has as many, or in a run of three or
// more lines with bars: a table whose cells span rows has rows of unequal
// counts (a list of laureates by year, wceb html and text-h2t +0.04 on that
// page; four other pages move by 0.001 or less, no page of scrapinghub or
// trafilatura), and its rows are no menu.
func (p *Page) markTableRows() {
	// beside reports whether the line before or after line i, with no
	// blank line between them, has n by count.
	beside := func(i, n int, count func(*Line) int) bool {
		if i > 0 && !p.Lines[i].Gap && !p.Lines[i-1].Blank && count(&p.Lines[i-1]) == n {
			return true
		}
		return i+1 < len(p.Lines) && !p.Lines[i+1].Gap && !p.Lines[i+1].Blank && count(&p.Lines[i+1]) == n
	}
	bars := func(l *Line) int { return l.bars }
	cols := func(l *Line) int { return l.cols }
	gaps, barred := false, false // some line has wide gaps, some a bar
	for i := range p.Lines {
		l := &p.Lines[i]
		l.TableRow, l.Aligned = false, false
		if l.Blank {
			continue
		}
		if n := l.bars; n > 0 {
			barred = true
			l.TableRow = beside(i, n, bars) || inBarRun(p.Lines, i)
		}
		if n := l.cols; n > 0 && !l.TableRow {
			gaps = true
			l.Aligned = beside(i, n, cols)
			l.TableRow = l.Aligned
		}
	}
	if barred {
		p.markExplodedTables()
	}
	if !gaps {
		return // no row of wide gaps, which the passes below start from
	}
	p.markWrappedRows()
	if p.markWidestRows() {
		p.markWidestRows() // a widest row over the rows the first pass found
	}
}

// markExplodedTables marks the rows of tables that html2text printed one
// cell to a paragraph, as it prints a table whose cells hold paragraphs:
// each cell on its own lines, a bar alone on a line between two cells
// ("Feature", "|", "Google Gemini (Frontier LLM)", "|", ...), and the
// header's rule ("---|---|---") under the first row. From the cell before
// the first such bar to the cell after the last, with at most
// maxExplodedGap lines from one bar or rule to the next, every line is a
// row of the table, blank lines too, so that the span may go on over it
// (see decide's tableAfter); a run needs the header's rule and two bars:
// without the rule, bars alone on their lines part a list of tags
// ("Extradición JOH", "|", "Narcotráfico JOH", ...). A comparison table
// after an article's last paragraph had been cut from it.
func (p *Page) markExplodedTables() {
	lone := func(l *Line) (bar, rule bool) {
		if l.bars == 0 {
			return false, false
		}
		c := strings.TrimSpace(l.Text)
		if c == "|" {
			return true, false
		}
		return false, len(c) >= 5 && strings.Trim(c, "-|: ") == "" && strings.Contains(c, "|") && strings.Contains(c, "---")
	}
	for i := 0; i < len(p.Lines); i++ {
		bar, rule := lone(&p.Lines[i])
		if !bar && !rule {
			continue
		}
		first, last, bars, rules := i, i, 0, 0
		for j := i; j < len(p.Lines) && j-last <= maxExplodedGap; j++ {
			if b, r := lone(&p.Lines[j]); b || r {
				last = j
				if b {
					bars++
				} else {
					rules++
				}
			}
		}
		if rules == 0 || bars < 2 {
			i = last
			continue
		}
		if k := p.nonBlankNear(first, -1); k >= 0 {
			first = k
		}
		if k := p.nonBlankNear(last, 1); k >= 0 {
			last = k
		}
		for k := first; k <= last; k++ {
			p.Lines[k].TableRow = true
		}
		i = last
	}
}

// nonBlankNear returns the line of text within two lines of line i in
// direction dir, or -1.
func (p *Page) nonBlankNear(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(p.Lines) && (j-i)*dir <= 2; j += dir {
		if !p.Lines[j].Blank {
			return j
		}
	}
	return -1
}

// maxExplodedGap is the most lines from one bar or rule of an exploded
// table to the next (see markExplodedTables).
const maxExplodedGap = 6

// markWrappedRows marks the rows of w3m's tables whose cells wrap: a row
// of wide gaps (see Line.cols), a line under it whose every run of text
// opens where a cell of the row opens (the wrapped cells' ends: "(#212)
// ... Commits", "... ago"), then a row whose cells open where the first
// row's do. The two rows and the line between are rows of one table. A
// line of prose under a row opens at the margin, where no cell does.
func (p *Page) markWrappedRows() {
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.cols == 0 || l.TableRow && !l.Aligned || !p.joined(i) || !p.joined(i+1) {
			continue
		}
		cont, next := &p.Lines[i+1], &p.Lines[i+2]
		if next.cols == 0 || next.TableRow && !next.Aligned || cont.TableRow && !cont.Aligned {
			continue
		}
		if cont.Alpha+cont.Digits == 0 {
			continue
		}
		starts := cellStarts(p.cells[0][:0], l.Text)
		nextStarts := cellStarts(p.cells[1][:0], next.Text)
		p.cells[0], p.cells[1] = starts, nextStarts
		if !slices.Equal(starts, nextStarts) || !wrapsCells(cont.Text, starts) {
			continue
		}
		for _, r := range []*Line{l, cont, next} {
			r.Aligned, r.TableRow = true, true
		}
	}
}

// markWidestRows marks as aligned rows the lines of w3m's tables that
// fill a column: w3m pads each cell to its column's width and parts the
// columns by one space, so the row whose cell is its column's widest has
// no run of two spaces there ("Trọng lượng 4,8 kg" between " Nhiệt độ
// 80 – 200 °C" and "  Xuất xứ   Trung Quốc"), and a specification table
// read as text lost it and the rows under it. Such a line opens a cell,
// after one space, at each column where the aligned rows beside it, with
// no blank line between, open one (see opensCells); where no row beside
// it is aligned, the lines on both sides must open their cells at the
// same columns, and are rows with it (a table of three rows, the widest
// in the middle). A row right over it or under it that lines up with the
// aligned rows is one too, whatever its gaps: a table's first row, over
// its widest, stands beside no row with as many gaps. A line of prose
// under a table is a row by this only where one of its words ends one
// column before each of the table's columns and another opens at it. It
// reports whether it marked a row: a second pass finds a widest row over
// those (a Hindi table's first row, over a widest row between two rows).
func (p *Page) markWidestRows() (marked bool) {
	var run []int   // where the cells of the rows right above open, once asked
	from := -1      // the aligned row right above whose cells make run, or -1
	widest := false // the line above is a row that fills a column, marked here
	for i := range p.Lines {
		l := &p.Lines[i]
		if !p.joined(i-1) || l.Blank || l.Code || l.TableRow && !l.Aligned {
			run, from, widest = nil, -1, false
		}
		if l.Blank || l.Code || l.TableRow {
			if l.Aligned {
				run, from, widest = nil, i, false
			}
			continue
		}
		if from >= 0 && run == nil {
			run = cellStarts(p.cells[0][:0], p.Lines[from].Text)
			p.cells[0] = run
		}
		above, below := run, []int(nil)
		if p.joined(i) && p.Lines[i+1].Aligned {
			below = cellStarts(p.cells[1][:0], p.Lines[i+1].Text)
			p.cells[1] = below
		}
		pair := above == nil && below == nil
		if pair {
			if !p.joined(i-1) || !p.joined(i) || !p.looseRow(i-1) || !p.looseRow(i+1) {
				continue
			}
			above, below = cellStarts(p.cells[0][:0], p.Lines[i-1].Text), cellStarts(p.cells[1][:0], p.Lines[i+1].Text)
			p.cells[0], p.cells[1] = above, below
			if !slices.Equal(above, below) {
				continue
			}
		}
		fits, filled := true, false
		for _, starts := range [][]int{above, below} {
			if fits && starts != nil {
				f, fl := opensCells(l.Text, starts)
				fits, filled = f, filled || fl
			}
		}
		if !fits || !filled && !widest {
			run, from, widest = nil, -1, false
			continue
		}
		l.Aligned, l.TableRow, marked = true, true, true
		if pair {
			for _, r := range []*Line{&p.Lines[i-1], &p.Lines[i+1]} {
				r.Aligned, r.TableRow = true, true
			}
		}
		if above == nil {
			above = below
			if p.joined(i-1) && p.looseRow(i-1) && slices.Equal(cellStarts(p.cells[0][:0], p.Lines[i-1].Text), below) {
				p.Lines[i-1].Aligned, p.Lines[i-1].TableRow = true, true // the row over it, the table's first
			}
		}
		p.cells[0] = append(p.cells[0][:0], above...) // above may be cells[1], which the next line's below reuses
		run, from, widest = p.cells[0], i, filled
	}
	return marked
}

// joined reports whether lines i and i+1 are both lines of text, with no
// blank line or block boundary between them.
func (p *Page) joined(i int) bool {
	return i >= 0 && i+1 < len(p.Lines) && !p.Lines[i].Blank && !p.Lines[i+1].Blank && !p.Lines[i+1].Gap
}

// looseRow reports whether line i has gaps between columns (see
// Line.cols) but was found to be no row of a table.
func (p *Page) looseRow(i int) bool {
	return !p.Lines[i].TableRow && p.Lines[i].cols > 0
}

// inBarRun reports whether line i is one of minBarRun or more adjacent
// lines with bars, without a blank between them. It reads at most
// minBarRun-1 lines on each side: a page of thousands of such lines whose
// counts differ would otherwise be read once for each of them.
func inBarRun(lines []Line, i int) bool {
	n := 1
	for j := i - 1; n < minBarRun && j >= 0 && !lines[j+1].Gap && !lines[j].Blank && lines[j].bars > 0; j-- {
		n++
	}
	for j := i + 1; n < minBarRun && j < len(lines) && !lines[j].Gap && !lines[j].Blank && lines[j].bars > 0; j++ {
		n++
	}
	return n >= minBarRun
}

// minBarRun is how many adjacent lines with bars make a table, whatever
// their counts.
const minBarRun = 3

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
// one.
func (p *Page) markContents() {
	for i := range p.Lines {
		if !p.contentsLabel(&p.Lines[i]) {
			continue
		}
		p.Lines[i].ContentsLabel = true
		lead, items := 0, 0
	entries:
		for j := i + 1; j < len(p.Lines); j++ {
			o := &p.Lines[j]
			switch {
			case o.Blank:
			case o.Marker != source.MarkNone && !p.contentsLabel(o):
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

// markPictureNames marks as pictures, in the text reading, the short
// lines that name a picture by its kind ("Salesforce Logo", "arrow icon",
// "personal trainer headshot", "Jane Doe Submitted photo": the
// picture-words list, last), when minPictureNames lines of the page or
// more name the same kind: a wall of customers' logos, a grid of icons, a
// page of trainers' headshots or of readers' photos, whose alt texts or
// captions w3m prints as lines of their own. They read as short titles,
// which the article kept where they stood inside it, and which parted its
// sections. A heading that ends so ("Why we changed our logo") comes
// alone, a line that ends a sentence is no alt text, and two comments in
// a script ("# ROOT IMAGE") are not three. wceb text-w3m 0.7855 -> 0.7863
// (service 0.8056 -> 0.8114): thirteen pages of thirteen sites rise (a
// short page of services +0.25, whose span held twelve customers' logos;
// the others +0.0005 to +0.021), and one of them in text-h2t, none falls;
// scrapinghub rises in text-h2t (0.9355 -> 0.9357), text-htmltext and
// html (+0.0001): a news page's list of names, each with its "Submitted
// photo", +0.029 in each. Counted over all kinds together, three lines
// could be two comments in a script and a photo: a question page fell
// -0.003; "picture" as a kind lost a page -0.008.
func (p *Page) markPictureNames() {
	p.markShared((*Page).pictureKind, minPictureNames)
}

// pictureKind returns the kind of picture that l names if it may be a
// picture's alt text that names it (see markPictureNames): two to
// maxPictureName words, no sentence, no code, its last word an entry of
// the picture-words list; else "".
func (p *Page) pictureKind(l *Line) string {
	if l.Words < 2 || l.Words > maxPictureName || l.End == EndSentence || l.Code || l.All&lang.Marks(lang.PictureWords) == 0 {
		return ""
	}
	last := l.Key[strings.LastIndexByte(l.Key, ' ')+1:]
	if !p.Lex.In(lang.PictureWords, last, p.Lang) {
		return ""
	}
	return last
}

// minPictureNames is how many lines must name one kind of picture for
// markPictureNames to read them as pictures, and maxPictureName the most
// words of such a line.
const (
	minPictureNames = 3
	maxPictureName  = 6
)

// minPlaceholders is how many lines must open with one picture's name for
// markPlaceholders to read it as a placeholder.
const minPlaceholders = 5

// gluedName returns the bracketed name that opens s when text follows it
// without a space, or "".
func gluedName(s string) string {
	if len(s) < 4 || s[0] != '[' {
		return ""
	}
	j := strings.IndexByte(s, ']')
	if j < 2 || j > 20 || j+1 >= len(s) || strings.ContainsAny(s[1:j], " [") {
		return ""
	}
	if c := s[j+1]; c == ' ' || c == '(' || c == '[' || c == ']' {
		return ""
	}
	return s[1:j]
}

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
			if m.First&lang.Marks(lang.ConsentClose) != 0 && p.Lex.Lead(lang.ConsentClose, m.Key, p.Lang) > 0 {
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
