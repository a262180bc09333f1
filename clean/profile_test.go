package clean_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// siteOrigin is the origin of the n-th page of the test site.
func siteOrigin(n int) clean.Origin {
	return clean.Origin{URL: fmt.Sprintf("https://www.daily.example/news/%d", n)}
}

// profileOf counts each document, from the test site, into a new profile.
func profileOf(t *testing.T, docs ...string) *clean.Profile {
	t.Helper()
	p := clean.NewProfile()
	for i, d := range docs {
		require.NoError(t, p.AddText(d, siteOrigin(i)))
	}
	return p
}

// cleanWith cleans doc, from the test site, with profile p.
func cleanWith(t *testing.T, p *clean.Profile, doc string, opts ...clean.Option) *clean.Result {
	t.Helper()
	c, err := clean.New(append(opts, clean.WithProfile(p))...)
	require.NoError(t, err)
	res, err := c.TextFrom(doc, siteOrigin(0))
	require.NoError(t, err)
	return res
}

const disclaimer = "The views expressed in this article are those of the author and do not reflect the views of the newspaper."

func TestSiteRepeatRemovesWhatTheSiteRepeats(t *testing.T) {
	docs := []string{para1, para2, para3, para4}
	for i := range docs {
		docs[i] += "\n\n" + disclaimer + "\n"
	}
	p := profileOf(t, docs...)
	assert.Equal(t, []string{"daily.example"}, p.Sites())
	assert.Equal(t, 4, p.Docs("daily.example"))

	res, err := clean.Text(docs[0])
	require.NoError(t, err)
	assert.Contains(t, res.Body, disclaimer, "alone, the disclaimer reads like prose")

	res = cleanWith(t, p, docs[0])
	assert.Equal(t, para1, res.Body)
	assert.Equal(t, "daily.example", res.Site)
	got := decision(t, res, disclaimer)
	assert.Equal(t, "site-repeat", got.Rule)
	assert.Equal(t, "in 4 of 4 documents of daily.example", got.Detail)

	// Another site's pages say nothing of this one's.
	c, err := clean.New(clean.WithProfile(p))
	require.NoError(t, err)
	res, err = c.TextFrom(docs[0], clean.Origin{URL: "https://other.example/a"})
	require.NoError(t, err)
	assert.Contains(t, res.Body, disclaimer)
	assert.Equal(t, "other.example", res.Site)

	// Too rare for the thresholds asked for.
	res = cleanWith(t, p, docs[0], clean.WithRepeatThresholds(5, 0))
	assert.Contains(t, res.Body, disclaimer)
	res = cleanWith(t, p, docs[0], clean.WithoutRules("site-repeat"))
	assert.Contains(t, res.Body, disclaimer)
}

func TestSiteRepeatKeepsTheHeadline(t *testing.T) {
	headline := "Council approves the new bridge"
	var docs []string
	for _, para := range []string{para1, para2, para3, para4} {
		docs = append(docs, headline+"\n\n"+para+"\n\n"+footer+"\n")
	}
	res := cleanWith(t, profileOf(t, docs...), docs[0])
	assert.Equal(t, headline, res.Title)
	assert.Equal(t, para1, res.Body)
}

// Inside the article, prose stays even when the site repeats it, and so do
// short lines (the article's structure); a longer line that is not prose
// goes.
func TestSiteRepeatInsideTheArticle(t *testing.T) {
	quote := "Our reporters checked every figure in this story with the council before it went to print."
	box := "Local news you can trust | every morning"
	var docs []string
	for _, paras := range [][2]string{{para1, para2}, {para2, para3}, {para3, para4}, {para4, para1}} {
		docs = append(docs, paras[0]+"\n\n"+quote+"\n\n"+box+"\n\nBackground\n\n"+paras[1]+"\n\n"+footer+"\n")
	}
	res := cleanWith(t, profileOf(t, docs...), docs[0])
	assert.Equal(t, para1+"\n\n"+quote+"\n\nBackground\n\n"+para2, res.Body)
	assert.Equal(t, "site-repeat", decision(t, res, box).Rule)
}

// A page whose every kept line the site repeats keeps them, since some of
// them are prose: the pass never empties such a page.
func TestSiteRepeatNeverEmptiesAPageWithProse(t *testing.T) {
	var docs []string
	for i := range 4 {
		docs = append(docs, para1+"\n\n"+para2+"\n\nTags: bridge, council, river"+strings.Repeat(", town", i)+"\n")
	}
	p := profileOf(t, docs...)
	assert.Equal(t, 4, p.Docs("daily.example"))
	res := cleanWith(t, p, docs[0])
	assert.Equal(t, para1+"\n\n"+para2, res.Body)
}

// A document counts once, however many times it is added.
func TestProfileCountsADocumentOnce(t *testing.T) {
	doc := para1 + "\n\n" + disclaimer + "\n"
	p := profileOf(t, doc, doc, doc, para2+"\n\n"+disclaimer+"\n")
	assert.Equal(t, 2, p.Docs("daily.example"))
	res := cleanWith(t, p, doc)
	assert.Equal(t, para1+"\n\n"+disclaimer, res.Body, "in 2 documents: under the threshold of 3")
}

// testProfileDocs are documents of three sites, for the tests of merging
// and files.
func testProfileDocs() (docs []string, from []clean.Origin) {
	paras := []string{para1, para2, para3, para4}
	for i := range 24 {
		site := []string{"a.example", "b.example", "c.example"}[i%3]
		docs = append(docs, paras[i%4]+"\n\n"+paras[(i/4)%4]+"\n\nPage "+fmt.Sprint(i)+" of the site\n\n"+footer+"\n")
		from = append(from, clean.Origin{URL: "https://" + site + "/" + fmt.Sprint(i)})
	}
	docs = append(docs, docs[0], docs[5]) // copies count once
	from = append(from, from[0], from[5])
	from = append(from, clean.Origin{Dir: "crawl/misc/"})
	docs = append(docs, para3+"\n")
	return docs, from
}

func profileBytes(t *testing.T, p *clean.Profile) []byte {
	t.Helper()
	var b bytes.Buffer
	n, err := p.WriteTo(&b)
	require.NoError(t, err)
	assert.Equal(t, int64(b.Len()), n)
	return b.Bytes()
}

// The profiles of the parts of a set of documents, merged in any order,
// are the profile of the whole, to the byte.
func TestProfileMergeIsExact(t *testing.T) {
	docs, from := testProfileDocs()
	whole := clean.NewProfile()
	for i := range docs {
		require.NoError(t, whole.AddText(docs[i], from[i]))
	}
	want := profileBytes(t, whole)
	assert.Equal(t, []string{"a.example", "b.example", "c.example", "crawl/misc"}, whole.Sites())

	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 5 {
		parts := make([]*clean.Profile, 1+round)
		for i := range parts {
			parts[i] = clean.NewProfile()
		}
		for _, i := range rng.Perm(len(docs)) {
			require.NoError(t, parts[rng.IntN(len(parts))].AddText(docs[i], from[i]))
		}
		// A document in two parts still counts once.
		require.NoError(t, parts[0].AddText(docs[3], from[3]))
		require.NoError(t, parts[len(parts)-1].AddText(docs[3], from[3]))
		var merged clean.Profile
		for _, i := range rng.Perm(len(parts)) {
			merged.Merge(parts[i])
		}
		assert.Equal(t, want, profileBytes(t, &merged), "round %d", round)
	}

	back, err := clean.ReadProfile(bytes.NewReader(want))
	require.NoError(t, err)
	assert.Equal(t, want, profileBytes(t, back))
}

func TestReadProfileRefusesBrokenFiles(t *testing.T) {
	docs, from := testProfileDocs()
	p := clean.NewProfile()
	for i := range docs {
		require.NoError(t, p.AddText(docs[i], from[i]))
	}
	good := profileBytes(t, p)
	for n := range len(good) {
		_, err := clean.ReadProfile(bytes.NewReader(good[:n]))
		require.Error(t, err, "cut at %d of %d bytes", n, len(good))
	}
	for _, i := range []int{len("cleanseeds profile 1\n") + 1, len(good) / 2, len(good) - 1} {
		bad := bytes.Clone(good)
		bad[i] ^= 0x10
		_, err := clean.ReadProfile(bytes.NewReader(bad))
		assert.Error(t, err, "byte %d changed", i)
	}
	head := len("cleanseeds profile 1\n")
	cases := map[string][]byte{
		"not a cleanseeds profile":                []byte("hello\n"),
		`version "2" is not one this build reads`: append([]byte("cleanseeds profile 2\n"), good[head:]...),
		"data after the end":                      append(bytes.Clone(good), 0),
		"checksum mismatch":                       append(bytes.Clone(good[:len(good)-4]), 0, 0, 0, 0),
		"a site name of 5000 bytes is too long":   append([]byte("cleanseeds profile 1\n\x01"), 0x88, 0x27),
		"0 documents is out of range":             []byte("cleanseeds profile 1\n\x01\x01a\x00"),
	}
	for want, data := range cases {
		_, err := clean.ReadProfile(bytes.NewReader(data))
		if assert.Error(t, err, want) {
			assert.Contains(t, err.Error(), want)
			assert.True(t, strings.HasPrefix(err.Error(), "profile: "), err.Error())
		}
	}
}

// FuzzReadProfile reads arbitrary bytes as a profile: no panic, and a
// profile that reads writes back as the same bytes.
func FuzzReadProfile(f *testing.F) {
	p := clean.NewProfile()
	p.AddText(para1+"\n\n"+disclaimer+"\n", siteOrigin(0))
	p.AddText(para2+"\n\n"+disclaimer+"\n", clean.Origin{Dir: "x"})
	var b bytes.Buffer
	p.WriteTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte("cleanseeds profile 1\n\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := clean.ReadProfile(bytes.NewReader(data))
		if err != nil {
			return
		}
		var out bytes.Buffer
		_, err = p.WriteTo(&out)
		require.NoError(t, err)
		require.Equal(t, data, out.Bytes())
	})
}

func TestSite(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Example.COM:8443/a?b#c": "example.com",
		"http://news.example.org/":           "news.example.org",
		"example.com/path":                   "example.com",
		"//cdn.example.net/x":                "cdn.example.net",
		"":                                   "",
		"not a url at all":                   "",
		"mailto:someone@example.com":         "",
		"https://[::1]:80/":                  "::1",
	} {
		assert.Equal(t, want, clean.Site(in), in)
	}
}

// An HTML page's canonical link names its site when its origin has no
// URL; the directory comes last.
func TestSiteOfHTML(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.paper.example/a"></head><body><p>` + para1 + `</p></body></html>`
	res, err := new(clean.Cleaner).HTMLFrom(strings.NewReader(page), clean.Origin{Dir: "crawl/x"})
	require.NoError(t, err)
	assert.Equal(t, "paper.example", res.Site)
	res, err = new(clean.Cleaner).HTMLFrom(strings.NewReader(page), clean.Origin{URL: "https://mirror.example/a", Dir: "crawl/x"})
	require.NoError(t, err)
	assert.Equal(t, "mirror.example", res.Site)
	res, err = new(clean.Cleaner).TextFrom(para1, clean.Origin{Dir: "crawl/x/"})
	require.NoError(t, err)
	assert.Equal(t, "crawl/x", res.Site)
}

func TestRepeatThresholdsAreChecked(t *testing.T) {
	for _, c := range []struct {
		docs  int
		share float64
	}{{1, 0}, {3, -0.1}, {3, 1.5}} {
		_, err := clean.New(clean.WithRepeatThresholds(c.docs, c.share))
		assert.Error(t, err, "%d documents, share %v", c.docs, c.share)
	}
	_, err := clean.New(clean.WithRepeatThresholds(2, 1))
	assert.NoError(t, err)
}
