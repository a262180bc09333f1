package measure

import "strings"

// What lynx -dump prints for what a page shows besides its text: its
// form's controls and its embedded frames.

// lynxWidget reports whether text, a line as printed, is a form's control
// as lynx -dump prints it: a button, "(BUTTON)", or a text field, a run
// of underscores (which the line's content, trimmed of emphasis, does not
// keep), with at most maxWidgetWords words besides ("(BUTTON) Search",
// "Email (Required) ____________________"), as w3m prints "[Search]" and
// "Email (Required) [          ]". A run of underscores alone is a rule
// between parts of a text: a forum's posts draw one over their
// signatures.
func lynxWidget(text string) bool {
	if !strings.Contains(text, "(BUTTON)") && !strings.Contains(text, "____") {
		return false // most lines
	}
	buttons, fields, words := 0, 0, 0
	for f := range strings.FieldsSeq(text) {
		switch {
		case f == "(BUTTON)":
			buttons++
		case strings.Count(f, "_") >= 4:
			fields++
		default:
			words++
		}
	}
	return (buttons > 0 || fields > 0 && words > 0) && words <= maxWidgetWords
}

// maxWidgetWords is the most words beside a lynx control that leave the
// line a form's.
const maxWidgetWords = 4

// lynxFrame reports whether content is an embedded frame as lynx -dump
// names it, "IFRAME: " and the frame's name or address ("IFRAME:
// [418]likes-master"): like a picture, a box the page shows, not its
// text.
func lynxFrame(content string) bool {
	rest, ok := strings.CutPrefix(content, "IFRAME:")
	return ok && strings.Count(strings.TrimSpace(rest), " ") < 4
}
