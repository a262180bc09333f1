package lang

import (
	"math"
	"strings"
)

// maxAgoWords is how many words, numbers aside, an entry of Ago may have:
// "il y a un jour".
const maxAgoWords = 5

// Age reads a time before now in key, a line's key (see Key): "3 days
// ago", "asked 2 years ago", "vor 3 Tagen", "il y a 2 jours", "hace una
// hora", "2 дня назад", "منذ 3 أيام", "3天前", "3h ago". It returns the
// time in seconds, the count (1 when the phrase has none, as in "an hour
// ago") times the unit of the entry of Ago the key holds, and how many of
// the key's other words are not numbers, date words or weekdays. It
// returns 0 when the key holds no such entry.
//
// Numbers are left out before an entry is looked up, and so are the digits
// that open a word: "3h" reads as "h", "3天前" as "天前". Entries are read
// on pages of every language, as month names are.
//
// A day named by its distance from today, with a time after it, is a time
// before now too (see DayWords): "Yesterday, 08:17", "Ayer a las 19:05",
// "Today at 10:22 AM", as forums head the posts of the day before and of
// the day (see timeAfter). Without a time after it the word is none:
// "Today's weather", a heading "Yesterday", "Hier 2 Zimmer ab 45 €"
// (German's "here").
func (x *Lexicons) Age(key string) (age uint32, others int) {
	var wbuf [16]string
	var nbuf, sbuf [16]int
	words, counts := wbuf[:0], nbuf[:0] // the words but numbers, and the number right before each
	seen := sbuf[:0]                    // how many numbers come before each word
	n, numbers := 0, 0
	for w := range strings.SplitSeq(key, " ") {
		d := 0
		for d < len(w) && isDigit(w[d]) {
			d++
		}
		if d > 0 {
			n = atoiCapped(w[:d])
			numbers++
		}
		if d == len(w) {
			continue
		}
		if len(words) == cap(words) {
			return 0, 0
		}
		words, counts, seen = append(words, w[d:]), append(counts, n), append(seen, numbers)
		n = 0
	}
	var pbuf [64]byte
	for i := range words {
		for k := min(maxAgoWords, len(words)-i); k > 0; k-- {
			phrase := append(pbuf[:0], words[i]...)
			for _, w := range words[i+1 : i+k] {
				phrase = append(append(phrase, ' '), w...)
			}
			unit, ok := x.Value(Ago, string(phrase))
			if !ok {
				continue
			}
			count := 1
			for _, c := range counts[i : i+k] {
				if c > 0 {
					count = c
					break
				}
			}
			return uint32(min(int64(count)*int64(unit), math.MaxUint32)), x.othersBeside(words, i, i+k)
		}
	}
	if numbers < 2 {
		return 0, 0 // no time for a day word: an hour and its minutes
	}
	for i, w := range words {
		if days, ok := x.Value(DayWords, w); ok && timeAfter(seen, numbers, i) {
			return uint32(days*secondsPerDay + 1), x.othersBeside(words, i, i+1) // today is a second before now, not none
		}
	}
	return 0, 0
}

// othersBeside counts the words of words outside words[from:to] that are
// no date words or weekdays: what a line says besides its time ago.
func (x *Lexicons) othersBeside(words []string, from, to int) int {
	n := 0
	for j, w := range words {
		if (j < from || j >= to) && !x.In(DateWords, w, None) && !x.In(Weekdays, w, None) {
			n++
		}
	}
	return n
}

// timeAfter reports whether a time follows word i of a key, as Age splits
// it: two numbers or more, an hour and its minutes, right after it or after
// up to two words ("a las 10:22"), where seen counts the numbers before
// each word and numbers all of them. One number is no time: "Hier 2
// Zimmer ab 45 €".
func timeAfter(seen []int, numbers, i int) bool {
	for k := i + 1; k <= min(i+3, len(seen)); k++ {
		n := numbers
		if k < len(seen) {
			n = seen[k]
		}
		if n > seen[i] {
			return n-seen[i] >= 2
		}
	}
	return false
}

// secondsPerDay is the unit of DayWords' values.
const secondsPerDay = 86400

// atoiCapped returns the number the digits s give, capped at a million.
func atoiCapped(s string) int {
	n := 0
	for i := 0; i < len(s) && n < 1e6; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return min(n, 1e6)
}
