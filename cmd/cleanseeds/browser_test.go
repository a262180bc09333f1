package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/cleanseeds/cleanseeds/clean"
)

// The browser tests render the report in headless Chromium and read what
// it displays. They skip when no Chromium is installed, unless
// CLEANSEEDS_BROWSER_TESTS=1 (as CI sets it, after installing Debian's
// chromium package) makes a missing browser a failure.

// chromium returns the path of a Chromium or Chrome binary.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CLEANSEEDS_BROWSER_TESTS") == "1" {
		t.Fatal("no chromium: install Debian's chromium package, or set CHROMIUM")
	}
	t.Skip("no chromium installed (CLEANSEEDS_BROWSER_TESTS=1 makes this a failure)")
	return ""
}

// harness is a page that shows the report in a frame and, once the frame
// has loaded, reads how each line of it is displayed, clicks the filter
// named by the frame's address fragment, and writes what it saw as JSON
// into <pre id="out">. Chromium's --dump-dom then prints it.
const harness = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>harness</title></head><body>
<iframe id="r" src="report.html" width="1400" height="900"></iframe>
<pre id="out">not loaded</pre>
<script>
document.getElementById('r').addEventListener('load', function () {
  var out = {};
  try {
    var w = this.contentWindow, d = this.contentDocument;
    var shown = function (el) { return w.getComputedStyle(el).display !== 'none'; };
    out.lines = [];
    d.querySelectorAll('li.l').forEach(function (l) {
      var t = l.querySelector('.t'), why = l.querySelector('.why');
      out.lines.push({
        text: t.textContent,
        shown: shown(l),
        deco: w.getComputedStyle(t).textDecorationLine,
        border: w.getComputedStyle(l).borderLeftColor,
        weight: w.getComputedStyle(l).fontWeight,
        why: why ? why.textContent : '',
        whyShown: why ? shown(why) && why.getBoundingClientRect().width > 0 : false
      });
    });
    var f = decodeURIComponent(location.hash.slice(1));
    var b = f && d.querySelector('header button[data-f="' + f + '"]');
    out.filter = f;
    if (b) {
      b.click();
      out.afterClick = Array.prototype.filter.call(d.querySelectorAll('li.l'), shown).length;
      b.click();
      out.afterSecondClick = Array.prototype.filter.call(d.querySelectorAll('li.l'), shown).length;
    }
    out.pwned = (window.pwned || 0) + (w.pwned || 0);
    out.title = d.title;
    out.scripts = d.scripts.length;
  } catch (e) {
    out.error = String(e);
  }
  document.getElementById('out').textContent = JSON.stringify(out);
});
</script>
</body></html>
`

// rendered is what the harness saw.
type rendered struct {
	Lines []struct {
		Text     string
		Shown    bool
		Deco     string
		Border   string
		Weight   string
		Why      string
		WhyShown bool
	}
	Filter           string
	AfterClick       int
	AfterSecondClick int
	Pwned            int
	Title            string
	Scripts          int
	Error            string
}

// browserTries is how many times render starts Chromium when it crashes.
const browserTries = 3

// runChromium opens the harness in dir in headless Chromium, with its
// profile in profile and filter as the page's fragment, and writes the
// DOM it dumps to out.
func runChromium(browser, dir, profile, filter string, out, errOut io.Writer) error {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+profile, "--allow-file-access-from-files",
		"--virtual-time-budget=5000", "--window-size=1400,1000", "--dump-dom",
		"file://"+filepath.Join(dir, "harness.html")+"#"+filter)
	cmd.Stdout, cmd.Stderr = out, errOut
	return cmd.Run()
}

// render writes the report of args into a directory beside the harness,
// opens the harness in headless Chromium with filter as its fragment, and
// returns what it saw.
func render(t *testing.T, filter string, args ...string) rendered {
	t.Helper()
	browser := chromium(t)
	dir := t.TempDir()
	stdout, stderr, code := runCLI(t, "", append([]string{"-explain", "-format", "html"}, args...)...)
	require.Equal(t, 0, code, stderr)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "report.html"), []byte(stdout), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "harness.html"), []byte(harness), 0o644))

	var out, errOut strings.Builder
	// Chromium itself may crash on a loaded machine (a segmentation fault
	// while the other packages' tests share the cores): a crash is no
	// verdict on the report, and the run is tried again, up to
	// browserTries times. A report whose script misbehaves still renders.
	for try := 1; ; try++ {
		out.Reset()
		errOut.Reset()
		err := runChromium(browser, dir, filepath.Join(dir, fmt.Sprintf("profile-%d", try)), filter, &out, &errOut)
		var exit *exec.ExitError
		if err != nil && errors.As(err, &exit) && exit.ProcessState.Sys().(syscall.WaitStatus).Signaled() && try < browserTries {
			t.Logf("chromium crashed (%v), try %d of %d", err, try, browserTries)
			continue
		}
		require.NoError(t, err, "chromium: %s", errOut.String())
		break
	}

	doc, err := html.Parse(strings.NewReader(out.String()))
	require.NoError(t, err)
	var seen string
	walk(doc, func(n *html.Node) {
		if n.Data == "pre" && attr(n, "id") == "out" {
			seen = text(n)
		}
	})
	var r rendered
	require.NoError(t, json.Unmarshal([]byte(seen), &r), "the harness wrote %q", seen)
	require.Empty(t, r.Error)
	return r
}

// Colours as the report's style gives them, as getComputedStyle returns
// them.
const (
	green = "rgb(26, 127, 55)"
	red   = "rgb(207, 34, 46)"
	blue  = "rgb(5, 80, 174)"
)

// TestBrowserShowsKeptAndRemoved renders the report of seed 004 and checks
// that each removed line is struck through on a red edge with its rule
// beside it, each kept line plain on a green edge, the title bold on a
// blue one; and that the filter of a rule shows that rule's lines only.
func TestBrowserShowsKeptAndRemoved(t *testing.T) {
	seed := filepath.Join(seedDir, "004_a00fc81244384d1d.txt")
	res, err := clean.Text(readFile(t, seed))
	require.NoError(t, err)
	navMenu := 0
	for _, l := range res.Lines {
		if l.Verdict == clean.Drop && l.Rule == "nav-menu" {
			navMenu++
		}
	}
	require.NotZero(t, navMenu)

	r := render(t, "drop:nav-menu", seed)
	require.Len(t, r.Lines, len(res.Lines))
	for i, want := range res.Lines {
		got := r.Lines[i]
		assert.Equal(t, want.Text, got.Text, "line %d", want.Num)
		assert.True(t, got.Shown, "line %d is not displayed", want.Num)
		switch want.Verdict {
		case clean.Drop:
			assert.Equal(t, "line-through", got.Deco, "removed line %d", want.Num)
			assert.Equal(t, red, got.Border, "removed line %d", want.Num)
			assert.True(t, got.WhyShown, "removed line %d: its rule is not displayed", want.Num)
			assert.Contains(t, got.Why, want.Rule, "removed line %d", want.Num)
		case clean.Keep:
			assert.Equal(t, "none", got.Deco, "kept line %d", want.Num)
			assert.Equal(t, green, got.Border, "kept line %d", want.Num)
		case clean.Headline:
			assert.Equal(t, "none", got.Deco, "title line %d", want.Num)
			assert.Equal(t, blue, got.Border, "title line %d", want.Num)
			assert.Equal(t, "700", got.Weight, "title line %d", want.Num)
		}
	}
	assert.Equal(t, navMenu, r.AfterClick, "the nav-menu filter")
	assert.Equal(t, len(res.Lines), r.AfterSecondClick, "a second click shows every line again")
}

// TestBrowserRunsNothing renders the report of a document made of
// <script> elements, event handlers and javascript: links, and checks
// that none of them ran and each is displayed as the text it is.
func TestBrowserRunsNothing(t *testing.T) {
	in := filepath.Join(t.TempDir(), "hostile.txt")
	require.NoError(t, os.WriteFile(in, []byte(hostileDoc()), 0o644))
	r := render(t, "", in)
	assert.Zero(t, r.Pwned, "a script of the document ran")
	assert.Equal(t, "cleanseeds: what was kept and removed", r.Title)
	assert.Equal(t, 1, r.Scripts, "the report has scripts other than its own")
	var shown []string
	for _, l := range r.Lines {
		if l.Shown {
			shown = append(shown, l.Text)
		}
	}
	for _, l := range hostileLines {
		assert.Contains(t, shown, l)
	}
}
