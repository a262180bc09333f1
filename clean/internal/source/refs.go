package source

import (
	"strings"
	"unicode/utf8"
)

// Markdown's links by reference: a line that is one link alone, "[text][label]"
// or "[text][]", whose label the document defines on a line of its own
// ("[label]: https://..."). Alone on a line, such a link has the shape of
// w3m's pictures side by side ("[logo][banner]"), and was read as a
// picture: Node's docs list their guides so ("* [Working Groups][]"), and
// the list of a document's sections went with its pictures (Node's
// internationalisation guide kept half its words). A w3m rendering
// defines no label, so its pictures stay pictures.

// ReadReferences reads the blocks of d anew as a text whose lines are
// lines would read them: a block that is a link by reference alone is
// one where lines define its label, and the picture or form field that
// its brackets show where they do not. The cleaner's reading of its own
// output calls it, so that the output reads its links as the page did
// when it keeps their labels' definitions, and as pictures when it does
// not, as a user cleaning the output again would.
func (d *Doc) ReadReferences(lines []string) {
	d.readRefLabels(lines)
	for i := range d.Blocks {
		switch m := &d.Blocks[i].Markup; {
		case m.Ref && !d.defines(m.Content):
			m.Ref, m.Links = false, 0
			bracketedKind(m, m.Content)
			m.readContent()
		case m.Image || m.Widget:
			d.readReference(m)
		}
	}
}

// readRefLabels collects the labels that lines define, as markdown
// defines a link's target: up to three spaces, the label in brackets, a
// colon, and the target on the same line.
func (d *Doc) readRefLabels(lines []string) {
	clear(d.refs)
	for _, l := range lines {
		if label, ok := refDefinition(l); ok {
			if d.refs == nil {
				d.refs = make(map[string]bool)
			}
			d.refs[refKey(label)] = true
		}
	}
}

// refDefinition returns the label that line l defines ("[label]: url"),
// if it defines one.
func refDefinition(l string) (string, bool) {
	i := 0
	for i < len(l) && i <= 3 && l[i] == ' ' {
		i++
	}
	if i > 3 || i == len(l) || l[i] != '[' {
		return "", false // most lines
	}
	t := l[i:]
	end := strings.Index(t, "]:")
	if end < 2 {
		return "", false
	}
	label := t[1:end]
	if strings.ContainsAny(label, "[]") || strings.TrimLeft(t[end+2:], " \t") == "" {
		return "", false
	}
	return label, true
}

// refKey is how markdown matches a label: case-folded, its runs of spaces
// one space.
func refKey(label string) string {
	return strings.ToLower(strings.Join(strings.Fields(label), " "))
}

// readReference reads m, a line that its markup read as a picture or a
// form's field, as a link when it is one link by reference alone to a
// label that d defines: all of its text is a link's. Its content stays as
// it is, brackets and all, so that ReadReferences can read it again.
func (d *Doc) readReference(m *Markup) {
	if !d.defines(m.Content) {
		return
	}
	m.Image, m.Widget, m.Ref = false, false, true
	m.Links = utf8.RuneCountInString(m.Content)
	m.readContent()
}

// defines reports whether s is one link by reference alone,
// "[text][label]" or "[text][]", to a label that d defines.
func (d *Doc) defines(s string) bool {
	if len(d.refs) == 0 {
		return false
	}
	i := strings.Index(s, "][")
	if i < 0 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	text, label := s[1:i], s[i+2:len(s)-1]
	if strings.ContainsAny(text, "[]") || strings.ContainsAny(label, "[]") || strings.TrimSpace(text) == "" {
		return false
	}
	if label == "" {
		label = text // "[text][]": the text is the label
	}
	return d.refs[refKey(label)]
}
