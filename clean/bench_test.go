package clean_test

import (
	"bytes"
	"compress/gzip"
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
