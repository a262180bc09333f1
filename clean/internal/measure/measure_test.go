package measure

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// reference measures a line's content the plain way, one rune at a time
// with the unicode package: what the tokeniser's fast paths must agree
// with.
func reference(x *lang.Lexicons, content string) Counts {
	var c Counts
	c.Key = lang.Key(content)
	var tok []rune
	inTok, cjkTok, cjkRun, abcRun := false, false, 0, 0
	var first rune
	flush := func() {
		if !inTok {
			return
		}
		inTok = false
		c.Tokens++
		if cjkTok {
			// A run's characters, not its vowel signs and tone marks.
			c.Words += (cjkRun-abcRun+1)/2 + (abcRun+2)/3
			cjkTok, cjkRun, abcRun = false, 0, 0
			return
		}
		c.Words++
		if unicode.IsLetter(first) {
			c.Alpha++
			if unicode.IsUpper(first) || unicode.IsTitle(first) {
				c.Caps++
			}
		}
		tok = tok[:0]
	}
	for _, r := range content {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			flush()
			continue
		}
		if lang.Optional(r) {
			continue // a key leaves it out, and so does every count
		}
		if lang.IsCJK(r) {
			if inTok && !cjkTok {
				flush()
			}
			inTok, cjkTok = true, true
			if !unicode.IsMark(r) {
				cjkRun++
				if unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
					abcRun++
				}
				c.CJK++
				c.Chars++
			}
			continue
		}
		if inTok && cjkTok {
			flush()
		}
		if !inTok {
			inTok, first = true, r
		}
		if unicode.IsDigit(r) {
			c.Digits++
		}
		if !unicode.IsMark(r) {
			c.Chars++
		}
		tok = append(tok, unicode.ToLower(r))
	}
	flush()
	h := uint64(lang.HashOffset)
	for w := range strings.SplitSeq(c.Key, " ") {
		if w != "" {
			h = (h ^ lang.HashString(w)) * lang.HashPrime
		}
	}
	if c.Key != "" {
		c.Hash = h
	}
	c.Bloom = lang.Bloom(c.Key)
	return c
}

// checkCounts measures text and compares its counts with reference.
func checkCounts(t *testing.T, x *lang.Lexicons, text string) {
	t.Helper()
	var d source.Doc
	require.NoError(t, source.Text(&d, text, false, source.Limits{MaxLines: 1 << 20}))
	var p Page
	Measure(&p, &d, x, Options{})
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Blank {
			continue
		}
		want := reference(x, l.Content)
		got := Counts{Key: l.Key, Hash: l.Hash, Bloom: l.Bloom, Tokens: l.Tokens, Words: l.Words,
			Chars: l.Chars, Caps: l.Caps, Alpha: l.Alpha, Digits: l.Digits, CJK: l.CJK}
		require.Equal(t, want, got, "line %q", l.Content)
		assert.Equal(t, int(l.masks.to-l.masks.from), l.Tokens-cjkTokens(l.Content), "stopword sets of %q", l.Content)
	}
}

// cjkTokens counts the runs of CJK characters of s, which are not looked up.
// A mark that keys leave out (see lang.Optional) parts no run, as the
// tokenizer skips it: "漢\u065d孯" is one run.
func cjkTokens(s string) int {
	n, in := 0, false
	for _, r := range s {
		if lang.Optional(r) {
			continue
		}
		c := lang.IsWordRune(r) && lang.IsCJK(r)
		if c && !in {
			n++
		}
		in = c
	}
	return n
}

func TestCountsAgreeWithReference(t *testing.T) {
	x, err := lang.Load()
	require.NoError(t, err)
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		checkCounts(t, x, string(b))
	}
	checkCounts(t, x, "Ünïcödé ΑΘΗΝΑ Москва ǅemal 漢字かなabc123 ٣٤ e\u0301 ＡＢＣ ① Ⅻ 'quoted' © 2024 → next\n")
	// Scripts that space phrases: their vowel signs and tone marks count
	// no character, a mark alone no word, and a mark after a Latin letter
	// opens a run of the script.
	checkCounts(t, x, "สภาเมืองตัดสินใจ ក្រុមប្រឹក្សា မြို့တော် ၪ ၪက a\u1031b ສະພາ\n")
}

func FuzzCounts(f *testing.F) {
	f.Add("Hello, World! 42 ÉCOLE naïve 漢字かな mixed漢字abc")
	f.Add("ǅ ǈ ﬁ Σς e\u0301\u0302 ١٢٣ Ⅻ ⑫ 𝐀𝐁 🙂")
	x, err := lang.Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00") {
			return
		}
		checkCounts(t, x, s)
	})
}

// A closed Done stops measuring within checkEvery lines.
func TestMeasureStops(t *testing.T) {
	x, err := lang.Load()
	require.NoError(t, err)
	var d source.Doc
	text := strings.Repeat("A line of words to measure.\n", 3*checkEvery)
	require.NoError(t, source.Text(&d, text, false, source.Limits{MaxLines: 1 << 20}))
	done := make(chan struct{})
	var p Page
	Measure(&p, &d, x, Options{Done: done})
	assert.Equal(t, 6, p.Lines[len(p.Lines)-1].Words, "measured whole")
	close(done)
	var q Page
	Measure(&q, &d, x, Options{Done: done})
	assert.Equal(t, 6, q.Lines[checkEvery-2].Words)
	assert.Zero(t, q.Lines[checkEvery].Words, "stopped")
}

// TestContents: the list under a table of contents' label is its entries,
// after a toggle; a heading the contents name counts its entry among its
// copies, as ContentsCopies, and the entry counts the heading as a copy
// that is not one. A line given twice outside the contents has none.
func TestContents(t *testing.T) {
	text := "Table of Contents\n" +
		"Toggle\n" +
		"  • The Three States\n" +
		"  • How Git Stores Data\n" +
		"\n" +
		"About us\n" +
		"\n" +
		"The Three States\n" +
		"\n" +
		"How Git Stores Data\n" +
		"\n" +
		"About us\n"
	type got struct {
		label, entry      bool
		repeats, contents int
	}
	lines := map[string][]got{}
	eachTextLine(t, text, func(text string, l *Line) {
		lines[text] = append(lines[text], got{l.ContentsLabel, l.contents, l.Repeats, l.ContentsCopies})
	})
	assert.Equal(t, []got{{label: true}}, lines["Table of Contents"])
	assert.Equal(t, []got{{}}, lines["Toggle"])
	assert.Equal(t, []got{{entry: true, repeats: 1}}, lines["  • The Three States"])
	assert.Equal(t, []got{{repeats: 1, contents: 1}}, lines["The Three States"])
	assert.Equal(t, []got{{repeats: 1, contents: 1}}, lines["How Git Stores Data"])
	assert.Equal(t, []got{{repeats: 1}, {repeats: 1}}, lines["About us"])
}

// TestContentsOfLinks: in HTML a table of contents may list its entries
// as lines that are links whole, without list markers (DocBook's <dl> of
// <dt>s): they are its entries all the same, and the headings they name
// count them as copies that are not ones.
func TestContentsOfLinks(t *testing.T) {
	doc := `<html><body><div class="toc"><p><b>Table of Contents</b></p><dl>
		<dt><a href="#s1">2.1. What Valgrind does</a></dt>
		<dt><a href="#s2">2.2. Getting started</a></dt></dl></div>
		<h2 id="s1">2.1. What Valgrind does</h2><p>It runs your program.</p>
		<h2 id="s2">2.2. Getting started</h2><p>Compile with debugging info.</p></body></html>`
	x, err := lang.Load()
	require.NoError(t, err)
	var d source.Doc
	require.NoError(t, source.HTML(&d, []byte(doc), "", source.Limits{MaxLines: 1 << 20, MaxDepth: 256, MaxNodes: 1 << 20}))
	var p Page
	Measure(&p, &d, x, Options{})
	copies := map[string][]int{}
	for i := range p.Lines {
		if !p.Lines[i].Blank {
			copies[d.Blocks[i].Text] = append(copies[d.Blocks[i].Text], p.Lines[i].ContentsCopies)
		}
	}
	assert.Equal(t, []int{0, 1}, copies["2.1. What Valgrind does"])
	assert.Equal(t, []int{0, 1}, copies["2.2. Getting started"])
}

// TestTableRows: rows of a table that text shows with bars or with
// columns aligned by spaces, beside another such row, are table rows, and
// so are the borders w3m draws between a table's rows, and three or more
// rows with bars in a run, whose cells may span; a line with wide spaces
// that no such line stands beside is not, nor a footer's line of links.
func TestTableRows(t *testing.T) {
	text := "Bill Total     10%      15%      20%\n" +
		"$10.00         $1.00    $1.50    $2.00\n" +
		"$15.00         $1.50    $2.25    $3.00\n" +
		"\n" +
		"Service | Tip\n" +
		"Valet | $2 - $5\n" +
		"\n" +
		"Home    About    Contact\n" +
		"\n" +
		"Words of the article, spaced  once  by mistake.\n" +
		"\n" +
		"Name   Age\n" +
		"\n" +
		"┌────┬────┐\n" +
		"│Rank│Name│\n" +
		"├────┼────┤\n" +
		"│1   │Ann │\n" +
		"└────┴────┘\n" +
		"\n" +
		"│ a lone line between bars │\n" +
		"\n" +
		"Year | Physics | Chemistry | Peace\n" +
		"1901 | Röntgen | van 't Hoff | Dunant | Passy\n" +
		"Pieter Zeeman | Nobel\n" +
		"\n" +
		"Privacy | Terms\n" +
		"© 2025 The Daily Planet\n"
	rows := map[string][2]bool{}
	eachTextLine(t, text, func(text string, l *Line) { rows[text] = [2]bool{l.TableRow, l.Aligned} })
	assert.Equal(t, [2]bool{true, true}, rows["Bill Total     10%      15%      20%"])
	assert.Equal(t, [2]bool{true, true}, rows["$15.00         $1.50    $2.25    $3.00"])
	assert.Equal(t, [2]bool{true, false}, rows["Valet | $2 - $5"])
	assert.Equal(t, [2]bool{false, false}, rows["Home    About    Contact"])
	assert.Equal(t, [2]bool{false, false}, rows["Words of the article, spaced  once  by mistake."])
	assert.Equal(t, [2]bool{false, false}, rows["Name   Age"])
	for _, r := range []string{"┌────┬────┐", "│Rank│Name│", "├────┼────┤", "│1   │Ann │", "└────┴────┘"} {
		assert.Equal(t, [2]bool{true, false}, rows[r], r)
	}
	assert.Equal(t, [2]bool{false, false}, rows["│ a lone line between bars │"])
	for _, r := range []string{"Year | Physics | Chemistry | Peace", "1901 | Röntgen | van 't Hoff | Dunant | Passy", "Pieter Zeeman | Nobel"} {
		assert.Equal(t, [2]bool{true, false}, rows[r], "a run of rows whose cells span: %s", r)
	}
	assert.Equal(t, [2]bool{false, false}, rows["Privacy | Terms"])
}

// TestTabbedRows: a browser's innerText parts a table's cells with one
// tab; two such lines in a row are rows of a table, as lines whose columns
// spaces align are. A lone line with a tab is not.
func TestTabbedRows(t *testing.T) {
	text := "Insurer\tPremiums written\tChange (%)\n" +
		"State Farm Group\t$107.76 bn\t+8.5\n" +
		"\n" +
		"Words of a paragraph\twith one tab by mistake.\n"
	rows := map[string][2]bool{}
	eachTextLine(t, text, func(text string, l *Line) { rows[text] = [2]bool{l.TableRow, l.Aligned} })
	assert.Equal(t, [2]bool{true, true}, rows["Insurer\tPremiums written\tChange (%)"])
	assert.Equal(t, [2]bool{true, true}, rows["State Farm Group\t$107.76 bn\t+8.5"])
	assert.Equal(t, [2]bool{false, false}, rows["Words of a paragraph\twith one tab by mistake."])
	assert.Equal(t, 2, columnGaps("a\tb \t c"))
	assert.Equal(t, 1, columnGaps("a  b c"))
}

// TestWidestRows: w3m parts a table's columns by one space in the row
// whose cell is its column's widest; that row is a row of the table, and
// so is a row under it that lines up with the rows above it, in any
// script (a wide character is two columns, a Devanagari vowel sign none).
// So is a first row over a widest row between two rows. A line of prose
// under a table, or a side column's entry that opens where a cell would,
// is not.
func TestWidestRows(t *testing.T) {
	text := " Dung tích  5,5 lít\n" +
		" Công suất  1.700 W\n" +
		"Trọng lượng 4,8 kg\n" +
		"  Xuất xứ   Trung Quốc\n" +
		"\n" +
		"Weight of the unit 4.8 kg\n" +
		"Power              1700 W\n" +
		"Size               30 × 35 cm\n" +
		"\n" +
		"容量       5.5リットル\n" +
		"消費電力量 1700W\n" +
		"重さ       4.8kg\n" +
		"\n" +
		"Power    1700 W\n" +
		"Weight   4.8 kg\n" +
		"It weighs 4.8 kg and draws 1700 W at most.\n" +
		"\n" +
		"क्षमता 1.5 लीटर\n" +
		"शक्ति  1500 वाट\n" +
		"सामग्री स्टेनलेस स्टील\n" +
		"वारंटी  1 वर्ष\n" +
		"\n" +
		"News     Sport\n" +
		"Weather  Culture\n" +
		"         Travel and leisure\n"
	rows := map[string][2]bool{}
	eachTextLine(t, text, func(text string, l *Line) { rows[text] = [2]bool{l.TableRow, l.Aligned} })
	for _, r := range []string{"Trọng lượng 4,8 kg", "  Xuất xứ   Trung Quốc", "Weight of the unit 4.8 kg", "消費電力量 1700W", "क्षमता 1.5 लीटर", "सामग्री स्टेनलेस स्टील"} {
		assert.Equal(t, [2]bool{true, true}, rows[r], r)
	}
	assert.Equal(t, [2]bool{false, false}, rows["It weighs 4.8 kg and draws 1700 W at most."])
	assert.Equal(t, [2]bool{false, false}, rows["         Travel and leisure"])
}

// TestWrappedRows: rows of a w3m table whose cells wrapped onto a second
// line, the wrapped ends under their cells, are rows of the table, the
// ends with them; a paragraph under a row of wide gaps, which opens at
// the margin, and a rule drawn under a layout's column are not.
func TestWrappedRows(t *testing.T) {
	text := ".github/workflows    CI: test on arm64       2 months\n" +
		"                                             ago\n" +
		"src                  Fix overflow in parser  3 weeks\n" +
		"                     (#212)                  ago\n" +
		"LICENSE              Initial commit          4 years\n" +
		"\n" +
		"Name   Age\n" +
		"Words of a paragraph that a table of two rows of wide gaps\n" +
		"Name   Age\n" +
		"\n" +
		"Headline of the story   Home\n" +
		"                        ━━━━━━━━━━━━\n" +
		"Headline of the story   ━━━━━━━━━━━━\n"
	rows := map[string][2]bool{}
	eachTextLine(t, text, func(text string, l *Line) { rows[text] = [2]bool{l.TableRow, l.Aligned} })
	for _, r := range []string{".github/workflows    CI: test on arm64       2 months", "                                             ago", "                     (#212)                  ago", "LICENSE              Initial commit          4 years"} {
		assert.Equal(t, [2]bool{true, true}, rows[r], r)
	}
	assert.Equal(t, [2]bool{false, false}, rows["Words of a paragraph that a table of two rows of wide gaps"])
	assert.Equal(t, [2]bool{false, false}, rows["Headline of the story   Home"])
}

// TestExplodedTables: html2text prints a table whose cells hold
// paragraphs one cell to a paragraph, a bar alone between two cells and
// the header's rule under the first row; every line of it is a row, blank
// lines too. Bars alone between the tags of a list, with no rule, are no
// table.
func TestExplodedTables(t *testing.T) {
	table := "Feature\n\n| \n\nGoogle Gemini\n\n| \n\nTask-Specific SLM  \n  \n---|---|---  \n  \n" +
		"Logic & Reasoning\n\n| \n\nSuperior\n\n| \n\nFocused  \n  \n" +
		"Cost Efficiency\n\n| \n\nHigh\n\n| \n\nLow  \n"
	tags := "\nRelated:\n\nExtradición JOH\n|\nNarcotráfico JOH\n|\nJuicio JOH\n|\nHonduras\n"
	rows := map[string]bool{}
	eachTextLine(t, table+tags, func(text string, l *Line) {
		if !l.Blank {
			rows[strings.TrimSpace(text)] = l.TableRow
		}
	})
	for _, r := range []string{"Feature", "Google Gemini", "---|---|---", "Logic & Reasoning", "Focused", "Cost Efficiency", "Low"} {
		assert.True(t, rows[r], r)
	}
	for _, r := range []string{"Extradición JOH", "Narcotráfico JOH", "Honduras"} {
		assert.False(t, rows[r], r)
	}
}

// TestInterpreterSession checks that a session at an interpreter's prompt
// is code whole, what it printed with it ("2", a list in brackets that w3m
// would take for an image), while a price line or a quote is no prompt.
func TestInterpreterSession(t *testing.T) {
	text := "An example that uses most of the list methods:\n" +
		"\n" +
		">>> fruits = ['orange', 'apple', 'pear']\n" +
		">>> fruits.count('apple')\n" +
		"1\n" +
		">>> sorted(fruits)\n" +
		"['apple', 'orange', 'pear']\n" +
		"\n" +
		"$ 19.99\n" +
		"In stock\n" +
		"\n" +
		"> Quoted reply\n" +
		"2\n"
	checkCode(t, text, []string{">>> fruits.count('apple')", "1", "['apple', 'orange', 'pear']"},
		[]string{"An example that uses most of the list methods:", "$ 19.99", "In stock", "2"})
}

// checkCode measures text and checks that its lines code are lines of
// code, and its lines prose are not.
func checkCode(t *testing.T, text string, code, prose []string) {
	t.Helper()
	isCode := map[string]bool{}
	eachTextLine(t, text, func(text string, l *Line) { isCode[text] = l.Code })
	for _, s := range code {
		assert.True(t, isCode[s], s)
	}
	for _, s := range prose {
		assert.False(t, isCode[s], s)
	}
}

// TestCodeMatchesNoPhrase checks that a line with the syntax of code
// matches no chrome phrase: the objects of a React tutorial's product
// table ("{ category: "Fruits", ... }") are not a line of tags, while
// "Category: Fruits" in prose is, and a link's "//" is not code.
func TestCodeMatchesNoPhrase(t *testing.T) {
	text := "const products = [\n" +
		"  { category: \"Fruits\", price: \"$1\", name: \"Apple\" },\n" +
		"  { category: \"Vegetables\", price: \"$2\", name: \"Peas\" },\n" +
		"];\n" +
		"\n" +
		"Category: Fruits\n" +
		"\n" +
		"Tags: https://example.com/tags/fruit\n"
	tables := map[string]lang.Table{}
	eachTextLine(t, text, func(text string, l *Line) { tables[text] = l.Table })
	assert.Equal(t, lang.NoTable, tables[`  { category: "Fruits", price: "$1", name: "Apple" },`])
	assert.Equal(t, lang.NoTable, tables[`  { category: "Vegetables", price: "$2", name: "Peas" },`])
	assert.Equal(t, lang.Tags, tables["Category: Fruits"])
	assert.Equal(t, lang.Tags, tables["Tags: https://example.com/tags/fruit"])
}

// TestLinkOnward checks that "Read more" with an arrow, a link's caption,
// is a call to action, and without one the heading of related links.
func TestLinkOnward(t *testing.T) {
	tables := map[string]lang.Table{}
	eachTextLine(t, "Read More »\n\nRead more →\n\nRead more\n", func(text string, l *Line) { tables[text] = l.Table })
	assert.Equal(t, lang.CallToAction, tables["Read More »"])
	assert.Equal(t, lang.CallToAction, tables["Read more →"])
	assert.Equal(t, lang.RelatedBlock, tables["Read more"])
}

// TestContinuedCommand checks that a shell command continued over lines
// (" \" at their ends) is code, and that a line which ends in a
// backslash without a space before it, or a sentence quoting one, is not.
func TestContinuedCommand(t *testing.T) {
	text := "In simple terms, the backup command is:\n" +
		"\n" +
		"sudo tar czf /backup.tar.gz \\\n" +
		"    --exclude=/dev \\\n" +
		"    --exclude=/lost+found \\\n" +
		"    /\n" +
		"\n" +
		"Windows paths end in C:\\\n" +
		"A trailing \\ continues a line.\n"
	checkCode(t, text, []string{"sudo tar czf /backup.tar.gz \\", "    --exclude=/dev \\", "    --exclude=/lost+found \\"},
		[]string{"In simple terms, the backup command is:", "Windows paths end in C:\\", "A trailing \\ continues a line."})
}

// TestShellComments checks that a shell's comments, beside other lines
// of code, and a command with its comment set apart are code, while a
// line that opens with "# " alone, a heading as html2text writes one, and
// the commands without a mark of code are not.
func TestShellComments(t *testing.T) {
	text := "# Getting started\n" +
		"\n" +
		"Stage the file, then commit it:\n" +
		"\n" +
		"# Stage the file\n" +
		"git add hello.py\n" +
		"# Commit with a message\n" +
		"git commit -m \"Add hello world script\"\n" +
		"\n" +
		"git status                    # Show the working directory\n" +
		"git log --oneline             # Show the history, a line each\n"
	checkCode(t, text,
		[]string{"# Stage the file", "# Commit with a message",
			"git status                    # Show the working directory", "git log --oneline             # Show the history, a line each"},
		[]string{"# Getting started", "Stage the file, then commit it:", "git add hello.py"})
}

// TestHumps checks what counts as words run into each other: a hump after
// two lower-case letters or more, of any alphabet, and a number run into a
// word, but not the humps of names or of a link's identifier.
func TestHumps(t *testing.T) {
	want := map[string]int{
		"Quantum algorithms & ComputingComputer architectureArtificial intelligence": 2,
		"2008 - Gemo project-team2008 - Neuromathcomp project-team2009":              2,
		"The iPhone and McDonald's, on YouTube":                                      1,
		"pic.twitter.com/KQLpngeTbO https://t.co/hFciHO5Qc7":                         1,
		"An article of plain words, with no hump at all.":                            0,
		// Lower-case letters of any alphabet before the hump: a site's bar
		// glued by w3m, and words with accents apart.
		"Stack Overflow em PortuguêsPerguntas Tags UsuáriosEntrar Cadastre-se": 2,
		"Un café au lait, à Évian":                                             0,
	}
	var text strings.Builder
	for s := range want {
		text.WriteString(s + "\n\n")
	}
	eachTextLine(t, text.String(), func(text string, l *Line) {
		if n, ok := want[text]; ok {
			assert.Equal(t, n, l.Humps, text)
		}
	})
}

// TestPictureTwice checks that a picture's alt text given twice, as w3m
// prints a lazy loader's placeholder beside its image, is a picture, glued
// to its copy or a space apart, and given three times, and so are a
// product's name and a price given twice; while a sentence once, a line
// whose halves differ, a sentence that says its first words again, a
// short name that doubles a word ("Sing Sing"), a table's row of two like
// cells, a rule of signs and a picture's file name twice (PictureFile's)
// are not.
func TestPictureTwice(t *testing.T) {
	alt := "A sunlit room with a bookcase in a corner."
	title := "Seven bridges that changed the way the city moves"
	yes := []string{alt + alt, title + " " + title, title + title + " " + title,
		"Crest T-ShirtCrest T-Shirt", "Crest T-Shirt Crest T-Shirt", "EUR14.62EUR14.62"}
	no := []string{alt,
		alt + "A dark room with a bookcase in a corner.",
		title + " " + title + " again",
		"A sunlit room with a view, and a sunlit room with a bookcase in a corner.",
		"Sing Sing", "| Powered by Zapier| Powered by Zapier", "==== ==== ==== ====",
		"note-10-plus.jpgnote-10-plus.jpg",
		strings.Repeat("━", 5000), strings.Repeat("ab ", 5000) + "c",
		strings.Repeat("A sentence of the page that is long enough. ", 5)}
	text := strings.Join(yes, "\n\n") + "\n\n" + strings.Join(no, "\n\n") + "\n"
	image := map[string]bool{}
	eachTextLine(t, text, func(text string, l *Line) { image[text] = l.Image })
	for _, s := range yes {
		assert.True(t, image[s], s)
	}
	for _, s := range no {
		assert.False(t, image[s], s)
	}
}

// TestNextToCopy checks that a line next to a copy of itself, blank lines
// aside, is marked, and a copy elsewhere on the page is not.
func TestNextToCopy(t *testing.T) {
	text := "A bridge at dawn over the river.\n\nA bridge at dawn over the river.\n\n" +
		"Three layers of flowy dress.\n\nSomething else between.\n\nThree layers of flowy dress.\n"
	next := map[string][]bool{}
	eachTextLine(t, text, func(text string, l *Line) {
		if !l.Blank {
			next[text] = append(next[text], l.NextToCopy)
		}
	})
	assert.Equal(t, []bool{true, true}, next["A bridge at dawn over the river."])
	assert.Equal(t, []bool{false, false}, next["Three layers of flowy dress."])
	assert.Equal(t, []bool{false}, next["Something else between."])
}

// TestIntroduces checks that a paragraph over a list of sentences, blank
// lines aside, introduces it, and that a paragraph over a list of names,
// over a line that is no item, or an item itself, does not.
func TestIntroduces(t *testing.T) {
	text := "Here is what the council decided, among other things:\n\n" +
		"  • The bridge will carry two lanes in each direction, with a cycle path on its northern side.\n" +
		"  • The council will build a car park for three hundred cars on the eastern bank.\n\n" +
		"And these are the people who voted for it:\n\n  • Anna Smith\n  • John Brown\n\n" +
		"A paragraph over another paragraph of the page.\n\n" +
		"The work will begin in the spring, and the council will publish a detailed timetable.\n"
	got := map[string]bool{}
	eachTextLine(t, text, func(text string, l *Line) {
		if !l.Blank {
			got[strings.TrimSpace(text)] = l.Introduces
		}
	})
	for line, want := range map[string]bool{
		"Here is what the council decided, among other things:":                                        true,
		"• The bridge will carry two lanes in each direction, with a cycle path on its northern side.": false,
		"And these are the people who voted for it:":                                                   false,
		"A paragraph over another paragraph of the page.":                                              false,
	} {
		require.Contains(t, got, line)
		assert.Equal(t, want, got[line], line)
	}
}

// TestConsentCentre checks that the lines of a consent platform's
// preference centre, from its heading to its last closing button, are
// marked, as w3m prints it and as lynx does ("(BUTTON) Confirm My
// Choices"), and that the heading alone, with no button after it, marks
// nothing.
func TestConsentCentre(t *testing.T) {
	centre := "Privacy Preference Center\n\nAllow All\n\n" +
		"When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.\n\n" +
		"Strictly Necessary Cookies\n\nAlways Active\n\nConfirm My Choices\n"
	marked := map[string]bool{}
	eachTextLine(t, "The article's own paragraph comes first on this page.\n\n"+centre+"\nAn article's last line.\n", func(text string, l *Line) {
		if !l.Blank {
			marked[text] = l.Consent
		}
	})
	for _, s := range []string{"Privacy Preference Center", "Allow All", "Strictly Necessary Cookies", "Confirm My Choices"} {
		assert.True(t, marked[s], s)
	}
	for _, s := range []string{"The article's own paragraph comes first on this page.", "An article's last line."} {
		assert.False(t, marked[s], s)
	}
	eachTextLine(t, "Privacy Preference Center\n\nHow we handle your data, in plain words.\n", func(text string, l *Line) {
		assert.False(t, l.Consent, text)
	})
	var long strings.Builder
	long.WriteString("Privacy Preference Center\n\nAllow All\n\n")
	for i := range 50 {
		fmt.Fprintf(&long, "Paragraph %d of an article that a centre printed above it must not take in.\n\n", i)
	}
	long.WriteString("Accept All\n")
	eachTextLine(t, long.String(), func(text string, l *Line) {
		if strings.HasPrefix(text, "Paragraph") || text == "Accept All" {
			assert.False(t, l.Consent, text)
		}
	})
	lynx := "The article's own paragraph comes first on this page.\n\nPrivacy Preference Center\n\n   (BUTTON) Allow All\n\n" +
		"Strictly Necessary Cookies\n\n   (BUTTON) Confirm My Choices\n   [94]Powered by Onetrust\n"
	eachTextLine(t, lynx, func(text string, l *Line) {
		if !l.Blank && !strings.Contains(text, "Onetrust") {
			assert.Equal(t, !strings.HasPrefix(text, "The article's"), l.Consent, text)
		}
	})
	german := "Der Stadtrat hat am Dienstagabend beschlossen, die alte Mole noch vor den Winterstürmen zu sanieren.\n\n" +
		"Datenschutz-Präferenz-Center\n\nAlle zulassen\n\nUnbedingt erforderliche Cookies\n\nMeine Auswahl bestätigen\n"
	eachTextLine(t, german, func(text string, l *Line) {
		if !l.Blank {
			assert.Equal(t, !strings.HasPrefix(text, "Der Stadtrat"), l.Consent, text)
		}
	})
}

// TestConsentCentreLanguages: a preference centre's heading and closing
// buttons in Italian, Portuguese, Dutch, Polish, Russian, Chinese,
// Japanese and Arabic mark it as English's and German's do.
func TestConsentCentreLanguages(t *testing.T) {
	for _, c := range []struct{ lang, para, open, accept, confirm string }{
		{"it", "Il consiglio comunale ha deciso martedì sera di riparare il vecchio molo di pietra prima delle tempeste invernali.", "Centro preferenze della privacy", "Accetta tutto", "Conferma le mie scelte"},
		{"pt", "A câmara municipal decidiu na terça-feira à noite reparar o velho cais de pedra antes das tempestades de inverno.", "Centro de preferências de privacidade", "Aceitar todos", "Confirmar as minhas escolhas"},
		{"nl", "De gemeenteraad heeft dinsdagavond besloten de oude stenen pier nog voor de winterstormen te herstellen.", "Privacyvoorkeurcentrum", "Alles accepteren", "Mijn keuzes bevestigen"},
		{"pl", "Rada miasta postanowiła we wtorek wieczorem naprawić stare kamienne molo jeszcze przed zimowymi sztormami.", "Centrum preferencji prywatności", "Akceptuj wszystkie", "Potwierdź moje wybory"},
		{"ru", "Городской совет во вторник вечером решил отремонтировать старый каменный причал ещё до зимних штормов.", "Центр управления конфиденциальностью", "Принять все", "Подтвердить мой выбор"},
		{"zh", "市议会星期二晚上决定在冬季风暴到来之前修复旧的石码头，这场关于港口未来的长期争论终于结束了。", "隐私偏好中心", "全部接受", "确认我的选择"},
		{"ja", "市議会は火曜日の夜、冬の嵐が来る前に古い石の桟橋を修理することを決めた。港の将来をめぐる長い議論が終わった。", "プライバシー設定センター", "すべて受け入れる", "選択内容を確認"},
		{"ar", "قرر مجلس المدينة مساء الثلاثاء إصلاح الرصيف الحجري القديم قبل عواصف الشتاء بعد نقاش طويل حول مستقبل الميناء.", "مركز تفضيلات الخصوصية", "قبول الكل", "حفظ التفضيلات"},
	} {
		text := c.para + "\n\n" + c.open + "\n\n" + c.accept + "\n\nCookies\n\n" + c.confirm + "\n"
		eachTextLine(t, text, func(line string, l *Line) {
			if !l.Blank {
				assert.Equal(t, line != c.para, l.Consent, "%s: %s", c.lang, line)
			}
		})
	}
}

// eachTextLine measures text as a text document and calls f with each
// line's text and measure.
func eachTextLine(t *testing.T, text string, f func(text string, l *Line)) {
	t.Helper()
	x, err := lang.Load()
	require.NoError(t, err)
	var d source.Doc
	require.NoError(t, source.Text(&d, text, false, source.Limits{MaxLines: 1 << 20}))
	var p Page
	Measure(&p, &d, x, Options{})
	for i := range p.Lines {
		f(d.Blocks[i].Text, &p.Lines[i])
	}
}

// TestPlaceholders checks that a picture's name in brackets glued to text
// marks the line as a picture when five lines or more of the page open
// with that name (a lazy loader's placeholder before each alt text), and
// not when fewer do: a deals page prints a product's picture beside each
// of its three deals, and a manual an icon beside each step.
func TestPlaceholders(t *testing.T) {
	var b strings.Builder
	alts := []string{"A man with short hair looks at the camera", "Two children on a beach at sunset",
		"A red bus on a bridge in the rain", "A cat asleep on a sofa", "Soldiers march past a monument"}
	for _, a := range alts {
		b.WriteString("[grey-place]" + a + "\n\n")
	}
	for range 3 {
		b.WriteString("[switchlite]Save $31 if you get a Switch Lite with a game and a case.\n\n")
	}
	b.WriteString("[loft]Loft curves to create a surface\n")
	image := map[string]bool{}
	eachTextLine(t, b.String(), func(text string, l *Line) { image[text] = l.Image })
	for _, a := range alts {
		assert.True(t, image["[grey-place]"+a], a)
	}
	assert.False(t, image["[switchlite]Save $31 if you get a Switch Lite with a game and a case."])
	assert.False(t, image["[loft]Loft curves to create a surface"])

	// w3m's and lynx's ticked boxes before each listing's first line, a
	// toggle between two ways of writing it, are no picture's name however
	// often they come.
	mods := []string{"dns", "fs", "url", "vm", "zlib"}
	for _, box := range []string{"[*]", "[X]"} {
		b.Reset()
		for _, m := range mods {
			b.WriteString(box + "import " + m + " from 'node:" + m + "';\n\n")
		}
		clear(image)
		eachTextLine(t, b.String(), func(text string, l *Line) { image[text] = l.Image })
		for _, m := range mods {
			assert.False(t, image[box+"import "+m+" from 'node:"+m+"';"], m)
		}
	}
}

// TestPictureNames checks that a wall of logos, whose alt texts w3m prints
// as lines, is read as pictures, and that a heading or a sentence that
// ends in a picture's kind is not: alone on a page, ending a sentence, or
// one of a kind.
func TestPictureNames(t *testing.T) {
	logos := []string{"Microsoft Logo", "Salesforce Logo", "Mercedes-Benz Logo"}
	photos := []string{"Christopher Battin Submitted photo", "Jonathan P. Blair Submitted photo", "Elizabeth A. Burton Submitted photo"}
	page := "Trusted by the teams you know\n\n" + strings.Join(logos, "\n") + "\narrow icon\n\n" +
		"Why we changed our logo\n\nWe changed it because the old one had become hard to read on phones.\n\nThey found the logo.\n\n" +
		strings.Join(photos, "\n\nA short note about the reader.\n\n") + "\n"
	image := map[string]bool{}
	eachTextLine(t, page, func(text string, l *Line) { image[text] = l.Image })
	for _, s := range append(logos, photos...) {
		assert.True(t, image[s], s)
	}
	assert.False(t, image["arrow icon"], "one icon among logos")
	assert.False(t, image["They found the logo."])

	alone := "Why we changed our logo\n\nWe changed it because the old one had become hard to read on phones.\n\nThe new Acme logo\n"
	image = map[string]bool{}
	eachTextLine(t, alone, func(text string, l *Line) { image[text] = l.Image })
	assert.False(t, image["Why we changed our logo"])
	assert.False(t, image["The new Acme logo"])
}

// TestInitials checks that an avatar's initial over its poster's name, as
// a text renderer prints a thread, is read as a picture, and that a letter
// over a line that opens with another letter, over a paragraph, or over a
// list (an index's letter) is not.
func TestInitials(t *testing.T) {
	page := "E\n\nEjp55230 Discussion starter\n\nI am looking for a first mountain bike and would like some advice on which one to buy.\n\n" +
		"W\nwolfmw\n\nThe Marlin is a good choice for a first bike.\n\n" +
		"B\n\nThe second part of the guide begins here with a paragraph of its own.\n\n" +
		"C\n\nZoe Miller\n\nA\n\n  • Ada (programming language)\n"
	image := map[string]bool{}
	eachTextLine(t, page, func(text string, l *Line) { image[text] = l.Image })
	assert.True(t, image["E"])
	assert.True(t, image["W"])
	assert.False(t, image["B"], "a letter over a paragraph")
	assert.False(t, image["C"], "a letter over a name that opens with another")
	assert.False(t, image["A"], "an index's letter over its list")
	assert.False(t, image["Ejp55230 Discussion starter"])
}

// TestWritten: a page whose letters are mostly of a script written without
// spaces is read in no language, and its script tells its language; a
// Chinese text that names a Japanese title in katakana stays Chinese, and
// a page in a language with spaces tells none.
func TestWritten(t *testing.T) {
	x, err := lang.Load()
	require.NoError(t, err)
	for _, c := range []struct{ name, text, want string }{
		{"Chinese", "市议会周二晚间决定，在冬季风暴来临之前修复旧石码头。此前，议员们就港口的未来进行了长时间的辩论。", "zh"},
		{"Chinese naming a Japanese film", "这部名为《千と千尋の神隠し》的电影在中国上映后，票房超过了四亿元，观众们纷纷表示这是他们童年最美好的回忆之一，许多家长带着孩子一起走进影院观看。", "zh"},
		{"Japanese", "市議会は火曜日の夜、冬の嵐が来る前に古い石の桟橋を修理することを決めた。", "ja"},
		{"Japanese in kanji and katakana", "東京都議会、新型コロナウイルス感染症対策予算案を可決。都内医療機関支援強化。", "ja"},
		{"Korean", "시의회는 화요일 저녁 겨울 폭풍이 오기 전에 오래된 돌 부두를 수리하기로 결정했다.", "ko"},
		{"Thai", "สภาเมืองตัดสินใจเมื่อคืนวันอังคารว่าจะซ่อมแซมท่าเรือหินเก่าก่อนพายุฤดูหนาวจะมาถึง", "th"},
		{"English", "The city council decided on Tuesday evening to repair the old stone pier before the winter storms.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var d source.Doc
			require.NoError(t, source.Text(&d, "Home\n\n"+c.text+"\n", false, source.Limits{MaxLines: 100}))
			var p Page
			Measure(&p, &d, x, Options{})
			assert.Equal(t, c.want != "", p.CJK)
			assert.Equal(t, c.want, p.Written)
			if c.want != "" {
				assert.Equal(t, lang.None, p.Lang)
			}
		})
	}
}

// TestLineEnding: a line ends a sentence at the full stop of its script,
// not only at a Latin one; an Armenian paragraph that ended with "։" had
// read as a heading.
func TestLineEnding(t *testing.T) {
	for _, c := range []struct {
		text string
		want Ending
	}{
		{"The pier will be repaired.", EndSentence},
		{"The pier will be repaired...", EndEllipsis},
		{"“Will the pier be repaired?”", EndSentence},
		{"市议会决定修复旧石码头。", EndSentence},
		{"नगर परिषद ने फैसला किया।", EndSentence},
		{"श्लोक ॥", EndSentence},
		{"شہری کونسل نے فیصلہ کیا۔", EndSentence},
		{"Քաղաքային խորհուրդը որոշեց։", EndSentence},
		{"የከተማው ምክር ቤት ወሰነ።", EndSentence},
		{"ምን ወሰነ፧", EndSentence},
		{"ក្រុមប្រឹក្សាក្រុងបានសម្រេចចិត្ត។", EndSentence},
		{"မြို့တော်ကောင်စီ ဆုံးဖြတ်ခဲ့သည်။", EndSentence},
		{"གྲོང་ཁྱེར་གྲོས་ཚོགས།", EndSentence},
		{"قرر المجلس،", EndComma},
		{"Subscribe to our newsletter", EndNone},
		{"Քաղաքային խորհուրդը", EndNone},
	} {
		assert.Equal(t, c.want, lineEnding(c.text), c.text)
	}
}

func TestImageURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://www.example.com/assets/images/logos/og-image-logo.png":  true,
		"http://example.com/photos/pier.JPG?width=640&height=480":        true,
		"https://static.example.de/image/5d1ce1ae-500-250/how-to.webp#x": true,
		"https://www.example.com/article/how-to-build-a-pier":            false,
		"https://example.png":                           false, // a host, no path
		"See https://example.com/pier.png for the plan": false,
		"pier.png": false,
	} {
		assert.Equal(t, want, imageURL(s), s)
	}
}

// TestPictureFile: a picture's file name alone on its line, with a
// picture's extension or as a slug of lower-case words and numbers, is a
// picture's, and so is such a name given twice; two names, a telephone
// number, a name in capitals, a hyphenated word and a sentence are not.
func TestPictureFile(t *testing.T) {
	for s, want := range map[string]bool{
		"20130104-235771-chicken-penne-vodka-sauce-edit.jpg": true,
		"IMG_2976.JPG": true,
		"nintendo-switch-lite.jpgnintendo-switch-lite.jpg":                true,
		"20190809-burst-tomato-xo-pasta-vicky-wasik21-":                   true,
		"battlefield-6-2026-updates-plans":                                true,
		"20200224-obe-ata-vicky-wasik-23 20200224-obe-ata-vicky-wasik-23": true,
		"note-10-plus.jpg note-10-plus.jpg":                               true,
		"note-10-plus.jpg mavic-mini.jpg":                                 false,
		"1-888-661-8967":                                                  false,
		"ESPHome-Seeed-Xiao-ESP32-C6-Config":                              false,
		"state-of-the-art":                                                false,
		"See pier.png for the plan":                                       false,
		"https://example.com/pier.png":                                    true,
	} {
		assert.Equal(t, want, PictureFile(s), s)
	}
}

// TestHourTimeDateLine checks that a date line with its time as French
// and Portuguese write it ("10h25") after "às" is a date line, and that a
// sentence that mentions such a time is not.
func TestHourTimeDateLine(t *testing.T) {
	text := "Publicado em 12 de março de 2024 às 10h25\n\n" +
		"Atualizado em 12.03.2024 às 9h\n\n" +
		"A reunião da câmara municipal começou em 12 de março de 2024 às 10h25 e terminou tarde.\n"
	dated := map[string]bool{}
	eachTextLine(t, text, func(text string, l *Line) { dated[text] = l.Date != 0 })
	assert.True(t, dated["Publicado em 12 de março de 2024 às 10h25"])
	assert.True(t, dated["Atualizado em 12.03.2024 às 9h"])
	assert.False(t, dated["A reunião da câmara municipal começou em 12 de março de 2024 às 10h25 e terminou tarde."])
}

// FuzzCellStarts checks that the cell starts of any line rise, and that a
// line with cells lines up with itself without filling a column (its
// cells open after two spaces or more).
func FuzzCellStarts(f *testing.F) {
	for _, s := range []string{" Dung tích  5,5 lít", "容量       5.5リットル", "a  b   c", "  • ( )x  y", "สวัสดี  ครับ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		starts := cellStarts(nil, s)
		for i := 1; i < len(starts); i++ {
			if starts[i] <= starts[i-1] {
				t.Fatalf("%q: starts %v do not rise", s, starts)
			}
		}
		if len(starts) == 0 {
			return
		}
		fits, filled := opensCells(s, starts)
		if !fits || filled {
			t.Fatalf("%q: opensCells(own starts %v) = %v, %v", s, starts, fits, filled)
		}
	})
}

// TestUnderlines checks that a heading's underline, as html2text draws one
// under the heading it joins into a block, is not code's "==", which a
// comparison still is.
func TestUnderlines(t *testing.T) {
	text := "[Jane Doe]\n" +
		"Jane_Doe\n" +
		"Technical/Content Writer\n" +
		"================================================================================\n" +
		"Jane_Doe\n" +
		"Technical/Content Writer\n" +
		"================================================================================\n" +
		"Jane is a content writer who blogs about software development.\n" +
		"\n" +
		"if a == b {\n" +
		"    return\n" +
		"}\n"
	checkCode(t, text, []string{"if a == b {", "}"}, nil)
	eachTextLine(t, text, func(text string, l *Line) {
		if strings.Contains(text, "Technical/Content Writer") {
			assert.False(t, l.Code, text)
		}
	})
}

// TestUsageIsCode: a command's synopsis, its optional arguments in
// brackets and its placeholders, is a block of code; a title that names a
// tag, and mail senders with their addresses, are not.
func TestUsageIsCode(t *testing.T) {
	text := "Synopsis\n\n" +
		"npm cache add <package-spec>\n" +
		"npm cache clean [<key>]\n" +
		"npm cache verify\n" +
		"git commit [-a | --interactive] [-m <msg>]\n" +
		"\n" +
		"30 Years of <br> Tags\n" +
		"Jane Doe <jane@example.org>\n" +
		"John Roe <john at example.org>\n" +
		"\n" +
		"Use [-] to fold a thread and [+] to unfold it.\n" +
		"Prices rose [-5%] this week, the report says.\n"
	checkCode(t, text,
		[]string{"npm cache add <package-spec>", "npm cache clean [<key>]", "git commit [-a | --interactive] [-m <msg>]"},
		[]string{"Synopsis", "30 Years of <br> Tags", "Jane Doe <jane@example.org>", "John Roe <john at example.org>",
			"Use [-] to fold a thread and [+] to unfold it.", "Prices rose [-5%] this week, the report says."})
}

// TestInitialsAreNoStopwords: a capital letter alone before a full stop or an
// ampersand, or after one, is an initial ("U.S.", "J. Smith", "S&P"), no
// stopword of an English page, though English's stopwords-iso list gives
// the whole alphabet; "A" and "I", English words, are stopwords however
// written, and so is the lower-case "s" of "company's" and the "c" of a
// file's name, and a capital alone that is no initial ("IBM Z").
func TestInitialsAreNoStopwords(t *testing.T) {
	x, err := lang.Load()
	require.NoError(t, err)
	prose := "The council said that it would build the bridge over the river in the spring, and that the work would take three years."
	for _, c := range []struct {
		line  string
		stops int // of the line's words, "the" and "of" aside
	}{
		{"U.S. S&P J. Smith", 0},
		{"A. I. Smith", 2},
		{"company's eval.c", 1 + 1},
		{"IBM Z", 1},
		{"U.S. and A. Smith", 1 + 1},
	} {
		var d source.Doc
		require.NoError(t, source.Text(&d, prose+"\n\n"+prose+"\n\n"+c.line+"\n", false, source.Limits{MaxLines: 100}))
		var p Page
		Measure(&p, &d, x, Options{})
		require.Equal(t, "en", p.LangCode())
		assert.Equal(t, c.stops, p.Lines[len(p.Lines)-1].Stops, "%q", c.line)
	}
}

// TestPagerLists: a pager printed as a list, an item a line, is a list
// control (see markPagerLists), but an item that is a pager's phrase on
// its own; a list of numbers alone, or one with an item of another kind,
// is not.
func TestPagerLists(t *testing.T) {
	cases := []struct {
		text  string
		pager bool
	}{
		{"Thread title\n\n  • 1\n  • 2\n  • Siguiente\n\nFirst post.\n", true},
		{"Thread title\n\n  • « Previous\n  • 1\n  • 2\n  • 3\n  • …\n  • 12\n  • Next »\n\nFirst post.\n", true},
		{"Servings\n\n  • 1\n  • 2\n  • 4\n\nMethod.\n", false},
		{"Steps\n\n  • 1\n  • 2\n  • Next, stir the sauce\n\nMethod.\n", false},
		{"Menu\n\n  • Home\n  • 2\n  • 3\n  • Next\n  • Contact\n\nText.\n", false},
	}
	for _, c := range cases {
		eachTextLine(t, c.text, func(line string, l *Line) {
			if l.Marker == source.MarkBullet {
				pager := l.Table == lang.ListControl || l.Table == lang.PrevNext // "« Previous" is a pager's phrase already
				assert.Equal(t, c.pager, pager, "%q in %q", line, c.text)
			}
		})
	}
}
