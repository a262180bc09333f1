package clean_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// checkInvariants checks DESIGN.md's invariants on one input and returns
// the first one broken:
//
//  1. never invents text: every body line is a line of the normalised
//     input, in input order (the first may have lost a date prefix); the
//     title is the text of an input line;
//  2. idempotent: cleaning the printed result prints it again;
//  3. deterministic: cleaning twice gives the same result;
//
// and the body's shape: no blank line at its ends, never two in a row;
// and every line but a blank one names the rule or pass that decided it.
func checkInvariants(s string, opts ...clean.Option) error {
	res, err := clean.Text(s, opts...)
	if errors.Is(err, clean.ErrBinary) && strings.Contains(s[:min(len(s), 8000)], "\x00") {
		return nil // refused, as documented
	}
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	in := strings.Split(clean.Normalize(s), "\n")
	if err := subsequence(in, res); err != nil {
		return err
	}
	if res.Title != "" && !containsLine(in, res.Title) {
		return fmt.Errorf("title %q is not text of an input line, nor of a heading wrapped over up to three", res.Title)
	}
	if strings.HasPrefix(res.Body, "\n") || strings.HasSuffix(res.Body, "\n") || strings.Contains(res.Body, "\n\n\n") {
		return fmt.Errorf("body has stray blank lines: %q", res.Body)
	}
	if err := named(res); err != nil {
		return err
	}
	again, err := clean.Text(s, opts...)
	if err != nil {
		return fmt.Errorf("clean again: %w", err)
	}
	if again.String() != res.String() || len(again.Lines) != len(res.Lines) {
		return fmt.Errorf("not deterministic")
	}
	for i := range res.Lines {
		if res.Lines[i] != again.Lines[i] {
			return fmt.Errorf("not deterministic at line %d", i+1)
		}
	}
	out := res.String()
	twice, err := clean.Text(out, opts...)
	if err != nil {
		return fmt.Errorf("clean output: %w", err)
	}
	if got := twice.String(); got != out {
		return fmt.Errorf("not idempotent:\n--- once\n%s\n--- twice\n%s", out, got)
	}
	return nil
}

// checkHTMLInvariants checks DESIGN.md's invariants on one HTML page: the
// body's lines are lines the front end cut from it, in order, and the
// title is one or the page's metadata title; every line but a blank one
// names its rule; cleaning the printed result as text prints it again;
// cleaning twice gives the same result.
func checkHTMLInvariants(b []byte) error {
	res, err := clean.HTML(bytes.NewReader(b))
	if errors.Is(err, clean.ErrBinary) && bytes.Contains(b[:min(len(b), 8000)], []byte{0}) {
		return nil // refused, as documented
	}
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	in := make([]string, len(res.Lines))
	for i, l := range res.Lines {
		in[i] = l.Text
	}
	if err := subsequence(in, res); err != nil {
		return err
	}
	if strings.HasPrefix(res.Body, "\n") || strings.HasSuffix(res.Body, "\n") || strings.Contains(res.Body, "\n\n\n") {
		return fmt.Errorf("body has stray blank lines: %q", res.Body)
	}
	if strings.Contains(res.Title, "\n") {
		return fmt.Errorf("title %q has a line break", res.Title)
	}
	if err := named(res); err != nil {
		return err
	}
	again, err := clean.HTML(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("clean again: %w", err)
	}
	if again.String() != res.String() || len(again.Lines) != len(res.Lines) {
		return fmt.Errorf("not deterministic")
	}
	out := res.String()
	twice, err := clean.Text(out)
	if err != nil {
		return fmt.Errorf("clean output: %w", err)
	}
	if got := twice.String(); got != out {
		return fmt.Errorf("not idempotent:\n--- once\n%s\n--- twice\n%s", out, got)
	}
	return nil
}

// named checks that every line but a blank one names the rule or pass
// that decided it: the reason the user is shown.
func named(res *clean.Result) error {
	for _, l := range res.Lines {
		if l.Verdict != clean.Blank && l.Rule == "" {
			return fmt.Errorf("line %d (%v) names no rule: %q", l.Num, l.Verdict, l.Text)
		}
	}
	return nil
}

// subsequence checks that the body's lines appear in the input in order.
func subsequence(in []string, res *clean.Result) error {
	if res.Body == "" {
		return nil
	}
	j := 0
	for k, bl := range strings.Split(res.Body, "\n") {
		if bl == "" {
			continue
		}
		for j < len(in) && in[j] != bl && !(k == 0 && res.Date != "" && strings.HasSuffix(in[j], bl)) {
			j++
		}
		if j == len(in) {
			return fmt.Errorf("body line %d %q is not an input line in order", k+1, bl)
		}
		j++
	}
	return nil
}

// containsLine reports whether some input line holds text, or some two or
// three lines in a row do, as a renderer wrapped them: their breaks and
// indents are spaces in text, or nothing at all (as between Chinese
// characters); the spaces around them are not compared.
func containsLine(in []string, text string) bool {
	for _, l := range in {
		if strings.Contains(l, text) {
			return true
		}
	}
	squeezed := strings.Join(strings.Fields(text), "")
	for i := range in {
		for n := 2; n <= 3 && i+n <= len(in); n++ {
			if strings.Contains(strings.Join(strings.Fields(strings.Join(in[i:i+n], " ")), ""), squeezed) {
				return true
			}
		}
	}
	return false
}

func FuzzText(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Add("date 2022-01-03 date 2021-01-01 Text\n")
	f.Add("# > Title\n\nA paragraph of text that is long enough to be read as the article body by the rules.\n")
	f.Add("\x00\xff\r\n\u2028 \u00a0\n")
	// html2text's markdown with its links kept, and lynx's numbered links
	// and list of their addresses.
	f.Add("[ ![](a.jpg) Fares rise ](/a) [Wiki](/x_\\(y\\))\n\n# [Title](/t)\n\n[![alt](b.jpg)\n\n### Card\n\n$9](/p)\n")
	f.Add("   [1]Home [2]News\n\n   The council met on [3]Tuesday.\n\n   (BUTTON) Search\n\nReferences\n\n   Visible links:\n   1. https://example.org/\n   2. mailto:?subject=a b\n")
	// Markdown's front matter, links by reference and their labels, and
	// a change log's releases.
	f.Add("---\ntitle: npm-stage\n# draft\ndescription: Stage\n---\n\n* [Working Groups][]\n* [guide][WG]\n[logo][banner]\n\n[working groups]: https://example.org/wg\n[wg]: WG.md\n")
	f.Add("### Major changes between OpenSSL 1.1.1a and OpenSSL 1.1.1b [26 Feb 2019]\n\n  * Fixed a bug\n\n6.10      2020-12-17 15:42:06Z\n    - Fix #39\n\n2004-10-17  Lorenzo Bettini\n\n\t* src/lib/a.c removed\n")
	// A grid of pictures over their titles, alt texts given twice, as file
	// names and plain.
	f.Add("Our soups keep for days in the fridge, and many of them freeze well, so that a big pot made on a Sunday feeds you through the week; here are the ones we make most often, from light spring broths to the hearty stews of a cold winter night by the fire.\n" +
		"A bowl of soup A bowl of soup\nRed Lentil Soup\n20210311-minestrone-kitchen-4\nClassic Minestrone Soup\nonion-soup.jpg onion-soup.jpg\nFrench Onion Soup\n" +
		"ramen-bowl.jpg\nTen-Minute Miso Ramen\nA pot of chili\nBeef and Bean Chili\npea-soup.jpg\nSpring Pea Soup\n")
	f.Fuzz(func(t *testing.T, s string) {
		if err := checkInvariants(s); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzHTML(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte("<html><head><meta charset=\"shift_jis\"><title>x - y</title></head><body><p>\x82\xa0<br><table><tr><td>a<td>b</table><pre>x\n\ny</pre>"))
	f.Add([]byte("<div><div><div><p>deep</p><script>x</script><ruby>a<rt>b</rt></ruby><p hidden>h</p>"))
	// An app shell with its text in <noscript>, and a consent dialog.
	f.Add([]byte("<body><div id=app></div><noscript><div class=post><p>" + strings.Repeat("A post long enough to be read from the noscript of the page. ", 30) +
		"</p></div></noscript><div id=onetrust-pc-sdk><p>These technologies are necessary.</p></div>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := checkHTMLInvariants(b); err != nil {
			t.Fatal(err)
		}
	})
}

// TestInvariantsOnFixtures runs the invariant checks on every fixture with
// every balance.
func TestInvariantsOnFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.txt")
	require.NoError(t, err)
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		for _, bal := range []clean.Balance{clean.Balanced, clean.FavorPrecision, clean.FavorRecall} {
			if err := checkInvariants(string(b), clean.WithBalance(bal)); err != nil {
				t.Errorf("%s (%s): %v", p, bal, err)
			}
		}
	}
}

// TestHTMLInvariantsOnFixtures runs the HTML invariant checks on the HTML
// fixtures.
func TestHTMLInvariantsOnFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		if err := checkHTMLInvariants(b); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// benchDir is the shared benchmark data, beside the repository.
const benchDir = "../../shared/bench"

// TestInvariantsOnBenchmark checks the invariants on the plain-text
// renderings of the ScrapingHub benchmark: pages nobody here wrote.
func TestInvariantsOnBenchmark(t *testing.T) {
	for _, set := range []string{"scrapinghub/text-w3m", "scrapinghub/text-htmltext"} {
		files, _ := filepath.Glob(filepath.Join(benchDir, set, "*.txt"))
		if len(files) == 0 {
			t.Skipf("no benchmark data in %s", filepath.Join(benchDir, set))
		}
		for _, p := range files {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			if err := checkInvariants(string(b)); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		}
	}
}

// TestHTMLInvariantsOnBenchmark checks the invariants on the HTML pages of
// both benchmarks.
func TestHTMLInvariantsOnBenchmark(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchDir, "*", "html", "*.html.gz"))
	if len(files) == 0 {
		t.Skipf("no benchmark data in %s", benchDir)
	}
	for _, p := range files {
		f, err := os.Open(p)
		require.NoError(t, err)
		z, err := gzip.NewReader(f)
		require.NoError(t, err)
		b, err := io.ReadAll(z)
		f.Close()
		require.NoError(t, err)
		if err := checkHTMLInvariants(b); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
