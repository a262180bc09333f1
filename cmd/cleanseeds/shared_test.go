package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// sharedBench is the shared benchmark data, beside the repository.
const sharedBench = "../../../shared/bench"

// benchPage is a page of a benchmark set: its id, url and HTML.
type benchPage struct {
	id, url string
	html    []byte
}

// benchPages reads the HTML pages of a benchmark set, in order of id, or
// skips the test when the data is not there.
func benchPages(t *testing.T, set string) []benchPage {
	t.Helper()
	dir := filepath.Join(sharedBench, set)
	gt, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("no benchmark data at %s: %v", dir, err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	require.NoError(t, json.Unmarshal(gt, &truth))
	var pages []benchPage
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range truth {
			if !yield(id) {
				return
			}
		}
	}) {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			continue // a page whose HTML is missing
		}
		z, err := gzip.NewReader(f)
		require.NoError(t, err)
		b, err := io.ReadAll(z)
		f.Close()
		require.NoError(t, err)
		pages = append(pages, benchPage{id, truth[id].URL, b})
	}
	return pages
}

// cleanedJSON runs the CLI with -format jsonl and the given arguments and
// returns its documents, by path and line.
func cleanedJSON(t *testing.T, stdin string, args ...string) map[string]map[string]any {
	t.Helper()
	stdout, stderr, code := runCLI(t, stdin, append([]string{"-format", "jsonl"}, args...)...)
	require.Equal(t, 0, code, stderr)
	out := map[string]map[string]any{}
	for _, d := range decodeLines(t, stdout) {
		name := d["path"].(string)
		if n, ok := d["line"]; ok {
			name = recordName(name, int(n.(float64)))
		}
		out[name] = d
	}
	return out
}

// JSONL built from the shared pages, half as text and half as HTML
// records with a url and an extra field: as many records come out as go
// in, extra fields intact, each body what cleaning the page as a file
// gives.
func TestSharedPagesAsJSONL(t *testing.T) {
	pages := benchPages(t, "scrapinghub")
	dir := t.TempDir()
	var records strings.Builder
	var files []string
	asHTML := map[int]bool{}
	for i, p := range pages {
		rec := map[string]any{"url": p.url, "extra": map[string]any{"i": i, "id": p.id}}
		var file string
		if i%2 == 0 {
			file = filepath.Join(sharedBench, "scrapinghub", "text-w3m", p.id+".txt")
			rec["text"] = readFile(t, file)
		} else {
			// A page as a crawler would store it: its bytes as UTF-8 text.
			file = filepath.Join(dir, p.id+".html")
			require.NoError(t, os.WriteFile(file, p.html, 0o644))
			rec["html"] = string(p.html)
			asHTML[i] = true
		}
		files = append(files, file)
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		records.Write(append(b, '\n'))
	}
	jsonl := filepath.Join(dir, "pages.jsonl")
	require.NoError(t, os.WriteFile(jsonl, []byte(records.String()), 0o644))

	got := cleanedJSON(t, "", jsonl)
	require.Len(t, got, len(pages))
	want := cleanedJSON(t, "", files...)
	compared := 0
	for i, p := range pages {
		d := got[recordName(jsonl, i+1)]
		require.NotNil(t, d, p.id)
		assert.Equal(t, map[string]any{"i": float64(i), "id": p.id}, d["extra"])
		assert.Equal(t, p.url, d["url"])
		assert.Equal(t, clean.Site(p.url), d["site"])
		if asHTML[i] {
			// A record holds text: it is read as UTF-8, where the file is
			// read in the encoding the page declares. Only pages in UTF-8
			// read the same both ways.
			res, err := clean.HTML(bytes.NewReader(p.html))
			require.NoError(t, err)
			if !utf8.Valid(p.html) || res.Encoding != "utf-8" {
				continue
			}
		}
		compared++
		w := want[files[i]]
		assert.Equal(t, w["body"], d["body"], p.id)
		assert.Equal(t, w["title"], d["title"], p.id)
	}
	t.Logf("%d records, %d compared with their file", len(pages), compared)
	assert.Greater(t, compared, len(pages)*9/10)
}

// canonical matches a page's own address: its canonical link and og:url;
// headTag the start tag of its head.
var (
	canonical = regexp.MustCompile(`(?i)<link[^>]+rel=["']?canonical[^>]*>|<meta[^>]+og:url[^>]*>`)
	headTag   = regexp.MustCompile(`(?i)<head(\s[^>]*)?>`)
)

// A directory of 20 pages of one site that share a planted footer, among
// 200 pages of other sites: -corpus removes the footer from all 20, keeps
// every prose line and headline they keep without it, and changes
// nothing on the other sites.
func TestSharedPlantedFooter(t *testing.T) {
	pages := append(benchPages(t, "scrapinghub"), benchPages(t, "trafilatura")...)
	require.GreaterOrEqual(t, len(pages), 220)
	const footer = "Planted Daily is an independent newsroom funded by its readers, and we thank you for supporting local journalism every single day."
	dir := t.TempDir()
	planted := map[string]bool{}
	for i, p := range pages[:220] {
		page := p.html
		host := clean.Site(p.url)
		if i < 20 {
			// The page becomes one of the site's: its own address says
			// so, and the site's footer closes its article.
			host = "planted.example"
			page = canonical.ReplaceAll(page, nil)
			link := fmt.Sprintf(`<link rel="canonical" href="https://planted.example/%s">`, p.id)
			if loc := headTag.FindIndex(page); loc != nil {
				page = slices.Concat(page[:loc[1]], []byte(link), page[loc[1]:])
			} else {
				page = append([]byte(link), page...)
			}
			page = insertFooter(page, "<p>"+footer+"</p>")
		}
		path := filepath.Join(dir, host, p.id+".html")
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, page, 0o644))
		if i < 20 {
			planted[path] = true
		}
	}
	alone := cleanedJSON(t, "", "-explain", dir)
	corpus := cleanedJSON(t, "", "-explain", "-corpus", dir)
	require.Len(t, corpus, 220)
	keptAlone := 0
	for path, a := range alone {
		c := corpus[path]
		if !planted[path] {
			assert.Equal(t, a, c, "%s: another site's page must not change", path)
			continue
		}
		assert.Equal(t, "planted.example", c["site"])
		assert.NotContains(t, c["body"], footer, path)
		if strings.Contains(a["body"].(string), footer) {
			keptAlone++
		}
		assert.Equal(t, a["title"], c["title"], "%s: the headline stays", path)
		before, after := a["lines"].([]any), c["lines"].([]any)
		require.Len(t, after, len(before))
		for i, l := range before {
			l, l2 := l.(map[string]any), after[i].(map[string]any)
			if l["verdict"] == "keep" && (l["rule"] == "prose" || l["rule"] == "sentence") && l["text"] != footer {
				assert.Equal(t, "keep", l2["verdict"], "%s: line %v, prose, must stay: %v", path, l["n"], l2)
			}
		}
	}
	t.Logf("the footer stays in %d of the 20 pages without -corpus, in none with it", keptAlone)
	assert.GreaterOrEqual(t, keptAlone, 5, "the footer must be one that some pages alone keep")
}

// insertFooter puts footer at the end of the page's article: before the
// end of its article element, else after its last paragraph.
func insertFooter(page []byte, footer string) []byte {
	lower := bytes.ToLower(page)
	i := bytes.LastIndex(lower, []byte("</article>"))
	if i < 0 {
		if i = bytes.LastIndex(lower, []byte("</p>")); i >= 0 {
			i += len("</p>")
		}
	}
	if i < 0 {
		i = len(page)
	}
	return slices.Concat(page[:i], []byte(footer), page[i:])
}
