package lang

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The forms of dates that name their month (see FindDate): November 20,
// 2019; 20 November 2019; 2019. november 20.

// monthDayYear reads "November 20, 2019", "Nov. 20th 2019".
func (x *Lexicons) monthDayYear(s string, i int) (d Date, end int, ok bool) {
	word, j := x.nameThenSpace(s, i)
	if j < 0 {
		return 0, 0, false
	}
	day, k := dayThenSpace(s, j, ',')
	if k < 0 {
		return 0, 0, false
	}
	y, e := digits(s, k, 4, 4)
	if e < 0 || !wordEnd(s, e) {
		return 0, 0, false
	}
	return x.monthDate(word, y, day), e, true
}

// dayMonthYear reads "20 November 2019", "20. November 2019", "20th
// Nov, 2019", "20 de noviembre de 2019", "20 d'abril de 2019".
func (x *Lexicons) dayMonthYear(s string, i int) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	day, j := dayThenSpace(s, i, '.')
	if j < 0 {
		return 0, 0, false
	}
	for _, de := range []bool{true, false} {
		k := j
		if de {
			var ok bool
			if k, ok = deWord(s, k); !ok {
				if k, ok = elided(s, j); !ok {
					continue
				}
			}
		}
		word, e := letterRun(s, k)
		if e < 0 {
			continue
		}
		if w, e2, ok := x.twoWordMonth(s, k, e); ok {
			word, e = w, e2
		}
		word, e = x.dottedName(s, k, word, e)
		if at(s, e, '.') {
			e++
		}
		if at(s, e, ',') {
			e++
		}
		e, spaced := spaces(s, e)
		if !spaced {
			continue
		}
		if e2, ok := deWord(s, e); ok {
			if y, end := digits(s, e2, 4, 4); end >= 0 && wordEnd(s, end) {
				return x.monthDate(word, y, day), end, true
			}
		}
		if y, end := digits(s, e, 4, 4); end >= 0 && wordEnd(s, end) {
			return x.monthDate(word, y, day), end, true
		}
	}
	return 0, 0, false
}

// MonthDay reads s, all of it but the spaces around it, as a day of a
// month named in some lexicon, with no year: "Mar 3", "March 3rd", "3
// Mar", "3. März", "3 марта", "3 de marzo". Forum software prints a post's
// date so in the year it was written. It returns the month and the day;
// a line with more than the date is no such day ("Mar 3 and 4", "Section
// 3").
func (x *Lexicons) MonthDay(s string) (month, day int, ok bool) {
	s = strings.TrimSpace(s)
	if t, _, ok := westernDigits(s); ok {
		s = t
	}
	if word, j := x.nameThenSpace(s, 0); j >= 0 {
		if d, e := digits(s, j, 1, 2); e >= 0 && ordinal(s, e) == len(s) {
			return x.monthDay(word, d)
		}
		return 0, 0, false
	}
	if !startsNumber(s, 0) {
		return 0, 0, false
	}
	d, j := dayThenSpace(s, 0, '.')
	if j < 0 {
		return 0, 0, false
	}
	if k, ok := deWord(s, j); ok {
		j = k
	}
	word, e := letterRun(s, j)
	if e >= 0 && (e == len(s) || e == len(s)-1 && s[e] == '.') {
		return x.monthDay(word, d)
	}
	return 0, 0, false
}

// monthDay returns the month word names and day d, if it names one and d
// may be one of its days.
func (x *Lexicons) monthDay(word string, d int) (month, day int, ok bool) {
	m, ok := x.month(word)
	if !ok || d < 1 || d > 31 {
		return 0, 0, false
	}
	return m, d, true
}

// yearMonthDay reads "2024. március 12.", as Hungarian writes dates: the
// year and its dot, the month's name, the day; and "2024 m. kovo 12 d.",
// as Lithuanian does, with "m." (year) after the year. Without either
// after the year it is no date ("in 2024 March 12 ...").
func (x *Lexicons) yearMonthDay(s string, i int) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	y, j := digits(s, i, 4, 4)
	if j < 0 {
		return 0, 0, false
	}
	if at(s, j, '.') {
		j++
	} else if k, spaced := spaces(s, j); spaced && (at(s, k, 'm') || at(s, k, 'M')) && at(s, k+1, '.') {
		j = k + 2 // Lithuanian's "m." (metai, year)
	} else {
		return 0, 0, false
	}
	j, spaced := spaces(s, j)
	if !spaced {
		return 0, 0, false
	}
	word, k := x.nameThenSpace(s, j)
	if k < 0 {
		return 0, 0, false
	}
	day, e := digits(s, k, 1, 2)
	if e < 0 || !wordEnd(s, e) {
		return 0, 0, false
	}
	return x.monthDate(word, y, day), e, true
}

// twoWordMonth reads the name of a month in two words at s[i:], whose
// first word, no month's name on its own, ends at e: "كانون الثاني", as
// Levantine Arabic names January. It returns the name and where it ends;
// ok is false when the words name no month.
func (x *Lexicons) twoWordMonth(s string, i, e int) (name string, end int, ok bool) {
	if _, ok := x.month(s[i:e]); ok {
		return "", 0, false
	}
	j, spaced := spaces(s, e)
	if !spaced {
		return "", 0, false
	}
	if _, end = letterRun(s, j); end < 0 {
		return "", 0, false
	}
	if _, ok := x.month(s[i:end]); !ok {
		return "", 0, false
	}
	return s[i:end], end, true
}

// monthDate returns the date of a named month, or 0 when word is not the
// name of a month. A year past 2100 after a month named in Thai counts in
// the Buddhist era, as Thai pages write it ("12 มีนาคม 2567" is 12 March
// 2024). A month of the Solar Hijri calendar dates its day in that
// calendar ("۲۲ اسفند ۱۴۰۲" is 12 March 2024; see solarDate).
func (x *Lexicons) monthDate(word string, y, day int) Date {
	m, ok := x.month(word)
	if !ok {
		var buf [32]byte
		if m, ok = x.Value(SolarMonths, string(AppendKey(buf[:0], word))); ok {
			return solarDate(y, m, day)
		}
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(word); y > 2100 && unicode.Is(unicode.Thai, r) {
		y -= buddhistEra
	}
	return MakeDate(y, m, day)
}

// buddhistEra is how many years the Buddhist era counts before the common
// era's.
const buddhistEra = 543

// month returns the number of the month word names, if it names one.
func (x *Lexicons) month(word string) (int, bool) {
	var buf [32]byte
	return x.Value(Months, string(AppendKey(buf[:0], word)))
}

// dottedName returns the month's name that opens at i with word, which
// ends at e, when it is an abbreviation of letters each with its dot, as
// Thai writes its months ("พ.ย.", November; "มี.ค.", March): all of it,
// and where it ends. Else, and where the dotted letters name no month
// ("v.Nov. 9 2019", whose month is "Nov."), it returns word and e.
func (x *Lexicons) dottedName(s string, i int, word string, e int) (string, int) {
	if !at(s, e, '.') {
		return word, e
	}
	name, end := word, e
	for j := e + 1; ; {
		_, k := letterRun(s, j)
		if k < 0 || !at(s, k, '.') {
			break
		}
		name, end, j = s[i:k+1], k+1, k+1
	}
	if end == e {
		return word, e
	}
	if _, ok := x.month(name); !ok {
		return word, e
	}
	return name, end
}

// nameThenSpace reads a month's name at i, with the dot of its
// abbreviation ("Nov."), and the spaces after it: the name and where what
// follows starts, or -1.
func (x *Lexicons) nameThenSpace(s string, i int) (string, int) {
	word, j := letterRun(s, i)
	if j < 0 {
		return "", -1
	}
	word, j = x.dottedName(s, i, word, j)
	if at(s, j, '.') {
		j++
	}
	j, spaced := spaces(s, j)
	if !spaced {
		return "", -1
	}
	return word, j
}

// dayThenSpace reads a day of one or two digits at i, with its ordinal
// suffix ("20th") and the punctuation sep after it, if any, and the
// spaces that follow: the day and where what follows starts, or -1.
func dayThenSpace(s string, i int, sep byte) (day, j int) {
	day, j = digits(s, i, 1, 2)
	if j < 0 {
		return 0, -1
	}
	j = ordinal(s, j)
	if at(s, j, sep) {
		j++
	}
	j, spaced := spaces(s, j)
	if !spaced {
		return 0, -1
	}
	return day, j
}

// deWord reads "de" and the spaces after it: Spanish and Portuguese dates.
func deWord(s string, i int) (int, bool) {
	if i+2 <= len(s) && strings.EqualFold(s[i:i+2], "de") {
		if j, ok := spaces(s, i+2); ok {
			return j, true
		}
	}
	return i, false
}

// elided reads "d'" (or "d’"), Catalan's "de" before a vowel: "12
// d'abril de 2024".
func elided(s string, i int) (int, bool) {
	if i+1 < len(s) && (s[i] == 'd' || s[i] == 'D') {
		if s[i+1] == '\'' {
			return i + 2, true
		}
		if strings.HasPrefix(s[i+1:], "’") {
			return i + 1 + len("’"), true
		}
	}
	return i, false
}

// solarDate returns the Gregorian date of day d of month m of year y of
// the Solar Hijri calendar, or 0 outside the years firstSolarYear to
// lastSolarYear or past the month's last day. In those years the
// calendar's leap years fall where the 33-year rule puts them (see
// solarLeap), and its years open on 20 or 21 March: 1 Farvardin 1343 is
// 21 March 1964, and each date is that day and the days of the months and
// years before it.
func solarDate(y, m, d int) Date {
	if y < firstSolarYear || y > lastSolarYear || m < 1 || m > 12 || d < 1 {
		return 0
	}
	length := 31
	switch {
	case m == 12 && solarLeap(y):
		length = 30
	case m == 12:
		length = 29
	case m > 6:
		length = 30
	}
	if d > length {
		return 0
	}
	days := d - 1
	if m <= 7 {
		days += (m - 1) * 31
	} else {
		days += 6*31 + (m-7)*30
	}
	for year := firstSolarYear; year < y; year++ {
		days += 365
		if solarLeap(year) {
			days++
		}
	}
	t := time.Date(1964, time.March, 21+days, 12, 0, 0, 0, time.UTC)
	return MakeDate(t.Year(), int(t.Month()), t.Day())
}

// solarLeap reports whether year y of the Solar Hijri calendar has 366
// days: by the 33-year rule, years 1, 5, 9, 13, 17, 22, 26 and 30 of each
// cycle, which is the calendar's own from 1343 to 1472 (1964 to 2094).
func solarLeap(y int) bool {
	switch y % 33 {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return true
	}
	return false
}

// The years of the Solar Hijri calendar whose dates solarDate gives.
const (
	firstSolarYear = 1343
	lastSolarYear  = 1472
)
