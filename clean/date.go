package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// monthNames maps month names and their usual abbreviations to month
// numbers: English, German, French, Spanish, Italian, Dutch, Portuguese.
var monthNames = map[string]int{
	// en
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// de
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6,
	"juli": 7, "oktober": 10, "dezember": 12, "okt": 10, "dez": 12,
	// fr
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
	"août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	// es
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
	"noviembre": 11, "diciembre": 12,
	// it
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
	"luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
	// nl
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// pt
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
	"julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}

// dateFillers are the words that surround a date on a date line: labels,
// times, time zones and weekdays (English, German, French, Spanish).
var dateFillers = map[string]bool{
	"a": true, "am": true, "at": true, "p": true, "m": true, "pm": true,
	"last": true, "updated": true, "update": true, "published": true, "posted": true,
	"modified": true, "on": true, "date": true, "et": true, "est": true, "edt": true,
	"cet": true, "cest": true, "gmt": true, "utc": true, "bst": true, "pst": true,
	"pdt": true, "cst": true, "cdt": true, "aest": true, "uhr": true, "um": true,
	"stand": true, "veröffentlicht": true, "aktualisiert": true, "le": true,
	"à": true, "publié": true, "mis": true, "jour": true, "h": true, "de": true,
	"del": true, "el": true, "actualizado": true, "publicado": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true,
	"freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true,
	"viernes": true, "sábado": true, "domingo": true,
}

// The date patterns, tried in order.
var (
	isoDate   = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)`)
	dotDate   = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	slashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	mdyDate   = regexp.MustCompile(`(?i)\b(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyDate   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\pL+)\.?,?\s+(?:de\s+)?(\d{4})\b`)
)

// findDate returns the first date in s as YYYY-MM-DD, and where it stands in
// s, or "" when there is none. Slashed dates are read as month/day/year
// unless the first number cannot be a month.
func findDate(s string) (date string, at [2]int) {
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		if d := ymd(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); d != "" {
			return d, [2]int{m[0], m[1]}
		}
	}
	if m := dotDate.FindStringSubmatchIndex(s); m != nil {
		if d := ymd(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); d != "" {
			return d, [2]int{m[0], m[1]}
		}
	}
	if m := mdyDate.FindStringSubmatchIndex(s); m != nil {
		if mon, ok := monthNames[strings.ToLower(s[m[2]:m[3]])]; ok {
			if d := ymd(s[m[6]:m[7]], strconv.Itoa(mon), s[m[4]:m[5]]); d != "" {
				return d, [2]int{m[0], m[1]}
			}
		}
	}
	if m := dmyDate.FindStringSubmatchIndex(s); m != nil {
		if mon, ok := monthNames[strings.ToLower(s[m[4]:m[5]])]; ok {
			if d := ymd(s[m[6]:m[7]], strconv.Itoa(mon), s[m[2]:m[3]]); d != "" {
				return d, [2]int{m[0], m[1]}
			}
		}
	}
	if m := slashDate.FindStringSubmatchIndex(s); m != nil {
		a, b := s[m[2]:m[3]], s[m[4]:m[5]]
		if n, _ := strconv.Atoi(a); n > 12 {
			a, b = b, a
		}
		if d := ymd(s[m[6]:m[7]], a, b); d != "" {
			return d, [2]int{m[0], m[1]}
		}
	}
	return "", [2]int{}
}

// ymd formats a date from its decimal parts, or returns "" if it is not a
// plausible date of a web page.
func ymd(year, month, day string) string {
	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// dateOfLine returns the date of a line that is a date and little else:
// "Last updated: December 29, 2021 5:53 pm", "Nov. 19, 2019 8:03 am ET",
// "20.11.2019". A sentence that mentions a date is not a date line.
func dateOfLine(l *line) string {
	if l.digits < 4 || l.words > 16 || l.end == endSentence && l.words > 8 {
		return ""
	}
	// The whole line, not its content: "29. Dezember 2021" is not a list
	// item numbered 29.
	text := l.text[l.lift:]
	d, at := findDate(text)
	if d == "" {
		return ""
	}
	rest := text[:at[0]] + " " + text[at[1]:]
	for range 2 { // "Published: ... | Updated: ...": other dates are fillers too
		_, at2 := findDate(rest)
		if at2[1] <= at2[0] {
			break
		}
		rest = rest[:at2[0]] + " " + rest[at2[1]:]
	}
	others := 0
	key, _ := keyOf(rest, nil)
	for w := range strings.SplitSeq(key, " ") {
		if w == "" || dateFillers[w] || strings.Trim(w, "0123456789") == "" {
			continue
		}
		if others++; others > 2 {
			return ""
		}
	}
	return d
}

// hasDate reports whether s holds a date anywhere.
func hasDate(s string) bool {
	d, _ := findDate(s)
	return d != ""
}
