package decide

import (
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// datesAfter widens the span over the schedule right below its last line,
// or below a heading right below it ("The Doobie Brothers Tour Dates"):
// minSchedule lines or more, with no blank line between them, each naming
// a day of a month among its first words ("June 9 – West Palm Beach, FL
// @ Coral Sky Amphitheatre", "5a etapa: 20 de maio – Santa Cruz do
// Sul"). Read as fragments, such rows had stayed out of the span that
// ends at the story's last paragraph: a music story's thirty tour dates
// (scrapinghub text-w3m and text-htmltext 0.756 -> 1.0, text-h2t 0.732
// -> 0.981; under lynx 0.81 -> 0.91, and another story 0.83 -> 0.99); no
// other page of any set or rendering moves. A sidebar's events stand
// apart from the article, under chrome.
func datesAfter(p *Page) {
	i := lineBelow(p)
	if i < 0 {
		return
	}
	if !scheduleRow(p, i) {
		f := p.f(i)
		if f.Words > maxScheduleHead || f.End == measure.EndSentence || p.Lines[i].class == chrome && p.Lines[i].strong {
			return
		}
		if i = p.nonBlank(i+1, 1); i < 0 {
			return
		}
	}
	last, rows := -1, 0
	for j := i; j < len(p.Lines) && scheduleRow(p, j); j++ {
		last, rows = j, rows+1
	}
	if rows >= minSchedule {
		widenEndTo(p, last)
	}
}

// scheduleRow reports whether line i is a row of a schedule (see
// datesAfter): no strong chrome, maxScheduleWords words or fewer, and
// among its first scheduleLead words a month's name with a day's number
// right after it or one of the two words before it.
func scheduleRow(p *Page, i int) bool {
	f, l := p.f(i), &p.Lines[i]
	if f.Blank || f.Digits == 0 || f.Words > maxScheduleWords || l.class == chrome && l.strong {
		return false
	}
	var prev, prev2 string
	n := 0
	for w := range strings.SplitSeq(f.Key, " ") {
		if n++; n > scheduleLead || w == "" {
			return false
		}
		// "June 9", "9 June", "20 de maio"
		if isDay(w) && isMonth(p, prev) || isMonth(p, w) && (isDay(prev) || isDay(prev2)) {
			return true
		}
		prev, prev2 = w, prev
	}
	return false
}

// isDay reports whether w is a day's number: one or two digits.
func isDay(w string) bool {
	return len(w) > 0 && len(w) <= 2 && isDigit(w[0]) && (len(w) == 1 || isDigit(w[1]))
}

// isMonth reports whether w, a word of a key, names a month.
func isMonth(p *Page, w string) bool {
	if w == "" {
		return false
	}
	_, ok := p.m.Lex.Value(lang.Months, w)
	return ok
}

// The shape of a schedule (see datesAfter): the fewest rows, the most
// words of a row and of the heading over it, and how many words open a
// row with its day.
const (
	minSchedule      = 5
	maxScheduleWords = 16
	maxScheduleHead  = 8
	scheduleLead     = 6
)
