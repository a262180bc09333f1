package eval

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

func TestUnlink(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[Home](https://example.com/) and [About](/about)", "Home and About"},
		{"![A cat on a mat](https://example.com/cat.jpg)", "A cat on a mat"},
		{`[Docs](https://example.com/docs "The docs")`, "Docs"},
		{"[Go](https://en.wikipedia.org/wiki/Go_(game)) is old", "Go is old"},
		{"[![Logo](logo.png)](https://example.com/)", "Logo"},
		{"[A teaser's\ntitle](https://example.com/a)", "A teaser's\ntitle"},
		{"[12]Home [13]News", "Home News"},
		{"as shown[4].", "as shown."},
		// no link: brackets that open no address, an address with a space
		{"[sic] and [x] (y)", "[sic] and [x] (y)"},
		{"[text](not a link)", "[text](not a link)"},
		{"[unclosed](https://example.com", "[unclosed](https://example.com"},
		{"a [ b", "a [ b"},
		{"no brackets at all", "no brackets at all"},
	} {
		assert.Equal(t, c.want, Unlink(c.in), c.in)
	}
}

// A rendering the benchmark does not ship is read from a directory of
// files named by the pages' ids, gzipped or not; pages without a file are
// left out; a directory with none of the set's pages, or an unknown set,
// is an error.
func TestLoadTexts(t *testing.T) {
	bench := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(bench, "wceb"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(bench, "wceb", "ground-truth.json"), []byte(`{
		"0001": {"url": "https://example.com/a", "articleBody": "The cat sat on the mat all day long.", "type": "article", "title": "A cat"},
		"0002": {"url": "https://example.com/b", "articleBody": "The dog ran.", "type": "forum", "title": "A dog"},
		"0003": {"url": "https://example.com/c", "articleBody": "Nothing rendered.", "type": "listing", "title": "C"}
	}`), 0o644))
	dir := filepath.Join(t.TempDir(), "text-lynx")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "0001.txt"), []byte("The cat sat on the [2]mat all day long.\n"), 0o644))
	f, err := os.Create(filepath.Join(dir, "0002.txt.gz"))
	require.NoError(t, err)
	z := gzip.NewWriter(f)
	_, err = z.Write([]byte("The dog ran.\n"))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	require.NoError(t, f.Close())

	in, err := LoadTexts(bench, "wceb", dir)
	require.NoError(t, err)
	assert.Equal(t, "wceb/text-lynx", in.String())
	require.Len(t, in.Pages, 2, "the page without a file is left out")
	assert.Equal(t, "0001", in.Pages[0].ID)
	assert.Equal(t, "The dog ran.\n", string(in.Pages[1].Data), "a gzipped file is read")
	assert.Equal(t, "forum", in.Pages[1].Type)

	c, err := clean.New()
	require.NoError(t, err)
	plain := Run(in, c, 1)
	in.Unlink = true
	unlinked := Run(in, c, 1)
	assert.Less(t, plain.Pages[0].Shingle.F1(), 1.0, "the link's number is scored as a word")
	assert.Equal(t, 1.0, unlinked.Pages[0].Shingle.F1(), "unlinked, the page reads as its truth")

	_, err = LoadTexts(bench, "wceb", t.TempDir())
	assert.ErrorContains(t, err, "no page of wceb")
	_, err = LoadTexts(bench, "nosuchset", dir)
	assert.ErrorContains(t, err, "unknown set")
	_, err = LoadTexts(bench, "wceb", filepath.Join(dir, "nosuchdir"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = LoadTexts(bench, "wceb", filepath.Join(dir, "0001.txt"))
	assert.ErrorContains(t, err, "not a directory")
}

// Unlink only takes text out: whatever it reads, it returns no more than
// it was given, and text without a bracket as it was.
func FuzzUnlink(f *testing.F) {
	for _, s := range []string{"[Home](https://example.com/)", "![a](b.png)", "[[1]](x)", "[12]", "[a](b \"c)", "[a](b(c)d)", "[", "]("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Unlink(s)
		if len(out) > len(s) {
			t.Fatalf("Unlink(%q) = %q, longer than its input", s, out)
		}
		if !strings.Contains(s, "[") && out != s {
			t.Fatalf("Unlink(%q) = %q, changed text without a bracket", s, out)
		}
	})
}

// A line of brackets that nothing closes is read in time linear in its
// length.
func TestUnlinkUnclosed(t *testing.T) {
	s := strings.Repeat("[", 1<<20)
	assert.Equal(t, s, Unlink(s))
	s = strings.Repeat("[a](", 1<<18)
	assert.Equal(t, s, Unlink(s))
	s = strings.Repeat("[", 1<<16) + "x" + strings.Repeat("](u)", 1<<16)
	assert.Equal(t, "x", Unlink(s), "links nested deep")
}
