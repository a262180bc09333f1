package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// The copyright rule: a notice of who holds the page's copyright, and
// not a sentence that speaks of copyright.

// copyright catches copyright notices: ©, "(c) 2019" (a year after the
// "(c)": an enumeration's "(c) It is not obvious ...", a formula's
// "sum(c) FROM", a caption's "Sam Altman (C) and ..." are no notices;
// wceb: three pages +0.002 to +0.003 in each mode, a caption kept on one,
// -0.007 in text-w3m), and the phrases of
// the copyright list ("Copyright 2019", "All rights reserved" and its
// translations). Long lines are left alone: an article may discuss
// copyright. A line of over maxNoticeWords words without a © is a notice
// only when its first sentence names copyright: a paragraph may come to
// it ("... Erdogans Copyright und die besondere Kraft der Minze.";
// trafilatura html 0.9305 -> 0.9311). Taking any such line that does not
// open with the phrase for a paragraph also kept an article's paragraph
// on copyright law, but a news page's "This document is subject to
// copyright. Apart from ..." too (scrapinghub text-h2t -0.0001).
func copyright(l *measure.Line, p *Page) float64 {
	if l.Words > 40 {
		return 0
	}
	if l.Punct&measure.PunctCopyright != 0 && copyrightSign(l.Content) || l.Digits > 0 && l.Punct&measure.PunctParen != 0 && copyrightYear(l.Content) {
		return -2
	}
	if has(l.All, lang.Copyright) && p.m.Lex.Find(lang.Copyright, l.Key, l.Bloom, p.m.Lang) {
		if l.Words > maxNoticeWords {
			// A notice says it first ("This document is subject to
			// copyright. Apart from ..."), as its set phrase or in a
			// sentence of at most half maxNoticeWords words; a paragraph
			// may come to it, or speak of copyright ("in a fashion
			// requiring copyright permission, other than the making of
			// an exact copy. ...").
			k := firstSentenceKey(l)
			switch {
			case !p.m.Lex.Find(lang.Copyright, k, lang.Bloom(k), p.m.Lang):
				return 0
			case lang.KeyWords(k) > maxNoticeWords/2 && !namesNotice(p, k):
				return -0.5 // a sentence that speaks of copyright
			}
		} else if l.Stops >= minMentionStops && !namesNotice(p, l.Key) {
			return -0.5 // weak: a notice only outside the article
		}
		return -2
	}
	return 0
}

// namesNotice reports whether key, which holds an entry of the copyright
// list, names a notice as its set phrases do: an entry of several words
// ("all rights reserved") anywhere, or an entry of one word ("copyright")
// before a year or a "(C)" (see signedNotice). Elsewhere, one word is a
// word of a sentence that speaks of copyright, wherever it stands (a line
// with minMentionStops stopwords or more): a licence's "The above
// copyright notice and this permission notice shall be included in all
// copies ...", a course's "... must be accessible and meet copyright and
// fair use requirements.", a news report's "... over copyright
// infringement.", a forum's "wie soll ich das copyright nun verstehen?",
// an essay's "Copyright law protects original works of authorship, but
// ..." and its heading "Copyright Complexity in a Fragmented World".
// Such a line may still be a notice ("This document is subject to
// copyright."), but only where the article is not: it votes as weak
// chrome. The word first in a line of fewer stopwords is a notice
// ("Copyright Reuters", "Image copyright Getty Images"). Taking the word
// among a line's first two as a notice whatever its stopwords had dropped
// that essay's heading (wceb 0.9466 -> 0.9480 on its page in each mode,
// and no other line of the shared sets).
func namesNotice(p *Page, key string) bool {
	for _, e := range p.m.Lex.Entries(lang.Copyright, p.m.Lang) {
		if strings.Contains(e, " ") {
			if lang.ContainsWords(key, e) {
				return true
			}
			continue
		}
		if signedNotice(key, e) {
			return true
		}
	}
	return false
}

// signedNotice reports whether word, in key, is followed by a year or
// by the "c" of a "(C)": "... Copyright (C) EnterMedia.co.kr", "...
// copyright 2019 Acme", a notice wherever it stands.
func signedNotice(key, word string) bool {
	prev := ""
	for w := range strings.SplitSeq(key, " ") {
		if prev == word && w != "" && (w == "c" || w[0] >= '0' && w[0] <= '9') {
			return true
		}
		prev = w
	}
	return false
}

// minMentionStops is the fewest stopwords of a line that speaks of
// copyright rather than names a notice (see namesNotice): running text.
// A credit's "[user]EFE [copyright]EFE", w3m's icons, or a caption's
// "Taylor Swift Image copyright Getty Images" has none.
const minMentionStops = 2

// copyrightSign reports whether s holds a copyright sign (see
// measure.CopyrightSign) that is no letter of a word:
// text decoded in the wrong encoding writes "é" as "Ã©" ("this is a
// tÃ©st", which Node's reference prints to show it), while a notice sets
// its sign apart, or after "Copyright" ("Copyright©2024").
func copyrightSign(s string) bool {
	before := ' '
	for i, r := range s {
		if measure.CopyrightSign(r) {
			after, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
				return true
			}
		}
		before = r
	}
	return false
}

// copyrightYear reports whether s gives a year after "(c)" or "(C)", as a
// copyright notice writes its sign without the © ("(c) 2019 Acme"). An
// enumeration's third item opens so too: "(c) It is not obvious ...".
func copyrightYear(s string) bool {
	for _, sign := range []string{"(c) ", "(C) "} {
		for rest := s; ; {
			i := strings.Index(rest, sign)
			if i < 0 {
				break
			}
			rest = rest[i+len(sign):]
			if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// maxNoticeWords is the most words of a line that names copyright after
// its first sentence, without a © sign, and is a copyright notice.
const maxNoticeWords = 20
