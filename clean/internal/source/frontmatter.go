package source

import "strings"

// A Markdown document's front matter: the block of YAML between two lines
// of "---" that opens a page of a static site's sources (Jekyll, Hugo,
// Docusaurus) or of npm's and Go's docs, and that no renderer shows
// ("title: npm-install", "section: 1", "description: Install a
// package"). Read as text, its closing fence was the underline of a
// setext heading, and its last field the page's headline: npm's docs were
// titled "description: ...". Its lines are read each as a line of its
// own, and none is a headline (see Meta.FrontMatter). Its title is not
// the document's: printed above the body, it would part the front matter
// from the top of the text, where a reading of the output no longer finds
// it, and a reading drops its "title:" line as a copy of the headline.

// maxFrontMatter is the most lines that front matter holds, fences
// included: a page's fields are a few, and a document that opens with a
// thematic break and runs on is no such block.
const maxFrontMatter = 60

// frontMatter returns the number of lines of the front matter that opens
// lines, its fences included; 0 when lines open with none. Front matter
// opens with "---" on the first line and closes with "---" or "..." on a
// later one; each line between is a field ("key: value", the key one
// word), a comment, blank, an item of a list ("- value"), or a line set
// in, which goes on the field above it.
func frontMatter(lines []string) int {
	if len(lines) < 3 || strings.TrimRight(lines[0], " ") != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < maxFrontMatter; i++ {
		l := strings.TrimRight(lines[i], " \t")
		switch {
		case i > 1 && (l == "---" || l == "..."):
			return i + 1
		case l == "" || l[0] == '#' || l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(l, "- "):
			continue
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok || !fieldKey(key) || value != "" && value[0] != ' ' {
			return 0
		}
	}
	return 0
}

// paragraphsAfter is Paragraphs of lines after their first fm, the lines
// of front matter, which are a block each: their fields are no wrapped
// paragraph, and their closing fence no heading's underline. It returns
// the ends of all the blocks of lines.
func paragraphsAfter(lines []string, fm int, ends, widths []int) ([]int, []int) {
	ends, widths = Paragraphs(lines[fm:], ends, widths)
	if fm == 0 {
		return ends, widths
	}
	n := len(ends)
	ends = append(ends, make([]int, fm)...)
	copy(ends[fm:], ends[:n])
	for k := range ends {
		if k < fm {
			ends[k] = k + 1
		} else {
			ends[k] += fm
		}
	}
	return ends, widths
}

// fieldKey reports whether s is a front matter field's key: letters,
// digits, hyphens and underscores.
func fieldKey(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '_') {
			return false
		}
	}
	return true
}
