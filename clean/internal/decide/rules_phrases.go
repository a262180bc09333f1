package decide

import (
	"iter"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// Rules that read the lexicon of the page's language: its chrome phrase
// tables (the line's Table, matched by measure) and its word lists.

// followUs catches invitations to follow the site (the follow-us table)
// and "Follow @BGRDeals on Twitter to keep up with ...", "Follow NBC
// Latino on Facebook, Twitter and Instagram": a line that opens with a
// follow word and names a network. Across the ScrapingHub renderings such
// lines are 35 chrome lines and 2 article lines. The table has the
// prompts news sites print since 2025 to be preferred in Google's
// results too: "Add as a preferred source on Google", "Add Digit as a
// trusted source on Google" (two wceb pages +0.015 and +0.004 in html;
// no other page of any set moves). A sentence of minFollowSentence words
// or more that holds the table's "follow us" and names no network (the
// follow-networks list: "on Telegram") nor a handle ("@igndeals") tells a
// story ("Follow us on the trail as we climb from the valley floor to the
// glacier, a walk of about six hours."): weak, it goes only outside the
// article. No output of the shared sets changes.
func followUs(l *measure.Line, p *Page) float64 {
	x := p.m.Lex
	if l.Table == lang.FollowUs {
		if l.Words >= minFollowSentence && l.End == measure.EndSentence && !strings.Contains(l.Content, "@") && !(has(l.All, lang.FollowNetworks) && x.Find(lang.FollowNetworks, l.Key, l.Bloom, p.m.Lang)) {
			return -0.5 // "Follow us on the trail as we climb from the valley floor to the glacier, ..."
		}
		return -2
	}
	if l.Words > 60 || !has(l.First, lang.FollowWords) || !has(l.All, lang.FollowNetworks) ||
		x.Lead(lang.FollowWords, l.Key, p.m.Lang) <= 0 || !strings.Contains(l.Key, " ") {
		return 0
	}
	if x.Find(lang.FollowNetworks, l.Key, l.Bloom, p.m.Lang) {
		return -2
	}
	return 0
}

// minFollowSentence is the fewest words of a sentence that speaks of
// following rather than invites to follow the site, when it names no
// network (see followUs).
const minFollowSentence = 12

// cookieBanner catches "This website collects cookies to deliver better
// user experience. Cookie Policy". It needs the word cookie, or the word
// of a language that does not write it (the cookie-names list: "クッキー",
// "ملفات تعريف الارتباط"), and the vocabulary of consent banners (the
// cookie-words list), and stays weak on long lines, but for one that
// speaks of cookies twice ("With our cookies we would like to offer you
// ... simply agree to the use of cookies for preferences ...": a banner
// of 60 words had opened a shop's span, which then held its menus). It
// must not catch "The bakery sold 400 cookies, and would accept more
// orders". Inside an element whose class or id names the cookie banner
// or a pop-up (HTML), a line that speaks of cookies is the banner's,
// however long: a preference centre explains cookies in paragraphs
// ("Cookies are small data files that..."). A page about cookies is not
// such an element: a hint is not read from an element that holds most of
// the page. A line of over 80 words is a banner only when its first
// sentence names a purpose of the IAB's consent framework in the
// standard's words (the consent-purposes list: "We and our partners
// store and/or access information on a device, such as cookies ..."):
// on a forum's page in text-w3m such a banner of 160 words opened the
// span, which then held the site's menus (+0.075; no other page of any
// set moves). A line of the banner that lists those purposes need not
// name cookies ("Data processing purposes: Store and/or access information
// on a device. Personalised advertising, ..."): on a shop's page, whose
// listing had ended, that line had been the span, and the listing's
// title, condition and delivery went (wceb html 0.8270 -> 0.8282, product
// 0.5033 -> 0.5143; the page's text renderings fall by 0.03, as its truth
// keeps the banner). A paragraph of a section on cookies is the page's own
// text (see cookieSection), and so is a line of a page about cookies, a
// recipe or a developer's guide (see aboutCookies).
func cookieBanner(l *measure.Line, p *Page) float64 {
	if !namesCookies(p, l) {
		// The whole key first, by its bloom filter: a line's first
		// sentence costs a tenth of the text benchmark's time when taken
		// from every line.
		if l.Words <= 80 && p.m.Lex.Find(lang.ConsentPurposes, l.Key, l.Bloom, p.m.Lang) && p.m.Lex.Contains(lang.ConsentPurposes, firstSentenceKey(l), p.m.Lang) {
			return -2
		}
		return 0
	}
	if l.DOM.Hint == source.HintCookie || l.DOM.Hint == source.HintPopup {
		return -3.5 // it speaks of cookies, inside the cookie banner or a pop-up
	}
	if l.Words >= 12 && !l.DOM.Consent && cookieSection(p, l) {
		return 0
	}
	if l.Words > 80 {
		// A banner of the IAB's consent framework names its purposes
		// in its first sentence, in the standard's words: "We and our
		// partners store and/or access information on a device, such
		// as cookies ...".
		if p.m.Lex.Contains(lang.ConsentPurposes, firstSentenceKey(l), p.m.Lang) {
			return -3
		}
		return 0
	}
	if !l.DOM.Consent && p.aboutCookies() {
		return 0
	}
	if p.m.Lex.Contains(lang.CookieWords, l.Key, p.m.Lang) {
		if l.Words > 40 && strings.Count(l.Key, "cookie") < 2 {
			return -1
		}
		return -2
	}
	return 0
}

// aboutCookies reports whether the page is about cookies, of the web or
// of the oven: two or more of its lines of six words or more speak of
// cookies in none of a banner's words (the cookie-words list) and stand
// in no banner (by its DOM), each a sentence: a footer's row of links
// ("Aviso legal Política de privacidad Política de cookies ...") speaks of
// no cookies. A recipe ("Bake the cookies for 10 to 12
// minutes, until the edges are golden.") or a developer's guide
// ("Cookies enable web applications to store limited amounts of data")
// speaks so; a banner's sentences name the site, the browser, consent,
// privacy or the user's experience, and its buttons and heading ("Reject
// additional cookies", "Cookies on GOV.UK") are shorter. On such a page a
// line that names cookies among a banner's words is the page's own
// ("... the cookie will not be sent cross-site"; "This site has more
// cookie recipes"). A banner by its DOM, a consent platform's lines, and
// one that names the consent framework's purposes still go; a banner in
// text, which no DOM marks, stays on such a page, as a loss of two
// lines of chrome rather than of the page's paragraphs. A story that
// names cookies once is no page about them. No output of the shared sets
// changes. A blog's privacy policy had been about cookies by a sentence
// and a line that its <br> broke mid-sentence, and kept its paragraphs
// on its advertisers' cookies; with sentences only it is not. Before
// that, the fuzz test found a shop whose footer's rows of links had made
// it about cookies: gone from the output, they left a banner that a
// cleaning of the output removed (see cookieTopicMoved).
func (p *Page) aboutCookies() bool {
	if p.cookies == 0 {
		p.cookies = -1
		n := 0
		for i := range p.m.Lines {
			o := &p.m.Lines[i]
			if o.Words < 6 || o.End != measure.EndSentence || o.DOM.Consent || o.DOM.Hint == source.HintCookie || o.DOM.Hint == source.HintPopup || !namesCookies(p, o) {
				continue
			}
			if p.m.Lex.Contains(lang.CookieWords, o.Key, p.m.Lang) {
				continue
			}
			if n++; n == 2 {
				p.cookies = 1
				break
			}
		}
	}
	return p.cookies > 0
}

// namesCookies reports whether l names cookies: "cookie", or the word
// of a language that does not write it (the cookie-names list).
func namesCookies(p *Page, l *measure.Line) bool {
	return strings.Contains(l.Key, "cookie") || p.m.Lex.Contains(lang.CookieNames, l.Key, p.m.Lang)
}

// cookieSection reports whether l is a paragraph of a section on cookies:
// the heading above it, blank lines and other such paragraphs aside, an
// h2 or lower or a numbered heading of up to five words, names cookies
// ("2. Cookies", a privacy policy's section). A banner stands under no
// such heading; a consent platform's preference centre, which does, is
// its DOM's (HintCookie, Consent).
func cookieSection(p *Page, l *measure.Line) bool {
	i := -1
	for j := range p.m.Lines {
		if &p.m.Lines[j] == l {
			i = j
			break
		}
	}
	for j := i - 1; j >= 0; j-- {
		o := &p.m.Lines[j]
		if o.Blank || o.Words >= 12 && strings.Contains(o.Key, "cookie") {
			continue
		}
		return (o.Heading >= 2 || o.Marker == source.MarkOrdered) && o.Words <= 5 && o.End == measure.EndNone && strings.Contains(o.Key, "cookie")
	}
	return false
}

// newsletter catches newsletter prompts: "Sign up for our daily
// newsletter", "Get breaking news alerts ... delivered to your inbox" (the
// newsletter table).
func newsletter(l *measure.Line, _ *Page) float64 {
	if l.Table != lang.Newsletter {
		return 0
	}
	if l.Words > 25 {
		return -1.6
	}
	return -2
}

// formConsent catches the notice under a sign-up or contact form by which
// its reader consents to be sent marketing: "By submitting this form, you
// agree to receive recurring automated promotional ... text messages",
// "By providing a telephone number ..., you are consenting to be contacted
// by SMS text message", "I consent to receive newsletters via email". Its
// first sentence has the reader consent in the first or second person
// (the contact-consent list: "you agree to receive", "i consent to"), at
// any length: such notices run to 90 words of legal terms (message rates,
// how to opt out), longer than the newsletter table's phrases are looked
// for in, and on a page of little text (a shop's error page) they had
// outweighed its content. A sentence that only speaks of consent ("Users
// must consent to ...") is no such notice.
func formConsent(l *measure.Line, p *Page) float64 {
	if l.Words < 5 || l.Heading > 0 {
		return 0
	}
	if !p.m.Lex.Find(lang.ContactConsent, firstSentenceKey(l), l.Bloom, p.m.Lang) {
		return 0
	}
	return -2
}

// shareBar catches share buttons (the share-bar table), or a short line
// made only of social network names and button captions (the social
// list): "Twitter Email Copy Link Print". A sentence that mentions
// Facebook has other words.
func shareBar(l *measure.Line, p *Page) float64 {
	if l.Table == lang.ShareBar {
		return -1
	}
	if l.Tokens == 0 || l.Tokens > 12 || l.End == measure.EndSentence {
		return 0
	}
	if !has(l.First, lang.Social) {
		if countedShare(l, p) {
			return -1
		}
		return 0
	}
	if !allIn(p, lang.Social, l.Key) && !socialThenShare(p, l.Key) {
		return 0
	}
	return -1
}

// socialThenShare reports whether key is a row of social networks and
// share captions (the social list) that a share button's phrase ends (a
// whole entry of the share-bar table, of at most maxSharePhrase words):
// "Compartilhe: Facebook Twitter WhatsApp Link para Copiar para área de
// transferência", a government portal's share bar, whose last button
// names its action for screen readers.
func socialThenShare(p *Page, key string) bool {
	i := len(key)
	for n := 0; n < maxSharePhrase; n++ {
		if i = strings.LastIndexByte(key[:i], ' '); i <= 0 {
			return false
		}
		if p.m.Lex.IsWhole(lang.ShareBar, key[i+1:], p.m.Lang) && allIn(p, lang.Social, key[:i]) {
			return true
		}
	}
	return false
}

// maxSharePhrase is the most words of the share button's phrase that ends
// a row of social networks (see socialThenShare).
const maxSharePhrase = 8

// countedShare reports whether l is a post's counts of likes and
// comments, their icons unprinted, before a share button's caption: "42
// 7 Share", as a newsletter platform prints it under a post's byline and
// at its end. Its words are numbers, one to maxShareCounts, and the
// caption last (the social list). A number before another word is some
// other line's ("Top 10 Share" is no count).
func countedShare(l *measure.Line, p *Page) bool {
	if l.Tokens < 2 || l.Tokens > maxShareCounts+1 || l.Alpha != 1 || l.Digits == 0 {
		return false
	}
	n, last := 0, ""
	for w := range strings.SplitSeq(l.Key, " ") {
		if n > 0 && !allDigitsASCII(last) {
			return false
		}
		n, last = n+1, w
	}
	return p.m.Lex.In(lang.Social, last, p.m.Lang)
}

// maxShareCounts is the most counts before a share button's caption (see
// countedShare).
const maxShareCounts = 3

// has reports whether flags say that a word marks an entry of list l,
// which must not be matched as text (see lang.Marks).
func has(flags lang.Flags, l lang.List) bool { return flags&lang.Marks(l) != 0 }

// allIn reports whether every word of key is in list.
func allIn(p *Page, list lang.List, key string) bool {
	for w := range strings.SplitSeq(key, " ") {
		if !p.m.Lex.In(list, w, p.m.Lang) {
			return false
		}
	}
	return true
}

// wordStarts yields the first rune of each run of word runes in s, the
// words lang.KeyWords counts.
func wordStarts(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		in := false
		for _, r := range s {
			w := lang.IsWordRune(r)
			if w && !in && !yield(r) {
				return
			}
			in = w
		}
	}
}

// firstSentenceKey returns the key of l's first sentence (see
// firstSentence): as many words of its key as the sentence has.
func firstSentenceKey(l *measure.Line) string {
	return keyPrefix(l.Key, lang.KeyWords(firstSentence(l.Content)))
}

// keyPrefix returns the first n words of key.
func keyPrefix(key string, n int) string {
	if n <= 0 {
		return ""
	}
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			if n--; n == 0 {
				return key[:i]
			}
		}
	}
	return key
}

// firstSentence returns s up to the end of its first sentence: a full
// stop, a question or an exclamation mark before a space.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// readTime catches "4 Min Read", "3 minute read", "Reading time: 5
// minutes": the read-time table, or a number and a unit of the
// read-time-units list.
func readTime(l *measure.Line, p *Page) float64 {
	if l.Table == lang.ReadTime {
		return -1
	}
	if l.Words > 8 || l.Digits == 0 {
		return 0
	}
	if p.m.Lex.Contains(lang.ReadTimeUnits, l.Key, p.m.Lang) {
		return -1
	}
	return 0
}
