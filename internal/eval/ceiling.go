package eval

import "strings"

// LineCeiling scores, on a page of a set scored by shingles, the
// extraction that keeps each line of the cleaner's reading (pr.Result's
// lines, whatever their verdicts) whose own shingles are at least half in
// the truth, and drops the others. It is what a cleaner that decides whole
// lines, as ours does, can reach on the page: a line the truth holds in
// part, or gives twice where the page gives it once, costs such a cleaner
// whichever it decides. The choice is made line by line, so the score is
// near the best keep/drop of whole lines, not always at it; a page that
// could not be cleaned scores as an empty extraction.
func LineCeiling(pr PageResult) Shingle {
	return lineCeiling(pr, false)
}

// lineCeiling is LineCeiling, with the lines' link markup taken out first
// when unlink is set (see Unlink).
func lineCeiling(pr PageResult, unlink bool) Shingle {
	if pr.Result == nil {
		return ScoreShingles("", pr.Page.Body)
	}
	truth := shingles(pr.Page.Body)
	var b strings.Builder
	for _, l := range pr.Result.Lines {
		text := l.Text
		if unlink {
			text = Unlink(text)
		}
		in, all := 0, 0
		for sh, n := range shingles(text) {
			all += n
			if truth[sh] > 0 {
				in += n
			}
		}
		if all > 0 && 2*in >= all {
			b.WriteString(text)
			b.WriteByte('\n')
		}
	}
	return ScoreShingles(b.String(), pr.Page.Body)
}

// AddCeilings sets the Ceiling of each page of r, an input scored by
// shingles (see LineCeiling); of another input it sets none. Run it before
// grouping r's pages: a group holds copies of them.
func (r *Report) AddCeilings() {
	if r.Input.Method != ByShingles {
		return
	}
	for i := range r.Pages {
		r.Pages[i].Ceiling = lineCeiling(r.Pages[i], r.Input.Unlink)
	}
}

// CeilingMetrics averages the Ceiling of pages, pages of a report that
// AddCeilings has scored, as ShingleMetrics averages their scores.
func CeilingMetrics(pages []PageResult) Metrics {
	sh := make([]Shingle, len(pages))
	for i, p := range pages {
		sh[i] = p.Ceiling
	}
	return ShingleMetrics(sh)
}
