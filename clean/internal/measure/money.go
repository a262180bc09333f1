package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a line says of money: whether it states a price (see priceLine),
// opens with one, or names a currency, in signs or in letters. The cards
// of a grid end at their price lines (see markCards).

// priceLine reports whether l is a short line that states an amount of
// money: a currency sign next to a number ("$36", "79,00 €", "€ 17",
// "XS • 118ml $29.95"), or a currency written in letters (see
// currencyAmount).
func priceLine(l *Line) bool {
	if l.Digits == 0 || l.Words > maxPriceWords {
		return false
	}
	if l.Punct&PunctMoney == 0 {
		return currencyAmount(l.Content) || l.CJK > 0 && cjkAmounts(l.Content)
	}
	s := l.Content
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		// A quote, a slash or an equals sign before a dollar sign makes it
		// a shell's or a template's variable: "$1", /dev/mapper/$1, x=$1.
		variable := r == '$' && i > 0 && strings.IndexByte(`"'/=`, s[i-1]) >= 0
		if !variable && (r == '$' || r >= utf8.RuneSelf && unicode.Is(unicode.Sc, r)) && (digitAfter(s[i+size:]) || digitBefore(s[:i])) {
			return true
		}
		i += size
	}
	return false
}

// opensWithAmount reports whether s opens with an amount of money: a
// currency sign then a number ("$449.99 was $579.00", "R$ 189,90 à
// vista": a dollar's letters are its sign), or a number then a
// sign ("1 150 € / mois charges comprises") or a currency written in
// letters ("349 ر.س", "4.299 TL": see currencyAmount). That is a card's
// or a product's price, which
// a reading of a listing's output had lifted as its headline; no truth
// title of the benchmarks opens so. It reads the line's text as priceLine
// does its signs.
func opensWithAmount(s string) bool {
	if n := DollarPrefix(s); n > 0 {
		s = s[n-1:] // "R$ 189,90", "US$ 12": a dollar's letters and its sign
	}
	r, size := utf8.DecodeRuneInString(s)
	if unicode.Is(unicode.Sc, r) {
		rest := strings.TrimLeft(s[size:], " ")
		return rest != "" && isDigitByte(rest[0])
	}
	i := 0
	for i < len(s) && (isDigitByte(s[i]) || i > 0 && strings.IndexByte(" .,'", s[i]) >= 0) {
		i++
	}
	if i == 0 {
		return false
	}
	if strings.HasPrefix(s[i:], "\u00a0") {
		i += 2
	}
	r, _ = utf8.DecodeRuneInString(s[i:])
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	// A currency written in letters after the number: "349 ر.س", "4.299 TL".
	w, _, _ := strings.Cut(strings.TrimLeft(s[i:], " "), " ")
	return currencyWords[strings.Trim(w, amountPunct)]
}

// DollarPrefix returns the length of the letters and the dollar sign that
// open s as a currency's sign ("R$", "US$", "NZ$": one to three capitals),
// or 0.
func DollarPrefix(s string) int {
	i := 0
	for i < len(s) && i < 3 && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	if i > 0 && i < len(s) && s[i] == '$' {
		return i + 1
	}
	return 0
}

// OpensWithAmount reports whether l's text opens with an amount of money
// (see opensWithAmount).
func (l *Line) OpensWithAmount() bool { return opensWithAmount(l.Content) }

// currencyAmount reports whether s states an amount in a currency that
// shops write with letters rather than a sign: a number next to a code or
// an abbreviation ("4.299 TL", "2 800 zł", "1 200 kr", "EUR 17,50"), or
// glued to one ("Rp899.000", "1500円", "100元", "5000원"). In Chinese,
// Japanese and Korean an amount stands inside a run of words too (see
// cjkAmounts).
func currencyAmount(s string) bool {
	prevNumber, prevCurrency := false, false
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, amountPunct)
		number := w != "" && isDigitByte(w[0]) && isDigitByte(w[len(w)-1])
		currency := currencyWords[w]
		if number && prevCurrency || currency && prevNumber {
			return true
		}
		if !number && w != "" && isDigitByte(w[0]) {
			// A number glued to its currency: "299zł", "1500円".
			end := strings.LastIndexAny(w, "0123456789") + 1
			if currencyWords[w[end:]] {
				return true
			}
		}
		if !number && w != "" && isDigitByte(w[len(w)-1]) {
			// A currency glued to its number: "Rp899.000", "RM59".
			if start := strings.IndexAny(w, "0123456789"); start > 0 && currencyWords[w[:start]] {
				return true
			}
		}
		prevNumber, prevCurrency = number, currency
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// CurrencyWord reports whether w, a word of a line, is a currency written
// in letters, as currencyAmount reads one: "zł", "TL", "ر.س", "руб.".
func CurrencyWord(w string) bool {
	return currencyWords[w] || currencyWords[strings.Trim(w, amountPunct)]
}

// cjkAmounts reports whether a word of s holds an amount in Chinese,
// Japanese or Korean (see cjkAmount). Its currencies are CJK characters:
// priceLine asks only of a line that has some.
func cjkAmounts(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if cjkAmount(w) {
			return true
		}
	}
	return false
}

// cjkAmount reports whether w, a run of text without spaces, holds a
// number followed by a Chinese, Japanese or Korean currency, across the
// words that count it in ten thousands or more: "2,980円（税込）",
// "月給22万円〜28万円", "售价199元起", "월 22만원". A Japanese shop's grid
// in text, each card's price followed by "(tax included)", had been no
// grid: every card went. A number is its digits with their separators;
// 円, 元 and 원 after another word ("日元", "元旦") are none.
func cjkAmount(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) || i+1 < len(w) && (isDigitByte(w[i+1]) || w[i+1] == ',' || w[i+1] == '.') {
			continue
		}
		rest := w[i+1:]
		for {
			r, size := utf8.DecodeRuneInString(rest)
			if !strings.ContainsRune(cjkMultipliers, r) {
				break
			}
			rest = rest[size:]
		}
		for _, c := range cjkCurrencies {
			if strings.HasPrefix(rest, c) {
				return true
			}
		}
	}
	return false
}

// cjkMultipliers are the words of Chinese, Japanese and Korean that count
// an amount in thousands and more: "22万円", "3千元", "22만원".
const cjkMultipliers = "千万萬億亿兆천만억조"

// cjkCurrencies are the currencies of Chinese, Japanese and Korean written
// as a word after an amount.
var cjkCurrencies = []string{"円", "元", "원", "块"}

// amountPunct is the punctuation around an amount's words that
// currencyAmount and opensWithAmount read past: "(4.299 TL)", "€17,50.".
const amountPunct = ".,;:()/*"

// currencyWords are the codes and abbreviations of currencies that shops
// write after or before an amount, in place of a sign.
var currencyWords = map[string]bool{
	"EUR": true, "USD": true, "GBP": true, "CHF": true, "PLN": true, "SEK": true, "NOK": true, "DKK": true,
	"CZK": true, "HUF": true, "TRY": true, "RUB": true, "UAH": true, "BRL": true, "INR": true, "JPY": true,
	"CNY": true, "KRW": true, "IDR": true, "MYR": true, "RON": true, "BGN": true, "AUD": true, "CAD": true,
	"TL": true, "zł": true, "kr": true, "kr.": true, "Kč": true, "Ft": true, "lei": true, "лв": true,
	"руб": true, "грн": true, "Rp": true, "RM": true, "円": true, "元": true, "원": true,
	// Arabic and Persian: the Saudi riyal and the dirhams, pounds and
	// dinars of the Gulf, Egypt and the Maghreb, abbreviated or written out.
	"SAR": true, "AED": true, "EGP": true, "QAR": true, "KWD": true, "ر.س": true, "د.إ": true, "ج.م": true,
	"د.ك": true, "ر.ق": true, "ر.ع": true, "د.ب": true, "د.م": true, "ريال": true, "درهم": true, "جنيه": true,
	"دينار": true, "تومان": true, "ریال": true,
}

// digitAfter reports whether s opens with a digit, after a space at most.
func digitAfter(s string) bool {
	if len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return len(s) > 0 && '0' <= s[0] && s[0] <= '9'
}

// digitBefore reports whether s ends with a digit, before a space at most.
func digitBefore(s string) bool {
	if n := len(s); n > 0 && s[n-1] == ' ' {
		s = s[:n-1]
	}
	return len(s) > 0 && '0' <= s[len(s)-1] && s[len(s)-1] <= '9'
}

// Price reports whether l is a short line that states an amount of money
// (see priceLine): a card's or a product's price.
func (l *Line) Price() bool { return priceLine(l) }
