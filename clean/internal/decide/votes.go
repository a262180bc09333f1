package decide

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// vote runs the enabled line rules over every line and sums their votes.
// The strongest vote on each side names the rule that decides, should that
// side win. When p reads the output of src (see DecideReading), a line
// that reads as the line it prints takes that line's votes, if the
// reading weighs prose as the page did (its prose scale, measured on its
// own lines as a user's cleaning of the output measures it, is the
// page's) and both read the line as code or both not (see textCode, which
// reads the lines around it: a menu's "• Home" under a line of code was
// no nav-label's, and once that line went, a reading that took its votes
// kept the menu that a user's cleaning removes): its votes are then the
// ones its rules would give. A post's head (see keepPostHead) is voted
// anew: the pass that kept it rewrote its votes, once its span was found,
// and a reading that took them read a thread's "4 mrt 2026©" as no
// chrome, the page as clean and kept whole, where a user's cleaning of
// the output, voting on it, found a span that left out the stray line
// above it (the fuzz test found such a text). So is a line that names
// cookies where the reading is no longer about cookies (see aboutCookies
// and cookieTopicMoved).
//
// In text, the strong rules of the lexicon's phrases pass over a line of
// code (see textCode): "print();" is no share button, nor is a struct's
// field "            messenger," (Messenger being a social network).
// The reading of an HTML page's output, where its code is text, had
// taken such lines out of its examples. The rules of a rendering's
// shapes still vote (lynx's list of links, "1. javascript:void(0);",
// reads as code), and in HTML the strong rules vote on a <pre>'s lines
// too: a shop prints its notices in one ("Copyright © 2025 ..."), and
// code's own vote weighs against theirs.
func (d *Decider) vote(p *Page, src *Page, origin []int) {
	vs := &d.text
	if p.m.HTML {
		vs = &d.html
	}
	reuse := src != nil && src.m.HTML == p.m.HTML && src.m.Lang == p.m.Lang && src.proseScale == p.proseScale && src.proseByLength == p.proseByLength
	for i := range p.Lines {
		f := p.f(i)
		if f.Blank {
			continue
		}
		l := &p.Lines[i]
		code := !p.m.HTML && textCode(p, i)
		if reuse {
			if j := origin[i]; j >= 0 && src.Lines[j].good != PostHead && f.SameAs(src.f(j)) && code == (!src.m.HTML && textCode(src, j)) && !cookieTopicMoved(p, src, f) && !namedCountMoved(p, src, f) {
				o := &src.Lines[j]
				l.score, l.good, l.bad, l.strong, l.strongVote, l.ruleClass = o.score, o.good, o.bad, o.strong, o.strongVote, o.ruleClass
				continue
			}
		}
		comment := p.Lines[i].codeBlock && codeComment(f.Content)
		var best, worst float64
		for set := vs.asked(facts(f)); set != 0; set &= set - 1 {
			row := &vs.list[bits.TrailingZeros64(set)]
			if code && row.strong && row.table != lang.NoTable || comment && row.strong {
				continue // a line of code is no chrome's, nor is a comment in a block of code
			}
			var v float64
			switch {
			case row.vote != nil:
				v = row.vote(f, p)
			case f.Table == row.table && (row.maxWords == 0 || f.Words <= int(row.maxWords)) && !(row.heading && f.End == measure.EndSentence):
				v = -row.phrase
			}
			if v == 0 {
				continue
			}
			l.score += v
			strong := row.strong && v <= -1
			if v > best {
				best, l.good = v, row.rule
			}
			if v < worst {
				worst, l.bad, l.strong = v, row.rule, strong
			}
			l.strongVote = l.strongVote || strong
		}
		switch {
		case l.score >= contentScore:
			l.ruleClass = content
		case l.score <= -chromeScore:
			l.ruleClass = chrome
		default:
			l.ruleClass = uncertain
		}
	}
}

// textCode reports whether line i of a text is code to the lexicon's
// strong rules (see vote): it shows code's syntax (measure's markCode
// and CodeSyntax; an address's "://" is none), or it is a short indented
// line of a block of code (see inCodeBlock). A long one is not: lynx
// indents every line, and a caption beside a picture's base64 name, whose
// "==" reads as code's, is still a caption.
func textCode(p *Page, i int) bool {
	f := p.f(i)
	return f.ShowsCode() || f.Words <= maxCodeWords && indented(f.Text) && inCodeBlock(p, i)
}

// maxCodeWords is the most words of an indented line of a block of code
// that textCode takes for code for that alone.
const maxCodeWords = 4

// A fact is something a line is or holds that some rules need to vote on
// it (see row.needs): they are not asked about lines without it.
type fact uint32

const (
	fCode      fact = 1 << iota // a line of code
	fVerse                      // a line of verse
	fSentence                   // ends a sentence
	fColon                      // ends with a colon
	fEllipsis                   // ends with an ellipsis
	fImage                      // a rendered image
	fWidget                     // a rendered widget, or a bracket that may be one
	fParen                      // a parenthesis, which may be a radio button (see hasRadio)
	fDate                       // a date line
	fRepeats                    // the page repeats it
	fMarker                     // a list marker opens it
	fNoLetters                  // no letter
	fLinks                      // half its letters or more are link text
	fTable                      // it matches a chrome phrase
	fDigits                     // a digit
	fSlashBar                   // a slash or a bar
	fTrail                      // a breadcrumb's separator: > » › /
	fAt                         // an @
	fMarkup                     // & or <
	fStar                       // a star
	fSocial                     // its first word is a social network or a share button (see lang.Social)
	fButton                     // its first word is a button's caption (see lang.Buttons)
	fFollow                     // its first word invites to follow (see lang.FollowWords)
	fByline                     // its first words open a byline (see lang.BylineWords, lang.BylineLabels, lang.BylineDesks), or it gives a name and a date (see namedDate), or a date and a byline's label (see datedByline)
	fBio                        // it opens with an about-word, or names an author's job
	fPager                      // an arrow, a word of a pager (see lang.Previous), or a count of results' numbers
	fCopyright                  // ©, a parenthesis, or a word of a copyright notice
	fReactions                  // a word that may close a line naming who reacted to a post (see lang.ReactionNames)
	fConsent                    // a word of a form's consent to marketing (see lang.ContactConsent)
	numFacts   = iota
)

// facts returns the facts of l.
func facts(l *measure.Line) fact {
	var f fact
	set := func(ok bool, x fact) {
		if ok {
			f |= x
		}
	}
	set(l.Code, fCode)
	set(l.Verse, fVerse)
	switch l.End {
	case measure.EndSentence:
		f |= fSentence
	case measure.EndColon:
		f |= fColon
	case measure.EndEllipsis:
		f |= fEllipsis
	}
	set(l.Image, fImage)
	set(l.Widget || l.DOM.Buttons || l.Punct&measure.PunctBracket != 0, fWidget)
	set(l.Punct&measure.PunctParen != 0, fParen)
	set(l.Dateline(), fDate)
	set(l.Repeats > 0, fRepeats)
	set(l.Marker != source.MarkNone, fMarker)
	set(l.Alpha == 0 && l.CJK == 0, fNoLetters)
	set(l.Chars > 0 && l.Links*2 >= l.Chars, fLinks)
	set(l.Table != lang.NoTable, fTable)
	set(l.Digits > 0, fDigits)
	set(l.Punct&(measure.PunctSlash|measure.PunctBar) != 0, fSlashBar)
	set(l.Punct&(measure.PunctAngle|measure.PunctSlash) != 0, fTrail)
	set(l.Punct&measure.PunctAt != 0, fAt)
	set(l.Punct&(measure.PunctAmp|measure.PunctLess) != 0, fMarkup)
	set(l.Punct&measure.PunctStar != 0, fStar)
	set(has(l.First, lang.Social), fSocial)
	set(has(l.First, lang.Buttons) || l.CJK > 0 && l.Tokens <= 7 || l.Tokens == 1 && l.Humps > 0, fButton)
	set(has(l.First, lang.FollowWords), fFollow)
	set(has(l.First, lang.BylineWords) || has(l.First, lang.BylineLabels) || has(l.First, lang.BylineDesks) ||
		l.Digits > 0 && l.Words <= maxBylineLine && (l.Punct&measure.PunctBar != 0 || strings.Contains(l.Content, " · ") || has(l.All, lang.BylineLabels)), fByline)
	set(has(l.First, lang.AboutWords) || has(l.All, lang.AuthorRoles), fBio)
	set(l.Punct&(measure.PunctArrow|measure.PunctAngle) != 0 || has(l.All, lang.Previous) || has(l.All, lang.Next) && l.Digits > 0 || has(l.All, lang.Pages) && l.Digits > 0 ||
		mayCountResults(l), fPager)
	set(l.Punct&(measure.PunctCopyright|measure.PunctParen) != 0 || has(l.All, lang.Copyright), fCopyright)
	set(has(l.All, lang.ReactionNames), fReactions)
	set(has(l.All, lang.ContactConsent), fConsent)
	return f
}

// lower returns s in lower case, in a buffer of p's that the next call
// reuses.
func (p *Page) lower(s string) []byte {
	b := p.lowerBuf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	p.lowerBuf = b
	return b
}

// cookieTopicMoved reports whether f, a line of p, the reading of the
// output of src, names cookies, and src is about cookies (see
// aboutCookies) where p is not: the sentences that made the page about
// them did not reach its output. Its cookie-banner vote is then p's own,
// as a user's cleaning of the output votes it (a shop's footer had made a
// page about cookies, and its banner stayed where a cleaning of the
// output removed it: the fuzz test found such a text).
//
// Only a page that asked whether it is about cookies (see Page.cookies)
// had a vote that hung on it: the others' lines are not looked at, as
// every line of every reading passes here.
func cookieTopicMoved(p, src *Page, f *measure.Line) bool {
	return src.cookies > 0 && namesCookies(p, f) && !p.aboutCookies()
}

// namedCountMoved reports whether f gives a name and a date (see
// namedLine) on a reading that holds another count of such lines than the
// page src it reads: namedDate's vote hangs on their count. A Spanish
// product page in recall mode kept one review of two, and a cleaning of
// its output read the reviewer's line left as the page's byline, where the
// page had read a review's head: the output cleaned again lost it
// (TestInvariantsOnFixtures). Only a page that counted them (see
// Page.namedLines) had a vote that hung on it.
func namedCountMoved(p, src *Page, f *measure.Line) bool {
	if src.namedLines == 0 {
		return false
	}
	if _, ok := namedLine(f); !ok {
		return false
	}
	return namedCount(p) != src.namedLines
}
