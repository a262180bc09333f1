package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seedDir = "../../clean/testdata/seeds"

// runCLI runs the program as main would and returns what it printed.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// seeds copies the seed documents into a new directory and returns it.
func seeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, 5)
	for _, f := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), []byte(readFile(t, f)), 0o644))
	}
	return dir
}

// golden returns the expected output for a seed.
func golden(t *testing.T, name string) string {
	return readFile(t, filepath.Join(seedDir, strings.TrimSuffix(name, ".txt")+".golden"))
}

func TestStdin(t *testing.T) {
	names, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, names, 5)
	for _, name := range names {
		name = filepath.Base(name)
		stdout, stderr, code := runCLI(t, readFile(t, filepath.Join(seedDir, name)))
		assert.Equal(t, 0, code)
		assert.Empty(t, stderr)
		assert.Equal(t, golden(t, name), stdout)

		stdout, _, code = runCLI(t, readFile(t, filepath.Join(seedDir, name)), "-")
		assert.Equal(t, 0, code)
		assert.Equal(t, golden(t, name), stdout, "- is standard input")
	}
}

func TestDirectory(t *testing.T) {
	dir := seeds(t)
	// Files the walk must skip, and forms it must take.
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".hidden"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".hidden", "x.txt"), []byte("hidden\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a document\n"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "000_6a4a497fc0a5f16e.txt"), filepath.Join(dir, "link.txt")))
	sub := filepath.Join(dir, "sub")
	require.NoError(t, os.Mkdir(sub, 0o755))
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	_, err := z.Write([]byte(readFile(t, filepath.Join(seedDir, "001_26b014acf4a540e6.txt"))))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	require.NoError(t, os.WriteFile(filepath.Join(sub, "001.txt.gz"), gz.Bytes(), 0o644))

	stdout, stderr, code := runCLI(t, "", dir)
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)
	var want strings.Builder
	for _, name := range []string{"000_6a4a497fc0a5f16e.txt", "001_26b014acf4a540e6.txt", "002_257e7d78ae1e6bca.txt", "003_482d5174bba0154a.txt", "004_a00fc81244384d1d.txt", "sub/001.txt.gz"} {
		fmt.Fprintf(&want, "==> %s <==\n", filepath.Join(dir, name))
		want.WriteString(golden(t, strings.Replace(name, "sub/001.txt.gz", "001_26b014acf4a540e6.txt", 1)))
	}
	assert.Equal(t, want.String(), stdout, "the seeds in lexical order, each headed by its path, then sub/001.txt.gz; no hidden file, no .md, no symlink")
}

func TestMissingPath(t *testing.T) {
	dir := seeds(t)
	missing := filepath.Join(dir, "missing.txt")
	file := filepath.Join(dir, "003_482d5174bba0154a.txt")
	stdout, stderr, code := runCLI(t, "", missing, file, missing+"2")
	assert.Equal(t, 2, code)
	assert.Equal(t, golden(t, "003_482d5174bba0154a.txt"), stdout, "the other file is still cleaned")
	assert.Equal(t, missing+": no such file or directory\n"+missing+"2: no such file or directory\n", stderr, "each named once, as path: reason")
}

func TestBrokenGzip(t *testing.T) {
	dir := seeds(t)
	bad := filepath.Join(dir, "bad.txt.gz")
	require.NoError(t, os.WriteFile(bad, []byte("not gzip at all"), 0o644))
	stdout, stderr, code := runCLI(t, "", dir)
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, strings.Count(stderr, bad+": "), stderr)
	assert.Contains(t, stdout, golden(t, "004_a00fc81244384d1d.txt"))
}

func TestWrite(t *testing.T) {
	dir := seeds(t)
	name := "004_a00fc81244384d1d.txt"
	path := filepath.Join(dir, name)
	require.NoError(t, os.Chmod(path, 0o600))

	stdout, stderr, code := runCLI(t, "", "-w", dir)
	assert.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	assert.Equal(t, golden(t, name), readFile(t, path))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "mode kept")
	leftovers, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "no temporary files left")

	// Cleaning again changes nothing.
	before := readFile(t, path)
	_, _, code = runCLI(t, "", "-w", dir)
	assert.Equal(t, 0, code)
	assert.Equal(t, before, readFile(t, path))
}

func TestWriteRefusesSymlinks(t *testing.T) {
	dir := seeds(t)
	target := filepath.Join(dir, "004_a00fc81244384d1d.txt")
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink(target, link))
	original := readFile(t, target)
	_, stderr, code := runCLI(t, "", "-w", link)
	assert.Equal(t, 2, code)
	assert.Equal(t, link+": refusing to write through a symbolic link\n", stderr)
	assert.Equal(t, original, readFile(t, target), "the target is untouched")
}

func TestWriteRefusesHTML(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, []byte("<p>text</p>"), 0o644))
	_, stderr, code := runCLI(t, "", "-w", page)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, page+": ")
	assert.Equal(t, "<p>text</p>", readFile(t, page))
}

func TestList(t *testing.T) {
	dir := seeds(t)
	stdout, _, code := runCLI(t, "", "-l", dir)
	assert.Equal(t, 0, code)
	// 000, 002 and 003 lose nothing but a date prefix or spaces; 001 and
	// 004 lose chrome.
	assert.Equal(t, filepath.Join(dir, "001_26b014acf4a540e6.txt")+"\n"+filepath.Join(dir, "004_a00fc81244384d1d.txt")+"\n", stdout)
}

func TestDiff(t *testing.T) {
	dir := seeds(t)
	path := filepath.Join(dir, "001_26b014acf4a540e6.txt")
	stdout, _, code := runCLI(t, "", "-d", path)
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(stdout, "--- "+path+".orig\n+++ "+path+"\n@@ "), stdout)
	assert.Contains(t, stdout, "\n-Read Also: Joe Biden Introduces New Brand")
	assert.Contains(t, stdout, "\n-@ 2021 HNGN, All rights reserved.")
	assert.NotContains(t, stdout, "\n-Biden assures Ukraine's Zelenskiy of US support")
}

func TestJSONL(t *testing.T) {
	dir := seeds(t)
	stdout, _, code := runCLI(t, "", "-format", "jsonl", dir)
	assert.Equal(t, 0, code)
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<20)
	var docs []map[string]any
	for sc.Scan() {
		var d map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, d)
	}
	require.Len(t, docs, 5)
	for _, d := range docs {
		for _, field := range []string{"path", "title", "date", "body", "kept", "removed"} {
			assert.Contains(t, d, field)
		}
	}
	assert.Equal(t, filepath.Join(dir, "000_6a4a497fc0a5f16e.txt"), docs[0]["path"])
	assert.Equal(t, "2022-01-03", docs[0]["date"])
	assert.Equal(t, "President Joe Biden, Russian President Vladimir Putin to speak Thursday as Ukraine tensions rise", docs[4]["title"])
	assert.Equal(t, "2021-12-29", docs[4]["date"])
	body := docs[4]["body"].(string)
	assert.Equal(t, strings.TrimPrefix(golden(t, "004_a00fc81244384d1d.txt"), docs[4]["title"].(string)+"\n\n"), body+"\n", "body is the text without the headline")
	assert.EqualValues(t, 0, docs[0]["removed"])
	assert.Greater(t, docs[4]["removed"], float64(100))
}

func TestExplain(t *testing.T) {
	stdout, _, code := runCLI(t, readFile(t, filepath.Join(seedDir, "001_26b014acf4a540e6.txt")), "-explain")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "   19 drop  related-link")
	assert.Contains(t, stdout, "| Read Also: Joe Biden")
	assert.NotContains(t, stdout, "==>", "one document needs no header")

	stdout, _, code = runCLI(t, "", "-explain", "-format", "jsonl", filepath.Join(seedDir, "001_26b014acf4a540e6.txt"))
	assert.Equal(t, 0, code)
	var d struct {
		Lines []struct {
			N       int    `json:"n"`
			Verdict string `json:"verdict"`
			Rule    string `json:"rule"`
		} `json:"lines"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	require.Greater(t, len(d.Lines), 19)
	assert.Equal(t, 19, d.Lines[18].N)
	assert.Equal(t, "drop", d.Lines[18].Verdict)
	assert.Equal(t, "related-link", d.Lines[18].Rule)
}

func TestOutDir(t *testing.T) {
	dir := seeds(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "page.html"), []byte("<html><body><p>"+strings.Repeat("A sentence of the page that is long enough to be kept. ", 5)+"</p></body></html>"), 0o644))
	out := filepath.Join(dir, "out") // inside the input tree: must not be walked
	_, stderr, code := runCLI(t, "", "-o", out, dir)
	require.Equal(t, 0, code, stderr)
	for _, name := range []string{"000_6a4a497fc0a5f16e.txt", "004_a00fc81244384d1d.txt"} {
		assert.Equal(t, golden(t, name), readFile(t, filepath.Join(out, name)))
	}
	assert.FileExists(t, filepath.Join(out, "page.txt"), ".html becomes .txt")
	assert.NoDirExists(t, filepath.Join(out, "out"), "the output directory is not cleaned into itself")

	// A second run over the same tree still skips the output.
	_, stderr, code = runCLI(t, "", "-o", out, dir)
	require.Equal(t, 0, code, stderr)
	assert.NoDirExists(t, filepath.Join(out, "out"))
}

func TestOutDirCollision(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("A sentence of the page that is long enough to be kept. ", 5)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>"+text+"</p>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text+"\n"), 0o644))
	out := t.TempDir()
	_, stderr, code := runCLI(t, "", "-j", "4", "-o", out, dir)
	assert.Equal(t, 2, code)
	assert.Equal(t, filepath.Join(dir, "a.txt")+": output "+filepath.Join(out, "a.txt")+" is already written from "+filepath.Join(dir, "a.html")+"\n", stderr)
}

func TestOutDirRefusesToOverwriteInput(t *testing.T) {
	dir := seeds(t)
	path := filepath.Join(dir, "004_a00fc81244384d1d.txt")
	original := readFile(t, path)
	_, stderr, code := runCLI(t, "", "-o", dir, path)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, path+": refusing to overwrite the input")
	assert.Equal(t, original, readFile(t, path))
}

func TestCorpusFlag(t *testing.T) {
	dir := t.TempDir()
	disclaimer := "The views expressed here are those of the author and do not reflect the position of the newspaper."
	articles := []string{
		"The council voted on Tuesday to approve a new bridge over the river, after a debate of three years.",
		"The school will open a new library in the autumn, the head teacher told parents at a meeting on Monday.",
		"Heavy rain caused the river to burst its banks on Sunday, and several roads were closed for hours.",
	}
	for i, a := range articles {
		require.NoError(t, os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(a+"\n\n"+disclaimer+"\n"), 0o644))
	}
	stdout, _, code := runCLI(t, "", dir)
	assert.Equal(t, 0, code)
	assert.Equal(t, 3, strings.Count(stdout, disclaimer), "alone, each page keeps it")
	stdout, _, code = runCLI(t, "", "-corpus", dir)
	assert.Equal(t, 0, code)
	var want strings.Builder
	for i, a := range articles {
		fmt.Fprintf(&want, "==> %s <==\n%s\n", filepath.Join(dir, string(rune('a'+i))+".txt"), a)
	}
	assert.Equal(t, want.String(), stdout)
}

func TestHTMLFromStdin(t *testing.T) {
	page := "<!DOCTYPE html><html><body><nav>Home</nav><p>" + strings.Repeat("A sentence of the page that is long enough to be kept. ", 5) + "</p></body></html>"
	stdout, _, code := runCLI(t, page)
	assert.Equal(t, 0, code)
	assert.NotContains(t, stdout, "<p>")
	assert.NotContains(t, stdout, "Home")
	assert.Contains(t, stdout, "A sentence of the page")

	stdout, _, code = runCLI(t, page, "-text", "-explain")
	assert.Equal(t, 0, code)
	assert.Equal(t, 1, strings.Count(stdout, "\n"), "-text reads the page as one line of text")
	assert.Contains(t, stdout, "<p>A sentence of the page", "-text keeps the tags in the text")
}

func TestUsage(t *testing.T) {
	dir := seeds(t)
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"-w"}, "cannot use -w with standard input"},
		{[]string{"-o", dir}, "cannot use -o with standard input"},
		{[]string{"-w", "-o", dir, dir}, "-w and -o cannot be used together"},
		{[]string{"-format", "xml", dir}, "unknown -format"},
		{[]string{"-html", "-text", dir}, "-html and -text cannot be used together"},
		{[]string{"-j", "0", dir}, "-j must be at least 1"},
		{[]string{"-format", "jsonl", "-l", dir}, "-format jsonl"},
		{[]string{"-balance", "loose", dir}, "unknown balance"},
		{[]string{"-disable", "share-bar,nope", dir}, "no rule named nope"},
		{[]string{"-nosuchflag"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		stdout, stderr, code := runCLI(t, "", c.args...)
		assert.Equal(t, 2, code, c.args)
		assert.Empty(t, stdout, c.args)
		assert.Contains(t, stderr, c.msg, c.args)
	}
}

func TestRulesAndVersion(t *testing.T) {
	stdout, _, code := runCLI(t, "", "-rules")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "share-bar")
	assert.Contains(t, stdout, "article-span")
	stdout, _, code = runCLI(t, "", "-version")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(stdout, "cleanseeds "))
}

// TestJobsDoNotChangeOutput runs the benchmark pages with one and with two
// workers: the bytes printed must be the same.
func TestJobsDoNotChangeOutput(t *testing.T) {
	for _, set := range []string{"scrapinghub/text-w3m", "scrapinghub/text-htmltext"} {
		dir := filepath.Join("../../../shared/bench", set)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("no benchmark data: %v", err)
		}
		one, _, code := runCLI(t, "", "-j", "1", "-format", "jsonl", dir)
		require.Equal(t, 0, code)
		two, _, code := runCLI(t, "", "-j", "2", "-format", "jsonl", dir)
		require.Equal(t, 0, code)
		assert.Equal(t, strings.Count(one, "\n"), 181)
		assert.True(t, one == two, "%s: -j 1 and -j 2 differ", set)
	}
}
