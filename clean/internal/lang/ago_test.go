package lang

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAge(t *testing.T) {
	x := lexicons(t)
	const day, hour, year = 86400, 3600, 31536000
	for _, c := range []struct {
		s      string
		age    uint32
		others int
	}{
		{"3 days ago", 3 * day, 0},
		{"Asked 2 years ago", 2 * year, 1},
		{"Modified 1 year ago", year, 0}, // "modified" is a date word
		{"an hour ago", hour, 0},
		{"Last updated on Monday, 3 days ago", 3 * day, 0},
		{"3h ago", 3 * hour, 0},
		{"Posted 5 hours ago by jane_doe", 5 * hour, 3}, // by, jane, doe
		{"vor 3 Tagen", 3 * day, 0},
		{"vor einer Stunde", hour, 0},
		{"il y a 2 jours", 2 * day, 0},
		{"hace una hora", hour, 0},
		{"2 giorni fa", 2 * day, 0},
		{"há 3 dias", 3 * day, 0},
		{"5 dagen geleden", 5 * day, 0},
		{"2 dni temu", 2 * day, 0},
		{"2 дня назад", 2 * day, 0},
		{"منذ 3 أيام", 3 * day, 0},
		{"3天前", 3 * day, 0},
		{"2時間前", 2 * hour, 0},
		{"منذ يومين", 2 * day, 0},
		{"30 years ago the town was a village", 30 * year, 4},
		{"Days of future past", 0, 0},
		{"3 days", 0, 0},
		{"ago", 0, 0},
		{"", 0, 0},
	} {
		age, others := x.Age(Key(c.s))
		assert.Equal(t, c.age, age, c.s)
		assert.Equal(t, c.others, others, c.s)
	}
	age, _ := x.Age(Key("4294967295 years ago"))
	assert.Equal(t, uint32(math.MaxUint32), age, "a time too long to hold is the longest")
}

// TestAgeOfDayWords checks that a day named by its distance from today,
// with a time after it, is a time before now, in the twelve languages the
// lexicons give day words for, and that the word alone, or with no hour
// and minutes after it, is none. Romanian's and Bulgarian's times ago
// read "ieri" and "вчера" first, a day before now, with or without a time.
func TestAgeOfDayWords(t *testing.T) {
	x := lexicons(t)
	const day = 86400
	for _, c := range []struct {
		s      string
		age    uint32
		others int
	}{
		{"Yesterday at 8:17 PM", day + 1, 0}, // "at" and "pm" are date words
		{"Today, 10:22", 1, 0},
		{"Gestern, 18:42", day + 1, 0},
		{"Heute, 08:17 Uhr", 1, 0},
		{"Hier à 18:42", day + 1, 0},
		{"Ayer, 08:17 #3", day + 1, 0},
		{"Hoy a las 10:22", 1, 1},
		{"Ieri alle 18:42", day, 1},
		{"Oggi, 10:22", 1, 0},
		{"Ontem às 18:42", day + 1, 0},
		{"Hoje, 10:22", 1, 0},
		{"Gisteren om 18:42", day + 1, 1},
		{"Vandaag, 10:22", 1, 0},
		{"Wczoraj, 18:42", day + 1, 0},
		{"Dziś, 10:22", 1, 0},
		{"Вчера в 18:42", day, 1},
		{"Сегодня, 10:22", 1, 0},
		{"أمس 18:42", day + 1, 0},
		{"اليوم 10:22", 1, 0},
		{"昨天 18:42", day + 1, 0},
		{"今日 10:22", 1, 0},
		{"Yesterday", 0, 0},
		{"Today's weather", 0, 0},
		{"Today 3 new posts", 0, 0},
		{"Hier 2 Zimmer ab 45 €", 0, 0}, // German's "here": one number after it
		{"2 Zimmer hier, 45 qm", 0, 0},
	} {
		age, others := x.Age(Key(c.s))
		assert.Equal(t, c.age, age, c.s)
		assert.Equal(t, c.others, others, c.s)
	}
}

// FuzzAge checks that Age reads any key without failing, finds a time only
// where the key holds an entry of Ago or a word of DayWords, and never
// counts more other words than the key has.
func FuzzAge(f *testing.F) {
	x := seededLexicons(f, "3 days ago", "vor 3 tagen", "3天前", "99999999999 years ago", "a a a a a a a a a a a a a a a a a", "il y a un jour")
	f.Fuzz(func(t *testing.T, s string) {
		key := Key(s)
		age, others := x.Age(key)
		words := len(strings.Fields(key))
		if others > words {
			t.Fatalf("Age(%q) counts %d other words of %d", key, others, words)
		}
		if age == 0 && others != 0 {
			t.Fatalf("Age(%q) = 0 with %d other words", key, others)
		}
	})
}
