package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// jsonLines encodes each value as a line of JSONL.
func jsonLines(t *testing.T, values ...any) string {
	t.Helper()
	var b strings.Builder
	for _, v := range values {
		enc, err := json.Marshal(v)
		require.NoError(t, err)
		b.Write(enc)
		b.WriteByte('\n')
	}
	return b.String()
}

// decodeLines decodes each line of s as a JSON object.
func decodeLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		out = append(out, m)
	}
	return out
}

// printed returns a cleaned document of -format jsonl as the text output
// prints it.
func printed(d map[string]any) string {
	s := d["body"].(string) + "\n"
	if t := d["title"].(string); t != "" {
		s = t + "\n\n" + s
	}
	return s
}

// seedText returns a seed document.
func seedText(t *testing.T, name string) string {
	return readFile(t, filepath.Join(seedDir, name))
}

func TestJSONLRecords(t *testing.T) {
	page := "<!DOCTYPE html><html><body><nav>Home | News</nav><p>" + strings.Repeat("A sentence of the page that is long enough to be kept. ", 5) + "</p><footer>© 2025 The Paper</footer></body></html>"
	in := jsonLines(t,
		map[string]any{"id": "a", "url": "https://www.news.example/1", "text": seedText(t, "001_26b014acf4a540e6.txt"), "crawl": map[string]any{"at": "2025-01-02", "n": 7}},
		map[string]any{"html": page, "lang_hint": "en", "id": 2},
	)
	stdout, stderr, code := runCLI(t, in, "-in-format", "jsonl", "-format", "jsonl")
	require.Equal(t, 0, code, stderr)
	docs := decodeLines(t, stdout)
	require.Len(t, docs, 2)

	assert.Equal(t, "a", docs[0]["id"])
	assert.Equal(t, "https://www.news.example/1", docs[0]["url"])
	assert.Equal(t, map[string]any{"at": "2025-01-02", "n": float64(7)}, docs[0]["crawl"], "other fields pass through")
	assert.NotContains(t, docs[0], "text", "the cleaned field is replaced by the body")
	assert.Equal(t, "news.example", docs[0]["site"])
	assert.Equal(t, float64(1), docs[0]["line"])
	assert.Equal(t, stdinName, docs[0]["path"])
	want := golden(t, "001_26b014acf4a540e6.txt")
	assert.Equal(t, want, printed(docs[0]), "the same as cleaning the file")

	assert.Equal(t, float64(2), docs[1]["id"])
	assert.Equal(t, "en", docs[1]["lang_hint"])
	assert.Contains(t, docs[1]["body"], "A sentence of the page")
	assert.NotContains(t, docs[1]["body"], "Home")
	assert.Equal(t, float64(2), docs[1]["line"])

	// The field order of the record is kept, and its values as written.
	first := strings.SplitN(stdout, "\n", 2)[0]
	assert.True(t, strings.HasPrefix(first, `{"crawl":{"at":"2025-01-02","n":7},"id":"a","url":"https://www.news.example/1","path":`), first)

	// As text, each record is headed by its name.
	stdout, _, code = runCLI(t, in, "-in-format", "jsonl")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(stdout, "==> <standard input>:1 <==\n"+want+"==> <standard input>:2 <==\n"), stdout)
}

// Each bad record is named once, as path:line: reason; the others are
// cleaned; the run fails.
func TestJSONLBadRecords(t *testing.T) {
	good := jsonLines(t, map[string]any{"text": seedText(t, "003_482d5174bba0154a.txt")})
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.jsonl")
	lines := []string{
		good,
		"not json\n",
		`{"url":"https://x.example/"}` + "\n",
		`{"text":"a","html":"<p>b</p>"}` + "\n",
		`{"text":5}` + "\n",
		`{"text":"a"} {"text":"b"}` + "\n",
		`{"text":"unclosed` + "\n",
		"\n",
		`{"text":"` + strings.Repeat("x", 2<<20) + `"}` + "\n",
		good,
	}
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644))
	stdout, stderr, code := runCLI(t, "", "-format", "jsonl", "-max-size", "1", path)
	assert.Equal(t, 2, code)
	assert.Len(t, decodeLines(t, stdout), 2, "the good records are cleaned")
	for n, reason := range map[int]string{
		2: "not a JSON object",
		3: `the record has no "text" or "html" field`,
		4: `the record has both a "text" and a "html" field`,
		5: `field "text" is not a string`,
		6: "more than one JSON value on the line",
		7: "bad JSON",
		9: "document is over the limit of 1.0 MiB",
	} {
		name := recordName(path, n)
		assert.Equal(t, 1, countNames(stderr, name), "%s in\n%s", name, stderr)
		assert.Contains(t, stderr, name+": "+reason)
	}
	assert.Equal(t, 7, strings.Count(stderr, "\n"), stderr)
}

// Field names are flags; .jsonl.gz files are found by the walk; -o writes
// the records of each JSONL input to a JSONL file.
func TestJSONLFilesAndOutDir(t *testing.T) {
	dir := t.TempDir()
	in := jsonLines(t,
		map[string]any{"content": seedText(t, "004_a00fc81244384d1d.txt"), "k": 1},
		map[string]any{"content": seedText(t, "000_6a4a497fc0a5f16e.txt"), "k": 2},
	)
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	z.Write([]byte(in))
	require.NoError(t, z.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "part-0.jsonl.gz"), gz.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "part-1.jsonl"), []byte(in), 0o644))

	stdout, stderr, code := runCLI(t, "", "-text-field", "content", "-format", "jsonl", dir)
	require.Equal(t, 0, code, stderr)
	docs := decodeLines(t, stdout)
	require.Len(t, docs, 4)
	assert.Equal(t, filepath.Join(dir, "part-0.jsonl.gz"), docs[0]["path"])
	assert.Equal(t, float64(2), docs[3]["k"])

	out := filepath.Join(t.TempDir(), "out")
	_, stderr, code = runCLI(t, "", "-text-field", "content", "-o", out, dir)
	require.Equal(t, 0, code, stderr)
	for _, name := range []string{"part-0.jsonl", "part-1.jsonl"} {
		recs := decodeLines(t, readFile(t, filepath.Join(out, name)))
		require.Len(t, recs, 2, name)
		assert.Equal(t, docs[0]["body"], recs[0]["body"])
		assert.Equal(t, float64(1), recs[0]["k"])
	}

	_, stderr, code = runCLI(t, "", "-w", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, filepath.Join(dir, "part-1.jsonl")+": -w cannot rewrite JSONL records in place; use -o")
}

// Records come out in input order, whatever the number of workers.
func TestJSONLOrder(t *testing.T) {
	var values []any
	names := []string{"000_6a4a497fc0a5f16e.txt", "001_26b014acf4a540e6.txt", "002_257e7d78ae1e6bca.txt", "003_482d5174bba0154a.txt", "004_a00fc81244384d1d.txt"}
	for i := range 60 {
		values = append(values, map[string]any{"n": i, "text": seedText(t, names[i%5])})
	}
	in := jsonLines(t, values...)
	one, _, code := runCLI(t, in, "-in-format", "jsonl", "-format", "jsonl", "-j", "1")
	require.Equal(t, 0, code)
	many, _, code := runCLI(t, in, "-in-format", "jsonl", "-format", "jsonl", "-j", "8")
	require.Equal(t, 0, code)
	assert.Equal(t, one, many)
	docs := decodeLines(t, one)
	require.Len(t, docs, 60)
	for i, d := range docs {
		assert.Equal(t, float64(i), d["n"])
	}
}

// Standard input that opens with a JSONL record is read as records; text
// that merely opens with a brace is a document.
func TestJSONLOnStandardInputIsSniffed(t *testing.T) {
	in := jsonLines(t,
		map[string]any{"id": 1, "text": seedText(t, "003_482d5174bba0154a.txt")},
		map[string]any{"id": 2, "text": seedText(t, "004_a00fc81244384d1d.txt")},
	)
	stdout, stderr, code := runCLI(t, in, "-format", "jsonl")
	require.Equal(t, 0, code, stderr)
	assert.Len(t, decodeLines(t, stdout), 2)

	doc := "{braces} open this line, which is not JSON at all.\n\n" + seedText(t, "003_482d5174bba0154a.txt")
	stdout, stderr, code = runCLI(t, doc, "-format", "jsonl")
	require.Equal(t, 0, code, stderr)
	docs := decodeLines(t, stdout)
	require.Len(t, docs, 1)
	assert.NotContains(t, docs[0], "line")

	stdout, _, code = runCLI(t, in, "-text", "-format", "jsonl")
	require.Equal(t, 0, code)
	assert.Len(t, decodeLines(t, stdout), 1, "-text reads standard input as one document")
}

// A file not in UTF-8 says in its object which encoding it was read in,
// here guessed from its text; a UTF-8 file's object has no such field.
func TestJSONLEncoding(t *testing.T) {
	dir := t.TempDir()
	page := "首页 | 新闻 | 体育 | 财经\n\n城市议会决定在冬季风暴前修复旧石码头\n\n" +
		"市议会周二晚间决定，在冬季风暴来临之前修复旧石码头。此前，议员们就港口的未来进行了长时间的辩论，最终以多数票通过了这一方案。\n\n" +
		"工程将于四月开始，持续近半年。在此期间，渡轮将按照夏季时刻表运行，市政府表示将尽量减少对居民出行的影响。\n"
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(page)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a-gbk.txt"), []byte(gbk), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b-utf8.txt"), []byte(page), 0o644))

	stdout, stderr, code := runCLI(t, "", "-format", "jsonl", filepath.Join(dir, "a-gbk.txt"), filepath.Join(dir, "b-utf8.txt"))
	require.Equal(t, 0, code, stderr)
	docs := decodeLines(t, stdout)
	require.Len(t, docs, 2)
	assert.Equal(t, "gb18030", docs[0]["encoding"])
	assert.NotContains(t, docs[1], "encoding")
	assert.Equal(t, docs[1]["body"], docs[0]["body"], "the same text, read in its encoding")
	assert.Equal(t, "城市议会决定在冬季风暴前修复旧石码头", docs[0]["title"])
}
