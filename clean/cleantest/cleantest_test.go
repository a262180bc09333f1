package cleantest_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/clean/cleantest"
)

// recorder is a testing.TB that records failures instead of failing, so
// the tests can check what cleantest reports.
type recorder struct {
	testing.TB // nil: only the methods below are called
	failed     bool
	msgs       []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, a ...any) {
	r.failed = true
	r.msgs = append(r.msgs, fmt.Sprintf(format, a...))
}

func (r *recorder) Fatalf(format string, a ...any) { r.Errorf(format, a...) }

func (r *recorder) Logf(format string, a ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, a...))
}

func (r *recorder) String() string { return strings.Join(r.msgs, "\n") }

// copyFile copies a file of the library's testdata into dir.
func copyFile(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	require.NoError(t, err)
	dst := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(dst, b, 0o644))
	return dst
}

const (
	seed004  = "../testdata/seeds/004_a00fc81244384d1d.txt"
	newsHTML = "../testdata/html/news.html"
)

// noUpdate makes sure the environment does not turn the test into an
// update.
func noUpdate(t *testing.T) {
	t.Setenv(cleantest.UpdateEnv, "")
}

func TestGoldenPath(t *testing.T) {
	for in, want := range map[string]string{
		"a.html":           "a.golden",
		"a.htm":            "a.golden",
		"a.txt":            "a.golden",
		"a.html.gz":        "a.golden",
		"A.HTML.GZ":        "A.golden",
		"dir/a.w3m.txt":    "dir/a.w3m.golden",
		"dir.v2/page.html": "dir.v2/page.golden",
	} {
		assert.Equal(t, want, cleantest.GoldenPath(in), in)
	}
	for name, want := range map[string]bool{
		"a.txt": true, "a.HTML": true, "a.htm.gz": true, "a.golden": false,
		"a.jsonl": false, "a.gz": false, "a": false, "a.txt.bak": false,
	} {
		assert.Equal(t, want, cleantest.IsDocument(name), name)
	}
}

// TestDirLifecycle follows a golden directory through its life: no golden
// files (fail), -update (write them), unchanged (pass), a golden file
// edited by hand (fail, with a diff and the rules).
func TestDirLifecycle(t *testing.T) {
	noUpdate(t)
	dir := t.TempDir()
	copyFile(t, seed004, dir, "seed.txt")
	copyFile(t, newsHTML, dir, "news.html")
	copyFile(t, "../testdata/hostile/empty.txt", dir, "empty.txt")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a document"), 0o644))

	r := &recorder{}
	cleantest.Dir(r, dir)
	assert.True(t, r.failed)
	for _, name := range []string{"seed.golden", "news.golden", "empty.golden"} {
		assert.Contains(t, r.String(), "has no golden file "+filepath.Join(dir, name))
	}

	t.Setenv(cleantest.UpdateEnv, "1")
	r = &recorder{}
	cleantest.Dir(r, dir)
	assert.False(t, r.failed, r.String())
	assert.Contains(t, r.String(), "wrote "+filepath.Join(dir, "news.golden"))
	for in, golden := range map[string]string{"seed.txt": "seed.golden", "news.html": "news.golden"} {
		src, err := os.ReadFile(filepath.Join(dir, in))
		require.NoError(t, err)
		var res *clean.Result
		if strings.HasSuffix(in, ".html") {
			res, err = clean.HTML(bytes.NewReader(src))
		} else {
			res, err = clean.Text(string(src))
		}
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(dir, golden))
		require.NoError(t, err)
		assert.Equal(t, res.String(), string(got), "%s is not what cleanseeds prints", golden)
	}
	_, err := os.Stat(filepath.Join(dir, "notes.golden"))
	assert.ErrorIs(t, err, os.ErrNotExist, "a file that is not a document got a golden file")

	// Updating again with nothing changed writes nothing.
	r = &recorder{}
	cleantest.Dir(r, dir)
	assert.False(t, r.failed)
	assert.Empty(t, r.msgs)

	noUpdate(t)
	r = &recorder{}
	cleantest.Dir(r, dir)
	assert.False(t, r.failed, r.String())

	// By hand: drop a line the cleaner keeps, and add one it removes.
	golden := filepath.Join(dir, "seed.golden")
	b, err := os.ReadFile(golden)
	require.NoError(t, err)
	const kept = "But the official noted that the administration has not seen an effort by Russia to reduce tensions.\n"
	require.Contains(t, string(b), kept)
	edited := strings.Replace(string(b), kept, "", 1) + "\nSign In\n"
	require.NoError(t, os.WriteFile(golden, []byte(edited), 0o644))

	r = &recorder{}
	cleantest.Dir(r, dir)
	require.True(t, r.failed)
	msg := r.String()
	assert.Contains(t, msg, filepath.Join(dir, "seed.txt")+": the cleaned text differs from "+golden)
	assert.Contains(t, msg, "--- "+golden+"\n+++ "+filepath.Join(dir, "seed.txt")+" (cleaned now)\n")
	assert.Contains(t, msg, "\n+"+strings.TrimSuffix(kept, "\n")+"\n")
	assert.Contains(t, msg, "\n-Sign In\n")
	assert.Regexp(t, `\+ line 70 "But the official noted that the administration has not seen an effort by…": kept by prose`, msg)
	assert.Regexp(t, `- line 3 "Sign In": removed by sign-in`, msg)
	assert.NotContains(t, msg, "news.html", "a document that matches its golden file was reported")
}

func TestFileGzip(t *testing.T) {
	noUpdate(t)
	dir := t.TempDir()
	src, err := os.ReadFile(newsHTML)
	require.NoError(t, err)
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	_, err = w.Write(src)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	in := filepath.Join(dir, "news.html.gz")
	require.NoError(t, os.WriteFile(in, z.Bytes(), 0o644))
	want, err := os.ReadFile("../testdata/html/news.golden")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "news.golden"), want, 0o644))

	r := &recorder{}
	cleantest.File(r, in)
	assert.False(t, r.failed, "a gzipped page is not read as its golden file says: %s", r)

	require.NoError(t, os.WriteFile(in, []byte("not gzip"), 0o644))
	r = &recorder{}
	cleantest.File(r, in)
	assert.True(t, r.failed)
	assert.Contains(t, r.String(), in+": gzip: ")
}

func TestDirRefusals(t *testing.T) {
	noUpdate(t)
	empty := t.TempDir()
	r := &recorder{}
	cleantest.Dir(r, empty)
	assert.True(t, r.failed)
	assert.Contains(t, r.String(), "no document (.txt, .html or .htm, optionally .gz) in "+empty)

	r = &recorder{}
	cleantest.Dir(r, filepath.Join(empty, "missing"))
	assert.True(t, r.failed)
	assert.Contains(t, r.String(), "missing")

	both := t.TempDir()
	copyFile(t, seed004, both, "a.txt")
	copyFile(t, newsHTML, both, "a.html")
	t.Setenv(cleantest.UpdateEnv, "1")
	r = &recorder{}
	cleantest.Dir(r, both)
	assert.True(t, r.failed)
	assert.Contains(t, r.String(), "would share the golden file "+filepath.Join(both, "a.golden"))

	r = &recorder{}
	cleantest.Dir(r, both, clean.WithoutRules("no-such-rule"))
	assert.True(t, r.failed)
	assert.Contains(t, r.String(), "no-such-rule")
}

// TestOptions checks that the options reach the cleaner: a golden file
// written with a rule turned off fails with the rule on.
func TestOptions(t *testing.T) {
	noUpdate(t)
	dir := t.TempDir()
	in := copyFile(t, seed004, dir, "seed.txt")
	t.Setenv(cleantest.UpdateEnv, "1")
	cleantest.File(&recorder{}, in, clean.WithoutRules("prose"))
	noUpdate(t)
	r := &recorder{}
	cleantest.File(r, in, clean.WithoutRules("prose"))
	assert.False(t, r.failed, r.String())
	r = &recorder{}
	cleantest.File(r, in)
	assert.True(t, r.failed, "the golden file of other options matched")
}

func TestUpdate(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "false": false, "1": true, "true": true, "yes": false} {
		t.Setenv(cleantest.UpdateEnv, v)
		assert.Equal(t, want, cleantest.Update(), "%s=%q", cleantest.UpdateEnv, v)
	}
}

// TestFromAnotherModule does what a project that depends on clean does: a
// module of its own, outside this repository, whose test calls
// cleantest.Dir(t, "testdata"). It fails before go test -update, passes
// after, and fails with a diff naming the file and the line's rule once a
// golden file is edited by hand.
func TestFromAnotherModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs another module's tests")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	goLine := regexp.MustCompile(`(?m)^go \S+$`).Find(mod)
	require.NotNil(t, goLine)

	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("go.mod", "module example.com/goldens\n\n"+string(goLine)+"\n\n"+
		"require github.com/cleanseeds/cleanseeds v0.0.0\n\n"+
		"replace github.com/cleanseeds/cleanseeds => "+root+"\n")
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	write("go.sum", string(sum))
	write("golden_test.go", `package goldens_test

import (
	"testing"

	"github.com/cleanseeds/cleanseeds/clean/cleantest"
)

func TestGolden(t *testing.T) {
	cleantest.Dir(t, "testdata")
}
`)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "testdata"), 0o755))
	copyFile(t, seed004, filepath.Join(dir, "testdata"), "seed.txt")
	copyFile(t, newsHTML, filepath.Join(dir, "testdata"), "news.html")

	goTest := func(args ...string) (string, bool) {
		t.Helper()
		cmd := exec.Command(goTool, append([]string{"test", "-count=1", "./..."}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", cleantest.UpdateEnv+"=")
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("go test: %v\n%s", err, out)
		}
		return string(out), err == nil
	}

	out, ok := goTest()
	require.False(t, ok, "passed with no golden files:\n%s", out)
	assert.Contains(t, out, "testdata/seed.txt has no golden file testdata/seed.golden")
	assert.Contains(t, out, "--- FAIL: TestGolden/news.html")

	out, ok = goTest("-update")
	require.True(t, ok, "-update failed:\n%s", out)
	out, ok = goTest()
	require.True(t, ok, "failed after -update:\n%s", out)

	golden := filepath.Join(dir, "testdata", "seed.golden")
	b, err := os.ReadFile(golden)
	require.NoError(t, err)
	write("testdata/seed.golden", strings.Replace(string(b), "\n\nBut the official noted that the administration has not seen an effort by Russia to reduce tensions.\n", "\n", 1))
	out, ok = goTest()
	require.False(t, ok, "passed with a golden file edited by hand:\n%s", out)
	assert.Contains(t, out, "--- FAIL: TestGolden/seed.txt")
	assert.NotContains(t, out, "--- FAIL: TestGolden/news.html")
	assert.Contains(t, out, "--- testdata/seed.golden")
	assert.Contains(t, out, `+ line 70 "But the official noted that the administration has not seen an effort by…": kept by prose`)
}
