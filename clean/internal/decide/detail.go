package decide

import "fmt"

// DetailKind says what a decision's detail is.
type DetailKind uint8

const (
	NoDetail       DetailKind = iota
	RuleDetail                // what the deciding rule saw, if it says (link density 0.82)
	BetweenContent            // the context pass: between content lines
	BetweenChrome             // the context pass: between chrome lines
	SpanDetail                // the article span: article is lines 5-40, or no article found
	NoArticle                 // no article found
	Edge                      // at the edge of the article
	Under                     // under a heading that closes the article: Detail.Line
	Given                     // Detail.Text, as a reading of the output gave it
	SiteDetail                // how many documents of the site hold the line
	Standfirst                // between the headline and the article
	InBox                     // in a box between the article's introduction and the rest (see introBefore)
	Apart                     // in a run of paragraphs apart from the article (see keepRunsApart)
)

// Detail says what the rule or pass that decided a line saw. It is a small
// value without pointers; Page.DetailText writes it out.
type Detail struct {
	Kind   DetailKind
	Line   int  // the line a detail refers to (Under), or the detail's index in Page.given (Given)
	Reread bool // the decision was taken on rereading the output
}

var ruleDetail = Detail{Kind: RuleDetail}

// rereadDetail marks the decisions the reread pass took.
const rereadDetail = "on rereading the output"

// DetailText writes out the detail of line i's decision: "42 words",
// "inside nav", "article is lines 5-40", or "".
func (p *Page) DetailText(i int) string {
	l := &p.Lines[i]
	var s string
	switch d := l.Detail; d.Kind {
	case RuleDetail:
		if r := l.Reason; r < NumRules && rules[r].detail != nil {
			s = rules[r].detail(p.f(i))
		}
	case BetweenContent:
		s = "between content lines"
	case BetweenChrome:
		s = "between chrome lines"
	case SpanDetail:
		if p.spanText == "" {
			p.spanText = "no article found"
			if p.Start <= p.End {
				p.spanText = fmt.Sprintf("article is lines %d-%d", p.m.InputLine(p.Start), p.m.InputLine(p.End+1)-1)
			}
		}
		s = p.spanText
	case NoArticle:
		s = "no article found"
	case Edge:
		s = "at the edge of the article"
	case Standfirst:
		s = "between the headline and the article"
	case InBox:
		s = "in a box between the article's introduction and the rest"
	case Apart:
		s = "in a run of paragraphs apart from the article"
	case Under:
		s = fmt.Sprintf("under %q", p.f(d.Line).Content)
	case Given:
		s = p.given[d.Line]
	case SiteDetail:
		if site := p.site; site != nil {
			s = fmt.Sprintf("in %d of %d documents", site.Recurring[p.f(i).Hash], site.Docs)
			if site.Name != "" {
				s += " of " + site.Name
			}
		}
	}
	switch {
	case !l.Detail.Reread:
		return s
	case s == "":
		return rereadDetail
	}
	return s + ", " + rereadDetail
}
