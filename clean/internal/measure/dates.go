package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// dateOfLine returns the date of a line that is a date and little else:
// "Last updated: December 29, 2021 5:53 pm", "Nov. 19, 2019 8:03 am ET",
// "20.11.2019". A sentence that mentions a date is not a date line. Its
// other words may be date words and weekdays (of any language) and
// numbers, and up to two others; up to two more dates may stand beside the
// first ("Published: ... | Updated: ...").
func (m *meter) dateOfLine(l *Line) lang.Date {
	if l.Digits < 4 || l.Words > 16 || l.End == EndSentence && l.Words > 8 && !EndsAtClock(l.Content) {
		return 0
	}
	// The whole line, not its content: "29. Dezember 2021" is not a list
	// item numbered 29.
	text := l.Text
	d, a, b := m.lex.FindDate(text)
	if d == 0 {
		return 0
	}
	// The parts of the line around its dates.
	var parts [4]string
	parts[0], parts[1] = text[:a], text[b:]
	n := 2
	for range 2 {
		found := false
		for i := 0; i < n && !found; i++ {
			if d2, a2, b2 := m.lex.FindDate(parts[i]); d2 != 0 {
				copy(parts[i+2:n+1], parts[i+1:n])
				parts[i], parts[i+1] = parts[i][:a2], parts[i][b2:]
				n++
				found = true
			}
		}
		if !found {
			break
		}
	}
	others := 0
	for _, part := range parts[:n] {
		if others += m.otherWords(part, 3-others); others > 2 {
			return 0
		}
	}
	return d
}

// otherWords counts the words of s, up to max, that are not date words,
// weekdays or numbers.
func (m *meter) otherWords(s string, max int) int {
	var buf [64]byte
	n := 0
	for i := 0; i < len(s) && n < max; {
		// The next word: a run of letters, marks and digits.
		r, size := utf8.DecodeRuneInString(s[i:])
		if !lang.IsWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !lang.IsWordRune(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		i = j
		if allDigits(w) || hourTime(w) {
			continue
		}
		k := string(lang.AppendKey(buf[:0], w))
		if !m.lex.In(lang.DateWords, k, lang.None) && !m.lex.In(lang.Weekdays, k, lang.None) {
			n++
		}
	}
	return n
}

// hourTime reports whether w is a time as French and Portuguese write
// it, hours and minutes around an "h": "10h25", "9h".
func hourTime(w string) bool {
	h := strings.IndexAny(w, "hH")
	return h > 0 && h <= 2 && len(w)-h-1 <= 2 && allDigits(w[:h]) && allDigits(w[h+1:])
}

func allDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false // digits of any script: "١٠:٣٥" is a time
		}
	}
	return true
}

// shingleLen is the number of words in a shingle.
const shingleLen = 4

// shingleSet returns the hashes of the shingles of a text: its runs of
// shingleLen words, in its key.
func shingleSet(text string) map[uint64]bool {
	set := map[uint64]bool{}
	ShingleHashes(lang.Key(text), func(h uint64) { set[h] = true })
	return set
}

// ShingleHashes calls f with the hash of each shingle of key: each run of
// shingleLen words.
func ShingleHashes(key string, f func(uint64)) {
	var starts [shingleLen]int // where the last words start
	n := 0
	for i := 0; i <= len(key); i++ {
		if i < len(key) && key[i] != ' ' {
			if i == 0 || key[i-1] == ' ' {
				copy(starts[:], starts[1:])
				starts[shingleLen-1] = i
				n++
			}
			continue
		}
		if i > 0 && key[i-1] != ' ' && n >= shingleLen {
			f(lang.HashString(key[starts[0]:i]))
		}
	}
}

// EndsAtClock reports whether s ends with a time of day and the
// abbreviation after it, whose full stop ends no sentence: "6:45 p.m.",
// "18:45 น." (Thai's "o'clock").
func EndsAtClock(s string) bool {
	rest, last, ok := cutLastWord(s)
	if !ok || !strings.HasSuffix(last, ".") || utf8.RuneCountInString(last) > len("p.m.") {
		return false
	}
	_, clock, ok := cutLastWord(rest)
	h, m, ok2 := strings.Cut(clock, ":")
	return ok && ok2 && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// cutLastWord parts s at its last space: what comes before it and the
// word after it.
func cutLastWord(s string) (before, word string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", s, s != ""
	}
	return strings.TrimRight(s[:i], " "), s[i+1:], true
}
