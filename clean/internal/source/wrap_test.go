package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A page as `lynx -dump` prints it, wrapped at 76 columns.
const wrappedPage = `   [1]The Daily Planet
     * [2]Home
     * [3]News

                Council approves the new river bridge after a long debate

   By Jane Doe | March 12, 2024

   The city council voted on Tuesday to approve the construction of a new
   bridge over the river, ending a debate that had lasted for more than
   three years and divided residents of both banks.

   Supporters of the project said that the bridge would cut travel times
   for thousands of commuters and bring new business to the older
   neighbourhoods on the eastern side of the city.

     * Opponents had argued that the cost was too high and that the money
       should have been spent on repairing the roads and schools that the
       city already has.
     * Work begins in the spring.

   © 2024 The Daily Planet. All rights reserved.
`

func TestWrappedParagraphs(t *testing.T) {
	var d Doc
	require.NoError(t, Text(&d, wrappedPage, false, testLimits))
	var texts []string
	lines := 0
	for _, b := range d.Blocks {
		lines += max(1, b.Lines)
		if !b.Blank {
			texts = append(texts, b.Markup.Content)
		}
	}
	assert.Equal(t, strings.Count(wrappedPage, "\n"), lines, "the blocks hold every line")
	assert.Equal(t, []string{
		"The Daily Planet", "Home", "News", // lynx's link marks are no content (see lynxMark)
		"Council approves the new river bridge after a long debate",
		"By Jane Doe | March 12, 2024",
		"The city council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that had lasted for more than three years and divided residents of both banks.",
		"Supporters of the project said that the bridge would cut travel times for thousands of commuters and bring new business to the older neighbourhoods on the eastern side of the city.",
		"Opponents had argued that the cost was too high and that the money should have been spent on repairing the roads and schools that the city already has.",
		"Work begins in the spring.",
		"© 2024 The Daily Planet. All rights reserved.",
	}, texts)
	for _, b := range d.Blocks {
		if b.Lines > 1 {
			assert.Equal(t, b.Lines, strings.Count(b.Text, "\n")+1, "a paragraph prints its lines as they were")
			assert.Contains(t, wrappedPage, b.Text)
		}
	}
}

func TestWrapWidth(t *testing.T) {
	assert.Equal(t, 73, wrapWidthOf(splitLines(wrappedPage)), "the width of its widest wrapped line")

	// One paragraph per line, as the cleaner reads best: not wrapped.
	var b strings.Builder
	for range 5 {
		b.WriteString("The city council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that had lasted for more than three years.\n\n")
		b.WriteString("Supporters said that it would cut travel times.\n\n")
	}
	assert.Zero(t, wrapWidthOf(splitLines(b.String())))

	// A table whose columns are aligned by spaces, its rows as wide as
	// each other, is not a wrapped paragraph.
	table := strings.Repeat("            Rohbenzin             10,72 Mio. t               12,40 Mio. t\n"+
		"         Ottokraftstoff           15,02 Mio. t               15,12 Mio. t\n", 4)
	assert.Zero(t, wrapWidthOf(splitLines(table)))

	// A short page, one paragraph of three lines (an error page's
	// message), is wrapped.
	assert.Equal(t, 70, wrapWidthOf(splitLines("Page not found\n\n"+councilParagraph+"  • Home\n  • Contact us\n")))

	// Two lines of a text laid out one paragraph per line that end with
	// no stop, and a longer line beside them: not wrapped.
	perLine := "The club paid the fee to the league this morning to secure the signing of its new keeper Kepa\n" +
		"This has freed the move of the old keeper to Madrid\n" +
		"He will undergo a medical at the stadium today, ahead of a move that makes him the most expensive keeper ever.\n" +
		"The 23-year-old flew to London yesterday evening and will spend the day completing the deal\n" +
		"Tags:\n"
	assert.Zero(t, wrapWidthOf(splitLines(perLine)))

	// A list whose items fill the width is not wrapped either: each item
	// opens with its marker.
	list := strings.Repeat("  • The city council voted on Tuesday to approve the new bridge over it\n", 6)
	assert.Zero(t, wrapWidthOf(splitLines(list)))
}

func TestContinues(t *testing.T) {
	const w = 40
	for _, c := range []struct {
		line, next string
		ok         bool
	}{
		{"The council voted on Tuesday to approve", "the construction of a new bridge.", true},
		{"The council voted on Tuesday to", "approve it.", false}, // "approve" fitted
		{"The council voted on Tuesday to approve", "• Home", false},
		{"The council voted on Tuesday to approve", "[image]", false},
		{"The council voted on Tuesday to approve", "", false},
		{"Rohbenzin     10,72 Mio. t    12,40 Mio.", "Ottokraftstoff   15,02 Mio. t", false},
		{"The council voted on Tuesday to approve it all", "the construction.", false},          // out of the margin
		{"Sort by: Vegan Quick Easy [Most popular]", "Spaghetti alla carbonara", false},         // a widget ends the line
		{"A plan for the new bridge [bridge-plan]", "The council voted on Tuesday.", false},     // a picture ends it
		{"The council voted [2] on a bridge for[1]", "the construction of a new bridge.", true}, // a note's mark
		// Chinese breaks between any two characters, with no space.
		{"国务院今天发布了新的税收政策，对小微企业", "的增值税进行减免。", true},
		{"国务院今天发布了新的税收政策，对小微", "企业的增值税进行减免。", false}, // "企" fitted
		{"国务院今天发布了新的税收政策，对小微企", "业的增值税进行减免。", false}, // "业" fitted
		{"国务院今天发布了新的税收政策，对小微企", "业。增值税进行减免。", true},  // "。" may not open a line, and took "业" along
		{"国务院今天发布了新的税收政策，对小微企", "iPhone的增值税", true},
		{"The council voted on Tuesday for a bid", "😀 and more", true}, // an emoji is wide, but stands between spaces
	} {
		assert.Equal(t, c.ok, continues(c.line, c.next, margin{width: w}), "%q / %q", c.line, c.next)
	}
}

func TestUnwrap(t *testing.T) {
	assert.Equal(t, "one two three", unwrap("one two three"))
	assert.Equal(t, "one two three four", unwrap("one two\n   three\nfour"))
	// w3m breaks a line after a slash that the text had no space after.
	assert.Equal(t, `a "Card/Activity" component`, unwrap("a \"Card/\n   Activity\" component"))
	assert.Equal(t, "Home / News", unwrap("Home /\nNews"))
	m, blank := ParseMarkup("  • one two\n    three")
	assert.False(t, blank)
	assert.Equal(t, MarkBullet, m.Marker)
	assert.Equal(t, "one two three", m.Content)
}

func wrapWidthOf(lines []string) int {
	m, _ := wrapWidth(lines, nil)
	return m.width
}

// splitLines returns the lines of s, which ends with a newline.
func splitLines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

// councilParagraph is a paragraph wrapped at 70 columns, and a blank line.
const councilParagraph = "The city council voted on Tuesday to approve the construction of a new\n" +
	"bridge over the river, ending a debate that had lasted for more than\n" +
	"three years and divided residents of both banks.\n\n"

// afterFerryParagraphs reads, as Text does, three paragraphs wrapped at 80
// columns, then tail.
func afterFerryParagraphs(t *testing.T, tail string) *Doc {
	t.Helper()
	page := strings.Repeat("The ferry that links the town to the islands will leave from the new north quay\nfrom Monday, the harbour office said.\n\n", 3) + tail
	var d Doc
	require.NoError(t, Text(&d, page, false, testLimits))
	return &d
}

// w3m's bullet is one column of three bytes: its items' continuations are
// indented by columns.
func TestWrappedListItem(t *testing.T) {
	d := afterFerryParagraphs(t, "  • Tickets bought before Monday stay valid, and can be changed free of charge\n"+
		"    at the harbour office or on the operator's website until the end of June.\n"+
		"  • The ticket office at the old pier is closed.\n")
	last := d.Blocks[len(d.Blocks)-2]
	assert.Equal(t, 2, last.Lines)
	assert.Equal(t, MarkBullet, last.Markup.Marker)
	assert.Equal(t, "Tickets bought before Monday stay valid, and can be changed free of charge at the harbour office or on the operator's website until the end of June.", last.Markup.Content)
}

// A numbered item whose text opens with a bullet ("1. * "), as w3m prints
// a news aggregator's ranked list: its continuation is indented as the
// text after both markers is.
func TestWrappedNumberedBullet(t *testing.T) {
	d := afterFerryParagraphs(t, "   1. * The harbour office is hiring engineers for the new north quay and the\n"+
		"        ferry terminal (harbour.example)\n"+
		"        3 hours ago\n")
	var item *Block
	for i := range d.Blocks {
		if strings.Contains(d.Blocks[i].Text, "hiring engineers") {
			item = &d.Blocks[i]
		}
	}
	require.NotNil(t, item)
	assert.Equal(t, 2, item.Lines, "the item and its continuation, not the date under it")
	assert.Equal(t, "The harbour office is hiring engineers for the new north quay and the ferry terminal (harbour.example)", item.Markup.Content)
}

// A table that w3m draws wider than the margin it wraps paragraphs at is
// neither wrapped text nor text out of the margin: the paragraphs around
// it are still read as wrapped.
func TestWrapWidthBesideATable(t *testing.T) {
	table := "┌───────┬──────────┬────────┬─────────────┬──────────┬──────────┬───────┬───────┐\n" +
		strings.Repeat("│1      │Chicago   │1       │37% / 40%    │30%       │48%       │3.6    │729    │\n"+
			"│       │Booth     │        │             │          │          │       │       │\n", 6)
	assert.Equal(t, 70, wrapWidthOf(splitLines(strings.Repeat(councilParagraph, 3)+table)))
}

// As many of a table's cells wrapped within a narrow column as paragraphs
// wrapped at the margin: the margin is the text's width.
func TestWrapWidthOverANarrowColumn(t *testing.T) {
	cells := "            Opportunities for adults in the city\n" +
		"            and its suburbs\n\n" +
		"            Classes for people who speak other\n" +
		"            languages\n\n" +
		"            Training and job placement for the\n" +
		"            formerly incarcerated\n\n" +
		"            A program of courses for the young\n" +
		"            unemployed\n\n"
	assert.Equal(t, 70, wrapWidthOf(splitLines(councilParagraph+councilParagraph+cells)))
}

// TestRuneColumns: a terminal gives a wide character two columns, a
// combining mark or a zero-width joiner none, any other character one.
func TestRuneColumns(t *testing.T) {
	for s, want := range map[string]int{
		"News":           4,
		"新闻":             4,
		"สวัสดีครับ":     7, // three of its ten characters are marks above the line
		"नमस्ते":         4, // Devanagari's vowel signs and virama
		"e\u0301t\u00e9": 3, // a decomposed é
		"a\u200db":       2,
	} {
		assert.Equal(t, want, columns(s), s)
	}
}

// raggedText is text filled by an editor, as licences and typed notes
// are: each paragraph at its own width, 68 to 77 columns, so that its
// lines agree on no one width; each paragraph indents its first line
// alone. (Its five paragraphs, twice: a text of a few lines agrees on
// the width that all but two of them keep to, and is read as wrapped
// there.)
const raggedText = `                  THE RIVER BRIDGE PERMIT

  The council grants this permit to the company that builds the new
bridge over the river, so that the works may begin in the spring and
end before the floods of the following winter.  The permit covers the
bridge, its ramps and the roads that lead to them on both banks of the
river.

  The company must keep the footpath along the eastern bank open while it
works, and it must light the site at night so that walkers and cyclists can
pass safely.  Where the path must close, the company gives notice a week
ahead on the council's board and on the signs at both ends of it.

  The company must restore the banks, the trees and the lawns that the
works damage, at its own cost and to the council's satisfaction, within
six months of the day the bridge opens to the traffic of the city.

  The council may inspect the works at any time, and it may stop them where
the company does not keep to the terms of this permit or to the plans that
the council approved on the twelfth of March of this year.

  Questions about this permit go to the council's office of works,
which answers them in writing within ten days of the day it receives
them, and which keeps the letters it sends and receives for five
years.

  The council grants this permit to the company that builds the new bridge
over the river, so that the works may begin in the spring and end before
the floods of the following winter.  The permit covers the bridge, its
ramps and the roads that lead to them on both banks of the river.

  The company must keep the footpath along the eastern bank open while
it works, and it must light the site at night so that walkers and
cyclists can pass safely.  Where the path must close, the company gives
notice a week ahead on the council's board and on the signs at both
ends of it.

  The company must restore the banks, the trees and the lawns that the
works damage, at its own cost and to the council's satisfaction, within six
months of the day the bridge opens to the traffic of the city.

  The council may inspect the works at any time, and it may stop them
where the company does not keep to the terms of this permit or to the
plans that the council approved on the twelfth of March of this year.

  Questions about this permit go to the council's office of works, which
answers them in writing within ten days of the day it receives them, and
which keeps the letters it sends and receives for five years.
`

func TestRaggedParagraphs(t *testing.T) {
	lines := splitLines(raggedText)
	m, _ := wrapWidth(lines, nil)
	assert.Positive(t, m.slack, "ragged")
	assert.GreaterOrEqual(t, m.width, minFewWidth)
	var d Doc
	require.NoError(t, Text(&d, raggedText, false, testLimits))
	texts := contents(&d)
	require.Len(t, texts, 11, "the heading and ten paragraphs: %q", texts)
	assert.True(t, strings.HasPrefix(texts[1], "The council grants this permit"), texts[1])
	assert.True(t, strings.HasSuffix(texts[1], "on both banks of the river."), texts[1])
	assert.True(t, strings.HasSuffix(texts[5], "it sends and receives for five years."), texts[5])
	assert.True(t, strings.HasSuffix(texts[10], "it sends and receives for five years."), texts[10])
}

func TestRaggedTable(t *testing.T) {
	// A table whose cells bars part, in ragged text, is rows, not a
	// paragraph.
	rows := "W| L| PCT| GB| HOME| AWAY| DIV| CONF| PPG| OPP PPG| DIFF| STRK| L10\n" +
		"45| 17| .726| -| 23-8| 21-9| 10-4| 30-9| 116.8| 109.6| +7.2| L3| 6-4\n"
	assert.False(t, continues(strings.Split(rows, "\n")[0], strings.Split(rows, "\n")[1], margin{width: 74, slack: 9}))
	assert.False(t, continues("The company must keep the footpath along the eastern bank open while", "it works.", margin{width: 74}),
		"without slack, a word that would have fitted ends the line")
	assert.True(t, continues("The company must keep the footpath along the eastern bank open while", "it works.", margin{width: 74, slack: 9}))
}

// wrapCJK wraps a paragraph of Chinese or Japanese at width columns as a
// renderer does: between any two characters, never before a closing mark,
// which takes the character before it to the next line.
func wrapCJK(para string, width int) string {
	var b strings.Builder
	rs := []rune(para)
	start, cols := 0, 0
	for i := 0; i < len(rs); i++ {
		w := RuneColumns(rs[i])
		if cols+w > width {
			end := i
			for end > start+1 && strings.ContainsRune(closingMarks, rs[end]) {
				end-- // the mark may not open the line: the character before it goes too
			}
			b.WriteString(string(rs[start:end]) + "\n")
			start, cols, i = end, 0, end-1
			continue
		}
		cols += w
	}
	b.WriteString(string(rs[start:]) + "\n")
	return b.String()
}

// Chinese and Japanese break lines between any two characters, with no
// space: a paragraph wrapped at 80 columns is read as one, joined without
// spaces, and lines laid out one paragraph each, with no blank line between
// them (a crawl's text), are read each alone, though each reads as one word
// as wide as itself; so are Thai's, which spaces phrases, not words.
func TestWrappedWithoutSpaces(t *testing.T) {
	zh := []string{
		"国务院今天发布了新的税收政策，对小微企业的增值税进行减免。专家认为，这项政策将有效减轻企业负担，促进经济增长，并为就业创造更多机会。",
		"根据新政策，年销售额在五百万元以下的小规模纳税人，适用百分之三征收率的应税销售收入，减按百分之一征收率征收增值税，政策执行至明年年底。",
		"财政部有关负责人表示，这项政策预计每年将为企业减税超过两千亿元，惠及数千万市场主体，其中个体工商户占了很大比例。",
	}
	ja := "政府は来月から新しい税制を施行すると発表した。中小企業にとっては申告の手続きが大きく変わることになり、専門家は早めの準備を呼びかけている。iPhoneやAndroidのアプリでも申告できるようになる。"
	page := wrapCJK(zh[0], 80) + "\n" + wrapCJK(zh[1], 80) + "\n" + wrapCJK(zh[2], 80) + "\n" + wrapCJK(ja, 80)
	assert.Equal(t, 80, wrapWidthOf(splitLines(page)))
	var d Doc
	require.NoError(t, Text(&d, page, false, testLimits))
	texts := contents(&d)
	assert.Equal(t, append(zh, ja), texts, "each paragraph one block, joined without spaces")

	perLine := "首页 新闻 体育 财经 娱乐 科技 登录 注册\n" +
		"国务院发布新的税收政策 小微企业受益\n" +
		"2024年3月12日 10:30 来源：新华网\n" +
		strings.Join(zh, "\n") + "\n" +
		"相关阅读：去年减税降费成效显著\n" +
		"分享到：微信 微博 QQ空间\n" +
		"责任编辑：张三\n" +
		"【关闭窗口】【发表评论】【打印本页】\n"
	assert.Zero(t, wrapWidthOf(splitLines(perLine)))
	assert.Zero(t, wrapWidthOf(splitLines(strings.Repeat(perLine, 5))), "a longer page of the same")

	// Thai spaces phrases, not words: a line's first phrase of 40
	// characters agrees with every width from the line above's to the
	// two together, and a short page's two wraps may not rest on it (see
	// maxFewPhrase).
	thai := "หน้าแรก | ข่าว | กีฬา | บันเทิง | เข้าสู่ระบบ\n" +
		"รัฐบาลประกาศกฎหมายภาษีฉบับใหม่\n" +
		"12 มีนาคม 2567\n" +
		"รัฐบาลประกาศว่ากฎหมายภาษีฉบับใหม่จะมีผลบังคับใช้ในเดือนหน้า ธุรกิจขนาดเล็กจะต้องยื่นแบบภาษีในรูปแบบใหม่ และผู้เชี่ยวชาญแนะนำให้เตรียมตัวล่วงหน้า\n" +
		"กระทรวงการคลังระบุว่าการยื่นแบบทางอิเล็กทรอนิกส์จะช่วยลดเวลาในการดำเนินการเอกสาร อย่างไรก็ตาม ผู้ประกอบการบางรายกังวลเรื่องค่าใช้จ่ายซอฟต์แวร์\n" +
		"อ่านเพิ่มเติม: วิธียื่นภาษีปี 2567\n" +
		"แชร์: Facebook Twitter LINE\n"
	assert.Zero(t, wrapWidthOf(splitLines(thai)))
}

// contents returns the content of each block of d that is not blank.
func contents(d *Doc) []string {
	var texts []string
	for _, b := range d.Blocks {
		if !b.Blank {
			texts = append(texts, b.Markup.Content)
		}
	}
	return texts
}

// A thread's short lines of Chinese each agree on their own width with
// the character after them ("来自Android客户端1楼2024-03-10 21:14 回复"
// over "绿手指老王 Lv.12"), and three of them outnumbered the two posts
// that w3m wrapped at 78 columns: the margin is still the posts', the
// width that few lines stand out of (see wideMargin), and each post is
// one block, as w3m printed the thread.
func TestWrappedBetweenShortLines(t *testing.T) {
	page := `百度首页登录注册
贴吧 [                    ] 进入贴吧全吧搜索
多肉吧关注：1,284,533 贴子：9,871,220 +关注签到
看贴图片精品视频玩乐

新手请教：第一次养多肉，叶子发软是怎么回事？

只看楼主收藏回复
12回复贴，共1页
小米粥粥楼主 Lv.3
上个月买了几盆多肉，放在朝南的阳台，一周浇一次水。最近发现下面的叶子变软、发黄
，有几片一碰就掉了。是浇水太多了吗？
来自Android客户端1楼2024-03-10 21:14 回复
绿手指老王 Lv.12
一周一次太勤了，春天半个月浇一次就够，而且要等土完全干透再浇。叶子软掉多半是根
部积水，建议把盆倒出来看看根有没有发黑。
2楼2024-03-10 21:40 回复(3)
小米粥粥楼主 Lv.3
谢谢！刚看了，根确实有一点黑，我把黑的部分剪掉了，晾几天再种回去。
来自iPhone客户端3楼2024-03-11 08:02 回复
共1页首页上一页下一页尾页
`
	assert.Equal(t, 78, wrapWidthOf(splitLines(page)))
	var d Doc
	require.NoError(t, Text(&d, page, false, testLimits))
	assert.Subset(t, contents(&d), []string{
		"上个月买了几盆多肉，放在朝南的阳台，一周浇一次水。最近发现下面的叶子变软、发黄，有几片一碰就掉了。是浇水太多了吗？",
		"一周一次太勤了，春天半个月浇一次就够，而且要等土完全干透再浇。叶子软掉多半是根部积水，建议把盆倒出来看看根有没有发黑。",
	}, "each post one block")
}

// A Chinese news story as w3m prints it: its lede at the margin, then
// paragraphs that each open with two ideographic spaces, four columns
// (see Normalize), and go on at the margin. Each paragraph is one block:
// read as one column each, the indented first lines had agreed on a
// margin two columns narrower than the lede's lines, and each paragraph
// had read as a fragment over a sentence, or the lede as three lines
// (see maxCJKIndent).
func TestWrappedWithIdeographicIndent(t *testing.T) {
	paras := []string{
		"福厦高铁北起福州，南至漳州，全长277公里，设计时速350公里，沿线跨越湄洲湾、泉州湾和安海湾。建成后，福州至厦门将实现“一小时生活圈”，沿线城市之间的往来将更加便捷。",
		"记者12日从中国国家铁路集团有限公司获悉，我国首条跨海高铁福厦高铁全线铺轨完成，为年内开通运营打下坚实基础。",
		"据介绍，施工单位克服了海上大风、潮汐等不利条件，采用多项新技术，确保了工程质量和施工安全。",
		"铁路部门表示，下一步将全面开展联调联试，确保福厦高铁按期高质量开通运营。",
	}
	page := "我国首条跨海高铁全线铺轨完成\n\n" + wrapCJK(paras[0], 78)
	for _, p := range paras[1:] {
		page += "\n" + wrapCJK("\u3000\u3000"+p, 78)
	}
	var d Doc
	require.NoError(t, Text(&d, page, false, testLimits))
	assert.Equal(t, append([]string{"我国首条跨海高铁全线铺轨完成"}, paras...), contents(&d))
}
