package lang

// Reading the lexicon files: each language's folder (parseLanguage) and
// every folder of the embedded lexicon (parseFS); lexicon/README.md gives
// their format.

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"
)

// parseFS reads the lexicon of every folder of dir in fsys.
func parseFS(fsys fs.FS, dir string) (*Lexicons, error) {
	dirs, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	x := &Lexicons{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		lex, err := parseLanguage(fsys, path.Join(dir, d.Name()), d.Name())
		if err != nil {
			return nil, err
		}
		x.langs = append(x.langs, lex)
	}
	if len(x.langs) > 64 {
		return nil, fmt.Errorf("lang: %d languages do not fit a Set", len(x.langs))
	}
	if err := x.index(); err != nil {
		return nil, err
	}
	return x, nil
}

// parseLanguage reads the files of one language's folder.
func parseLanguage(fsys fs.FS, dir, code string) (*Lexicon, error) {
	lex := &Lexicon{Code: code}
	// stopwords.txt is stopwords-iso's list; stopwords-added.txt, where
	// there is one, the commonest words that list lacks. An entry without
	// a letter is a number ("4", "39", "４"), which every language writes:
	// it is no word of one, and had made the filters, sizes and prices of
	// an English shop's page Spanish, which lists the digits.
	for _, file := range []string{"stopwords.txt", "stopwords-added.txt"} {
		for _, l := range wordLines(fsys, path.Join(dir, file)) {
			if strings.IndexFunc(l, unicode.IsLetter) >= 0 {
				lex.Stopwords = append(lex.Stopwords, l)
			}
		}
	}
	// stopwords-initials.txt, where there is one, holds the letters of
	// stopwords.txt that are no word written as a capital alone (see
	// Lexicon.Initials).
	lex.Initials = wordLines(fsys, path.Join(dir, "stopwords-initials.txt"))
	// stopword-prefixes.txt, where there is one, holds the stopwords the
	// language glues to the next word (see Lexicon.StopPrefixes).
	lex.StopPrefixes = wordLines(fsys, path.Join(dir, "stopword-prefixes.txt"))
	name := path.Join(dir, "lexicon.txt")
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return lex, nil // stopwords only
	}
	section := ""
	for _, l := range dataLines(string(b)) {
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, l.num, fmt.Sprintf(format, a...))
		}
		if strings.HasPrefix(l.text, "[") && strings.HasSuffix(l.text, "]") {
			section = l.text[1 : len(l.text)-1]
			if _, ok := tableByName(section); ok {
				continue
			}
			if _, ok := listByName(section); !ok {
				return nil, fail("unknown section [%s]", section)
			}
			continue
		}
		text, everywhere := strings.CutSuffix(l.text, " *")
		if t, ok := tableByName(section); ok {
			kind, phrase, ok := strings.Cut(text, " ")
			k, known := kindByName(kind)
			if !ok || !known {
				return nil, fail("want <whole|label|lead|within> <phrase>, not %q", l.text)
			}
			phrase = strings.TrimSpace(phrase)
			// An English phrase of several words is English on any page:
			// sites in every language print their templates' and plugins'
			// English chrome ("If you enjoyed reading this post, would
			// you consider supporting our work?"). One word may be a word
			// of another language ("Sources"): only a marked one counts
			// everywhere.
			everywhere = everywhere || code == "en" && strings.Contains(phrase, " ")
			lex.Tables[t] = append(lex.Tables[t], Phrase{Kind: k, Text: phrase, Everywhere: everywhere})
			continue
		}
		list, ok := listByName(section)
		if !ok {
			return nil, fail("an entry before the first section")
		}
		if kind, _, ok := strings.Cut(text, " "); ok {
			if _, known := kindByName(kind); known {
				return nil, fail("[%s] is a list of bare entries, not %q: a phrase's kind is a table's", section, l.text)
			}
		}
		e := Entry{Text: text, Everywhere: everywhere}
		if word, value, ok := strings.Cut(text, " = "); ok {
			n, err := parseValue(value)
			if err != nil {
				return nil, fail("%v", err)
			}
			e.Text, e.Value = word, n
		}
		lex.Lists[list] = append(lex.Lists[list], e)
	}
	return lex, nil
}

// wordLines returns the entries of a word file, one a line, blank lines
// and comments aside; none when there is no such file.
func wordLines(fsys fs.FS, name string) []string {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil
	}
	return WordLines(string(b))
}

// WordLines returns the entries of a word list, one a line, trimmed:
// blank lines and comments (lines that open with "#") aside.
func WordLines(list string) []string {
	var words []string
	for l := range strings.Lines(list) {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			words = append(words, l)
		}
	}
	return words
}

// line is a line of a data file that holds data.
type line struct {
	num  int
	text string
}

// dataLines returns the lines of a data file that are not blank or
// comments (#), trimmed.
func dataLines(s string) []line {
	var out []line
	num := 0
	for l := range strings.Lines(s) {
		num++
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, line{num, l})
	}
	return out
}

// parseValue reads the value of an entry: a decimal number of up to 9
// digits (a month's number, the seconds of a unit of time).
func parseValue(s string) (int, error) {
	n := 0
	if s == "" || len(s) > 9 {
		return 0, fmt.Errorf("bad value %q", s)
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad value %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func tableByName(s string) (Table, bool) {
	i := slices.Index(tableNames[:], s)
	return Table(i), i > 0
}

func listByName(s string) (List, bool) {
	i := slices.Index(listNames[:], s)
	return List(i), i >= 0
}

func kindByName(s string) (Kind, bool) {
	i := slices.Index(kindNames[:], s)
	return Kind(i), i >= 0
}
