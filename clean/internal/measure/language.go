package measure

import (
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// The page's language: the stopword list that covers its long lines, or,
// on a page of a script written without spaces, the script's.

// pickLanguage sets the page's language: the stopword list that covers
// most tokens of its long lines (menus are short, and often in another
// language than the article), or of all its lines when none is long; or
// no language when no list covers enough, or when most letters are CJK.
// The list of link addresses that lynx prints after a page (LinkRef) is
// the renderer's, not the page's, and has no say: its addresses and the
// text of its share links had made a Japanese page English, read by its
// words, and lost its article (lynx -dump renderings of scrapinghub).
// A CJK page, read in the language-independent mode, has its Written
// language set from its script instead (see writtenIn).
func (p *Page) pickLanguage() {
	var counts [64]int
	total, cjk, chars := 0, 0, 0
	minWords := 8 // long lines decide when there are any
	for {
		for i := range p.Lines {
			l := &p.Lines[i]
			if l.Blank || l.LinkRef || l.Words < minWords {
				continue
			}
			total += int(l.masks.to - l.masks.from)
			cjk += l.CJK
			chars += l.Chars
			for _, m := range p.masks[l.masks.from:l.masks.to] {
				if m != 0 {
					lang.Count(&counts, m)
				}
			}
		}
		if chars > 0 || minWords == 0 {
			break
		}
		minWords = 0
	}
	p.CJK = chars > 0 && cjk*2 > chars
	p.Lang, p.Written = lang.None, ""
	if !p.CJK {
		p.Lang = lang.Pick(&counts, total)
		return
	}
	p.Written = p.writtenIn(minWords)
}

// LangCode returns the ISO 639-1 code of the page's language: the
// stopword list's, or on a CJK page its script's (see Written); "" when
// neither tells one.
func (p *Page) LangCode() string {
	if p.Lang != lang.None {
		return p.Lex.Code(p.Lang)
	}
	return p.Written
}

// writtenIn returns the language that the CJK characters of the lines of
// at least minWords words are written in, as their scripts tell it: the
// language of one of majority when most are of its script, "ja" when
// kana make up at least a tenth of them (Japanese prose writes its
// grammar in kana; a Chinese text has none, or a Japanese name or two),
// else "zh" for Han.
func (p *Page) writtenIn(minWords int) string {
	var han, kana, all int
	var n [len(majority)]int
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank || l.LinkRef || l.CJK == 0 || l.Words < minWords {
			continue
		}
		for _, r := range l.Content {
			switch {
			case r < 0x0e00:
				continue
			case unicode.Is(unicode.Han, r):
				han++
			case unicode.In(r, unicode.Hiragana, unicode.Katakana):
				kana++
			default:
				k := majorityScript(r)
				if k < 0 {
					continue
				}
				n[k]++
			}
			all++
		}
	}
	for k, m := range majority {
		if 2*n[k] > all {
			return m.lang
		}
	}
	switch {
	case all > 0 && 10*kana >= all:
		return "ja"
	case han > 0:
		return "zh"
	}
	return ""
}

// majority are the scripts written without spaces between words whose
// page is written in one language when most of its CJK characters are
// of the script (see writtenIn).
var majority = [...]scriptLang{
	{unicode.Hangul, "ko"}, {unicode.Thai, "th"}, {unicode.Lao, "lo"}, {unicode.Khmer, "km"}, {unicode.Myanmar, "my"},
}

// majorityScript returns the index in majority of r's script, or -1.
func majorityScript(r rune) int {
	for k, m := range majority {
		if unicode.Is(m.script, r) {
			return k
		}
	}
	return -1
}

// scriptLang is a script and the ISO 639-1 code of the language written
// in it.
type scriptLang struct {
	script *unicode.RangeTable
	lang   string
}
