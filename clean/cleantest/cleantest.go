// Package cleantest runs golden-file tests of the cleaner for projects
// that use package clean, as net/http/httptest serves tests of HTTP code.
//
// A golden file holds what cleanseeds prints for a document: the headline
// and a blank line when there is a headline, then the body (see
// [clean.Result.String]). It sits beside its input, named like it with
// ".golden" in place of the document's extensions:
//
//	a.html     → a.golden
//	a.html.gz  → a.golden
//	a.w3m.txt  → a.w3m.golden
//
// [Dir] checks every document of a directory, [File] one document. A
// document whose cleaned text differs from its golden file fails the test
// with a unified diff naming both files, followed by each differing line's
// verdict and the rule that decided it, so the failure says why the
// cleaner now keeps or removes the line.
//
// # Updating golden files
//
// Run the tests with -update to write the golden files from the current
// output, then read them (git diff) before committing:
//
//	go test ./... -run TestGolden -update
//
// The package defines the -update flag when it is initialised, unless a
// package initialised before it has defined one already; then that flag is
// read (when it is a boolean). A test package that imports cleantest
// cannot also define its own -update flag: the flag package panics on the
// second definition ("flag redefined: update"). Use [Update] for your other
// golden files instead, or give your flag another name. In every case the
// environment variable CLEANTEST_UPDATE=1 does the same as -update:
//
//	CLEANTEST_UPDATE=1 go test ./...
package cleantest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/diff"
)

// UpdateEnv is the environment variable that, set to 1 (or true), makes
// the tests rewrite their golden files as -update does.
const UpdateEnv = "CLEANTEST_UPDATE"

// Ext is the extension of golden files.
const Ext = ".golden"

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files of cleantest (and of tests that use cleantest.Update) from the current output")
	}
}

// Update reports whether the tests rewrite their golden files: -update was
// given, or the environment variable CLEANTEST_UPDATE is 1. Tests of a
// package that imports cleantest can use it for their own golden files,
// in place of a flag of their own.
func Update() bool {
	if v, err := strconv.ParseBool(os.Getenv(UpdateEnv)); err == nil && v {
		return true
	}
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	v, ok := g.Get().(bool)
	return ok && v
}

// Dir checks every document in dir against its golden file: each file
// whose name ends in .txt, .html or .htm, optionally followed by .gz.
// Subdirectories are not entered. HTML files are read as HTML, the others
// as text, as cleanseeds reads them. When t is a *testing.T, each document
// is a subtest named after its file, so one can be run alone:
//
//	go test -run 'TestGolden/news.html'
//
// The options are those of [clean.New]; a golden file records the output
// of one set of options. Dir fails the test when dir holds no document, or
// two documents that share a golden file (a.txt and a.html).
func Dir(t testing.TB, dir string, opts ...clean.Option) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("cleantest: %v", err)
		return
	}
	c, err := clean.New(opts...)
	if err != nil {
		t.Fatalf("cleantest: %v", err)
		return
	}
	owner := make(map[string]string) // golden file → its input
	var inputs []string
	for _, e := range entries {
		if e.IsDir() || !IsDocument(e.Name()) {
			continue
		}
		in := filepath.Join(dir, e.Name())
		g := GoldenPath(in)
		if other, ok := owner[g]; ok {
			t.Errorf("cleantest: %s and %s would share the golden file %s; rename one", other, in, g)
			continue
		}
		owner[g] = in
		inputs = append(inputs, in)
	}
	if len(inputs) == 0 {
		t.Fatalf("cleantest: no document (.txt, .html or .htm, optionally .gz) in %s", dir)
		return
	}
	for _, in := range inputs {
		if tt, ok := t.(*testing.T); ok {
			tt.Run(filepath.Base(in), func(t *testing.T) {
				t.Helper()
				check(t, c, in)
			})
			continue
		}
		check(t, c, in)
	}
}

// File checks one document against its golden file (see [Dir]).
func File(t testing.TB, input string, opts ...clean.Option) {
	t.Helper()
	c, err := clean.New(opts...)
	if err != nil {
		t.Fatalf("cleantest: %v", err)
		return
	}
	check(t, c, input)
}

// IsDocument reports whether a file's name is that of a document Dir
// checks: .txt, .html or .htm, optionally followed by .gz, in any case.
func IsDocument(name string) bool {
	switch docExt(name) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// GoldenPath returns the golden file of a document: its path with
// ".golden" in place of the document's extension and of any ".gz" after
// it.
func GoldenPath(input string) string {
	base := strings.TrimSuffix(input, filepath.Ext(input))
	if strings.EqualFold(filepath.Ext(input), ".gz") {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return base + Ext
}

// docExt returns the lower-case extension of a document's name, under any
// .gz.
func docExt(name string) string {
	name = strings.ToLower(name)
	return filepath.Ext(strings.TrimSuffix(name, ".gz"))
}

// check cleans one document and compares it with its golden file, or
// rewrites the golden file when updating.
func check(t testing.TB, c *clean.Cleaner, input string) {
	t.Helper()
	res, err := cleanFile(c, input)
	if err != nil {
		t.Errorf("cleantest: %s: %v", input, err)
		return
	}
	got := res.String()
	golden := GoldenPath(input)
	want, err := os.ReadFile(golden)
	switch {
	case Update():
		if err == nil && string(want) == got {
			return
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Errorf("cleantest: %v", err)
			return
		}
		t.Logf("cleantest: wrote %s; read it before committing", golden)
		return
	case errors.Is(err, fs.ErrNotExist):
		t.Errorf("cleantest: %s has no golden file %s: run the test with -update (or %s=1) to write it, and read it before committing", input, golden, UpdateEnv)
		return
	case err != nil:
		t.Errorf("cleantest: %v", err)
		return
	case string(want) == got:
		return
	}
	t.Errorf("cleantest: %s: the cleaned text differs from %s\n%s", input, golden, explainDiff(golden, input, string(want), got, res))
}

// cleanFile reads and cleans a document as cleanseeds does: by its
// extension, HTML or text, its directory naming its site.
func cleanFile(c *clean.Cleaner, path string) (*clean.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer z.Close()
		r = z
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	o := clean.Origin{Dir: filepath.Dir(path)}
	switch docExt(path) {
	case ".html", ".htm":
		return c.HTMLFrom(bytes.NewReader(data), o)
	}
	return c.TextFrom(string(data), o)
}

// explainDiff returns the unified diff from the golden text to the output,
// then, for each line that differs, what the cleaner decided on it now and
// by which rule.
func explainDiff(golden, input, want, got string, res *clean.Result) string {
	var b strings.Builder
	if err := diff.Unified(&b, golden, input+" (cleaned now)", want, got); err != nil {
		return err.Error()
	}
	used := make([]bool, len(res.Lines))
	var why strings.Builder
	for _, e := range diff.Edits(want, got) {
		if strings.TrimSpace(e.Text) == "" {
			continue
		}
		why.WriteString("  ")
		why.WriteByte(e.Kind)
		why.WriteString(" ")
		why.WriteString(describe(res, used, e.Kind == '+', e.Text))
		why.WriteByte('\n')
	}
	if why.Len() > 0 {
		b.WriteString("what the cleaner decides now on each line that differs:\n")
		b.WriteString(why.String())
	}
	fmt.Fprintf(&b, "if the new output is right, rerun with -update (or %s=1) and read the golden file's diff", UpdateEnv)
	return b.String()
}

// describe says what became of the input line with text: for a line the
// output has and the golden file lacks (kept), the rule that kept it; for
// a line the golden file has and the output lacks, the rule that removed
// it. used marks the input lines already described, so that repeated
// lines are matched in order.
func describe(res *clean.Result, used []bool, kept bool, text string) string {
	quoted := strconv.Quote(shorten(text, 72))
	match := -1
	for i, l := range res.Lines {
		if used[i] || l.Text != text {
			continue
		}
		isKept := l.Verdict == clean.Keep || l.Verdict == clean.Headline
		if isKept == kept {
			match = i
			break
		}
		if match < 0 {
			match = i // the same text decided the other way: better than nothing
		}
	}
	if match < 0 {
		if kept {
			return quoted + ": not a whole line of the input"
		}
		return quoted + ": no line of the input reads so now"
	}
	used[match] = true
	l := res.Lines[match]
	var verb string
	switch l.Verdict {
	case clean.Keep:
		verb = "kept by"
	case clean.Headline:
		verb = "taken as the title by"
	case clean.Drop:
		verb = "removed by"
	default:
		verb = "blank,"
	}
	s := fmt.Sprintf("line %d %s: %s %s", l.Num, quoted, verb, l.Rule)
	if l.Detail != "" {
		s += " (" + l.Detail + ")"
	}
	return s
}

// shorten cuts s to at most n runes, marking the cut.
func shorten(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
