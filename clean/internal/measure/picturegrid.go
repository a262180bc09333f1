package measure

// markPictureGrid finds, in the text reading, a grid of items that each
// give a picture and then a title, as w3m prints a recipe site's or a
// shop's cards: the picture's alt text on a line of its own, often given
// twice (an image and its lazy loader's copy) or a file name where the
// alt text is missing, over the item's title. Those alt texts that are
// no picture by their look ("A white bowl of penne alla vodka sprinkled
// with cheese") had read as the page's prose, and its titles, short lines
// between them, as the lines between pictures that the classifier drops:
// a recipe listing kept its alt texts and lost its recipes. It marks
// each alt text of the grid a picture, and each item (its picture and
// its title) DOM.Record, numbered after the page's other items, so that
// the grid reads as a DOM's items.
//
// A grid is a run of minGridItems pairs of non-blank lines or more, a
// picture's then a title's, in which half the pictures or more look like
// pictures (Line.Image or Line.File), three of them or more right after
// another, and whose titles hold minGridTitleWords words each on average;
// a run ends at a title that is a sentence, is longer than
// maxGridTitleWords words or looks like a picture, at a picture's line
// longer than maxGridAltWords words that does not look like one, at a
// line of code or of another item, or where the two lines are set out
// differently. The run is read from its first picture: where a line that
// may be a title stands right over it, the titles may come over their
// pictures, and the grid ends at its last picture, whose title is left to
// the other rules, lest it take in the line after (a footer's heading).
//
// It must not take in: pictures between a page's paragraphs (one picture
// and a paragraph, and another, are no two lines each); a row of
// categories under their pictures ("Websites", "Social media", "Icons":
// one or two words, the tiles of a menu); pictures that come every third
// or fourth line (a picture, its title, its summary, "Learn more": the
// alt texts between are no picture's); rule labels between a reference's
// sentences ("[expr.loop.break-label]" over "All four types of loop
// support break expressions.").
//
// wceb text-w3m: a recipe listing 0.318 -> 0.908 (its HTML 0.856); no
// other output of the benchmarks' pages and renderings changes, nor of
// the manuals, man pages and typed documents.
func (p *Page) markPictureGrid() {
	lines := p.grid[:0] // the non-blank lines
	for i := range p.Lines {
		if !p.Lines[i].Blank {
			lines = append(lines, i)
		}
	}
	p.grid = lines
	items := -1 // the page's items, counted once a grid is found
	for s := 0; s+1 < len(lines); {
		if !picture(&p.Lines[lines[s]]) {
			s++
			continue
		}
		// The run's pairs from s, up to the last whose picture looks like
		// one: the grid ends at a picture.
		e, n, pics, adjacent, words := s, 0, 0, 0, 0
		run, runWords, prev := 0, 0, false
		for k := s; k+1 < len(lines); k += 2 {
			a, t := &p.Lines[lines[k]], &p.Lines[lines[k+1]]
			pic := picture(a)
			if !gridItem(a, pic, t) {
				break
			}
			run, runWords = run+1, runWords+t.Words
			if pic {
				if prev {
					adjacent++
				}
				e, n, words, pics = k+2, run, runWords, pics+1
			}
			prev = pic
		}
		if n >= minGridItems && 2*pics >= n && adjacent >= minGridItems-1 && words >= minGridTitleWords*n {
			if items < 0 {
				items = p.maxRecord()
			}
			// Titles come under their pictures where no title stands over
			// the first.
			under := s == 0 || !gridTitle(&p.Lines[lines[s-1]])
			for k := s; k < e; k += 2 {
				items++
				a := &p.Lines[lines[k]]
				a.Image, a.DOM.Record = true, items
				if k+2 < e || under {
					p.Lines[lines[k+1]].DOM.Record = items
				}
			}
		}
		s = max(e, s+1) // a run's later pictures open no other
	}
}

// maxRecord returns the greatest DOM.Record of the page's lines: the
// number of its items.
func (p *Page) maxRecord() int {
	n := 0
	for i := range p.Lines {
		n = max(n, p.Lines[i].DOM.Record)
	}
	return n
}

// gridItem reports whether a, then t, may be an item of a picture grid
// (see markPictureGrid): a picture's line and a title's; pic is whether a
// looks like a picture.
func gridItem(a *Line, pic bool, t *Line) bool {
	switch {
	case !gridTitle(t):
		return false
	case !pic && a.Words > maxGridAltWords:
		return false
	case a.Code, t.Code, a.Marker != t.Marker, a.DOM.Record > 0, t.DOM.Record > 0:
		return false
	}
	return true
}

// gridTitle reports whether l may be the title of an item of a picture
// grid: no picture, no sentence, from one to maxGridTitleWords words.
func gridTitle(l *Line) bool {
	return !picture(l) && l.Words > 0 && l.Words <= maxGridTitleWords && l.End != EndSentence
}

// picture reports whether l looks like a rendered picture: an alt text in
// brackets or given twice, an address or a file name (see Line.Image and
// PictureFile).
func picture(l *Line) bool { return l.Image || l.File }

const (
	minGridItems      = 4  // the fewest items of a picture grid
	minGridTitleWords = 3  // the fewest words of its titles, on average
	maxGridTitleWords = 16 // the most words of a title of the grid
	maxGridAltWords   = 40 // the most words of an alt text that does not look like a picture
)
