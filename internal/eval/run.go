package eval

import (
	"bytes"
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

	var sh []Shingle
	var sn []Snippet
	for i := range rep.Pages {
		pr := &rep.Pages[i]
		body := ""
		if pr.Err == nil {
			body = pr.Result.Body
		}
		switch in.Method {
		case ByShingles:
			pr.Shingle = ScoreShingles(body, pr.Page.Body)
			sh = append(sh, pr.Shingle)
		case BySnippets:
			pr.Snippet = ScoreSnippets(body, pr.Page.With, pr.Page.Without)
			sn = append(sn, pr.Snippet)
		}
	}
	if in.Method == ByShingles {
		rep.Metrics = ShingleMetrics(sh)
	} else {
		rep.Metrics = SnippetMetrics(sn)
	}
	return rep
}
