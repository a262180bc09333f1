// Cleaneval measures the cleaner on the benchmark sets of ../shared/bench.
//
// Usage:
//
//	cleaneval [flags] [set/input ...]
//
// Without arguments it evaluates every input: the ScrapingHub set as w3m,
// html2text and html-text renderings and as HTML (shingle F1), the
// trafilatura set as w3m rendering and as HTML (snippet F1), and the wceb
// set as w3m and html2text renderings and as HTML (shingle F1). For each it
// prints precision, recall, F1 (and accuracy for snippets) as
// ../shared/bench/README.md defines them, the share of pages whose Title
// is their title, for a set that gives titles (wceb; see
// eval.TitleMatches), and pages cleaned per second;
// then, indented, the same for each page type of a set that gives types
// (wceb), and for each language of the trafilatura set (the language of
// each page's truth, as the cleaner's language identification reads it).
//
// The flags are:
//
//	-bench dir      the benchmark directory (default ../shared/bench)
//	-worst n        also list the n worst pages of each input (of each page
//	                type, for a set with types), with the lines that cost
//	                the most: kept chrome, dropped article
//	-type t         with -worst, only pages of type t
//	-lines n        lines listed per page with -worst (default 8)
//	-pages file     write each page's score to file, one tab-separated "input id score"
//	                line per page, for comparing two runs
//	-against file   compare each page's score with file, which -pages wrote
//	                on an earlier run: list the pages whose score moved, the
//	                largest falls first, and count them per input
//	-j n            workers (default 1, so that pages/s is per core)
//	-balance b      precision, balanced or recall
//	-disable rules  comma-separated rules and passes to turn off
//	-ceiling        add a column to each row of a set scored by shingles:
//	                the F1 of keeping just the lines whose shingles are at
//	                least half in the truth (see eval.LineCeiling); with
//	                -worst, give each page's own
//	-texts set=dir  evaluate a rendering of set's pages as text that the
//	                benchmark does not ship (lynx, w3m with other options,
//	                a browser's innerText): one file a page in dir, named
//	                by its id (0001.txt); pages without a file are left out
//	                (see eval.LoadTexts). Repeatable. With -texts and no
//	                set/input arguments, only the renderings are evaluated
//	-unlink         score the -texts renderings without their link markup:
//	                markdown links keep their text, "[12]" goes (see
//	                eval.Unlink)
//
// For example, to score lynx's rendering of the wceb pages:
//
//	mkdir text-lynx
//	for f in ../shared/bench/wceb/html/*.html.gz; do
//		zcat $f | lynx -dump -stdin -width=80 > text-lynx/$(basename $f .html.gz).txt
//	done
//	cleaneval -j 2 -unlink -texts wceb=text-lynx
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/eval"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cleaneval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	bench := fs.String("bench", "../shared/bench", "benchmark `dir`")
	worst := fs.Int("worst", 0, "list the `n` worst pages of each input (of each page type, where there are types)")
	onlyType := fs.String("type", "", "with -worst, only pages of this `type`")
	lines := fs.Int("lines", 8, "`lines` listed per page with -worst")
	jobs := fs.Int("j", 1, "`workers`")
	pagesOut := fs.String("pages", "", "write each page's score to `file`")
	against := fs.String("against", "", "list the pages whose score moved since the run that wrote `file` with -pages")
	balance := fs.String("balance", "balanced", "precision, balanced or recall")
	disable := fs.String("disable", "", "comma-separated `rules` to turn off")
	var texts [][2]string // set, dir
	fs.Func("texts", "evaluate a rendering of a set's pages as text: `set=dir`, one file a page named by its id (repeatable)", func(v string) error {
		set, dir, ok := strings.Cut(v, "=")
		if !ok || set == "" || dir == "" {
			return fmt.Errorf("want set=dir, as wceb=text-lynx")
		}
		texts = append(texts, [2]string{set, dir})
		return nil
	})
	unlink := fs.Bool("unlink", false, "score the -texts renderings without their link markup (markdown links keep their text, [12] goes)")
	ceiling := fs.Bool("ceiling", false, "add a column: the F1 of keeping just the lines mostly in the truth (see eval.LineCeiling), for sets scored by shingles; with -worst, each page's")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "cleaneval:", err)
		return 2
	}
	b, err := clean.ParseBalance(*balance)
	if err != nil {
		return fail(err)
	}
	opts := []clean.Option{clean.WithBalance(b)}
	if *disable != "" {
		opts = append(opts, clean.WithoutRules(strings.Split(*disable, ",")...))
	}
	c, err := clean.New(opts...)
	if err != nil {
		return fail(err)
	}
	if *jobs < 1 {
		return fail(fmt.Errorf("-j must be at least 1"))
	}
	names := fs.Args()
	if len(names) == 0 && len(texts) == 0 {
		names = eval.Names()
	}
	var before map[pageKey]float64
	if *against != "" {
		if before, err = readPages(*against); err != nil {
			return fail(err)
		}
	}
	inputs, err := eval.Load(*bench, names)
	if err != nil {
		return fail(err)
	}
	for _, t := range texts {
		in, err := eval.LoadTexts(*bench, t[0], t[1])
		if err != nil {
			return fail(err)
		}
		in.Unlink = *unlink
		inputs = append(inputs, in)
	}
	var reports []*eval.Report
	for _, in := range inputs {
		rep := eval.Run(in, c, *jobs)
		if *ceiling {
			rep.AddCeilings()
		}
		reports = append(reports, rep)
	}
	printTable(stdout, reports, *ceiling)
	if *pagesOut != "" {
		if err := writePages(*pagesOut, reports); err != nil {
			return fail(err)
		}
	}
	if before != nil {
		printChanges(stdout, *against, before, reports)
	}
	if *worst > 0 {
		for _, r := range reports {
			printWorst(stdout, r, *worst, *lines, *onlyType, *ceiling)
		}
	}
	errs := 0
	for _, r := range reports {
		for _, p := range r.Pages {
			if p.Err != nil {
				fmt.Fprintf(stderr, "%s %s: %v\n", r.Input, p.Page.ID, p.Err)
				errs++
			}
		}
	}
	if errs > 0 {
		return 1
	}
	return 0
}

// printTable prints a row of figures for each report, and one for each of
// its groups; with ceiling, a last column gives the line ceiling of the
// row's pages.
func printTable(w io.Writer, reports []*eval.Report, ceiling bool) {
	fmt.Fprintf(w, "%-26s %5s  %6s  %6s  %6s  %6s  %6s  %8s", "input", "pages", "F1", "P", "R", "acc", "title", "pages/s")
	if ceiling {
		fmt.Fprintf(w, "  %7s", "ceiling")
	}
	fmt.Fprintln(w)
	for _, r := range reports {
		fmt.Fprintf(w, "%-26s %5d  %.4f  %.4f  %.4f  %6s  %6s  %8.0f", r.Input, len(r.Pages),
			r.Metrics.F1, r.Metrics.Precision, r.Metrics.Recall, accuracy(r, r.Metrics), titles(r.Metrics), r.PagesPerSecond())
		if ceiling {
			fmt.Fprintf(w, "  %7s", lineCeiling(r, r.Pages))
		}
		fmt.Fprintln(w)
		for _, g := range groups(r) {
			fmt.Fprintf(w, "  %-24s %5d  %.4f  %.4f  %.4f  %6s  %6s", g.Key, len(g.Pages),
				g.Metrics.F1, g.Metrics.Precision, g.Metrics.Recall, accuracy(r, g.Metrics), titles(g.Metrics))
			if ceiling {
				fmt.Fprintf(w, "  %8s  %7s", "", lineCeiling(r, g.Pages))
			}
			fmt.Fprintln(w)
		}
	}
}

// lineCeiling formats the line ceiling F1 of pages of r, which shingle
// scoring alone gives.
func lineCeiling(r *eval.Report, pages []eval.PageResult) string {
	if r.Input.Method != eval.ByShingles {
		return "-"
	}
	return fmt.Sprintf("%.4f", eval.CeilingMetrics(pages).F1)
}

// accuracy formats the accuracy of m, which snippet scoring alone gives.
func accuracy(r *eval.Report, m eval.Metrics) string {
	if r.Input.Method != eval.BySnippets {
		return "-"
	}
	return fmt.Sprintf("%.4f", m.Accuracy)
}

// titles formats the share of titles found, where the set gives titles.
func titles(m eval.Metrics) string {
	if m.TitlePages == 0 {
		return "-"
	}
	return fmt.Sprintf("%.4f", m.Titles)
}

// groups returns the rows printed under an input: its page types, or the
// languages of the trafilatura set.
func groups(r *eval.Report) []eval.Group {
	if g := r.Groups(pageType); len(g) > 0 {
		return g
	}
	if r.Input.Set == "trafilatura" {
		return r.Groups(func(p *eval.Page) string {
			if p.Lang == "" {
				return "(unknown)"
			}
			return p.Lang
		})
	}
	return nil
}

func pageType(p *eval.Page) string { return p.Type }

func printWorst(w io.Writer, r *eval.Report, n, lines int, only string, ceiling bool) {
	types := r.Groups(pageType)
	if len(types) == 0 {
		printWorstOf(w, r, r.Worst(n), fmt.Sprintf("the %d worst pages", n), lines, ceiling)
		return
	}
	for _, g := range types {
		if only != "" && g.Key != only {
			continue
		}
		printWorstOf(w, r, r.WorstOf(g.Pages, n), fmt.Sprintf("the %d worst %s pages", n, g.Key), lines, ceiling)
	}
}

func printWorstOf(w io.Writer, r *eval.Report, worst []eval.PageResult, title string, lines int, ceiling bool) {
	fmt.Fprintf(w, "\n== %s: %s\n", r.Input, title)
	for _, p := range worst {
		switch r.Input.Method {
		case eval.ByShingles:
			s := p.Shingle
			fmt.Fprintf(w, "\n%s  F1 %.3f  tp %.2f fp %.2f fn %.2f", p.Page.ID, s.F1(), s.TP, s.FP, s.FN)
			if ceiling {
				fmt.Fprintf(w, "  ceiling %.3f", p.Ceiling.F1())
			}
			fmt.Fprintf(w, "  %s\n", p.Page.URL)
		case eval.BySnippets:
			s := p.Snippet
			fmt.Fprintf(w, "\n%s  tp %d fn %d fp %d tn %d  %s\n", p.Page.ID, s.TP, s.FN, s.FP, s.TN, p.Page.URL)
		}
		for _, c := range eval.Costs(p, r.Input.Method, lines) {
			what := "lost"
			if c.Kept {
				what = "kept"
			}
			cost := fmt.Sprintf("%4d", c.Shingles)
			if r.Input.Method == eval.BySnippets {
				cost = fmt.Sprintf("%q", clip(c.Snippet, 30))
			}
			fmt.Fprintf(w, "  %s %s %5d %-5s %-16s %s\n", what, cost, c.Line.Num, c.Line.Verdict, c.Line.Rule, clip(strings.TrimSpace(c.Line.Text), 100))
		}
	}
}

// writePages writes one line per page: input, page id, and the page's
// score (see pageScore).
func writePages(path string, reports []*eval.Report) error {
	var b strings.Builder
	for _, r := range reports {
		for _, p := range r.Pages {
			fmt.Fprintf(&b, "%s\t%s\t%.4f\n", r.Input, p.Page.ID, pageScore(r, p))
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// pageScore is a page's F1 (shingles) or its number of wrong snippets,
// negated (snippets): higher is better either way.
func pageScore(r *eval.Report, p eval.PageResult) float64 {
	if r.Input.Method == eval.BySnippets {
		return -float64(p.Snippet.FN + p.Snippet.FP)
	}
	return p.Shingle.F1()
}

// pageKey names a page of an input, as -pages writes it.
type pageKey struct{ input, id string }

// readPages reads the scores that -pages wrote to path.
func readPages(path string) (map[pageKey]float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	scores := map[pageKey]float64{}
	for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want input, page and score parted by tabs", path, n+1)
		}
		score, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
		}
		scores[pageKey{f[0], f[1]}] = score
	}
	return scores, nil
}

// change is a page whose score moved between two runs.
type change struct {
	key           pageKey
	before, after float64
}

// changes returns the pages of reports whose score, as -pages writes it
// (four decimals), differs from before's, the largest falls first, and
// how many rose and fell in each input; pages before does not hold count
// as neither.
func changes(before map[pageKey]float64, reports []*eval.Report) (moved []change, up, down map[string]int) {
	up, down = map[string]int{}, map[string]int{}
	for _, r := range reports {
		in := r.Input.String()
		for _, p := range r.Pages {
			k := pageKey{in, p.Page.ID}
			old, ok := before[k]
			after := math.Round(pageScore(r, p)*1e4) / 1e4
			if !ok || after == old {
				continue
			}
			moved = append(moved, change{k, old, after})
			if after > old {
				up[in]++
			} else {
				down[in]++
			}
		}
	}
	slices.SortStableFunc(moved, func(a, b change) int {
		return cmp.Compare(a.after-a.before, b.after-b.before)
	})
	return moved, up, down
}

// printChanges lists the pages whose score moved since the run that wrote
// path, and how many rose and fell in each input.
func printChanges(w io.Writer, path string, before map[pageKey]float64, reports []*eval.Report) {
	moved, up, down := changes(before, reports)
	fmt.Fprintf(w, "\n== against %s: %d pages moved\n", path, len(moved))
	for _, c := range moved {
		fmt.Fprintf(w, "%-26s %-40s %8.4f -> %8.4f  %+.4f\n", c.key.input, clip(c.key.id, 40), c.before, c.after, c.after-c.before)
	}
	for _, r := range reports {
		in := r.Input.String()
		if up[in]+down[in] > 0 {
			fmt.Fprintf(w, "%-26s %d up, %d down\n", in, up[in], down[in])
		}
	}
}

// clip shortens s to n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
