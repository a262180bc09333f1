package measure

import (
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The rows of tables as text renderers print them: with bars, with
// columns aligned by spaces (and the widest row of a column parted by one
// space), with cells wrapped onto a second line, or one cell to a
// paragraph (see markTableRows).

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
		c := l.Content
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

// textRuns calls f with the display column (see source.RuneColumns) at
// which each run of text in s opens, first telling whether it is the
// line's first: a run follows the indentation, or two spaces or more. It
// stops when f returns false.
func textRuns(s string, f func(col int, first bool) bool) {
	col, spaces, text := 0, 0, false
	for _, r := range s {
		if r == ' ' {
			spaces++
		} else {
			if (!text || spaces >= 2) && !f(col, !text) {
				return
			}
			spaces, text = 0, true
		}
		col += source.RuneColumns(r)
	}
}

// cellStarts appends to starts the display columns of s at which a cell
// of a table opens after a run of two spaces or more, and returns it;
// indentation opens none (see textRuns).
func cellStarts(starts []int, s string) []int {
	textRuns(s, func(col int, first bool) bool {
		if !first {
			starts = append(starts, col)
		}
		return true
	})
	return starts
}

// opensCells reports whether s has text before the first of the display
// columns starts, and a space right before each of them and a character
// other than a space at each: whether its cells line up with a row whose
// cells open there. filled reports whether a cell of s fills its column:
// whether one of the columns has text two columns before it, with the
// one space between. It is false when starts is empty.
func opensCells(s string, starts []int) (fits, filled bool) {
	if len(starts) == 0 {
		return false, false
	}
	col, k, text := 0, 0, false
	prev, prev2 := ' ', ' '
	for _, r := range s {
		if k == len(starts) {
			break
		}
		if col == starts[k] {
			if !text || prev != ' ' || r == ' ' {
				return false, false
			}
			filled = filled || prev2 != ' '
			k++
		} else if col > starts[k] {
			return false, false // a wide character spans the column
		}
		text = text || r != ' '
		prev2, prev = prev, r
		col += source.RuneColumns(r)
	}
	return k == len(starts), filled
}

// wrapsCells reports whether each run of text in s (see textRuns) opens
// at the margin or at one of the display columns starts, and one at least
// at one of them: the ends of a table row's cells that w3m wrapped onto
// the next line.
func wrapsCells(s string, starts []int) bool {
	fits, atStart := true, false
	textRuns(s, func(col int, _ bool) bool {
		switch {
		case slices.Contains(starts, col):
			atStart = true
		case col != 0:
			fits = false
		}
		return fits
	})
	return fits && atStart
}
