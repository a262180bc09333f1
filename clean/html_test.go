package clean

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// htmlLines renders an HTML document as the HTML front end cuts it: one
// string per non-blank line, "¶" before a line that starts a block of its
// own after another line.
func htmlLines(t *testing.T, doc string) []string {
	t.Helper()
	p, _, _ := newHTMLPage([]byte(doc), "", DefaultLimits)
	var out []string
	for i, l := range p.lines {
		if l.blank {
			continue
		}
		s := l.text
		if l.gap && i > 0 {
			s = "¶" + s
		}
		out = append(out, s)
	}
	return out
}

func TestRenderHTML(t *testing.T) {
	cases := []struct {
		name, doc string
		want      []string
	}{
		{"blocks are lines", `<p>One.</p><div>Two.</div><h2>Three</h2>`,
			[]string{"One.", "¶Two.", "¶Three"}},
		{"text nodes join with the source's spaces", `<p><b>Spaced</b> <i>out</i>, <a>linked</a>.</p>`,
			[]string{"Spaced out, linked."}},
		{"abutting words are parted", `<p><a>jane</a><span>Moderator</span></p>`,
			[]string{"jane Moderator"}},
		{"scripts without spaces join", `<p><a>漢字</a>を読む</p>`,
			[]string{"漢字を読む"}},
		{"white space collapses", "<p>  one\n\t two  </p>", []string{"one two"}},
		{"br continues the block", `<p>Roses are red,<br>violets are blue.</p>`,
			[]string{"Roses are red,", "violets are blue."}},
		{"list items", `<ul><li>salt</li><li>pepper</li></ul><ol start="3"><li>mix</li><li>bake</li></ol>`,
			[]string{"• salt", "• pepper", "¶3. mix", "4. bake"}},
		{"table rows", `<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>34</td></tr></table>`,
			[]string{"Name | Age", "Ann | 34"}},
		{"pre keeps its line breaks", "<pre>func main() {\n\tfmt.Println(1)\n}</pre>",
			[]string{"func main() {", "\tfmt.Println(1)", "}"}},
		{"definition lists", `<dl><dt>Term</dt><dd>What it means.</dd></dl>`,
			[]string{"Term", "What it means."}},
		{"figure caption", `<figure><img src="a.jpg" alt="x"><figcaption>A bridge at dawn.</figcaption></figure>`,
			[]string{"A bridge at dawn."}},
		{"hidden elements are skipped",
			`<p>seen</p><p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p><p style="visibility:hidden">h4</p>`,
			[]string{"seen"}},
		{"classes that hide are skipped",
			`<p class="d-none">a</p><p class="sr-only">b</p><p class="x hidden">c</p><p class="d-none d-md-block">wide</p><p class="hidden lg:block">large</p><p class="d-none d-print-block">print</p>`,
			[]string{"wide", "¶large"}},
		{"hover boxes are skipped", `<p>Rep. <a>Jane Doe<span class="rollover-people-block">Jane Doe Related: other stories</span></a> said so.</p>`,
			[]string{"Rep. Jane Doe said so."}},
		{"the body's classes hide nothing", `</head><body class="avada-image-rollover-yes hidden"><p>seen</p>`,
			[]string{"seen"}},
		{"non-text elements are skipped",
			`<p>seen</p><script>var x</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><svg><text>s</text></svg>`,
			[]string{"seen"}},
		{"ruby annotations are skipped", `<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p>`,
			[]string{"漢字を読む"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, htmlLines(t, "<html><body>"+c.doc+"</body></html>"))
		})
	}
}

// A document nested deeper than the walk goes is still read, in order.
func TestRenderHTMLDeep(t *testing.T) {
	n := DefaultLimits.MaxDepth + 100
	doc := "<p>top</p>" + strings.Repeat("<div>", n) + "deep <b>text</b>" + strings.Repeat("</div>", n) + "<p>after</p>"
	got := htmlLines(t, doc)
	require.Len(t, got, 3)
	assert.Equal(t, "top", got[0])
	assert.Equal(t, "deep text", strings.TrimPrefix(got[1], "¶"))
	assert.Equal(t, "¶after", got[2])
}

// htmlLine returns the line of an HTML document whose text is text.
func htmlLine(t *testing.T, doc, text string) line {
	t.Helper()
	p, _, _ := newHTMLPage([]byte(doc), "", DefaultLimits)
	for _, l := range p.lines {
		if l.text == text {
			return l
		}
	}
	t.Fatalf("no line %q", text)
	return line{}
}

func TestDOMFeatures(t *testing.T) {
	filler := "<p>" + strings.Repeat("A sentence of the article that makes the page long enough. ", 20) + "</p>"
	doc := `<html><body>
		<nav><a href="/">Home</a></nav>
		<header><p>Site header</p></header>
		<article><header><h1>The headline</h1></header>` + filler + `
			<p>Read <a href="/x">this other story about bridges</a> now.</p>
			<div class="share-bar"><span>Share this</span></div>
			<div class="article-body"><p>Body text.</p></div>
		</article>
		<aside><p>Sidebar</p></aside>
		<footer><p>Footer</p></footer>
		<form><p>Form text</p></form>
	</body></html>`
	for text, region := range map[string]string{"Home": "nav", "Site header": "header", "Sidebar": "aside", "Footer": "footer", "Form text": "form", "The headline": ""} {
		assert.Equal(t, region, htmlLine(t, doc, text).dom.region, text)
	}
	h := htmlLine(t, doc, "The headline")
	assert.Equal(t, 1, h.heading)
	assert.True(t, h.dom.article, "an article's own header is not the site's")

	link := htmlLine(t, doc, "Read this other story about bridges now.")
	assert.Equal(t, letters("this other story about bridges"), link.linkChars)

	assert.Equal(t, "share", htmlLine(t, doc, "Share this").dom.hint)
	assert.True(t, htmlLine(t, doc, "Body text.").dom.content)
}

// A class that names chrome means nothing on an element that holds most of
// the page: a wrapper's "has-sidebar" or "post-share" cannot make the whole
// article chrome.
func TestHintOnWrapperIsIgnored(t *testing.T) {
	text := strings.Repeat("A sentence of the article. ", 20)
	doc := `<html><body><div class="share-wrapper"><p>` + text + `</p></div><p>Other.</p></body></html>`
	assert.Empty(t, htmlLine(t, doc, strings.TrimSpace(text)).dom.hint)
}

// A form around the whole page (ASP.NET pages have one) is not a form the
// reader fills in; a small one is.
func TestFormAroundThePage(t *testing.T) {
	text := strings.Repeat("A sentence of the article. ", 20)
	doc := `<html><body><form><p>` + text + `</p></form><form><p>Your e-mail</p></form></body></html>`
	assert.Empty(t, htmlLine(t, doc, strings.TrimSpace(text)).dom.region)
	assert.Equal(t, "form", htmlLine(t, doc, "Your e-mail").dom.region)
}

func TestClassHint(t *testing.T) {
	assert.Equal(t, []string{"related", "articles", "share", "bar"}, hintWords("relatedArticles share-bar"))
	cases := []struct {
		attrs, chrome string
		content       bool
	}{
		{`class="share-bar"`, "share", false},
		{`id="relatedArticles"`, "related", false},
		{`role="navigation"`, "nav", false},
		{`aria-label="Advertisement"`, "advert", false},
		{`class="no-ads has-sidebar"`, "", false},
		{`class="entry-content"`, "", true},
		{`class="shadow"`, "", false}, // words, not substrings
	}
	for _, c := range cases {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader("<div " + c.attrs + "></div>"))
		require.NoError(t, err)
		chrome, content := classHint(doc.Find("div").Nodes[0])
		assert.Equal(t, c.chrome, chrome, c.attrs)
		assert.Equal(t, c.content, content, c.attrs)
	}
}

func TestReadMeta(t *testing.T) {
	cases := []struct {
		name, head string
		want       htmlMeta
	}{
		{"og:title over title",
			`<meta property="og:title" content="Bridge approved"><title>Bridge approved | The Daily Planet</title>`,
			htmlMeta{title: "Bridge approved"}},
		{"title without the site's name",
			`<title>Council approves the new bridge - The Daily Planet</title>`,
			htmlMeta{title: "Council approves the new bridge"}},
		{"published time and author",
			`<meta property="article:published_time" content="2019-11-18T10:00:00Z"><meta name="author" content="Jane Doe">`,
			htmlMeta{date: "2019-11-18", author: "Jane Doe"}},
		{"an author that is a URL is none",
			`<meta property="article:author" content="https://facebook.com/jane">`,
			htmlMeta{}},
		{"JSON-LD first",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2020-02-03","author":[{"@type":"Person","name":"Ann Lee"}],"articleBody":"The body."}]}</script><meta property="og:title" content="OG title">`,
			htmlMeta{title: "LD headline", date: "2020-02-03", author: "Ann Lee", body: "The body."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + c.head + "</head><body></body></html>"))
			require.NoError(t, err)
			assert.Equal(t, c.want, readMeta(doc))
		})
	}
	t.Run("time element", func(t *testing.T) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(`<html><body><time datetime="2021-12-29T08:00">Dec 29</time></body></html>`))
		require.NoError(t, err)
		assert.Equal(t, "2021-12-29", readMeta(doc).date)
	})
}

func TestDecodeHTML(t *testing.T) {
	cyrillic := "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>"
	late := "<html><head><script>" + strings.Repeat("var x = 1;\n", 200) + "</script><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>\xd6\xd0\xce\xc4</p></body></html>"
	cases := []struct {
		name, doc, contentType, enc, text string
	}{
		{"meta charset", cyrillic, "", "windows-1251", "Привет"},
		{"Content-Type header wins over meta", "<p>caf\xe9</p>", "text/html; charset=iso-8859-1", "windows-1252", "café"},
		{"a charset declared late", late, "", "gbk", "中文"},
		{"declared Latin-1 but UTF-8", "<meta charset=\"iso-8859-1\"><p>café</p>", "", "utf-8", "café"},
		{"UTF-8 byte order mark", "\xef\xbb\xbf<p>café</p>", "", "utf-8", "café"},
		{"UTF-16 byte order mark", "\xff\xfe<\x00p\x00>\x00h\x00i\x00", "", "utf-16le", "hi"},
		{"no declaration, not UTF-8", "<p>caf\xe9</p>", "", "windows-1252", "café"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, invalid, _ := newHTMLPage([]byte(c.doc), c.contentType, DefaultLimits)
			assert.Equal(t, c.enc, p.encoding)
			assert.Zero(t, invalid)
			var texts []string
			for _, l := range p.lines {
				texts = append(texts, l.text)
			}
			assert.Contains(t, texts, c.text)
		})
	}
}

func TestHTMLCountsInvalidBytes(t *testing.T) {
	res, err := HTML(strings.NewReader("<p>é, è, à, and a\xffb\xfe: a paragraph long enough to be kept as the article's own text.</p>"))
	require.NoError(t, err)
	assert.Equal(t, 2, res.InvalidBytes)
	assert.Equal(t, "utf-8", res.Encoding)
}

// The main container is the element that holds the paragraphs; its
// sibling parts, split by an inline box, belong to it; a box nested deep
// inside it does not.
func TestMarkMain(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + ", " + strings.Repeat("and a clause that goes on for a while, ", 6) + "until it ends.</p>"
	}
	doc := `<html><body><div id="page">
		<div class="nav-links"><p>Home</p></div>
		<div class="text">` + para("First") + para("Second") + `</div>
		<div class="box"><p>Related story</p></div>
		<div class="text">` + para("Third") + `</div>
		<div class="text"><div><div><div><div><p>Deep inside</p></div></div></div></div></div>
	</div></body></html>`
	p, _, _ := newHTMLPage([]byte(doc), "", DefaultLimits)
	main := map[string]bool{}
	for _, l := range p.lines {
		if !l.blank {
			main[strings.Fields(l.text)[0]] = l.dom.main
		}
	}
	assert.Equal(t, map[string]bool{"Home": false, "First,": true, "Second,": true, "Related": false, "Third,": true, "Deep": false}, main)
}
