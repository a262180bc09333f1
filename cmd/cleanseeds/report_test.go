package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/cleanseeds/cleanseeds/clean"
)

// hostileLines are lines of a text document that would run code if the
// report pasted them into the page as markup.
var hostileLines = []string{
	`<script>window.top.pwned = 1; document.title = "pwned"</script>`,
	`<img src="x" onerror="window.top.pwned = 2">`,
	`"><svg onload="window.top.pwned = 3"></svg>`,
	`</span></li></ol></section><script>window.top.pwned = 4</script>`,
	`<a href="javascript:window.top.pwned = 5" onclick="window.top.pwned = 6">Sign in</a>`,
	`<iframe srcdoc="<script>parent.parent.pwned = 7</script>"></iframe>`,
	`<style>body{display:none}</style><meta http-equiv="refresh" content="0;url=https://example.com/">`,
}

// hostileDoc is a page whose lines are the hostile lines between
// paragraphs, so that some are kept and some removed.
func hostileDoc() string {
	var b strings.Builder
	for i, l := range hostileLines {
		b.WriteString(l + "\n\n")
		if i%2 == 0 {
			b.WriteString("The council met on Tuesday evening and agreed, after a long debate about the harbour, to repair the old stone pier before the winter storms arrive.\n\n")
		}
	}
	return b.String()
}

// parseReport parses a report and returns its root.
func parseReport(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

// walk calls f on every element below n.
func walk(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			f(c)
		}
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// reportLine is a line as the report shows it.
type reportLine struct {
	id, verdict, rule, text, why string
}

// reportLines returns the lines of the report's sections, in order.
func reportLines(root *html.Node) []reportLine {
	var lines []reportLine
	walk(root, func(n *html.Node) {
		if n.Data != "li" || !hasClass(n, "l") {
			return
		}
		l := reportLine{id: attr(n, "id"), verdict: strings.TrimPrefix(attr(n, "data-v"), "v:"), rule: attr(n, "data-r")}
		if l.verdict == "" {
			l.verdict = "blank"
		}
		walk(n, func(c *html.Node) {
			switch {
			case hasClass(c, "t"):
				l.text = text(c)
			case hasClass(c, "why"):
				l.why = text(c)
			}
		})
		lines = append(lines, l)
	})
	return lines
}

// TestReportShowsEveryLine checks the report of the seeds against the
// library's decisions: every line, in order, its text as it came in, its
// verdict, and for a removed line its rule and detail.
func TestReportShowsEveryLine(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "-explain", "-format", "html", seedDir)
	require.Equal(t, 0, code, stderr)
	root := parseReport(t, stdout)
	got := reportLines(root)

	names, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	var want []clean.Line
	var sections []string
	for _, name := range names {
		res, err := clean.Text(readFile(t, name))
		require.NoError(t, err)
		want = append(want, res.Lines...)
		sections = append(sections, name)
	}
	require.Len(t, got, len(want))
	for i, w := range want {
		g := got[i]
		assert.Equal(t, w.Text, g.text, "line %s", g.id)
		assert.Equal(t, w.Verdict.String(), g.verdict, "line %s", g.id)
		if w.Verdict == clean.Blank {
			continue
		}
		assert.Equal(t, w.Verdict.String()+":"+w.Rule, g.rule, "line %s", g.id)
		assert.Contains(t, g.why, w.Rule, "line %s", g.id)
		if w.Verdict == clean.Drop {
			assert.True(t, strings.HasPrefix(g.why, "removed: "), "line %s: %q", g.id, g.why)
		}
		if w.Detail != "" {
			assert.Contains(t, g.why, "("+w.Detail+")", "line %s", g.id)
		}
	}

	// A list of the documents links to each one's section.
	var links []string
	ids := map[string]bool{}
	walk(root, func(n *html.Node) {
		if n.Data == "a" && strings.HasPrefix(attr(n, "href"), "#") {
			links = append(links, text(n))
			assert.NotEmpty(t, attr(n, "href"))
			ids[strings.TrimPrefix(attr(n, "href"), "#")] = true
		}
	})
	assert.Equal(t, sections, links)
	walk(root, func(n *html.Node) {
		if n.Data == "section" {
			delete(ids, attr(n, "id"))
		}
	})
	assert.Empty(t, ids, "links to no section")
	assert.Contains(t, stdout, "<li class=\"mark\">▼ the article starts</li>")
}

// TestReportRunsNothing checks that a document's markup is shown as text:
// the report has one script, its own, allowed by hash in a policy that
// loads nothing; no element has an event handler or a link out; each
// hostile line reads in the report exactly as it came in.
func TestReportRunsNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, `<img src=x onerror=alert(1)>.txt`)
	require.NoError(t, os.WriteFile(in, []byte(hostileDoc()), 0o644))
	stdout, stderr, code := runCLI(t, "", "-explain", "-format", "html", in, filepath.Join(dir, "missing<script>.txt"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "missing<script>.txt: no such file or directory")
	root := parseReport(t, stdout)

	var scripts, policies []string
	walk(root, func(n *html.Node) {
		for _, a := range n.Attr {
			assert.False(t, strings.HasPrefix(strings.ToLower(a.Key), "on"), "<%s %s=%q>", n.Data, a.Key, a.Val)
			assert.NotContains(t, strings.ToLower(a.Val), "javascript:", "<%s %s=%q>", n.Data, a.Key, a.Val)
		}
		switch n.Data {
		case "script":
			scripts = append(scripts, text(n))
		case "meta":
			if attr(n, "http-equiv") == "Content-Security-Policy" {
				policies = append(policies, attr(n, "content"))
			}
		case "img", "svg", "iframe", "a", "link", "base", "form", "object", "embed":
			if n.Data != "a" || !strings.HasPrefix(attr(n, "href"), "#") {
				t.Errorf("the report has a <%s> element", n.Data)
			}
		}
	})
	require.Equal(t, []string{reportScript}, scripts)
	require.Len(t, policies, 1)
	assert.Contains(t, policies[0], "default-src 'none'")
	assert.Contains(t, policies[0], "script-src '"+sourceHash(reportScript)+"'")

	var shown []string
	for _, l := range reportLines(root) {
		shown = append(shown, l.text)
	}
	for _, l := range hostileLines {
		assert.Contains(t, shown, l)
	}
	assert.Contains(t, text(root), "<img src=x onerror=alert(1)>.txt")
	assert.Contains(t, text(root), "missing<script>.txt")
}

func TestReportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "html", seedDir},
		{"-explain", "-format", "html", "-w", seedDir},
		{"-explain", "-format", "html", "-o", t.TempDir(), seedDir},
		{"-explain", "-format", "html", "-d", seedDir},
	} {
		stdout, stderr, code := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Empty(t, stdout, "%v", args)
		assert.Contains(t, stderr, "-format html", "%v", args)
	}
}

// TestReportNoDocuments: an empty directory still makes a whole page.
func TestReportNoDocuments(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "-explain", "-format", "html", t.TempDir())
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "No documents.")
	assert.True(t, strings.HasSuffix(stdout, "</html>\n"))
}
