package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// siteArticles are the paragraphs of the articles of a test site.
var siteArticles = []string{
	"The council voted on Tuesday to approve a new bridge over the river, after a debate of three years.",
	"The school will open a new library in the autumn, the head teacher told parents at a meeting on Monday.",
	"Heavy rain caused the river to burst its banks on Sunday, and several roads were closed for hours.",
	"The town's football club won its first match of the season on Saturday, in front of a record crowd.",
	"A new bus line will link the station to the hospital from next month, the transport office said.",
	"The museum reopened on Friday after a year of repairs to its roof, which had been damaged by a storm.",
}

const siteDisclaimer = "The views expressed here are those of the author and do not reflect the position of the newspaper."

// siteDir writes the test site's articles, each with the disclaimer, into
// a directory, and returns their paths.
func siteDir(t *testing.T) (dir string, paths []string) {
	dir = filepath.Join(t.TempDir(), "site")
	require.NoError(t, os.Mkdir(dir, 0o755))
	for i, a := range siteArticles {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(a+"\n\n"+siteDisclaimer+"\n"), 0o644))
		paths = append(paths, p)
	}
	return dir, paths
}

// Profiles written from two halves of a directory and merged clean as
// -corpus on the whole, and -profile-out of the whole is their merge, to
// the byte.
func TestProfileFiles(t *testing.T) {
	dir, paths := siteDir(t)
	profiles := t.TempDir()
	half := len(paths) / 2
	a, b, whole := filepath.Join(profiles, "a.prof"), filepath.Join(profiles, "b.prof"), filepath.Join(profiles, "whole.prof")
	for _, c := range []struct {
		out  string
		args []string
	}{{a, paths[:half]}, {b, paths[half:]}, {whole, []string{dir}}} {
		stdout, stderr, code := runCLI(t, "", append([]string{"-profile-out", c.out}, c.args...)...)
		require.Equal(t, 0, code, stderr)
		assert.Empty(t, stdout, "-profile-out alone only counts")
		assert.Empty(t, stderr)
	}

	corpus, stderr, code := runCLI(t, "", "-corpus", dir)
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, corpus, siteDisclaimer)
	for _, a := range siteArticles {
		assert.Contains(t, corpus, a)
	}
	merged, stderr, code := runCLI(t, "", "-profile", a, "-profile", b, dir)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, corpus, merged)

	var m clean.Profile
	for _, path := range []string{b, a} {
		p, err := readProfileFile(path)
		require.NoError(t, err)
		m.Merge(p)
	}
	var buf bytes.Buffer
	_, err := m.WriteTo(&buf)
	require.NoError(t, err)
	assert.Equal(t, readFile(t, whole), buf.String())

	// -corpus -profile-out cleans and saves in one run.
	both := filepath.Join(profiles, "both.prof")
	out, _, code := runCLI(t, "", "-corpus", "-profile-out", both, dir)
	require.Equal(t, 0, code)
	assert.Equal(t, corpus, out)
	assert.Equal(t, readFile(t, whole), readFile(t, both))

	explain, _, code := runCLI(t, "", "-explain", "-profile", whole, paths[0])
	require.Equal(t, 0, code)
	assert.Contains(t, explain, "drop  site-repeat (in 6 of 6 documents of "+filepath.ToSlash(dir)+")")
}

func TestProfileFileErrors(t *testing.T) {
	dir, _ := siteDir(t)
	bad := filepath.Join(t.TempDir(), "bad.prof")
	require.NoError(t, os.WriteFile(bad, []byte("not a profile"), 0o644))
	stdout, stderr, code := runCLI(t, "", "-profile", bad, dir)
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Equal(t, bad+": profile: not a cleanseeds profile\n", stderr)

	missing := filepath.Join(t.TempDir(), "missing.prof")
	_, stderr, code = runCLI(t, "", "-profile", missing, dir)
	assert.Equal(t, 2, code)
	assert.Equal(t, missing+": no such file or directory\n", stderr)

	_, stderr, code = runCLI(t, "", "-profile-out", filepath.Join(dir, "p"), "-o", t.TempDir(), dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-profile-out alone only counts; add -corpus")
}

// A document reached by three paths counts once, and so do three copies
// of one article: with -corpus -w, neither is emptied.
func TestCorpusCountsADocumentOnce(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "site", "2024")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	article := seedText(t, "004_a00fc81244384d1d.txt")
	path := filepath.Join(sub, "a.txt")
	require.NoError(t, os.WriteFile(path, []byte(article), 0o644))
	_, stderr, code := runCLI(t, "", "-corpus", "-w", filepath.Join(root, "site"), sub, path)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, golden(t, "004_a00fc81244384d1d.txt"), readFile(t, path))

	copies := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(copies, name), []byte(article), 0o644))
	}
	_, stderr, code = runCLI(t, "", "-corpus", "-w", copies)
	require.Equal(t, 0, code, stderr)
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		assert.Equal(t, golden(t, "004_a00fc81244384d1d.txt"), readFile(t, filepath.Join(copies, name)))
	}
}

// A JSONL stream on standard input is read twice with -corpus; a record's
// url names its site.
func TestCorpusOnStandardInput(t *testing.T) {
	var values []any
	for i, a := range siteArticles {
		values = append(values, map[string]any{"url": fmt.Sprintf("https://paper.example/%d", i), "text": a + "\n\n" + siteDisclaimer})
	}
	values = append(values, map[string]any{"url": "https://other.example/1", "text": siteArticles[0] + "\n\n" + siteDisclaimer})
	stdout, stderr, code := runCLI(t, jsonLines(t, values...), "-corpus", "-in-format", "jsonl", "-format", "jsonl")
	require.Equal(t, 0, code, stderr)
	docs := decodeLines(t, stdout)
	require.Len(t, docs, len(values))
	for i, d := range docs[:len(siteArticles)] {
		assert.Equal(t, siteArticles[i], d["body"])
		assert.Equal(t, "paper.example", d["site"])
	}
	assert.Equal(t, siteArticles[0]+"\n\n"+siteDisclaimer, docs[len(siteArticles)]["body"], "another site's page keeps it")
}

// An output that cannot be written fails the run, with a message.
func TestStandardOutputFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	var stderr bytes.Buffer
	code := run([]string{seedDir}, strings.NewReader(""), full, &stderr)
	assert.Equal(t, 2, code)
	assert.Equal(t, "cleanseeds: writing standard output: write /dev/full: no space left on device\n", stderr.String())
}

func TestVerbose(t *testing.T) {
	dir := seeds(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00binary"), 0o644))
	stdout, stderr, code := runCLI(t, "", "-v", "-l", dir)
	assert.Equal(t, 2, code)
	assert.NotEmpty(t, stdout)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	require.Len(t, lines, 2, stderr)
	assert.Equal(t, filepath.Join(dir, "bad.txt")+": binary data, not text (a NUL byte near the start)", lines[0])
	assert.Regexp(t, `^cleanseeds: 5 documents from 6 inputs \([0-9.]+ MB\) in [0-9.]+s: [0-9]+ lines kept, [0-9]+ removed; 1 errors$`, lines[1])
}
