package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Date is a calendar date, written as the number YYYYMMDD; 0 is no date.
type Date uint32

// MakeDate returns the date y-m-d, or 0 when it is not a plausible date of
// a web page (a year from 1900 to 2100).
func MakeDate(y, m, d int) Date {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return Date(y*10000 + m*100 + d)
}

// String returns the date as YYYY-MM-DD, or "" for no date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return string(d.Append(nil))
}

// Append appends the date as YYYY-MM-DD to b.
func (d Date) Append(b []byte) []byte {
	n := uint32(d)
	y, m, day := n/10000, n/100%100, n%100
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10))
}

// FindDate returns the first date in s, and where it stands in s, or 0.
// It knows these forms, and tries them in this order: 2019-11-20 (and
// 2019-11-20T10:15, 2019/11/20, 2019.11.20), 2019年11月20日 (and Korean
// 2019년 11월 20일), 20.11.2019 (day first, unless the second number cannot
// be a month), November 20, 2019 (and Nov. 20th 2019),
// 20 November 2019 (and 20. November 2019, 20 de noviembre de 2019),
// 2019. november 20. (as Hungarian writes it; and Lithuanian's 2019 m.
// lapkričio 20 d.), 11/20/2019 (month first, unless the first number cannot be a month).
// For each form only its first occurrence counts: when it is not a date
// (May 40, 2019; Volume 3, 2019), the next form is tried. Month names are
// those of every lexicon. Digits may be of any script that writes its
// own ("١٢ مارس ٢٠٢٤", "২৯ আগস্ট ২০২০"): they are read as the digits
// 0-9 they stand for, and start and end are where the date stands in s.
func (x *Lexicons) FindDate(s string) (d Date, start, end int) {
	return x.FindDateIn(s, false)
}

// FindDateIn is FindDate, but where dayFirst is set it reads 12/03/2026
// day first, as it is written but in the United States: the 12th of
// March on a Portuguese, French or Russian page, unless the second
// number cannot be a month (03/25/2026).
func (x *Lexicons) FindDateIn(s string, dayFirst bool) (d Date, start, end int) {
	if t, at, ok := westernDigits(s); ok {
		if d, start, end = x.findDate(t, dayFirst); d != 0 {
			start, end = at[start], at[end]
		}
		return d, start, end
	}
	return x.findDate(s, dayFirst)
}

// findDate is FindDateIn on a string whose digits are 0-9.
func (x *Lexicons) findDate(s string, dayFirst bool) (d Date, start, end int) {
	if !hasDigitRun(s, 4) {
		return 0, 0, 0
	}
	// Every form starts with a number, but month-day-year which starts
	// with a word: the places where they start, up to the last number.
	var nbuf, wbuf [32]int32
	numbers, words := nbuf[:0], wbuf[:0]
	last := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			last = i
		}
	}
	for i := 0; i < last; i++ {
		c := s[i]
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		switch {
		case isDigit(c):
			numbers = append(numbers, int32(i))
		case isWordByte(c) || utf8.RuneStart(c) && c >= utf8.RuneSelf:
			words = append(words, int32(i)) // the forms check the boundary before a start themselves
		}
	}
	for form := range numForms {
		starts := numbers
		if form == formMonthDayYear {
			starts = words
		}
		for _, i := range starts {
			if d, end, ok := x.readForm(form, s, int(i), dayFirst); ok {
				if d != 0 {
					return d, int(i), end
				}
				break // the form's first occurrence is no date
			}
		}
	}
	return 0, 0, 0
}

// The forms of dates, in the order FindDate tries them.
const (
	formISO = iota
	formCJK
	formDotted
	formMonthDayYear
	formDayMonthYear
	formYearMonthDay
	formSlashed
	numForms
)

// readForm reads a date of the given form at s[i] (see iso); dayFirst
// is FindDateIn's.
func (x *Lexicons) readForm(form int, s string, i int, dayFirst bool) (Date, int, bool) {
	switch form {
	case formISO:
		return x.iso(s, i)
	case formCJK:
		return x.cjk(s, i)
	case formDotted:
		return x.dotted(s, i)
	case formMonthDayYear:
		return x.monthDayYear(s, i)
	case formDayMonthYear:
		return x.dayMonthYear(s, i)
	case formYearMonthDay:
		return x.yearMonthDay(s, i)
	}
	return x.slashed(s, i, dayFirst)
}

// MonthDayYearAt returns the date written as "November 20, 2019" at the
// start of s, and where it ends; or 0.
func (x *Lexicons) MonthDayYearAt(s string) (Date, int) {
	d, end, ok := x.monthDayYear(s, 0)
	if !ok {
		return 0, 0
	}
	return d, end
}

// hasDigitRun reports whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// Each form reads s at i. ok says whether it is written there in the form;
// d is 0 when what is written is not a date.

// iso reads 2019-11-20, followed by a word boundary or T, and the same
// order with slashes or dots, as East Asian sites write it: 2019/11/20,
// 2024/3/12, 2019.11.20 (with dots, two digits each for the month and
// day, so that a version such as 2023.12.1 is not read as a date).
func (x *Lexicons) iso(s string, i int) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	y, j := digits(s, i, 4, 4)
	if j < 0 || j >= len(s) {
		return 0, 0, false
	}
	switch sep := s[j]; sep {
	case '/', '.':
		least := 2
		if sep == '/' {
			least = 1
		}
		m, k := digits(s, j+1, least, 2)
		if k < 0 || !at(s, k, sep) {
			return 0, 0, false
		}
		day, e := digits(s, k+1, least, 2)
		if e < 0 || !wordEnd(s, e) {
			return 0, 0, false
		}
		return MakeDate(y, m, day), e, true
	case '-':
	default:
		return 0, 0, false
	}
	m, k := digits(s, j+1, 1, 2)
	if k < 0 || !at(s, k, '-') {
		return 0, 0, false
	}
	// The day: two digits, or one, followed by a boundary or a T.
	for n := 2; n >= 1; n-- {
		day, e := digits(s, k+1, n, n)
		if e >= 0 && (wordEnd(s, e) || at(s, e, 'T')) {
			return MakeDate(y, m, day), e, true
		}
	}
	return 0, 0, false
}

// cjk reads 2019年11月20日, as Chinese and Japanese write dates, and
// 2019년 11월 20일, as Korean does; a space is allowed around each number.
func (x *Lexicons) cjk(s string, i int) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	var n [3]int
	j := i
	for k, marks := range [3][2]string{{"年", "년"}, {"月", "월"}, {"日", "일"}} {
		j = optSpace(s, j)
		v, e := digits(s, j, 1, 4)
		if e < 0 || k == 0 && e-j != 4 || k > 0 && e-j > 2 {
			return 0, 0, false
		}
		e = optSpace(s, e)
		switch {
		case strings.HasPrefix(s[e:], marks[0]):
			e += len(marks[0])
		case strings.HasPrefix(s[e:], marks[1]):
			e += len(marks[1])
		default:
			return 0, 0, false
		}
		n[k], j = v, e
	}
	return MakeDate(n[0], n[1], n[2]), j, true
}

// dotted reads 20.11.2019, with a space allowed after each dot; day
// first, unless the second number cannot be a month (11.20.2019).
func (x *Lexicons) dotted(s string, i int) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	day, j := digits(s, i, 1, 2)
	if j < 0 || !at(s, j, '.') {
		return 0, 0, false
	}
	j = optSpace(s, j+1)
	m, k := digits(s, j, 1, 2)
	if k < 0 || !at(s, k, '.') {
		return 0, 0, false
	}
	k = optSpace(s, k+1)
	y, e := digits(s, k, 4, 4)
	if e < 0 || !wordEnd(s, e) {
		return 0, 0, false
	}
	if m > 12 {
		day, m = m, day
	}
	return MakeDate(y, m, day), e, true
}

// slashed reads 11/20/2019, month first unless the first number is over
// 12; with dayFirst, 20/11/2019, day first unless the second number is.
func (x *Lexicons) slashed(s string, i int, dayFirst bool) (d Date, end int, ok bool) {
	if !startsNumber(s, i) {
		return 0, 0, false
	}
	a, j := digits(s, i, 1, 2)
	if j < 0 || !at(s, j, '/') {
		return 0, 0, false
	}
	b, k := digits(s, j+1, 1, 2)
	if k < 0 || !at(s, k, '/') {
		return 0, 0, false
	}
	y, e := digits(s, k+1, 4, 4)
	if e < 0 || !wordEnd(s, e) {
		return 0, 0, false
	}
	if dayFirst && b <= 12 || !dayFirst && a > 12 {
		a, b = b, a
	}
	return MakeDate(y, a, b), e, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte reports whether c is an ASCII word character: a letter or a
// digit. An underscore parts words: html2text writes emphasis with it
// ("_June 3, 2024_").
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// startsNumber reports whether a number may start at i: a digit with no
// word character before it.
func startsNumber(s string, i int) bool {
	return isDigit(s[i]) && (i == 0 || !isWordByte(s[i-1]))
}

// wordEnd reports whether a word ends before i.
func wordEnd(s string, i int) bool {
	return i >= len(s) || !isWordByte(s[i])
}

func at(s string, i int, c byte) bool { return i < len(s) && s[i] == c }

// digits reads from min to max ASCII digits at i, as many as there are, and
// returns their value and where they end; or -1 when there are fewer than
// min, or digits go on after max.
func digits(s string, i, min, max int) (int, int) {
	n, j := 0, i
	for j < len(s) && isDigit(s[j]) && j-i < max {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i < min || j < len(s) && isDigit(s[j]) {
		return 0, -1
	}
	return n, j
}

// optSpace steps over one optional ASCII space character at i.
func optSpace(s string, i int) int {
	if i < len(s) && isSpace(s[i]) {
		return i + 1
	}
	return i
}

// spaces steps over one or more ASCII space characters at i.
func spaces(s string, i int) (int, bool) {
	j := i
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	return j, j > i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// ordinal steps over an ordinal suffix: English's st, nd, rd, th, and
// French's er of the first day ("1er mars 2025"), Spanish's and
// Portuguese's º ("1º de março de 2025").
func ordinal(s string, i int) int {
	for _, suffix := range [...]string{"st", "nd", "rd", "th", "er", "º"} {
		if i+len(suffix) <= len(s) && strings.EqualFold(s[i:i+len(suffix)], suffix) {
			return i + len(suffix)
		}
	}
	return i
}

// letterRun returns the run of letters, with their marks, that starts a
// word at i, and where it ends; or -1 when no word starts at i.
func letterRun(s string, i int) (string, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) {
		return "", -1
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(p) || unicode.IsDigit(p) || unicode.IsMark(p) {
			return "", -1
		}
	}
	j := i + size
	for j < len(s) {
		// A word's marks are its own: the vowel signs and viramas of
		// Devanagari ("मार्च"), of Bengali, of Thai.
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		j += size
	}
	return s[i:j], j
}
