package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests run the command as a user does: the test binary runs itself
// with CLEANBEAM_ARGS set, and main takes over with those arguments.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("CLEANBEAM_ARGS"); ok {
		var a []string
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			panic(err)
		}
		os.Args = append([]string{"cleanbeam"}, a...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runCommand runs the command with args in dir and returns its standard
// error and exit status.
func runCommand(t *testing.T, dir string, args ...string) (stderr string, code int) {
	t.Helper()
	a, err := json.Marshal(args)
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CLEANBEAM_ARGS="+string(a))
	var e strings.Builder
	cmd.Stderr = &e
	err = cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		return e.String(), exit.ExitCode()
	}
	require.NoError(t, err, e.String())
	return e.String(), 0
}

// corpus writes two shards of records made of the seed documents, and
// returns the directory they are in.
func corpus(t *testing.T, extra string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "in"), 0o755))
	seeds, err := filepath.Glob("../../../clean/testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, seeds)
	var shards [2]strings.Builder
	for i, f := range seeds {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		rec, err := json.Marshal(map[string]any{"id": i, "url": fmt.Sprintf("https://news.example/%d", i), "text": string(b)})
		require.NoError(t, err)
		shards[i%2].Write(append(rec, '\n'))
	}
	shards[1].WriteString(extra)
	for i, s := range shards {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "in", fmt.Sprintf("%c.jsonl", 'a'+i)), []byte(s.String()), 0o644))
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := corpus(t, "")
	stderr, code := runCommand(t, dir, "-input", "in/*.jsonl", "-output", "out/clean", "-shards", "2")
	require.Equal(t, 0, code, stderr)
	assert.Regexp(t, `\n\s+5  records cleaned\n`, stderr)
	assert.Regexp(t, `\n\s+\d+  removed by nav-menu\n`, stderr)
	var records int
	for i := range 2 {
		b, err := os.ReadFile(filepath.Join(dir, "out", fmt.Sprintf("clean-%05d-of-00002.jsonl", i)))
		require.NoError(t, err)
		records += strings.Count(string(b), "\n")
	}
	assert.Equal(t, 5, records)
	_, err := os.Stat(filepath.Join(dir, "out", "clean-errors.jsonl"))
	assert.ErrorIs(t, err, os.ErrNotExist, "an errors file with no errors")
}

func TestRunWithFailures(t *testing.T) {
	dir := corpus(t, "{\"text\": 3}\nnot json\n")
	stderr, code := runCommand(t, dir, "-input", "in/*.jsonl", "-output", "out/clean")
	assert.Equal(t, 2, code, stderr)
	assert.Contains(t, stderr, "cleanbeam: 2 records failed; their reasons are in out/clean-errors.jsonl")
	b, err := os.ReadFile(filepath.Join(dir, "out", "clean-errors.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, `{"path":"in/b.jsonl","line":3,"error":"field \"text\" is not a string"}`+"\n"+
		`{"path":"in/b.jsonl","line":4,"error":"not a JSON object"}`+"\n", string(b))
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-output", "out"},
		{"-input", "in/*"},
		{"-input", "in/*", "-output", "out", "-shards", "0"},
		{"-input", "in/*", "-output", "out", "-text-field", "body", "-html-field", "body"},
		{"-input", "in/*", "-output", "out", "-repeat-share", "2"},
	} {
		stderr, code := runCommand(t, t.TempDir(), args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
		assert.True(t, strings.HasPrefix(stderr, "cleanbeam: "), "%v: %s", args, stderr)
	}
}
