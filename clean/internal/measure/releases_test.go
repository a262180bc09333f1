package measure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkReleases(t *testing.T) {
	t.Run("a change log's releases, each from its head to the next", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Copyright (C) 2014-2022 Jane Doe\n\n")
		for i := 4; i >= 1; i-- {
			fmt.Fprintf(&b, "2%d.12.2022 Release V0.%d.0\n  * Fix the parser for case %d\n  * Bump the library to 1.%d\n    (only when built from tarball %d)\n\n", i, i, i, i, i)
		}
		b.WriteString("See the git log for the commits of each release.\n")
		got := textRecords(t, b.String())
		for i := 4; i >= 1; i-- {
			n := 5 - i
			assert.Equal(t, n, got[fmt.Sprintf("2%d.12.2022 Release V0.%d.0", i, i)], "release %d's head", n)
			assert.Equal(t, n, got[fmt.Sprintf("  * Fix the parser for case %d", i)], "release %d's first change", n)
			assert.Equal(t, n, got[fmt.Sprintf("    (only when built from tarball %d)", i)], "release %d's wrapped line", n)
		}
		assert.Zero(t, got["Copyright (C) 2014-2022 Jane Doe"], "the line above the first head")
		assert.Zero(t, got["See the git log for the commits of each release."], "the margin's line under the last release")
	})
	t.Run("a markdown change log's headings of versions alone", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("# Changelog\nAll notable changes to this project will be documented in this file.\n\n## [Unreleased]\n\n")
		for i := 3; i >= 1; i-- {
			fmt.Fprintf(&b, "## [0.1%d.0] - 2022-10-1%d\n\n### Changed\n* Disable the tests that fail without codec %d\n\n", i, i, i)
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["## [0.13.0] - 2022-10-13"])
		assert.Equal(t, 3, got["* Disable the tests that fail without codec 1"])
		assert.Zero(t, got["## [Unreleased]"])
	})
	t.Run("a git log's commits and a GNU change log's entries", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&b, "commit %d539e539eafdac88177c8ee30b043c5d52f017e%d\nAuthor: Jane Doe <jane@example.org>\nDate:   Sat Sep %d 21:28:14 2013 -0700\n\n    Fix the parser for case %d\n\nM\tsrc/parse%d.c\n\n", i, i, 8-i, i, i)
		}
		got := textRecords(t, b.String())
		// The reader joins the head and its "Author:" and "Date:" lines,
		// as it joins a wrapped paragraph's.
		assert.Equal(t, 1, recordOf(got, "commit 1539e539eafdac88177c8ee30b043c5d52f017e1"))
		assert.Equal(t, 2, recordOf(got, "commit 2539e539eafdac88177c8ee30b043c5d52f017e2"))
		assert.Equal(t, 3, got["    Fix the parser for case 3"])
		assert.Equal(t, 2, got["M\tsrc/parse2.c"], "a file that --name-status lists")

		b.Reset()
		for i := 3; i >= 1; i-- {
			fmt.Fprintf(&b, "2019-06-0%d  Tom Tromey  <tom@tromey.com>\n\n\t* tests/test%d.adb: Update the expected results.\n\n", i, i)
		}
		got = textRecords(t, b.String())
		assert.Equal(t, 1, got["2019-06-03  Tom Tromey  <tom@tromey.com>"])
		assert.Equal(t, 3, got["\t* tests/test1.adb: Update the expected results."])

		// The same head again and again, and heads without an address.
		b.Reset()
		for i := 4; i >= 1; i-- {
			fmt.Fprintf(&b, "2019-06-02  Tom Tromey  <tom@tromey.com>\n\n\t* tests/test%d.adb: Update the expected results.\n\n", i)
		}
		for i := 3; i >= 1; i-- {
			fmt.Fprintf(&b, "2004-10-1%d  Lorenzo Bettini\n\n\t* src/lib/envmapper%d.c removed // C99 comments\n\n", i, i)
		}
		got = textRecords(t, b.String())
		assert.Equal(t, 4, got["\t* tests/test1.adb: Update the expected results."])
		assert.Equal(t, 5, got["2004-10-13  Lorenzo Bettini"])
		assert.Equal(t, 7, got["\t* src/lib/envmapper1.c removed // C99 comments"])
	})
	for _, c := range []struct {
		name string
		head string // a release's head, of its number
		body string // its changes, of its number
		want map[string]int
	}{
		{"changes set in from the margin without a list's markers",
			"Changes in version 2.1.%d-stable (0%[1]d Jul 2020)", " fixes:\n  o http: fix the parser for case %d\n  o Parse IPv6 scope IDs in release %[1]d",
			map[string]int{"Changes in version 2.1.3-stable (03 Jul 2020)": 1, "  o Parse IPv6 scope IDs in release 1": 3}},
		{"numbered changes",
			"------- August %d 1996 version 2.%[1]da -------", "1. QDOS port, step %d\n2. win32 volume label handling, step %[1]d",
			map[string]int{"------- August 3 1996 version 2.3a -------": 1, "2. win32 volume label handling, step 1": 3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			for i := 3; i >= 1; i-- {
				fmt.Fprintf(&b, c.head+"\n"+c.body+"\n\n", i, i)
			}
			got := textRecords(t, b.String())
			for line, want := range c.want {
				assert.Equal(t, want, got[line], line)
			}
		})
	}
	t.Run("heads of two versions and a date, versions lettered", func(t *testing.T) {
		// OpenSSL's NEWS file: each head counts fifteen words, a version's
		// parts counting a word each, and its versions differ by a letter.
		var b strings.Builder
		vs := []string{"1.1.1d", "1.1.1c", "1.1.1b", "1.1.1a", "1.1.1"}
		for k, v := range vs[1:] {
			fmt.Fprintf(&b, "### Major changes between OpenSSL %s and OpenSSL %s [26 Feb 2019]\n\n  * Fixed a NULL pointer dereference in %[2]s\n\n", v, vs[k])
		}
		got := textRecords(t, b.String())
		assert.Equal(t, 1, got["### Major changes between OpenSSL 1.1.1c and OpenSSL 1.1.1d [26 Feb 2019]"])
		assert.Equal(t, 4, got["  * Fixed a NULL pointer dereference in 1.1.1a"])
	})
	t.Run("fewer than three releases are none", func(t *testing.T) {
		got := textRecords(t, "Changes in dconf 0.40.0\n\n - common: add a declaration\n\nChanges in dconf 0.39.1\n\n - build: improve the symbols\n")
		assert.Zero(t, got["Changes in dconf 0.40.0"])
		assert.Zero(t, got[" - build: improve the symbols"])
	})
	t.Run("teasers under their dates head no release", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(&b, "    1%d.02.2022\n  • Court rules on case number %d\n", i, i)
		}
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(&b, "    2.9%d5\n  • A most read story, number %d\n", i, i)
		}
		for i, r := range eachRecord(t, b.String()) {
			assert.Zero(t, r, "line %d", i)
		}
	})
	t.Run("a release's note does not end the run", func(t *testing.T) {
		got := textRecords(t, "Version 1.1\n  - Fix bug 1\n\nVersion 1.2\nNone.\n\nVersion 1.3\n  - Fix bug 3\n\nVersion 1.4\n  - Fix bug 4\n")
		assert.Equal(t, 1, got["Version 1.1"])
		assert.Equal(t, 2, got["None."])
		assert.Equal(t, 4, got["  - Fix bug 4"])
	})
	t.Run("heads out of order are no change log", func(t *testing.T) {
		var b strings.Builder
		for _, v := range []string{"v20.4.0", "v19.2.0", "v20.11.0", "v20.1.0", "v22.2.0", "v20.16.0"} {
			fmt.Fprintf(&b, "Added in: %s\n\n  • options <Object>\n  • callback <Function>\n\n", v)
		}
		for i, r := range eachRecord(t, b.String()) {
			assert.Zero(t, r, "line %d", i)
		}
	})
	t.Run("a section of prose ends the run", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 2; i++ {
			fmt.Fprintf(&b, "Version 1.%d\n  - Fix bug %d\n\n", i, i)
		}
		b.WriteString("Version 1.3\nThis release was never published.\nIts changes went into version 1.4.\nThe announcement says why.\n")
		for i := 4; i <= 6; i++ {
			fmt.Fprintf(&b, "Version 1.%d\n  - Fix bug %d\n\n", i, i)
		}
		got := textRecords(t, b.String())
		assert.Zero(t, got["Version 1.1"], "a run of two")
		assert.Zero(t, got["Version 1.3"], "a release of prose")
		assert.Equal(t, 1, got["Version 1.4"])
		assert.Equal(t, 3, got["  - Fix bug 6"])
	})
}

// recordOf returns the record of the line of got that opens with prefix,
// or -1.
func recordOf(got map[string]int, prefix string) int {
	for s, r := range got {
		if strings.HasPrefix(s, prefix) {
			return r
		}
	}
	return -1
}

// eachRecord returns the Record of every non-blank line of text, in order.
func eachRecord(t *testing.T, text string) []int {
	t.Helper()
	var got []int
	eachTextLine(t, text, func(_ string, l *Line) {
		if !l.Blank {
			got = append(got, l.DOM.Record)
		}
	})
	return got
}

func TestMarkCommitLines(t *testing.T) {
	var b strings.Builder
	subjects := []string{
		"Wrapper: emit object:visible-data-changed signals", "JNI Remove commented out code",
		"Build: fix unused param warning in Atk init functions", "JNI: include AtkWrapper.h",
		"Build: include --enable-compile-warning option", "JNI: Create AtkWrapper.h",
		"JNI: create prototype for access init and shutdown", "Release 0.33.2",
		"Wrapper: Create java AtkTextGranularity interface", "HACKING: remove get_index_at",
		"JNI/Wrapper: remove jaw_table_get_index_at", "Update copyright",
	}
	for i, s := range subjects {
		fmt.Fprintf(&b, "%07x %s\n", 0x2d362db+i*7919, s)
	}
	// The reader may join lines of a width as a wrapped paragraph's: each
	// block it makes is a record, and counts its commits.
	got := eachRecord(t, b.String())
	assert.NotEmpty(t, got)
	for i, r := range got {
		assert.Equal(t, i+1, r, "block %d", i)
	}

	for name, text := range map[string]string{
		"nine commits":     strings.Join(strings.Split(b.String(), "\n")[:9], "\n"),
		"set in":           strings.ReplaceAll(b.String(), "\n", "\n  "),
		"years, no hashes": strings.Repeat("2024 was the year of the bridge\n", 12),
		"a hash alone":     strings.Repeat("2d362db\n", 12),
	} {
		for i, r := range eachRecord(t, text) {
			assert.Zero(t, r, "%s: line %d", name, i)
		}
	}
}

func TestHasVersion(t *testing.T) {
	for s, want := range map[string]bool{
		"Changes in dconf 0.40.0":               true,
		"shared-mime-info 2.2 (2022-03-27)":     true,
		"26.12.2022 Release V0.21.2":            true,
		"adduser (3.130) unstable; urgency=low": true,
		"Debian's w3m 0.5.3+git20230121":        true,
		"procps-ng-4.0.2":                       true, // a name and its version, glued
		"2022-10-19":                            false,
		"14.02.2022":                            false, // a date alone
		"Published 14.02.2022":                  false, // a date
		"Updated 2022.03.27":                    false,
		"Published 1.02.24":                     false,
		"Changes from GTK+ 2.24.32 to 2.24.33":  true,  // no month 24
		"2.925":                                 false, // a count, no word beside it
		"42.0":                                  false,
		"6.10      2020-12-17 15:42:06Z":        true, // a version and its date: Perl's change logs
		"1.19_02 2006-07-31":                    true,
		"2020-12-17 6.10":                       false, // a date, then a number
		"3.14 2.71":                             false,
		"Chapter 3":                             false,
	} {
		assert.Equal(t, want, hasVersion(s, false), s)
	}
	assert.True(t, hasVersion("[0.11.1] - 2022-10-19", true), "a heading's version alone")
	assert.False(t, hasVersion("14.02.2022", true), "a heading's date")
}

func TestVersionOrder(t *testing.T) {
	for _, c := range []struct {
		newer, older string
	}{
		{"Changes in dconf 0.40.0", "Changes in dconf 0.39.1"},
		{"distro-info-data (0.58+deb12u6) bookworm", "distro-info-data (0.58+deb12u5) bookworm"},
		{"distro-info-data (0.58+deb12u1) bookworm", "distro-info-data (0.58) unstable"},
		{"26.12.2022 Release V0.21.2", "18.07.2020 Release V0.21.1"},
		{"Version 1.10", "Version 1.9"},
		{"procps-ng-4.0.2", "procps-ng-4.0.1"},
		{"OpenSSL 1.1.1k", "OpenSSL 1.1.1j"},
		{"OpenSSL 1.1.1a", "OpenSSL 1.1.1"},
	} {
		assert.Equal(t, 1, headVersion(c.newer).compare(headVersion(c.older)), c.newer)
		assert.Equal(t, -1, headVersion(c.older).compare(headVersion(c.newer)), c.older)
	}
	assert.Zero(t, headVersion("Added in: v15.0.0").compare(headVersion("v15.0.0 Added in: v15.0.0")))
}

func TestLogHead(t *testing.T) {
	for s, want := range map[string]bool{
		"commit 2539e539eafdac88177c8ee30b043c5d52f017e4":      true,
		"commit 2539e53 (HEAD -> main)":                        true,
		"commit to the plan":                                   false,
		"commit 25":                                            false, // too short for a hash
		"2019-06-02  Tom Tromey  <tom@tromey.com>":             true,
		"2019-06-02 Release of version 3.1.9":                  false, // no address
		"2004-10-17  Lorenzo Bettini":                          true,
		"2004-10-17  J. R. R. Tolkien":                         true,
		"2004-10-17 Lorenzo Bettini":                           false, // one space: a date line
		"2004-10-17  Release 3.1.9":                            false, // no name
		"2004-10-17  Jane Doe and Joe Bloggs":                  false, // no name either
		"02.06.2019  Tom Tromey  <tom@tromey.com>":             false,
		"Tom Tromey  <tom@tromey.com>":                         false,
		"javascript-common (11+nmu1) unstable; urgency=medium": true,
		"urgency=medium (11)":                                  false,
	} {
		assert.Equal(t, want, logHead(s), s)
	}
}

// hasVersion reports whether s names a version as a head does (see
// lineVersion).
func hasVersion(s string, heading bool) bool {
	_, ok := lineVersion(s, heading)
	return ok
}

// headVersion returns the first version s names (see lineVersion).
func headVersion(s string) version {
	v, _ := lineVersion(s, true)
	return v
}
