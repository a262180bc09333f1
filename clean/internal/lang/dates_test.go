package lang

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindDate(t *testing.T) {
	x := lexicons(t)
	for _, c := range []struct{ s, want string }{
		{"Last updated: December 29, 2021 5:53 pm", "2021-12-29"},
		{"Nov. 19, 2019 8:03 am ET", "2019-11-19"},
		{"Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"},
		{"Veröffentlicht am 20.11.2019 um 10:15 Uhr", "2019-11-20"},
		{"29. Dezember 2021", "2021-12-29"},
		{"le 1er mars 2025", "2025-03-01"},
		{"1º de março de 2025", "2025-03-01"},
		{"2019-11-20T10:15:00Z", "2019-11-20"},
		{"5 de marzo de 2021", "2021-03-05"},
		{"发布时间：2024年3月12日 10:30", "2024-03-12"},
		{"2024 年 3 月 12 日", "2024-03-12"},
		{"2024년 3월 12일", "2024-03-12"},
		{"2024年13月12日 and 2024-03-12", "2024-03-12"},
		{"12 марта 2024 г.", "2024-03-12"},
		{"12 मार्च 2024", "2024-03-12"}, // a month's name with vowel signs and a virama
		{"१२ मार्च २०२४", "2024-03-12"}, // digits of other scripts
		{"١٢ مارس ٢٠٢٤", "2024-03-12"},
		{"٢٠٢٤-٠٣-١٢", "2024-03-12"},
		{"আজ শনিবার (২৯ আগস্ট ২০২০)", "2020-08-29"},
		{"２０２４年３月１２日", "2024-03-12"},
		{"अपडेट: 5 सितंबर 2023", "2023-09-05"},
		{"12 مارس 2024", "2024-03-12"},
		{"الثلاثاء 12 كانون الثاني 2024", "2024-01-12"}, // a Levantine month in two words
		{"5 تشرين الأول 2023", "2023-10-05"},
		{"3 غشت 2022", "2022-08-03"},                       // Maghrebi
		{"hana_green123 さん 2024/3/12 10:15", "2024-03-12"}, // year first, as Japanese writes it
		{"投稿日：2024/03/12", "2024-03-12"},
		{"2024/13/12", ""},
		{"12 มีนาคม 2567", "2024-03-12"},        // Thai, in the Buddhist era
		{"28 พ.ย. 2569 10:30 น.", "2026-11-28"}, // Thai's abbreviated month, a dot after each letter
		{"v.Nov. 9 2019", "2019-11-09"},         // dotted letters that name no month: the month after them
		{"โดย สมชาย ใจดี | 3 มี.ค. 2567", "2024-03-03"},
		{"12 มีนาคม 2024", "2024-03-12"},
		{"12 March 2567", ""},                                // the era goes with Thai names only
		{"سه\u200cشنبه ۲۲ اسفند ۱۴۰۲ - ۱۴:۳۵", "2024-03-12"}, // Persian, in the Solar Hijri calendar
		{"1 فروردین 1403", "2024-03-20"},
		{"30 اسفند 1399", "2021-03-20"}, // a leap year's last day
		{"30 اسفند 1402", ""},           // 1402 has no such day
		{"10 مهر 1402", "2023-10-02"},
		{"۱۲ ژوئن ۲۰۲۴", "2024-06-12"},       // Persian names the Gregorian months too
		{"12 مهر 1200", ""},                  // before the years of the 33-year rule
		{"12 de març de 2024", "2024-03-12"}, // Catalan
		{"Actualitzat el 5 d'octubre de 2023", "2023-10-05"},
		{"5 d’abril de 2023", "2023-04-05"},
		{"12 marca 2024", "2024-03-12"},
		{"12. marts 2024", "2024-03-12"},   // Danish
		{"3. desember 2024", "2024-12-03"}, // Norwegian
		{"12 augusti 2024", "2024-08-12"},  // Swedish
		{"Publicerad 5 maj 2024", "2024-05-05"},
		{"2024. március 12., kedd", "2024-03-12"}, // Hungarian: year first
		{"Frissítve: 2023. szept. 5. 10:35", "2023-09-05"},
		{"in 2024 March 12 ships sailed", ""},      // no dot after the year
		{"2024 m. kovo 12 d. 10:35", "2024-03-12"}, // Lithuanian
		{"12 KASIM 2024", "2024-11-12"},            // Turkish in capitals: "kasım"
		// months as they are abbreviated
		{"02 Ago 2017", "2017-08-02"},
		{"12 sept. 2024", "2024-09-12"},
		{"3 ene. 2024", "2024-01-03"},
		{"27 de Abr de 2022", "2022-04-27"},
		{"5 mrt 2024", "2024-03-05"},
		{"Mo 4. Mär 2024, 21:14", "2024-03-04"}, // German, as phpBB prints it
		{"Mo Mär 04, 2024 21:14", "2024-03-04"},
		{"4. Mrz. 2024", "2024-03-04"},
		{"12 дек 2024", "2024-12-12"},
		{"the 3rd March, 2020", "2020-03-03"},
		{"25/12/2019", "2019-12-25"},
		{"12/25/2019", "2019-12-25"},
		{"11.14.2019 09:00 AM", "2019-11-14"},
		{"by ライトハウス国際特許事務所／ 2016.12.01", "2016-12-01"},
		{"2016/12/01 10:00", "2016-12-01"},
		{"version 2023.12.1", ""},
		{"2016/12.01", ""},
		{"_June 3, 2024_", "2024-06-03"}, // html2text's emphasis
		{"__June 3, 2024 __39", "2024-06-03"},
		{"Volume 3, 2019 and March 5, 2019", ""}, // the first "Word N, YYYY" is no date
		{"2019-13-40", ""},
		{"12019-11-20", ""},
		{"no date here", ""},
	} {
		d, _, _ := x.FindDate(c.s)
		assert.Equal(t, c.want, d.String(), c.s)
	}
}

// The regexps the date reader replaced; it must read what they read.
var (
	refISO   = regexp.MustCompile(`\b(\d{4})(?:-(\d{1,2})-(\d{1,2})(?:\b|T)|/(\d{1,2})/(\d{1,2})\b|\.(\d{2})\.(\d{2})\b)`)
	refDot   = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	refSlash = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	refMDY   = regexp.MustCompile(`(?i)\b(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	refDMY   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+|d')?(\pL+)\.?,?\s+(?:de\s+)?(\d{4})\b`)
	refYMD   = regexp.MustCompile(`(?i)\b(\d{4})(?:\.|\s+m\.)\s+(\pL+)\.?\s+(\d{1,2})\b`)
)

func refFindDate(x *Lexicons, s string) string {
	ymd := func(y, m, d string) string {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		return MakeDate(yi, mi, di).String()
	}
	month := func(w string) string {
		n, ok := x.Value(Months, strings.ToLower(w))
		if !ok {
			return ""
		}
		return fmt.Sprint(n)
	}
	if m := refISO.FindStringSubmatch(s); m != nil {
		mon, day := m[2]+m[4]+m[6], m[3]+m[5]+m[7] // one pair is set
		if d := ymd(m[1], mon, day); d != "" {
			return d
		}
	}
	if m := refDot.FindStringSubmatch(s); m != nil {
		day, mon := m[1], m[2]
		if n, _ := strconv.Atoi(mon); n > 12 {
			day, mon = mon, day
		}
		if d := ymd(m[3], mon, day); d != "" {
			return d
		}
	}
	if m := refMDY.FindStringSubmatch(s); m != nil {
		if mon := month(m[1]); mon != "" {
			if d := ymd(m[3], mon, m[2]); d != "" {
				return d
			}
		}
	}
	if m := refDMY.FindStringSubmatch(s); m != nil {
		if mon := month(m[2]); mon != "" {
			if d := ymd(m[3], mon, m[1]); d != "" {
				return d
			}
		}
	}
	if m := refYMD.FindStringSubmatch(s); m != nil {
		if mon := month(m[2]); mon != "" {
			if d := ymd(m[1], mon, m[3]); d != "" {
				return d
			}
		}
	}
	if m := refSlash.FindStringSubmatch(s); m != nil {
		a, b := m[1], m[2]
		if n, _ := strconv.Atoi(a); n > 12 {
			a, b = b, a
		}
		return ymd(m[3], a, b)
	}
	return ""
}

// FuzzFindDate compares the date reader with the regexps on ASCII text,
// where their idea of a word boundary is the same.
func FuzzFindDate(f *testing.F) {
	x := seededLexicons(f, "Nov. 19, 2019", "20.11.2019", "2019-11-20T1", "5 de marzo de 2021", "1/2/2020", "x 3rd March, 2020", "2019/11/20", "2019.11.20", "11.20.2019", "2024. november 12.", "5 d'abril de 2023", "2024 m. august 12 d.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []byte(s) {
			if c >= 0x80 {
				return
			}
		}
		d, _, _ := x.FindDate(s)
		// The regexps' \b takes an underscore for a word character; the
		// date reader does not.
		if want := refFindDate(x, strings.ReplaceAll(s, "_", "#")); d.String() != want {
			t.Fatalf("FindDate(%q) = %q, regexps say %q", s, d, want)
		}
	})
}

func TestFindDateAfterPunctuation(t *testing.T) {
	x := lexicons(t)
	for s, want := range map[string]string{
		"Posted –November 5, 2021":  "2021-11-05",
		"«29 décembre 2021»":        "2021-12-29",
		"Stand: 12.03.2024, 10:00":  "2024-03-12",
		"éNovember 5, 2021 is none": "",
	} {
		d, _, _ := x.FindDate(s)
		assert.Equal(t, want, d.String(), s)
	}
}

// seededLexicons adds seeds to f's corpus and loads the lexicons, for the
// fuzz tests of what reads them.
func seededLexicons(f *testing.F, seeds ...string) *Lexicons {
	f.Helper()
	for _, s := range seeds {
		f.Add(s)
	}
	x, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	return x
}

// TestFindDateOtherDigits: a date in the digits of another script stands
// where FindDate says it does, in the string it was given.
func TestFindDateOtherDigits(t *testing.T) {
	x := lexicons(t)
	for s, want := range map[string]string{
		"نشر في ١٢ مارس ٢٠٢٤ بواسطة المحرر": "١٢ مارس ٢٠٢٤",
		"प्रकाशित: १२ मार्च २०२४, १०:३५":    "१२ मार्च २०२४",
		"Updated ２０２４-０３-１２ 10:00":          "２０２４-０３-１２",
	} {
		d, start, end := x.FindDate(s)
		if assert.Equal(t, "2024-03-12", d.String(), s) {
			assert.Equal(t, want, s[start:end], s)
		}
	}
}

// TestFindDateDayFirst: with dayFirst, a date written with slashes reads
// day first, as every language but American English writes it, unless
// its second number cannot be a month; the other forms read as ever.
func TestFindDateDayFirst(t *testing.T) {
	x := lexicons(t)
	for s, want := range map[string][2]string{ // month first, day first
		"12/03/2026 16h45":         {"2026-12-03", "2026-03-12"},
		"Publié le 05/11/2024":     {"2024-05-11", "2024-11-05"},
		"03/25/2026":               {"2026-03-25", "2026-03-25"},
		"25/03/2026":               {"2026-03-25", "2026-03-25"},
		"2024/3/12":                {"2024-03-12", "2024-03-12"},
		"Stand: 12.03.2024":        {"2024-03-12", "2024-03-12"},
		"March 12, 2026 4:45 p.m.": {"2026-03-12", "2026-03-12"},
	} {
		d, _, _ := x.FindDateIn(s, false)
		assert.Equal(t, want[0], d.String(), "month first: %s", s)
		d, _, _ = x.FindDateIn(s, true)
		assert.Equal(t, want[1], d.String(), "day first: %s", s)
	}
}

func TestMonthDay(t *testing.T) {
	x := lexicons(t)
	for s, want := range map[string][2]int{
		"Mar 3":        {3, 3},
		" March 3rd ":  {3, 3},
		"Mar. 14":      {3, 14},
		"3 Mar":        {3, 3},
		"3. März":      {3, 3},
		"12 марта":     {3, 12},
		"3 de marzo":   {3, 3},
		"28 févr.":     {2, 28},
		"١٢ مارس":      {3, 12},
		"Mar 3, 2025":  {},
		"Mar 3 and 4":  {},
		"Section 3":    {},
		"3 apples":     {},
		"Mar 32":       {},
		"March":        {},
		"3":            {},
		"Posted Mar 3": {},
	} {
		m, d, ok := x.MonthDay(s)
		assert.Equal(t, want[0] != 0, ok, s)
		assert.Equal(t, want, [2]int{m, d}, s)
	}
}
