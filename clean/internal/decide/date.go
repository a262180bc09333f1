package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// findDate is the date pass: the page's date is the one its metadata or
// a date prefix gives, else that of the date line nearest before the
// article, or of one among its first lines, else the date a byline next
// to the headline gives. A line of code gives none: a question's example,
// data = "12/03/2024", had dated a Portuguese question page.
func (d *Decider) findDate(p *Page) {
	p.Date = p.m.MetaDate
	if p.Date != "" || p.Start > p.End {
		return
	}
	date := firstDate(p, p.Start, 0, titleReach)
	if date == 0 {
		date = firstDate(p, p.Start, p.End, 5)
	}
	if date == 0 {
		date = bylineDate(p)
	}
	p.Date = date.String()
}

// firstDate returns the date of the first date line, not code, among the
// reach non-blank lines from line from towards line to, both included; 0
// if there is none. A poster's card in a thread dates when its author
// joined ("Registered: 03.01.2025", the post-meta table), not the post;
// a table's row dates a fact of the article's subject (an infobox's
// "Eröffnung | 1. März 1901"; in w3m, a web archive's row of captures
// "29 Jan 2014 - 17 Jul 2019"), not the page.
func firstDate(p *Page, from, to, reach int) lang.Date {
	dir := 1
	if to < from {
		dir = -1
	}
	for i, seen := from, 0; seen < reach && (i-to)*dir <= 0; i += dir {
		if f := p.f(i); !f.Blank {
			seen++
			if f.Date != 0 && !codeLine(p, i) && f.Table != lang.PostMeta && !tableRow(f) {
				return lineDate(p, f)
			}
		}
	}
	return 0
}

// tableRow reports whether f is a row of a table's cells: in HTML a row
// whose cells share its line ("Eröffnung | 1. März 1901"; a layout
// table's cell holds a post and its date on lines of their own), in text
// a row whose columns w3m aligns. Not measure.Line.TableRow, which also
// takes a text line with a bar beside another: "PUBLISHED: November 19,
// 2019 at 8:59 pm | UPDATED: ..." is a byline.
func tableRow(f *measure.Line) bool {
	return f.DOM.Table && strings.Contains(f.Content, " | ") || f.Aligned
}

// codeLine reports whether line i is a line of code.
func codeLine(p *Page, i int) bool { return p.f(i).Code || p.Lines[i].good == Code }

// lineDate returns the date of f, a date line, as the page's language
// writes it (see dayFirst).
func lineDate(p *Page, f *measure.Line) lang.Date {
	if !dayFirst(p) {
		return f.Date
	}
	if d, _, _ := p.m.Lex.FindDateIn(f.Text, true); d != 0 {
		return d
	}
	return f.Date
}

// dayFirst reports whether the page's language writes a date with
// slashes day first, 12/03/2026 for the 12th of March: every language
// that the cleaner reads but English, whose American pages write the
// month first (a Brazilian story's "12/03/2026 16h45" had been dated the
// 3rd of December). A page of no language (a CJK page, or one in the
// language-independent mode) is read as English is.
func dayFirst(p *Page) bool {
	return p.m.Lang != lang.None && p.m.Lex.Code(p.m.Lang) != "en"
}

// bylineDate returns the date that a line of the article's header gives
// among more words than a date line may hold: a byline ("By Jane Doe |
// March 12, 2024", "Posted by Michael Smith on November 19, 2019, 6:21
// AM EST", "2024年3月12日 10:35 来源：新华网 作者：李明"), read in the
// bylineReach lines under the headline, then in those above it (see
// aboveByline). Such a line is short and not a sentence. It must not
// read a date out of the article's prose, a caption ("... the White House
// November 1, 2019 in Washington, DC.") or a teaser far from the
// headline: it reads no paragraph of the article, no line ending with a
// full stop, none of more than maxBylineWords words, and none past the
// reach; a full stop after a time ("... at 11:04 a.m.", Thai's "10:30
// น.") ends no sentence (two scrapinghub stories, in four renderings, had
// been dated by a caption's day further down). It returns 0 when the page
// has no headline or no such line.
func bylineDate(p *Page) lang.Date {
	if p.Title < 0 {
		return 0
	}
	for _, dir := range []int{1, -1} {
		for i, seen := p.Title+dir, 0; i >= 0 && i < len(p.Lines) && seen < bylineReach; i += dir {
			f, l := p.f(i), &p.Lines[i]
			if f.Blank {
				continue
			}
			seen++
			if f.Words > maxBylineWords || f.Digits < 4 || codeLine(p, i) || f.Table == lang.PostMeta || f.End == measure.EndSentence && endsWithPeriod(f.Content) && !measure.EndsAtClock(f.Content) ||
				l.class == content && l.good == Prose ||
				dir < 0 && !aboveByline(f) {
				continue
			}
			if d, _, _ := p.m.Lex.FindDateIn(f.Text, dayFirst(p)); d != 0 {
				return d
			}
		}
	}
	return 0
}

// aboveByline reports whether f, a line above the headline, may be its
// byline: plain text, and no item of a bulleted list (a list of events or
// teasers: "• 09.05.2020 18:00 Uhr Atlantik Weine") unless it holds a
// byline word ("• By Franziska Dully 10. Februar 2019"). A numbered
// item may be a date: "1. Februar 2022".
func aboveByline(f *measure.Line) bool {
	bulleted := f.Marker == source.MarkBullet || f.Marker == source.MarkSub
	return f.Plain && (!bulleted || has(f.All, lang.BylineWords) || has(f.All, lang.BylineLabels))
}

// bylineReach is how many non-blank lines under the headline are read for
// a byline's date.
const bylineReach = 3

// maxBylineWords is the most words of a byline that gives a date.
const maxBylineWords = 20
