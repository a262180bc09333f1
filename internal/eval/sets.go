package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

// Method is how a set is scored.
type Method int

const (
	// ByShingles scores text against a reference text (ScrapingHub).
	ByShingles Method = iota
	// BySnippets scores text by snippets it must and must not contain
	// (trafilatura).
	BySnippets
)

// Page is one benchmark page: its input and its truth.
type Page struct {
	ID   string
	URL  string
	Data []byte // the input: text, or HTML already decompressed

	Body          string   // the reference text, for ByShingles
	With, Without []string // the snippets, for BySnippets
	// Title is the page's title in the sets that give one (wceb), for
	// scoring the Title the cleaner finds; "" when the set gives none.
	Title string

	// Type is the page's type in the sets that give one (wceb: article,
	// forum, product, ...), for reporting per type; the cleaner never sees
	// it.
	Type string
	// Lang is the language of the page's truth (its reference text or its
	// "with" snippets) as the cleaner's language identification reads
	// it, for reporting per language; "" when none can be told.
	Lang string
	// Missing is set when the set has no input for the page: it is
	// scored as an empty extraction.
	Missing bool
}

// Input is one way of feeding a set's pages to the cleaner: one rendering
// of them as text, or their HTML.
type Input struct {
	Set    string // scrapinghub, trafilatura
	Name   string // text-w3m, text-h2t, text-htmltext, html
	HTML   bool
	Method Method
	Pages  []*Page
	// Unlink takes a renderer's link markup out of what the cleaner keeps
	// before it is scored (see Unlink).
	Unlink bool
}

// String names the input as the evaluation prints it.
func (in *Input) String() string { return in.Set + "/" + in.Name }

// Bytes returns the size of the input's pages.
func (in *Input) Bytes() int64 {
	var n int64
	for _, p := range in.Pages {
		n += int64(len(p.Data))
	}
	return n
}

// setSpec describes a benchmark set and its inputs.
type setSpec struct {
	name   string
	method Method
	inputs []string
}

var sets = []setSpec{
	{"scrapinghub", ByShingles, []string{"text-w3m", "text-h2t", "text-htmltext", "html"}},
	{"trafilatura", BySnippets, []string{"text-w3m", "html"}},
	{"wceb", ByShingles, []string{"text-w3m", "text-h2t", "html"}},
}

// Names returns the names of all inputs, as set/input.
func Names() []string {
	var names []string
	for _, s := range sets {
		for _, in := range s.inputs {
			names = append(names, s.name+"/"+in)
		}
	}
	return names
}

// Load reads the named inputs (set/input, see Names) from the benchmark
// directory.
func Load(benchDir string, names []string) ([]*Input, error) {
	var out []*Input
	for _, name := range names {
		set, input, ok := strings.Cut(name, "/")
		spec, known := setNamed(set)
		if !ok || !known || !slices.Contains(spec.inputs, input) {
			return nil, fmt.Errorf("unknown input %q (want one of %s)", name, strings.Join(Names(), ", "))
		}
		dir := filepath.Join(benchDir, set, input)
		file := func(id string) string { return filepath.Join(dir, id+".txt") }
		if input == "html" {
			file = func(id string) string { return filepath.Join(dir, id+".html.gz") }
		}
		in, err := load(filepath.Join(benchDir, set), set, input, spec.method, file)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// LoadTexts reads a rendering of a set's pages as text that the benchmark
// does not ship (lynx, w3m with other options, a browser's innerText)
// from dir: one file a page, named by the page's id as the set's truth
// names it ("0001.txt" for wceb), gzipped or not ("0001.txt.gz"). Its
// pages are scored against the set's truth, as the set's own renderings
// are; a page without a file is left out, not scored as an empty
// extraction (a renderer that failed on a page is scored on the others),
// and a directory that holds no page of the set is an error. The input is
// named after dir: "wceb/text-lynx" for a directory text-lynx.
func LoadTexts(benchDir, set, dir string) (*Input, error) {
	spec, ok := setNamed(set)
	if !ok {
		names := make([]string, len(sets))
		for j, s := range sets {
			names[j] = s.name
		}
		return nil, fmt.Errorf("unknown set %q (want one of %s)", set, strings.Join(names, ", "))
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	file := func(id string) string {
		name := filepath.Join(dir, id+".txt")
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			return name + ".gz"
		}
		return name
	}
	all, err := load(filepath.Join(benchDir, set), set, "", spec.method, file)
	if err != nil {
		return nil, err
	}
	in := *all
	in.Name = filepath.Base(filepath.Clean(dir))
	in.Pages = nil
	for _, p := range all.Pages {
		if !p.Missing {
			in.Pages = append(in.Pages, p)
		}
	}
	if len(in.Pages) == 0 {
		example := "ID"
		if len(all.Pages) > 0 {
			example = all.Pages[0].ID
		}
		return nil, fmt.Errorf("%s: no page of %s (want files named by its ids, such as %s.txt)", dir, set, example)
	}
	return &in, nil
}

// truth is a ground-truth entry of any set.
type truth struct {
	URL         string   `json:"url"`
	ArticleBody string   `json:"articleBody"`
	With        []string `json:"with"`
	Without     []string `json:"without"`
	Type        string   `json:"type"`
	Title       string   `json:"title"`
}

// setNamed returns the set of that name, and whether there is one.
func setNamed(name string) (setSpec, bool) {
	i := slices.IndexFunc(sets, func(s setSpec) bool { return s.name == name })
	if i < 0 {
		return setSpec{}, false
	}
	return sets[i], true
}

// load reads the truth of the set in dir, and each page's input from the
// file that file names for its id.
func load(dir, set, input string, method Method, file func(id string) string) (*Input, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	in := &Input{Set: set, Name: input, HTML: input == "html", Method: method}
	for _, id := range ids {
		data, err := readMaybeGzip(file(id))
		missing := errors.Is(err, fs.ErrNotExist)
		if err != nil && !missing {
			return nil, err
		}
		t := gt[id]
		in.Pages = append(in.Pages, &Page{ID: id, URL: t.URL, Data: data, Body: t.ArticleBody, With: t.With, Without: t.Without,
			Title: t.Title, Type: t.Type, Lang: truthLang(t), Missing: missing})
	}
	return in, nil
}

// truthLang returns the language of a page's truth, as the cleaner's
// language identification reads it.
func truthLang(t truth) string {
	text := t.ArticleBody
	if text == "" {
		text = strings.Join(t.With, "\n")
	}
	if strings.TrimSpace(text) == "" {
		return ""
	}
	res, err := clean.Text(text)
	if err != nil {
		return ""
	}
	return res.Lang
}

// readMaybeGzip reads a file, decompressing it if its name ends in .gz.
func readMaybeGzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}
