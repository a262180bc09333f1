package decide

import "github.com/cleanseeds/cleanseeds/clean/internal/measure"

// The names of a thread's posters: the link over (or under) each post's
// date that names who wrote it, which the post-head pass keeps with the
// date (see keepPostDates).

// keepPosters keeps the poster's name over each post's date of a thread
// (see posterAbove), at the post heads heads, in HTML where the page
// marks no post's head in microdata: where it does, keepPostHeads kept
// the names it marks. A link that stands over every post (see
// posterOverAll) is no name.
//
// wceb html 0.8354 -> 0.8355 (forums 0.7470, as before to four places):
// a thread of one forum program whose truth signs each post +0.0027.
// Three threads of trafilatura's set keep their posters' names (scored by
// snippets; no score moves). No other page of any set, nor any text
// rendering, moves: a name alone on its line in text is no link.
//
// Where no name stands over a post's date, the name under it is the
// poster's (see posterBelow), as vBulletin prints a post's date over its
// card: a Spanish thread's replies had read as unsigned. The issue asks
// for each post's author; wceb html 0527, a travel forum's thread whose
// truth signs no post, falls -0.0218 (forums 0.7473 -> 0.7467), and no
// other page of any set moves.
func keepPosters(p *Page, heads []int) {
	for i := range p.m.Lines {
		if p.m.Lines[i].DOM.PostHead {
			return
		}
	}
	if posterOverAll(p, heads) {
		return
	}
	below := posterUnderAll(p, heads)
	for _, i := range heads {
		j := posterAbove(p, i)
		if j < 0 && !below {
			j = posterBelow(p, i)
		}
		if j >= 0 {
			keepPostHead(p, j)
		}
	}
}

// posterBelow returns the line of the poster's name under the date of the
// post at line i, or -1: forum software that prints a post's date over
// its poster's card (vBulletin: "14/03/2025, 20:15 #2" over "Diesel_Paco",
// "Moderador", "Mensajes 12.450") names the poster in its card's nearest
// line that is a link, of one to maxPosterWords words, before the post's
// text, read as cardName reads a card over a date: the card's title and
// counts (post-meta) are passed over; a line that is no chrome, a longer
// line, a button and the next post's head end it.
func posterBelow(p *Page, i int) int { return cardName(p, i, 1, true) }

// posterUnderAll reports whether one line stands under the date of every
// post at heads that has one there (see posterBelow), two or more: a
// button, no name.
func posterUnderAll(p *Page, heads []int) bool { return sameForAll(p, heads, posterBelow) }

// posterOverAll reports whether one line stands as the poster's name
// over every post at heads that has one (see posterAbove), two or more: a
// button that links somewhere ("Reply with quote") over each post whose
// head gives the name on the date's line ("by Minoa » Wed Aug 28, 2019")
// or under it. A poster who writes every post of a thread loses the name
// with it.
func posterOverAll(p *Page, heads []int) bool { return sameForAll(p, heads, posterAbove) }

// sameForAll reports whether the lines that find returns for the posts at
// heads, where it returns one, are one line given two or more times.
func sameForAll(p *Page, heads []int, find func(p *Page, i int) int) bool {
	var first uint64
	n := 0
	for _, i := range heads {
		j := find(p, i)
		switch {
		case j < 0:
		case n == 0:
			first, n = p.f(j).Hash, 1
		case p.f(j).Hash != first:
			return false
		default:
			n++
		}
	}
	return n >= 2
}

// posterAbove returns the line of the poster's name over the date of the
// post at line i, or -1. Forum software prints who wrote a post over its
// date, in the poster's card: an avatar, the name as a link to the
// poster's profile, then the poster's title, join date, post count and
// place ("Forenprofi", "Mitglied seit 28. Juni 2014", "Posty: 312"). The
// name went as a link, a byline or a line the page repeats (a poster who
// writes twice), and a thread's replies read as unsigned. The name is
// the card's nearest line of one to maxPosterWords words, that ends no
// sentence, that is a link and no button, up to maxPostCard lines above
// the date; an avatar's initial links too, and is passed over. A line of
// content, a longer line (a signature), a button and the post before's
// head end the card. A title or a place that links nowhere is no name.
func posterAbove(p *Page, i int) int { return cardName(p, i, -1, true) }

// cardName is posterAbove where dir is -1 and linked is set, as in HTML,
// and posterBelow where dir is 1, the card read from the date downwards.
// A text's names
// link nowhere, so there the name is the card's nearest line of one to
// maxPosterWords words over the post's date that ends no sentence and is
// neither content nor a button, and a card's line the post-meta rule
// voted against is passed over whatever the context made of it.
func cardName(p *Page, i, dir int, linked bool) int {
	for j, seen := i+dir, 0; j >= 0 && j < len(p.Lines) && seen < maxPostCard; j += dir {
		f, l := p.f(j), &p.Lines[j]
		if f.Blank {
			continue
		}
		seen++
		switch {
		case l.good == PostHead:
			return -1 // the post before's head, or the next's
		case f.Dateline() || l.bad == PostMeta && (l.class == chrome || !linked):
			continue // the card's join date, post count or title
		case linked && l.class != chrome || !linked && l.class == content,
			f.Words > maxPosterWords || f.End != measure.EndNone || rules[l.bad].button || l.bad == ButtonRow:
			return -1 // the post before, its signature or its buttons
		case (f.Alpha > 0 || f.CJK > 0) && f.Chars >= 2 && (!linked || f.Links*10 >= f.Chars*9): // a name in letters, Chinese ones too: "小番茄"
			return j
		}
	}
	return -1
}

// firstPoster returns the line of the first post's poster's name, over
// the first post's date at heads[0] that the span was widened to, or -1:
// where every later post at heads has a name over its date as well (see
// cardName, linked in HTML), the first post's is its poster's
// too, if only strong chrome stands between it and the date (the poster's
// title and counts, which go). A thread in text had signed every reply
// but its opening post ("pedal_pusher" over "2 May 2024 at 09:12"), and so
// had one in HTML whose posts' dates give no year ("kmarsh" over "Mar 3").
// In HTML a link over every post is no name (see posterOverAll).
func firstPoster(p *Page, heads []int) int {
	if len(heads) < 2 || p.m.HTML && posterOverAll(p, heads) {
		return -1
	}
	for _, i := range heads[1:] {
		if cardName(p, i, -1, p.m.HTML) < 0 {
			return -1
		}
	}
	j := cardName(p, heads[0], -1, p.m.HTML)
	for k := j + 1; j >= 0 && k < heads[0]; k++ {
		if l := &p.Lines[k]; !p.f(k).Blank && !(l.class == chrome && l.strong) {
			return -1 // widened over, it would stay: an avatar's caption, a count
		}
	}
	return j
}

// maxPosterWords is the most words of a poster's name over a post's date
// (see posterAbove).
const maxPosterWords = 3

// maxPostCard is the most lines of a poster's card, from its name to the
// post's date, that posterAbove reads.
const maxPostCard = 12
