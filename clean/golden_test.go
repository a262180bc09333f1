package clean_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current output")

// goldenDirs hold documents (.txt, or .html in testdata/html) and their
// expected output (.golden), as cleanseeds prints it.
var goldenDirs = []string{"testdata/seeds", "testdata/pages", "testdata/html"}

func TestGolden(t *testing.T) {
	for _, dir := range goldenDirs {
		ext := ".txt"
		if filepath.Base(dir) == "html" {
			ext = ".html"
		}
		inputs, err := filepath.Glob(filepath.Join(dir, "*"+ext))
		require.NoError(t, err)
		require.NotEmpty(t, inputs, dir)
		for _, in := range inputs {
			golden := strings.TrimSuffix(in, ext) + ".golden"
			t.Run(filepath.Base(in), func(t *testing.T) {
				src, err := os.ReadFile(in)
				require.NoError(t, err)
				var res *clean.Result
				if ext == ".html" {
					res, err = clean.HTML(bytes.NewReader(src))
				} else {
					res, err = clean.Text(string(src))
				}
				require.NoError(t, err)
				got := res.String()
				if *update {
					require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				}
				want, err := os.ReadFile(golden)
				require.NoError(t, err, "no golden file; run go test -update and read it before committing")
				assert.Equal(t, string(want), got)

				// Cleaning the cleaned text changes nothing.
				again, err := clean.Text(string(want))
				require.NoError(t, err)
				assert.Equal(t, string(want), again.String(), "cleaning the golden file again changed it")
			})
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
