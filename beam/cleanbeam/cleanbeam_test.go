package cleanbeam_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/beam/cleanbeam"
)

// The tests run their pipelines on Prism, ptest's default runner.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

func init() {
	register.Function1x1(jsonOf)
}

// jsonOf returns the JSON of a cleaned record.
func jsonOf(o cleanbeam.Out) string { return o.JSON }

// doc is a document to put in a corpus: text or HTML, and its url.
type doc struct {
	text, html, url string
}

// writeShards writes docs as JSONL records into two shards below dir,
// in/a.jsonl.gz and in/b.jsonl, with an id field to pass through and,
// after them, the bad lines given, which are not records. It returns the
// shards' paths.
func writeShards(t *testing.T, dir string, docs []doc, bad ...string) []string {
	t.Helper()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	var shards [2]bytes.Buffer
	for i, d := range docs {
		rec := map[string]any{"id": fmt.Sprintf("doc-%d", i)}
		if d.url != "" {
			rec["url"] = d.url
		}
		if d.html != "" {
			rec["html"] = d.html
		} else {
			rec["text"] = d.text
		}
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		shards[i%2].Write(append(b, '\n'))
		if i == 0 {
			shards[1].WriteString("\n") // a blank line: not a record, but it counts as a line
		}
	}
	for _, b := range bad {
		shards[1].WriteString(b + "\n")
	}
	a, b := filepath.Join(in, "a.jsonl.gz"), filepath.Join(in, "b.jsonl")
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	_, err := w.Write(shards[0].Bytes())
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.NoError(t, os.WriteFile(a, z.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(b, shards[1].Bytes(), 0o644))
	return []string{a, b}
}

// cleanseeds builds the command of the repository and runs it with args;
// it returns its standard output and error.
func cleanseeds(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "cleanseeds")
	build := exec.Command("go", "build", "-o", bin, "github.com/cleanseeds/cleanseeds/cmd/cleanseeds")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	var o, e bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if err != nil {
		_, isExit := err.(*exec.ExitError)
		require.True(t, isExit, "cleanseeds: %v", err)
	}
	return o.String(), e.String()
}

// lines splits output into its lines, without empty ones.
func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// readOutput reads the files the pipeline wrote with prefix.
func readOutput(t *testing.T, prefix string, shards int) (records []string, errs []string) {
	t.Helper()
	for i := range shards {
		b, err := os.ReadFile(fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, shards))
		require.NoError(t, err)
		shard := lines(string(b))
		var keys []string
		for _, l := range shard {
			var r struct {
				Path string `json:"path"`
				Line int    `json:"line"`
			}
			require.NoError(t, json.Unmarshal([]byte(l), &r))
			keys = append(keys, fmt.Sprintf("%s\x00%09d", r.Path, r.Line))
		}
		assert.True(t, slices.IsSorted(keys), "shard %d is not in input order", i)
		records = append(records, shard...)
	}
	if b, err := os.ReadFile(prefix + "-errors.jsonl"); err == nil {
		errs = lines(string(b))
	}
	return records, errs
}

// compare runs the pipeline and cleanseeds -in-format jsonl -corpus
// -format jsonl on the same shards, and checks that they write the same
// records, and the same failures with the same reasons.
func compare(t *testing.T, dir string, shards []string, wantFailures int) (records []string) {
	t.Helper()
	stdout, stderr := cleanseeds(t, append([]string{"-in-format", "jsonl", "-corpus", "-format", "jsonl"}, shards...)...)
	want := lines(stdout)
	require.NotEmpty(t, want)

	prefix := filepath.Join(dir, "out", "clean")
	require.NoError(t, os.MkdirAll(filepath.Dir(prefix), 0o755))
	p, s := beam.NewPipelineWithRoot()
	cleaned, failed := cleanbeam.Build(s, cleanbeam.Options{Input: filepath.Join(dir, "in", "*.jsonl*"), Output: prefix, Shards: 3})
	jsons := beam.ParDo(s, jsonOf, cleaned)
	passert.EqualsList(s, jsons, want)
	passert.Count(s, failed, "failures", wantFailures)
	ptest.RunAndValidate(t, p)

	got, errs := readOutput(t, prefix, 3)
	slices.Sort(got)
	slices.Sort(want)
	assert.Equal(t, want, got, "the records written differ from those of cleanseeds")

	// cleanseeds names each failure on standard error as path:line: reason.
	var wantErrs []string
	for _, l := range lines(stderr) {
		if strings.HasPrefix(l, "cleanseeds: ") {
			continue
		}
		wantErrs = append(wantErrs, l)
	}
	var gotErrs []string
	for _, e := range errs {
		var f cleanbeam.Failure
		require.NoError(t, json.Unmarshal([]byte(e), &f), e)
		gotErrs = append(gotErrs, fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.Error))
	}
	assert.Equal(t, wantErrs, gotErrs)
	assert.Len(t, gotErrs, wantFailures)
	return got
}

// plant gives each page of a site the site's own chrome, which only the
// site's profile can tell from content: a line no single page marks as
// chrome.
func plant(text, site string) string {
	return "The " + site + " team reads every letter; write to us at the address below.\n\n" + text +
		"\n\nEvery story on " + site + " is checked by two editors before it goes out.\n"
}

// TestMatchesCLI cleans a corpus of the project's own test pages: two
// sites with chrome of their own, a site named by its directory, and bad
// records.
func TestMatchesCLI(t *testing.T) {
	var docs []doc
	pages, err := filepath.Glob("../../clean/testdata/pages/*.txt")
	require.NoError(t, err)
	seeds, err := filepath.Glob("../../clean/testdata/seeds/*.txt")
	require.NoError(t, err)
	htmls, err := filepath.Glob("../../clean/testdata/html/*.html")
	require.NoError(t, err)
	for i, f := range append(pages, seeds...) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		site := []string{"north.example", "south.example"}[i%2]
		docs = append(docs, doc{text: plant(string(b), site), url: fmt.Sprintf("https://%s/%d", site, i)})
	}
	for _, f := range htmls {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		docs = append(docs, doc{html: string(b)}) // no url: the page's own, or the directory
	}
	dir := t.TempDir()
	shards := writeShards(t, dir, docs,
		`not json`,
		`{"id":"no content"}`,
		`{"text":"a","html":"b"}`,
		`{"text":"unclosed"`,
	)
	got := compare(t, dir, shards, 4)
	assert.Len(t, got, len(docs))
	for _, r := range got {
		assert.NotContains(t, r, "is checked by two editors", "a line each page of its site repeats was kept")
	}
}

// TestSharedPages cleans a corpus built from the shared benchmark pages:
// the scrapinghub pages as HTML records with their urls, and their w3m
// renderings as text records spread over a few sites.
func TestSharedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans a few hundred pages")
	}
	bench := filepath.Join("..", "..", "..", "shared", "bench", "scrapinghub")
	gt, err := os.ReadFile(filepath.Join(bench, "ground-truth.json"))
	if err != nil {
		t.Skipf("no benchmark data at %s: %v", bench, err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	require.NoError(t, json.Unmarshal(gt, &truth))
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range truth {
			if !yield(id) {
				return
			}
		}
	})
	var docs []doc
	for i, id := range ids {
		if i%2 == 0 {
			b, err := os.ReadFile(filepath.Join(bench, "text-w3m", id+".txt"))
			if err != nil {
				continue
			}
			site := fmt.Sprintf("site-%d.example", i%5)
			docs = append(docs, doc{text: plant(string(b), site), url: "https://" + site + "/" + id})
			continue
		}
		f, err := os.Open(filepath.Join(bench, "html", id+".html.gz"))
		if err != nil {
			continue
		}
		z, err := gzip.NewReader(bufio.NewReader(f))
		require.NoError(t, err)
		var b bytes.Buffer
		_, err = b.ReadFrom(z)
		f.Close()
		require.NoError(t, err)
		docs = append(docs, doc{html: strings.ToValidUTF8(b.String(), "\uFFFD"), url: truth[id].URL})
	}
	require.Greater(t, len(docs), 100)
	dir := t.TempDir()
	got := compare(t, dir, writeShards(t, dir, docs), 0)
	assert.Len(t, got, len(docs))
}
