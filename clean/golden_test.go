package clean_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/clean/cleantest"
)

// goldenDirs hold documents (.txt, or .html in testdata/html) and their
// expected output (.golden), as cleanseeds prints it.
var goldenDirs = []string{"testdata/seeds", "testdata/pages", "testdata/html"}

// TestGolden compares the cleaned seeds, pages and HTML fixtures with
// their golden files, through cleantest as other projects do: go test
// -update rewrites them. (The w3m renderings beside the HTML fixtures are
// checked by TestHTMLFixtures, not against goldens.)
func TestGolden(t *testing.T) {
	cleantest.Dir(t, "testdata/seeds")
	cleantest.Dir(t, "testdata/pages")
	pages, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) { cleantest.File(t, p) })
	}
}

// TestGoldenIdempotent cleans every golden file again: the cleaned text
// must come back unchanged.
func TestGoldenIdempotent(t *testing.T) {
	for _, dir := range goldenDirs {
		goldens, err := filepath.Glob(filepath.Join(dir, "*.golden"))
		require.NoError(t, err)
		require.NotEmpty(t, goldens, dir)
		for _, g := range goldens {
			want, err := os.ReadFile(g)
			require.NoError(t, err)
			again, err := clean.Text(string(want))
			require.NoError(t, err)
			assert.Equal(t, string(want), again.String(), "cleaning %s again changed it", g)
		}
	}
}

// TestGoldenFixturesAreLF guards the fixtures themselves: an editor that
// rewrites line endings would make the goldens meaningless.
func TestGoldenFixturesAreLF(t *testing.T) {
	for _, dir := range goldenDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			assert.NotContains(t, string(b), "\r", "%s has CR bytes", f)
		}
	}
}

// TestSeedMetadata checks what the goldens cannot show: the lifted title
// and date.
func TestSeedMetadata(t *testing.T) {
	cases := []struct {
		file, title, date string
	}{
		{"000_6a4a497fc0a5f16e.txt", "", "2022-01-03"},
		{"001_26b014acf4a540e6.txt", "", "2021-12-09"},
		{"002_257e7d78ae1e6bca.txt", "", ""},
		{"003_482d5174bba0154a.txt", "", ""},
		{"004_a00fc81244384d1d.txt", "President Joe Biden, Russian President Vladimir Putin to speak Thursday as Ukraine tensions rise", "2021-12-29"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata/seeds", c.file))
			require.NoError(t, err)
			res, err := clean.Text(string(src))
			require.NoError(t, err)
			assert.Equal(t, c.title, res.Title)
			assert.Equal(t, c.date, res.Date)
			assert.Equal(t, "en", res.Lang)
		})
	}
}
