package clean_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// hostilePara is the paragraph the hostile fixtures wrap.
const hostilePara = "The council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that had lasted for more than three years."

// cleanFile cleans a file of testdata/hostile by its extension.
func cleanFile(t *testing.T, name string, opts ...clean.Option) (*clean.Result, error) {
	t.Helper()
	return cleanPath(t, filepath.Join("testdata/hostile", name), opts...)
}

// cleanPath cleans the file at path as HTML or as text, by its extension.
func cleanPath(t *testing.T, path string, opts ...clean.Option) (*clean.Result, error) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	if strings.HasSuffix(path, ".html") {
		return clean.HTML(bytes.NewReader(b), opts...)
	}
	return clean.Text(string(b), opts...)
}

// cleanFixture cleans the fixture at path under testdata, which cleans
// without an error.
func cleanFixture(t *testing.T, path string) *clean.Result {
	t.Helper()
	res, err := cleanPath(t, filepath.Join("testdata", path))
	require.NoError(t, err)
	return res
}

// TestHostileFiles cleans each file of testdata/hostile, one case each.
func TestHostileFiles(t *testing.T) {
	ok := func(t *testing.T, name string) *clean.Result {
		t.Helper()
		res, err := cleanFile(t, name)
		require.NoError(t, err)
		return res
	}
	t.Run("UTF-8 with a byte order mark", func(t *testing.T) {
		res := ok(t, "utf8-bom.txt")
		assert.Equal(t, "utf-8", res.Encoding)
		assert.Equal(t, "Café opens", res.Lines[0].Text, "the mark is gone")
	})
	for _, c := range []struct{ file, enc string }{{"utf16le-bom.txt", "utf-16le"}, {"utf16be-bom.txt", "utf-16be"}} {
		t.Run("UTF-16 with a byte order mark: "+c.enc, func(t *testing.T) {
			res := ok(t, c.file)
			assert.Equal(t, c.enc, res.Encoding)
			assert.Equal(t, "Café opens", res.Lines[0].Text)
			assert.Contains(t, res.Body, hostilePara)
		})
	}
	t.Run("Latin-1 text is read as windows-1252", func(t *testing.T) {
		res := ok(t, "latin1.txt")
		assert.Equal(t, "windows-1252", res.Encoding)
		assert.Equal(t, "Café naïve à la carte", res.Lines[0].Text)
	})
	t.Run("invalid UTF-8 is replaced and counted", func(t *testing.T) {
		res := ok(t, "invalid-utf8.txt")
		assert.Equal(t, "utf-8", res.Encoding)
		assert.Equal(t, 2, res.InvalidBytes)
		assert.Contains(t, res.Lines[2].Text, "\ufffd\ufffd end.")
	})
	for _, name := range []string{"nul.txt", "image.png.txt"} {
		t.Run("binary data is refused: "+name, func(t *testing.T) {
			_, err := cleanFile(t, name)
			assert.ErrorIs(t, err, clean.ErrBinary)
		})
	}
	t.Run("control characters go", func(t *testing.T) {
		res := ok(t, "controls.txt")
		assert.Equal(t, "[31mRed[0m alert", res.Lines[0].Text)
	})
	t.Run("directional overrides and zero-width characters go", func(t *testing.T) {
		res := ok(t, "bidi.txt")
		assert.Equal(t, "evil text and zerowidth", res.Lines[0].Text)
	})
	t.Run("every kind of line break", func(t *testing.T) {
		res := ok(t, "mixed-newlines.txt")
		var texts []string
		for _, l := range res.Lines {
			texts = append(texts, l.Text)
		}
		assert.Equal(t, []string{"Title here", "", hostilePara, hostilePara, "", "last line."}, texts)
	})
	t.Run("an empty file", func(t *testing.T) {
		res := ok(t, "empty.txt")
		assert.Empty(t, res.Body)
		assert.Empty(t, res.String())
	})
	t.Run("blank lines only", func(t *testing.T) {
		res := ok(t, "blank-lines.txt")
		assert.Empty(t, res.Body)
		for _, l := range res.Lines {
			assert.Equal(t, clean.Blank, l.Verdict)
		}
	})
	t.Run("a legacy charset declared in HTML", func(t *testing.T) {
		res := ok(t, "shift-jis.html")
		assert.Equal(t, "shift_jis", res.Encoding)
		assert.Contains(t, res.Body, "これは日本語で書かれた記事の本文です。")
	})
	t.Run("an unknown charset falls back", func(t *testing.T) {
		res := ok(t, "unknown-charset.html")
		assert.Equal(t, "utf-8", res.Encoding)
		assert.Contains(t, res.Body, "Café and a paragraph")
	})
	t.Run("HTML nested deeper than the parser takes", func(t *testing.T) {
		res := ok(t, "deep.html")
		assert.Equal(t, hostilePara, res.Body)
	})
	t.Run("hundreds of unclosed formatting elements", func(t *testing.T) {
		res := ok(t, "unclosed.html")
		assert.Equal(t, hostilePara, res.Body)
	})
	t.Run("a page of scripts", func(t *testing.T) {
		res := ok(t, "script-only.html")
		assert.NotContains(t, res.String(), "document.write")
		assert.NotContains(t, res.String(), "p{}")
	})
	t.Run("text in a file named .html", func(t *testing.T) {
		res := ok(t, "not-html.html")
		assert.Equal(t, "just some text, no tags at all, in a file named .html", res.Lines[0].Text)
	})
}

// TestHostileGenerated covers inputs too big to keep in testdata.
func TestHostileGenerated(t *testing.T) {
	t.Run("a huge attribute", func(t *testing.T) {
		doc := `<html><body><div class="` + strings.Repeat("x", 1<<20) + `"><p>` + hostilePara + `</p></div></body></html>`
		res, err := clean.HTML(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Equal(t, hostilePara, res.Body)
	})
	t.Run("100,000 nested divs", func(t *testing.T) {
		const n = 100_000
		doc := "<html><body>" + strings.Repeat("<div>", n) + hostilePara + strings.Repeat("</div>", n) + "</body></html>"
		start := time.Now()
		res, err := clean.HTML(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Equal(t, hostilePara, res.Body)
		assert.Less(t, time.Since(start), raceSlowdown*10*time.Second)
	})
	t.Run("a megabyte of brackets before one link", func(t *testing.T) {
		// Each bracket's close is found by a scan: a line that no close
		// ends, or of links nested a million deep, is read a few times,
		// not once for each bracket (see source.maxMisses).
		for _, line := range []string{
			strings.Repeat("[", 1<<20) + "](x)",
			strings.Repeat("[", 1<<18) + "x" + strings.Repeat("](a)", 1<<18),
			strings.Repeat("[12]a ", 1<<17) + "](x)",
		} {
			start := time.Now()
			res, err := clean.Text(line + "\n\n" + hostilePara + "\n")
			require.NoError(t, err)
			assert.Contains(t, res.Body, hostilePara)
			assert.Less(t, time.Since(start), raceSlowdown*10*time.Second)
		}
	})
	t.Run("a block of code of 200,000 lines", func(t *testing.T) {
		// Whether a line stands in a block of code is read once for the
		// page, not once for each line of the block (see decide's
		// inCodeBlock): 80 s at b43dc62.
		doc := "fn main() {\n" + strings.Repeat("    share,\n", 200_000) + "    x = 1;\n}\n\n" + hostilePara + "\n"
		start := time.Now()
		res, err := clean.Text(doc)
		require.NoError(t, err)
		assert.Contains(t, res.Body, hostilePara)
		assert.Less(t, time.Since(start), raceSlowdown*10*time.Second)
	})
	t.Run("100,000 widgets side by side", func(t *testing.T) {
		// Whether a widget stands among a story's paragraphs is read from a
		// few siblings on each side, not from all (see source's
		// blockAmidText).
		doc := "<html><body><div><p>" + hostilePara + "</p>" + strings.Repeat(`<div class="widget">x</div>`, 100_000) + "<p>" + hostilePara + "</p></div></body></html>"
		start := time.Now()
		res, err := clean.HTML(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Contains(t, res.Body, hostilePara)
		assert.Less(t, time.Since(start), raceSlowdown*10*time.Second)
	})
	t.Run("128 nested tables", func(t *testing.T) {
		// Each level is four elements to the parser (table, tbody, tr,
		// td): past its 512, the page is read flattened.
		doc := strings.Repeat("<table><td>", 128) + hostilePara
		res, err := clean.HTML(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Equal(t, hostilePara, res.Body)
	})
	t.Run("a 50 MB single line", func(t *testing.T) {
		if testing.Short() {
			t.Skip("builds a 50 MB document")
		}
		var b strings.Builder
		for b.Len() < 50<<20 {
			b.WriteString("word and another one, ")
		}
		doc := b.String()
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		res, err := clean.Text(doc)
		require.NoError(t, err)
		elapsed := time.Since(start)
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		assert.Len(t, res.Lines, 1)
		assert.Less(t, elapsed, raceSlowdown*10*time.Second)
		// Memory: the document's normal form, its lower-case key, its
		// words' stopword sets (eight bytes a word) and the printed
		// result; not the dozens of times a word-by-word reading of it
		// would take.
		if !raceEnabled {
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(6*len(doc)))
		}
	})
	t.Run("over MaxBytes", func(t *testing.T) {
		c, err := clean.New(clean.WithLimits(clean.Limits{MaxBytes: 1000}))
		require.NoError(t, err)
		_, err = c.Text(strings.Repeat("a", 1001))
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxBytes", le.Limit)
		assert.Equal(t, "document of 1001 bytes is over the limit of 1000 bytes (Limits.MaxBytes)", err.Error())
		_, err = c.HTML(strings.NewReader(strings.Repeat("<p>a</p>", 200)))
		require.ErrorAs(t, err, &le)
	})
	t.Run("over MaxNodes", func(t *testing.T) {
		c, err := clean.New(clean.WithLimits(clean.Limits{MaxNodes: 100}))
		require.NoError(t, err)
		_, err = c.HTML(strings.NewReader(strings.Repeat("<p>a</p>", 200)))
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxNodes", le.Limit)
	})
	t.Run("a negative limit", func(t *testing.T) {
		_, err := clean.New(clean.WithLimits(clean.Limits{MaxDepth: -1}))
		assert.Error(t, err)
	})
	t.Run("limits near the largest int", func(t *testing.T) {
		c, err := clean.New(clean.WithLimits(clean.Limits{MaxBytes: math.MaxInt, MaxLines: math.MaxInt, MaxNodes: math.MaxInt}))
		require.NoError(t, err)
		res, err := c.HTML(strings.NewReader("<p>" + hostilePara + "</p>"))
		require.NoError(t, err)
		assert.Equal(t, hostilePara, res.Body, "a limit that overflows reads nothing")
	})
	t.Run("a reader that fails", func(t *testing.T) {
		_, err := clean.HTML(failingReader{})
		assert.ErrorIs(t, err, errRead)
	})
	t.Run("a reader that makes no progress", func(t *testing.T) {
		_, err := clean.HTML(stuckReader{})
		assert.ErrorIs(t, err, io.ErrNoProgress)
	})
}

// stuckReader returns no data and no error, forever.
type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

// TestHostileMemory cleans or refuses, within the default limits, the
// documents that once took gigabytes: each refusal comes quickly and
// allocates little more than the document. (Peak memory is measured with
// the CLI; see the README.)
func TestHostileMemory(t *testing.T) {
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	t.Run("64 MiB of one-letter lines", func(t *testing.T) {
		doc := strings.Repeat("a\n", 32<<20)
		var err error
		n := allocated(func() { _, err = clean.Text(doc) })
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxLines", le.Limit)
		assert.Equal(t, 32<<20, le.Value)
		assert.Less(t, n, uint64(len(doc)/2), "refused before the lines are cut")
	})
	t.Run("8 MB of lines in one pre", func(t *testing.T) {
		doc := "<pre>" + strings.Repeat("x\n", 4<<20) + "</pre>"
		_, err := clean.HTML(strings.NewReader(doc))
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxLines", le.Limit)
		assert.Equal(t, "document has more than 524288 lines (Limits.MaxLines)", err.Error())
	})
	t.Run("a million paragraphs", func(t *testing.T) {
		if testing.Short() {
			t.Skip("parses 8 MB of HTML")
		}
		doc := strings.Repeat("<p>x</p>", 1_000_000)
		_, err := clean.HTML(strings.NewReader(doc))
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxNodes", le.Limit)
	})
	t.Run("formatting elements reopened before every paragraph", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("<p>")
		for i := range 400 {
			fmt.Fprintf(&b, "<b id=%d>", i)
		}
		b.WriteString("x" + strings.Repeat("<p>x</p>", 100_000))
		doc := b.String()
		var err error
		n := allocated(func() { _, err = clean.HTML(strings.NewReader(doc)) })
		var le *clean.LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "MaxNodes", le.Limit)
		assert.Equal(t, "page would have more than 1000000 elements once parsed (Limits.MaxNodes)", err.Error())
		assert.Less(t, n, uint64(8*len(doc)), "refused before the parser makes 40 million elements")
	})
	t.Run("many small pre elements", func(t *testing.T) {
		if testing.Short() {
			t.Skip("cleans 100,000 lines")
		}
		doc := strings.Repeat("<pre>a line of preformatted text</pre>\n", 100_000)
		res, err := clean.HTML(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Len(t, res.Lines, 100_000)
	})
}

var errRead = errors.New("read failed")

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errRead }
