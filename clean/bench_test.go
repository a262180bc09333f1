package clean_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cleanseeds/cleanseeds/clean"
)

// benchPages reads the documents a benchmark cleans: the ScrapingHub
// benchmark's pages in the given form (text-w3m, html) when ../shared is
// there, else the fixtures of testdata that match fallback.
func benchPages(b *testing.B, set, fallback string) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(benchDir, "scrapinghub", set, "*"))
	if len(files) == 0 {
		files, _ = filepath.Glob(fallback)
	}
	var pages [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if filepath.Ext(f) == ".gz" {
			z, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if data, err = io.ReadAll(z); err != nil {
				b.Fatal(err)
			}
		}
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

// BenchmarkText cleans, per iteration, one page of the ScrapingHub w3m
// renderings (the seeds and fixtures without ../shared), in turn. MB/s is
// per core; pages/s is 1e9 / ns/op.
func BenchmarkText(b *testing.B) {
	pages := benchPages(b, "text-w3m", "testdata/*/*.txt")
	c, err := clean.New()
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(pages))
	total := 0
	for i, p := range pages {
		texts[i] = string(p)
		total += len(p)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := c.Text(texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkHTML cleans, per iteration, one page of the ScrapingHub HTML
// pages (the HTML fixtures without ../shared), in turn.
func BenchmarkHTML(b *testing.B) {
	pages := benchPages(b, "html", "testdata/html/*.html")
	c, err := clean.New()
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := c.HTML(bytes.NewReader(pages[i%len(pages)])); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// groups joins pages into documents of n pages each, in turn, with sep
// between them; pages are reused when there are fewer than n.
func groups(pages [][]byte, n int, sep string) [][]byte {
	count := max(1, len(pages)/n)
	docs := make([][]byte, count)
	for d := range docs {
		var doc []byte
		for k := range n {
			if k > 0 {
				doc = append(doc, sep...)
			}
			doc = append(doc, pages[(d*n+k)%len(pages)]...)
		}
		docs[d] = doc
	}
	return docs
}

// BenchmarkTextSize cleans documents of 1, 10 and 100 ScrapingHub w3m
// pages joined: the same MB/s at each size means a cost linear in size.
func BenchmarkTextSize(b *testing.B) {
	pages := benchPages(b, "text-w3m", "testdata/*/*.txt")
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			docs := groups(pages, n, "\n\n")
			texts := make([]string, len(docs))
			total := 0
			for i, d := range docs {
				texts[i] = string(d)
				total += len(d)
			}
			b.SetBytes(int64(total / len(docs)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := clean.Text(texts[i%len(texts)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkHTMLSize cleans documents of 1, 10 and 100 ScrapingHub HTML
// pages joined (the parser reads the later pages into the first one's
// body): the same MB/s at each size means a cost linear in size.
func BenchmarkHTMLSize(b *testing.B) {
	pages := benchPages(b, "html", "testdata/html/*.html")
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			docs := groups(pages, n, "\n")
			total := 0
			for _, d := range docs {
				total += len(d)
			}
			b.SetBytes(int64(total / len(docs)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := clean.HTML(bytes.NewReader(docs[i%len(docs)])); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
