package clean

import "github.com/cleanseeds/cleanseeds/clean/internal/decide"

// RuleInfo describes a rule, a pass, or a reason a pass gives.
type RuleInfo struct {
	// Name is the rule's name, as explanations and WithoutRules use it.
	Name string
	// Kind is "line" for rules that vote on one line, "page" for passes over
	// the whole document, "reason" for the reasons a pass gives (these
	// cannot be turned off alone).
	Kind string
	// Doc says what the rule catches.
	Doc string
}

// kindNames name the kinds of rules for RuleInfo.
var kindNames = [...]string{decide.LineRule: "line", decide.PagePass: "page", decide.Reason: "reason"}

// Rules returns every rule and pass: the line rules in priority order (when
// two vote with the same strength, the earlier names the reason), then the
// page passes in the order they run, then the reasons of the article-span
// pass.
func Rules() []RuleInfo {
	infos := make([]RuleInfo, 0, decide.NumRules-1)
	for r := decide.Rule(1); r < decide.NumRules; r++ {
		kind, doc := r.Info()
		infos = append(infos, RuleInfo{Name: r.String(), Kind: kindNames[kind], Doc: doc})
	}
	return infos
}
