package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

// The report of -explain -format html is one self-contained page: its
// style and script are in the page, and its Content-Security-Policy lets
// the browser load nothing else and run no script but its own (by hash),
// so a page's own markup, shown as text, can run nothing even if it got
// past the escaping.
//
// The page is written as the documents are emitted, so a long run needs no
// more memory than one document: the sections first, then the list of
// documents and the counts of the rules, which the style shows at the top.

const reportStyle = `
:root{--keep:#1a7f37;--drop:#cf222e;--title:#0550ae;--span:#fff8c5;--muted:#6e7781}
body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#1f2328;display:flex;flex-direction:column}
header,nav,main{padding:0 1.5rem}
header{order:-3}nav{order:-2}main{order:0}
h1{font-size:1.3rem;margin:1rem 0 .3rem}
h2{font-size:1.1rem;margin:1.8rem 0 .2rem;word-break:break-all}
.sum{color:var(--muted);margin:.2rem 0}
.legend span{margin-right:1rem}
button{font:inherit;font-size:12px;border:1px solid #d0d7de;background:#f6f8fa;border-radius:1em;padding:.05rem .6rem;margin:.1rem;cursor:pointer}
button.drop{color:var(--drop)}button.keep{color:var(--keep)}button.title{color:var(--title)}
button.on{background:#1f2328;color:#fff}
ol.lines{list-style:none;margin:.5rem 0;padding:0;font:13px/1.4 ui-monospace,monospace}
li.l[hidden]{display:none}
li.l{display:grid;grid-template-columns:4.5em 1fr minmax(8em,24em);gap:.8em;border-left:4px solid transparent;padding:0 .3em}
li.l .n{color:var(--muted);text-align:right}
li.l .t{white-space:pre-wrap;word-break:break-word}
li.l .why{font-size:12px;color:var(--muted)}
li.keep{border-left-color:var(--keep)}
li.keep .why{color:var(--keep)}
li.title{border-left-color:var(--title);font-weight:bold}
li.title .why{color:var(--title)}
li.drop{border-left-color:var(--drop)}
li.drop .t{color:#8c959f;text-decoration:line-through;text-decoration-color:#cf222e88}
li.drop .why{color:var(--drop)}
li.blank{min-height:.7em}
li.in{background:var(--span)}
li.mark{display:block;color:#9a6700;font-size:12px;border-left-color:#d4a72c;background:var(--span)}
.err{color:var(--drop)}
table.toc td{padding:0 .8rem 0 0}
`

const reportScript = `
document.addEventListener('click', function (e) {
  var b = e.target.closest('button[data-f]');
  if (!b) return;
  var f = document.body.dataset.f === b.dataset.f ? '' : b.dataset.f;
  document.body.dataset.f = f;
  document.querySelectorAll('li.l').forEach(function (l) {
    l.hidden = f !== '' && l.dataset.r !== f && l.dataset.v !== f;
  });
  document.querySelectorAll('button[data-f]').forEach(function (x) {
    x.classList.toggle('on', x.dataset.f === f);
  });
});
`

// reportPolicy is the page's Content-Security-Policy: nothing loads,
// and only the page's own style and script apply.
var reportPolicy = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src 'none'; form-action 'none'; base-uri 'none'",
	sourceHash(reportStyle), sourceHash(reportScript))

// sourceHash returns the CSP hash source of an inline style or script.
func sourceHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// htmlReport writes the report of -explain -format html.
type htmlReport struct {
	w      io.Writer
	n      int // the sections written
	docs   []reportEntry
	counts map[string]*ruleCount // per rule, over all documents
}

// reportEntry is a document in the report's list.
type reportEntry struct {
	name          string
	id            int // its section, doc1, doc2, ...
	kept, removed int
	err           string // the document could not be cleaned
}

// ruleCount counts the lines a rule decided, by verdict.
type ruleCount struct {
	rule    string
	verdict clean.Verdict
	n       int
}

// newHTMLReport starts the report on w.
func newHTMLReport(w io.Writer) *htmlReport {
	fmt.Fprintf(w, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="%s">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="%s">
<title>cleanseeds: what was kept and removed</title>
<style>%s</style>
</head>
<body>
<main>
`, html.EscapeString(reportPolicy), html.EscapeString(versionString()), reportStyle)
	return &htmlReport{w: w, counts: make(map[string]*ruleCount)}
}

// key names a rule's count, and the filter of its lines.
func ruleKey(verdict clean.Verdict, rule string) string {
	return verdict.String() + ":" + rule
}

// doc writes the section of one cleaned document.
func (h *htmlReport) doc(name string, r *clean.Result) {
	h.n++
	id := h.n
	h.docs = append(h.docs, reportEntry{name: name, id: id, kept: r.Kept(), removed: r.Removed()})
	var b strings.Builder
	fmt.Fprintf(&b, "<section class=\"doc\" id=\"doc%d\">\n<h2>%s</h2>\n", id, html.EscapeString(name))

	var facts []string
	add := func(label, v string) {
		if v != "" {
			facts = append(facts, label+" <b>"+html.EscapeString(v)+"</b>")
		}
	}
	add("title", r.Title)
	add("date", r.Date)
	add("author", r.Author)
	add("language", r.Lang)
	add("site", r.Site)
	add("encoding", r.Encoding)
	facts = append(facts, fmt.Sprintf("%d lines kept, %d removed", r.Kept(), r.Removed()))
	if !r.Article.Empty() {
		facts = append(facts, fmt.Sprintf("article: lines %d–%d", r.Article.First, r.Article.Last))
	} else {
		facts = append(facts, "no article span")
	}
	b.WriteString("<p class=\"sum\">" + strings.Join(facts, " · ") + "</p>\n")

	local := make(map[string]*ruleCount)
	for _, l := range r.Lines {
		if l.Verdict == clean.Blank {
			continue
		}
		k := ruleKey(l.Verdict, l.Rule)
		for _, m := range []map[string]*ruleCount{local, h.counts} {
			c := m[k]
			if c == nil {
				c = &ruleCount{rule: l.Rule, verdict: l.Verdict}
				m[k] = c
			}
			c.n++
		}
	}
	b.WriteString("<p class=\"rules\">")
	writeRuleButtons(&b, local)
	b.WriteString("</p>\n<ol class=\"lines\">\n")
	for _, l := range r.Lines {
		if l.Num == r.Article.First {
			b.WriteString("<li class=\"mark\">▼ the article starts</li>\n")
		}
		writeLine(&b, id, l, r.Article.Contains(l.Num))
		if l.Num == r.Article.Last {
			b.WriteString("<li class=\"mark\">▲ the article ends</li>\n")
		}
	}
	b.WriteString("</ol>\n</section>\n")
	io.WriteString(h.w, b.String())
}

// writeLine writes one line of a document: its number, its text, and for
// a line that is not blank, its verdict, rule and detail.
func writeLine(b *strings.Builder, doc int, l clean.Line, inArticle bool) {
	v := l.Verdict.String()
	class := "l " + v
	if inArticle {
		class += " in"
	}
	fmt.Fprintf(b, "<li class=\"%s\" id=\"d%d-%d\"", class, doc, l.Num)
	if l.Verdict != clean.Blank {
		fmt.Fprintf(b, " data-v=\"v:%s\" data-r=\"%s\"", v, html.EscapeString(ruleKey(l.Verdict, l.Rule)))
	}
	fmt.Fprintf(b, "><span class=\"n\">%d</span><span class=\"t\">%s</span>", l.Num, html.EscapeString(l.Text))
	if l.Verdict != clean.Blank {
		why := html.EscapeString(l.Rule)
		switch l.Verdict {
		case clean.Drop:
			why = "removed: " + why
		case clean.Headline:
			why = "title: " + why
		}
		if l.Detail != "" {
			why += " (" + html.EscapeString(l.Detail) + ")"
		}
		b.WriteString("<span class=\"why\">" + why + "</span>")
	}
	b.WriteString("</li>\n")
}

// writeRuleButtons writes a filter button per rule and verdict, most
// lines first, then by name.
func writeRuleButtons(b *strings.Builder, counts map[string]*ruleCount) {
	list := make([]*ruleCount, 0, len(counts))
	for _, c := range counts {
		list = append(list, c)
	}
	slices.SortFunc(list, func(x, y *ruleCount) int {
		if x.n != y.n {
			return y.n - x.n
		}
		if x.verdict != y.verdict {
			return int(x.verdict) - int(y.verdict)
		}
		return strings.Compare(x.rule, y.rule)
	})
	for _, c := range list {
		fmt.Fprintf(b, "<button class=\"%s\" data-f=\"%s\" title=\"show only the lines this rule %s\">%s %d</button>",
			c.verdict, html.EscapeString(ruleKey(c.verdict, c.rule)), verb(c.verdict), html.EscapeString(c.rule), c.n)
	}
}

// verb says what a verdict did to a line.
func verb(v clean.Verdict) string {
	switch v {
	case clean.Drop:
		return "removed"
	case clean.Headline:
		return "took as the title"
	}
	return "kept"
}

// fail lists a document that could not be cleaned.
func (h *htmlReport) fail(name string, err error) {
	h.docs = append(h.docs, reportEntry{name: name, err: err.Error()})
}

// end writes the list of documents, the counts of the rules over all of
// them and the script, and closes the page.
func (h *htmlReport) end() {
	var b strings.Builder
	b.WriteString("</main>\n<header>\n<h1>cleanseeds: what was kept and removed</h1>\n")
	kept, removed, failed := 0, 0, 0
	for _, d := range h.docs {
		kept += d.kept
		removed += d.removed
		if d.err != "" {
			failed++
		}
	}
	fmt.Fprintf(&b, "<p class=\"sum\">%d documents, %d lines kept, %d removed", len(h.docs)-failed, kept, removed)
	if failed > 0 {
		fmt.Fprintf(&b, ", <span class=\"err\">%d could not be cleaned</span>", failed)
	}
	b.WriteString("</p>\n<p class=\"sum legend\"><span>kept lines have a green edge</span><span>removed lines a red one and are struck through, with the rule that removed them</span><span>the title a blue one</span><span>the article span is shaded</span></p>\n")
	b.WriteString("<p><button data-f=\"v:keep\" class=\"keep\">kept</button><button data-f=\"v:drop\" class=\"drop\">removed</button> or one rule (click again to show all):</p>\n<p class=\"rules\">")
	writeRuleButtons(&b, h.counts)
	b.WriteString("</p>\n</header>\n")
	if len(h.docs) > 1 || failed > 0 {
		b.WriteString("<nav>\n<table class=\"toc\">\n")
		for _, d := range h.docs {
			if d.err != "" {
				fmt.Fprintf(&b, "<tr><td>%s</td><td class=\"err\" colspan=\"2\">%s</td></tr>\n", html.EscapeString(d.name), html.EscapeString(d.err))
				continue
			}
			fmt.Fprintf(&b, "<tr><td><a href=\"#doc%d\">%s</a></td><td>%d kept</td><td>%d removed</td></tr>\n", d.id, html.EscapeString(d.name), d.kept, d.removed)
		}
		b.WriteString("</table>\n</nav>\n")
	}
	if len(h.docs) == 0 {
		b.WriteString("<nav><p>No documents.</p></nav>\n")
	}
	b.WriteString("<script>" + reportScript + "</script>\n</body>\n</html>\n")
	io.WriteString(h.w, b.String())
}
