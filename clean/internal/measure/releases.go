package measure

import (
	"strings"
	"unicode"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// markReleases finds the releases of a change log, where neither the DOM
// nor a grid's prices showed items: a run of sections, each a short head
// at the margin that names a version ("Changes in dconf 0.40.0",
// "shared-mime-info 2.2 (2022-03-27)", "26.12.2022 Release V0.21.2",
// "adduser (3.130) unstable; urgency=low", "## [0.11.1] - 2022-10-19")
// over the list of its changes; or a run of a program's log's entries,
// git's commits or a GNU or Debian change log's entries (see logHead).
// It marks the lines of each release DOM.Record, from 1, as markCards
// marks a grid's cards, so that the classifier reads a change log as a
// page of items: its changes are short list items without a sentence,
// the shape of a menu, and a change log has no paragraph to make an
// article of. Of the 395 Debian change logs and 219 NEWS files on this
// machine, 69 and 12 had kept less than 80% of their words, a library's
// change log 0.7% (one wrapped line of its notes); of the 1,064 typed
// documents, change logs, NEWS files and READMEs, 105 did, and 35 do.
//
// A head names a version (see lineVersion), so a news site's teasers under
// their dates ("14.02.2022" over "• Buß- und Ordnungsgeld ...") and a
// list's counts ("2.925" over a teaser) head no release. A release's
// lines are those from its head to the next head (see releaseBody). A
// change log gives its releases in order, newest or oldest first: a head
// whose version is out of order ends the run of releases and opens the
// next, so that a reference's "Added in: v20.4.0" and "Added in: v19.2.0"
// over its functions' parameters, or a book's lines of code, make no
// change log. A run is marked when minReleases of its releases or more
// list their changes. Text renderings of web pages hold few such runs:
// no output of the benchmarks' 826 pages, of their 2,344 renderings as
// text, nor of 921 manuals as HTML and as w3m's and lynx's text changes
// but a library's page of news, whose last releases it now keeps. It
// returns the number of releases marked.
func (p *Page) markReleases() int {
	heads := p.heads[:0]
	for i := range p.Lines {
		if kind, v := releaseHead(&p.Lines[i]); kind != noHead {
			heads = append(heads, head{i, kind, v})
		}
	}
	records := 0          // the releases marked
	first, listed := 0, 0 // the index in heads of the run's first release, and its releases that list changes
	order := 0            // the run's order: -1 newest first, 1 oldest first, 0 not yet known
	for k, h := range heads {
		if k > first {
			prev := heads[k-1]
			c := h.v.compare(prev.v)
			switch {
			case h.kind != prev.kind || h.kind == versionHead && (c == 0 || order != 0 && c != order):
				// Another kind of head, or a version out of order: the
				// run ends before this head.
				records = p.markReleaseRun(heads[first:k], h.line-1, listed, records)
				first, listed, order = k, 0, 0
			case order == 0:
				order = c
			}
		}
		next := len(p.Lines)
		if k+1 < len(heads) {
			next = heads[k+1].line
		}
		end, kind := p.releaseBody(h.line, next, h.kind)
		switch kind {
		case noRelease:
			records = p.markReleaseRun(heads[first:k], h.line-1, listed, records)
			first, listed, order = k+1, 0, 0
			continue
		case listedRelease:
			listed++
		}
		if k+1 == len(heads) {
			records = p.markReleaseRun(heads[first:], end, listed, records)
		}
	}
	p.heads = heads // kept for the next page
	return records
}

// head is a line that may head a release or an entry of a log (see
// releaseHead): its index, its kind and its version.
type head struct {
	line int
	kind headKind
	v    version
}

// markReleaseRun marks the releases whose heads are heads, the last of
// which ends at line end, numbered after the records marked before, if
// listed of them, minReleases or more, list their changes. It returns the
// number of records marked.
func (p *Page) markReleaseRun(heads []head, end, listed, records int) int {
	if listed < minReleases {
		return records
	}
	for k, h := range heads {
		to := end
		if k+1 < len(heads) {
			to = heads[k+1].line - 1
		}
		records++
		for i := h.line; i <= to; i++ {
			if !p.Lines[i].Blank {
				p.Lines[i].DOM.Record = records
			}
		}
	}
	return records
}

// releaseKind is what the lines under a release's head are.
type releaseKind uint8

const (
	noRelease     releaseKind = iota // prose, or another page's lines
	noteRelease                      // a note of a line or two ("None."), or a line set in
	listedRelease                    // a list of changes
)

// releaseBody reads the lines after the head h of a release, up to the
// line next (the next head, or the page's end): it returns the release's
// last line and what the lines are. A release lists its changes: list
// items, bulleted or numbered ("1. QDOS port (Jonathan Hudson)"), or
// minSetLines lines set in from the margin or more (an item's
// wrapped lines, a maintainer's signature, items whose marker no list
// reads, as libevent's " o Parse IPv6 scope IDs."), with no more lines at
// the margin than those ("Translations updates:" over its languages). A
// release may be a note of at most maxReleaseNote lines at the margin
// ("None.", "No changes since 0.35.1"), or a line set in: the run goes
// on over it, but it does not count as a release that lists its changes.
// A release that no head follows ends before the first line at the
// margin that is no list item nor heading ("### Changed"): a page's
// footer, or the prose under a change log.
//
// An entry of a program's log (see logHead) lists its changes in a
// message set in from the margin; its lines at the margin are its own
// (git's "Author:" and "Date:", the files that --name-status lists), but
// the last entry ends at the third.
func (p *Page) releaseBody(h, next int, head headKind) (end int, kind releaseKind) {
	items, set, margin := 0, 0, 0 // list items, lines set in, and lines at the margin
	end = h
	last := next == len(p.Lines)
	for i := h + 1; i < next; i++ {
		l := &p.Lines[i]
		if l.Blank || l.Alpha == 0 {
			continue
		}
		switch {
		case l.Marker == source.MarkBullet || l.Marker == source.MarkSub || l.Marker == source.MarkOrdered:
			items++
		case l.Indent > 0:
			set++
		case last && l.Heading == 0 && (head != entryHead || margin >= maxReleaseNote):
			next = i
			continue
		default:
			margin++
		}
		end = i
	}
	if head == entryHead {
		// A log's lines at the margin are its own (git's "Author:",
		// "Date:", and the files that --name-status lists).
		items, set, margin = items+set, 0, 0
	}
	switch {
	case margin > items+set && margin > maxReleaseNote:
		return end, noRelease
	case items > 0 || set >= minSetLines:
		return end, listedRelease
	}
	return end, noteRelease
}

// headKind is what a line may head (see releaseHead).
type headKind uint8

const (
	noHead      headKind = iota
	versionHead          // a release of a change log
	entryHead            // an entry of a program's log (see logHead)
)

// releaseHead returns what l may head, and the version it names: a
// release, when l is a short line at the margin (maxReleaseHeadWords
// words, as the measure counts them or as spaces part them: OpenSSL's
// "Major changes between OpenSSL 3.0.18 and OpenSSL 3.0.19 [27 Jan 2026]"
// counts fifteen, each part of a version a word), no list item and no
// sentence ("Its changes went into version 1.4."), that names a version
// (see lineVersion) and no amount of money, and that the page gives once
// (a reference's "Added in: v15.0.0" over each function's parameters is
// no release); or an entry of a program's log (see logHead), whose
// version does not count, and which the log may give again and again (an
// author's entries of one day: GNU's change logs head each so).
func releaseHead(l *Line) (headKind, version) {
	if l.Blank || l.Indent > 0 || l.Marker != source.MarkNone || l.Digits == 0 || l.Words > maxReleaseHeadWords && fields(l.Content) > maxReleaseHeadWords || l.Punct&PunctMoney != 0 || l.End == EndSentence || l.Code {
		return noHead, version{}
	}
	if logHead(l.Content) {
		return entryHead, version{}
	}
	if l.Repeats > 0 {
		return noHead, version{}
	}
	if v, ok := lineVersion(l.Content, l.Heading > 0); ok {
		return versionHead, v
	}
	return noHead, version{}
}

// logHead reports whether s heads an entry of a program's log: git's
// "commit" and the commit's hash ("commit 2539e539eafd..."), a GNU
// change log's date, author and address ("2019-06-02  Tom Tromey
// <tom@tromey.com>", or "2004-10-17  Lorenzo Bettini" without it), or a Debian change log's package, version and
// urgency ("javascript-common (11+nmu1) unstable; urgency=medium"). Their
// entries are in order, by date, and a head may name no version, or one
// that no dot parts.
func logHead(s string) bool {
	if i := strings.Index(s, ") "); i > 0 && strings.Contains(s[i:], "; urgency=") && strings.Contains(s[:i], " (") {
		return true
	}
	first, rest, _ := strings.Cut(s, " ")
	if first == "commit" {
		hash, _, _ := strings.Cut(rest, " ")
		return hexHash(hash)
	}
	if !isoDate(first) {
		return false
	}
	if open := strings.IndexByte(rest, '<'); open >= 0 {
		return strings.IndexByte(rest[open:], '@') > 0 && strings.HasSuffix(rest, ">")
	}
	// Without an address, two spaces after the date, as GNU's tools write
	// them, and a name: "2004-10-17  Lorenzo Bettini".
	return strings.HasPrefix(rest, " ") && personName(strings.TrimLeft(rest, " "))
}

// personName reports whether s is a person's name: two to four words,
// each a capital letter and letters after it, or an initial ("J.").
func personName(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 {
			return false
		}
		for i, r := range w {
			if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return n >= 2
}

// isoDate reports whether s is a date written YYYY-MM-DD.
func isoDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// lineVersion returns the first version number among s's words, and
// whether s names it as a head does. A version is a number with a dot and
// a number after it, the first after a "v" or not ("0.40.0", "V0.21.2",
// "(3.130)", "0.5.3+git20230121"), that is no date ("14.02.2022",
// "2022.03.27") nor an address ("127.0.0.1"); it is named with a word of
// letters beside it, or a date written YYYY-MM-DD after it (Perl's
// change logs: "6.10      2020-12-17 15:42:06Z"), or as a heading's (a
// markdown change log's "## [0.11.1] - 2022-10-19"): a line of numbers
// alone may be a count.
func lineVersion(s string, heading bool) (v version, ok bool) {
	found, word := false, false
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "()[],;:.")
		name, vw := splitVersion(w)
		date := found && len(w) >= len("2006-01-02") && isoDate(w[:10]) // after the version
		if !found && versionWord(vw) {
			v, found = versionOf(vw), true
		}
		word = word || letterWord(name) || date
	}
	return v, found && (word || heading)
}

// splitVersion parts a word into a name and a version that a hyphen or an
// underscore glues to it ("procps-ng-4.0.2" is "procps-ng" and "4.0.2"):
// the last such part that opens with a digit, or with a "v" and a digit.
// A word that opens with a digit is all version ("2022-10-19", which
// versionWord refuses), and one with no such part all name.
func splitVersion(w string) (name, version string) {
	if w != "" && isDigitByte(w[0]) {
		return "", w
	}
	i := strings.LastIndexAny(w, "-_")
	if i < 0 {
		return w, w
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(w[i+1:], "v"), "V")
	if rest == "" || !isDigitByte(rest[0]) {
		return w, w
	}
	return w[:i], w[i+1:]
}

// versionWord reports whether w is a version number (see lineVersion).
func versionWord(w string) bool {
	if strings.HasPrefix(w, "v") || strings.HasPrefix(w, "V") {
		w = w[1:]
	}
	if w == "" || !isDigitByte(w[0]) {
		return false
	}
	var buf [5]string
	parts := buf[:0]
	for part := range strings.SplitSeq(w, ".") {
		if len(parts) == len(buf) {
			return false // no version has so many parts
		}
		parts = append(parts, part)
	}
	if len(parts) < 2 || !allDigits(parts[0]) || parts[1] == "" || !isDigitByte(parts[1][0]) {
		return false
	}
	if len(parts) == 4 && allDigits(parts[2]) && allDigits(parts[3]) {
		return false // an address: 127.0.0.1
	}
	return len(parts) != 3 || !dotDate(parts[0], parts[1], parts[2])
}

// dotDate reports whether a, b and c, the parts of a number written with
// dots, are a date's: a day, a month and a year of two or four digits
// ("14.02.2022", "01.02.24"), or a year, a month and a day ("2022.03.27").
// "2.24.32" has no month.
func dotDate(a, b, c string) bool {
	if !allDigits(a) || !allDigits(b) || !allDigits(c) || len(b) != 2 {
		return false
	}
	month := atoi2(b)
	switch {
	case len(a) == 4:
		return month >= 1 && month <= 12 && len(c) == 2 && atoi2(c) >= 1 && atoi2(c) <= 31
	case len(a) <= 2 && (len(c) == 2 || len(c) == 4):
		return month >= 1 && month <= 12 && atoi2(a) >= 1 && atoi2(a) <= 31
	}
	return false
}

// atoi2 returns the value of s, one or two ASCII digits.
func atoi2(s string) int {
	n := 0
	for i := range len(s) {
		n = 10*n + int(s[i]-'0')
	}
	return n
}

// version is a version number's numbers, as versionOf reads them.
type version struct {
	n    [6]int
	size int // how many of n it has
}

// versionOf returns the version w writes (see versionWord): its runs of
// digits, up to six ("0.58+deb12u6" is 0, 58, 12, 6, and comes after
// "0.58+deb12u5" and "0.58"), and a letter that ends it after a digit,
// by its place in the alphabet ("1.1.1k" is 1, 1, 1, 11, and comes after
// "1.1.1j" and "1.1.1", as OpenSSL numbers its releases).
func versionOf(w string) version {
	var v version
	for i := 0; i < len(w) && v.size < len(v.n); {
		if !isDigitByte(w[i]) {
			if c := w[i] | 0x20; i == len(w)-1 && i > 0 && isDigitByte(w[i-1]) && c >= 'a' && c <= 'z' {
				v.n[v.size] = int(c-'a') + 1
				v.size++
			}
			i++
			continue
		}
		n := 0
		for ; i < len(w) && isDigitByte(w[i]); i++ {
			if n < 1e8 {
				n = 10*n + int(w[i]-'0')
			}
		}
		v.n[v.size] = n
		v.size++
	}
	return v
}

// compare returns -1 when v is older than w, 1 when it is newer, and 0
// when they are the same.
func (v version) compare(w version) int {
	for i := range max(v.size, w.size) {
		if v.n[i] != w.n[i] {
			if v.n[i] < w.n[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// letterWord reports whether w holds two letters or more.
func letterWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

const (
	minReleases         = 3  // the fewest releases in a run that list their changes
	maxReleaseHeadWords = 14 // the most words of a release's head (see releaseHead)
	maxReleaseNote      = 2  // the most lines of a release's note
	minHashLen          = 7  // the fewest hexadecimal digits of a commit's hash
	minSetLines         = 2  // the fewest lines set in, without list items, that list a release's changes
)

// fields counts the words of s as spaces part them: a version is one.
func fields(s string) int {
	n, in := 0, false
	for i := range len(s) {
		space := s[i] == ' '
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
