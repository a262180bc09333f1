package source

import (
	"strings"
	"unicode"
)

// Typed text and markdown underline a heading with a rule of "=" or "-"
// (a setext heading: "Using git-jump" over "--------------"), or put the
// rule over it too, as reStructuredText may. Read line by line, the
// heading is a short line and its rule a line without words: the rule
// read as chrome, and a README's sections were chrome between chrome
// lines. Text and Paragraphs read the heading with its rules as one
// block, a heading, printed as it was.
//
// The heading is one line of at most maxSetextWords words with a letter,
// indented three spaces at most, and no list item or "#" heading of its
// own; its rules are as indented, three signs or more. A rule that is no
// more than a sign longer or shorter than the heading (as most are) may
// have text right under it ("Command-line Flags" over its rule over its
// paragraph); a rule of another length has a blank line under it. So a
// table's header over its dashes, a psql result's " ?column?" over
// "----------" over its rows, is no heading; a renderer's rule across the
// page under a line of links ("====" under "Privacy_Policy Cookie_Notice
// ...") is none either, being longer.

// maxSetextWords is the most words of a setext heading.
const maxSetextWords = 12

// setextLines returns how many lines from lines[i] are a setext heading
// with its rules (2 or 3), or 0.
func setextLines(lines []string, i int) int {
	if i+1 >= len(lines) {
		return 0
	}
	if c := ruleSign(lines[i]); c != 0 {
		// An overline: the heading under it, the same rule under that.
		if i+2 < len(lines) && ruleSign(lines[i+2]) == c && underlines(lines, i+1) {
			return 3
		}
		return 0
	}
	if underlines(lines, i) {
		return 2
	}
	return 0
}

// underlines reports whether lines[i+1] is the rule of a setext heading
// on lines[i].
func underlines(lines []string, i int) bool {
	if i+1 >= len(lines) || ruleSign(lines[i+1]) == 0 {
		return false
	}
	head := lines[i]
	if indent(head) > maxRuleIndent || !setextText(head) {
		return false
	}
	diff := columns(strings.TrimSpace(lines[i+1])) - columns(strings.TrimSpace(head))
	return diff >= -1 && diff <= 1 || i+2 >= len(lines) || strings.TrimSpace(lines[i+2]) == ""
}

// setextText reports whether line may be a setext heading's text: a few
// words with a letter, not a list item nor a "#" heading.
func setextText(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	words := 0
	for range strings.FieldsSeq(s) {
		if words++; words > maxSetextWords {
			return false
		}
	}
	var m Markup
	parseMarker(&m, s)
	return m.Marker == MarkNone && m.Heading == 0
}

// maxRuleIndent is the most spaces before a setext heading and its rules,
// as in markdown.
const maxRuleIndent = 3

// ruleSign returns the sign of a setext rule, '=' or '-', if line is one:
// three of them or more, and nothing else but spaces around them.
func ruleSign(line string) byte {
	i := 0
	for i <= maxRuleIndent && i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i > maxRuleIndent || i == len(line) || line[i] != '=' && line[i] != '-' {
		return 0 // most lines, at their first signs
	}
	s := strings.TrimRight(line[i:], " \t")
	if len(s) < 3 {
		return 0
	}
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return 0
		}
	}
	return s[0]
}

// setextHeading returns the heading that lines, a block of two or three
// lines, give with their rules (see setextLines), and its level: 1 for a
// rule of "=", 2 for one of "-". It returns "", 0 for other blocks.
func setextHeading(lines []string) (string, int) {
	if len(lines) < 2 || len(lines) > 3 || setextLines(lines, 0) != len(lines) {
		return "", 0
	}
	head, rule := lines[len(lines)-2], lines[len(lines)-1]
	if ruleSign(rule) == '=' {
		return head, 1
	}
	return head, 2
}
