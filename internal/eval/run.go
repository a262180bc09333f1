package eval

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cleanseeds/cleanseeds/clean"
)

// PageResult is the outcome of cleaning one page.
type PageResult struct {
	Page    *Page
	Result  *clean.Result
	Err     error
	Shingle Shingle // with ByShingles
	Snippet Snippet // with BySnippets
	// Ceiling is the page's line ceiling (see LineCeiling), once
	// Report.AddCeilings has set it.
	Ceiling Shingle
	// TitleOK is set when the page's truth gives a title and the
	// cleaner's Title matches it (see TitleMatches).
	TitleOK bool
}

// Report is the outcome of cleaning one input.
type Report struct {
	Input   *Input
	Metrics Metrics
	Pages   []PageResult
	// Elapsed is the wall time spent cleaning, not reading or scoring.
	Elapsed time.Duration
	Workers int
}

// PagesPerSecond returns the cleaning throughput.
func (r *Report) PagesPerSecond() float64 {
	return float64(len(r.Pages)) / r.Elapsed.Seconds()
}

// Run cleans every page of in with c, using workers goroutines, and scores
// the results.
func Run(in *Input, c *clean.Cleaner, workers int) *Report {
	rep := &Report{Input: in, Pages: make([]PageResult, len(in.Pages)), Workers: workers}
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p := in.Pages[i]
				pr := PageResult{Page: p}
				if in.HTML {
					pr.Result, pr.Err = c.HTML(bytes.NewReader(p.Data))
				} else {
					pr.Result, pr.Err = c.Text(string(p.Data))
				}
				rep.Pages[i] = pr
			}
		}()
	}
	for i := range in.Pages {
		next <- i
	}
	close(next)
	wg.Wait()
	rep.Elapsed = time.Since(start)

	for i := range rep.Pages {
		pr := &rep.Pages[i]
		body := ""
		if pr.Err == nil {
			body = pr.Result.Body
		}
		if in.Unlink {
			body = Unlink(body)
		}
		if pr.Err == nil && pr.Page.Title != "" {
			pr.TitleOK = TitleMatches(pr.Result.Title, pr.Page.Title)
		}
		switch in.Method {
		case ByShingles:
			pr.Shingle = ScoreShingles(body, pr.Page.Body)
		case BySnippets:
			pr.Snippet = ScoreSnippets(body, pr.Page.With, pr.Page.Without)
		}
	}
	rep.Metrics = rep.metrics(rep.Pages)
	return rep
}

// metrics aggregates the scores of pages by the input's method, and the
// share of their titles found.
func (r *Report) metrics(pages []PageResult) Metrics {
	var m Metrics
	if r.Input.Method == ByShingles {
		sh := make([]Shingle, len(pages))
		for i, p := range pages {
			sh[i] = p.Shingle
		}
		m = ShingleMetrics(sh)
	} else {
		sn := make([]Snippet, len(pages))
		for i, p := range pages {
			sn[i] = p.Snippet
		}
		m = SnippetMetrics(sn)
	}
	ok := 0
	for _, p := range pages {
		if p.Page.Title != "" {
			m.TitlePages++
			if p.TitleOK {
				ok++
			}
		}
	}
	if m.TitlePages > 0 {
		m.Titles = float64(ok) / float64(m.TitlePages)
	}
	return m
}

// Group is the score of the pages of a report that share a key: a page
// type, a language.
type Group struct {
	Key     string
	Pages   []PageResult
	Metrics Metrics
}

// Groups scores the pages of r by key, most pages first, then by key.
// Pages whose key is "" are left out.
func (r *Report) Groups(key func(*Page) string) []Group {
	byKey := map[string][]PageResult{}
	for _, p := range r.Pages {
		if k := key(p.Page); k != "" {
			byKey[k] = append(byKey[k], p)
		}
	}
	groups := make([]Group, 0, len(byKey))
	for k, pages := range byKey {
		groups = append(groups, Group{Key: k, Pages: pages, Metrics: r.metrics(pages)})
	}
	slices.SortFunc(groups, func(a, b Group) int {
		if len(a.Pages) != len(b.Pages) {
			return len(b.Pages) - len(a.Pages)
		}
		return strings.Compare(a.Key, b.Key)
	})
	return groups
}
