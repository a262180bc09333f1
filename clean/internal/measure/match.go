package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// table returns the phrase table that line l matches (see lang.Lexicons.
// Match), once more without the spaces a renderer left out or the count a
// button shows, and not for code, a link onward, or the words of a
// sentence (see sentencePhrase).
func (p *Page) table(l *Line) lang.Table {
	t, kind := p.Lex.Match(l.Content, l.Key, l.Words, l.First, l.All, l.Bloom, p.Lang)
	if l.End == EndSentence && (l.Words >= minPhraseSentence && sentencePhrase(t, kind) || instruction(t, kind, l.Words, l.Marker == source.MarkOrdered)) {
		return lang.NoTable // a sentence's words: "Tags can be used to ...", "You can read more in ..."
	}
	if kind == lang.Lead && taggedTitle(l.Content) {
		return lang.NoTable // a title under its tag: "【送料無料】国産ひのき まな板 大 45cm"
	}
	if t == lang.NoTable && l.Words <= maxGluedWords {
		if first, _, _ := strings.Cut(l.Key, " "); p.Lex.OpensPhrase(first, l.First) {
			if split, n := unglue(l.Content); n > 0 {
				key := lang.Key(split)
				if g, kind := p.Lex.Match(split, key, l.Words+n, l.First, l.All, lang.Bloom(key), p.Lang); kind == lang.Whole || kind == lang.Lead {
					t = g // buttons a renderer printed side by side: "В корзинуВ избранное"
				}
			}
		}
	}
	if t == lang.NoTable {
		if content, key, bracketed, ok := withoutCount(l); ok {
			c, _ := p.Lex.Match(content, key, l.Words-1, l.First, l.All, l.Bloom, p.Lang)
			if bracketed || c == lang.Comments || c == lang.PostMeta {
				t = c // a bare count after a button is a post's number: "Reply 3"; after a post's label, its author's count: "帖子 12"
			}
		}
	}
	if t == lang.NoTable && l.Digits > 0 && l.Words <= maxInnerCountWords && innerCount(l.Content) {
		var buf [maxInnerCountKey]byte
		if key, ok := withoutInnerCount(buf[:0], l.Key); ok {
			if c, _ := p.Lex.MatchKey(key, l.First, p.Lang); c == lang.Comments || c == lang.ListControl {
				// A control of a list that counts its items ("Alle 12
				// Kommentare anzeigen", "Show 3 more comments", "Zeige alle 39
				// Ergebnisse"): a list's control, which interrupts a page, not
				// a comment section's heading, which closes it. Under a
				// question, a Q&A page's "Show 3 more comments" had cut the
				// question off its answers.
				t = lang.ListControl
			}
		}
	}
	if t == lang.NoTable && l.Words >= 2 && strings.HasSuffix(l.Content, "]") {
		if content, key, ok := p.withoutEditLink(l); ok {
			if h, kind := p.Lex.Match(content, key, strings.Count(key, " ")+1, l.First, l.All, lang.Bloom(key), p.Lang); kind == lang.Whole {
				t = h // a wiki's heading with its section's edit link: "References[edit]", "Véase también[editar]"
			}
		}
	}
	if t == lang.NoTable && l.Links > 0 && p.linkedUnderLabel(l) {
		t = lang.RelatedLink
	}
	if t != lang.NoTable && (codeSyntaxOf(l) || l.NamesCall()) {
		return lang.NoTable // the syntax of code is no chrome's: "{ category: "Fruits" }"; nor is a call's: "Ok(())"
	}
	if t == lang.RelatedBlock && l.DOM.Toggle && l.Links == 0 {
		return lang.NavLabel // a button that unfolds the text above it, not a heading (see source.DOM.Toggle)
	}
	if t == lang.RelatedBlock && pointsOn(l.Content) {
		return lang.CallToAction // a link onward, not a heading (see pointsOn)
	}
	if t == lang.Tags && Namespaced(l.Content) {
		return lang.NoTable // a wiki's page, not its tags: "Category:Programming languages"
	}
	return t
}

// Namespaced reports whether s is a wiki's page in its namespace: one
// word, a colon, and a capital right after it, then words with no comma
// and no capital glued inside a word ("Category:Programming languages",
// "Help:Contents"). A list of tags parts its tags ("Tags:Bridges,
// Rivers"), or a renderer glued them ("Categories:All CategoriesLenses").
// Such a page's name is no line of the tags table, and no label and its
// value (see the decide package's isLabelValue): an h1's "Category:
// Programming languages" had been dropped as tags, and a line of the
// page's chrome ("From Wikipedia, the free encyclopedia") taken for its
// title (wceb titles found: html 0.8030 -> 0.8061, text-h2t 0.6788 ->
// 0.6818; that page -0.006 in both, its "Pages in category ..." going now
// as the headline's copy; no other page of any corpus moves).
func Namespaced(s string) bool {
	label, rest, ok := strings.Cut(s, ":")
	if !ok || label == "" || strings.ContainsAny(label, " \t") || strings.ContainsAny(rest, ",;|") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	prev := ' '
	for _, r := range rest {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return false
		}
		prev = r
	}
	return true
}

// unglue returns s with a space where a word runs into the next, a
// lower-case letter right before an upper-case one ("В корзинуВ
// избранное", "Alle akzeptierenEinstellungen": a renderer prints the
// captions of buttons or links side by side, without the space the page
// did not write), and how many it put in; 0 when there is none. Only a
// whole phrase, a row of them or a lead phrase may match the result (see
// Lexicons.Match), not one within a longer line: a name written so
// ("iPhone", "PlayStation") is no phrase.
func unglue(s string) (string, int) {
	n, prevLower := 0, false
	for _, r := range s {
		if prevLower && unicode.IsUpper(r) {
			n++
		}
		prevLower = unicode.IsLower(r)
	}
	if n == 0 {
		return "", 0
	}
	var b strings.Builder
	b.Grow(len(s) + n)
	prevLower = false
	for _, r := range s {
		if prevLower && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		prevLower = unicode.IsLower(r)
		b.WriteRune(r)
	}
	return b.String(), n
}

// sentencePhrase reports whether a phrase of table t, matched as kind, is
// a sentence's words where a sentence of minPhraseSentence words or more
// holds it. A navigation label or a line of tags is a label, never a
// sentence: a sentence that opens with such a lead phrase is neither
// ("Show all packages that are built multiple times. ...", a manual's;
// "Tags can be used to provide an alias instead of version numbers."). A
// related link's "read more" stands anywhere in its line ("...good
// habits!Read more", "read less read more"), but in a sentence it is
// the sentence's: "You can read more about trait objects in the Trait
// Objects section of the Reference.", "To read more examples, refer to
// pacman(8)." (wceb: ten scores up, by up to +0.023, none down). The
// lead phrases of other tables open sentences of their own ("Sign up for
// our newsletter to ..."): for every table's, 40 scores fell.
func sentencePhrase(t lang.Table, kind lang.Kind) bool {
	switch t {
	case lang.NavLabel, lang.Tags:
		return kind == lang.Lead
	case lang.RelatedLink:
		return kind == lang.Within
	}
	return false
}

// instruction reports whether a phrase of table t, matched as kind,
// opens a sentence of the given words, numbered or not, that is an
// instruction: a step of a numbered list ("4. Sign in to each of your
// devices again with the new password."), where no prompt stands, or a
// sentence too long to be the prompt it opens, a manual's "Sign in to
// the registry with your access token before you push an image, or the
// push will fail with an authentication error.", "Subscribe to the events
// channel to receive a message each time a build finishes, and
// unsubscribe when you no longer need them.", "Get the latest release
// from the download page and ...". A sign-in prompt is a sentence of up
// to maxSignInPrompt words ("Sign in to add this item to your wishlist,
// follow it, or mark it as ignored", the longest of the shared sets), a
// newsletter's of up to maxNewsletterPrompt ("Get the latest news and
// updates on Royal Family News, Royal Family, Queen Elizabeth II, King
// Charles III, and more.").
// On the shared sets this changes no output; shorter sentences are
// prompts as often as instructions ("Sign up for texts and get special
// offers, ...", and at 10 words or more the sign-in table's phrases no
// longer opened chrome on three pages: two Steam pages kept "Sign in to
// add this item ...", and a forum "(You must log in or sign up to reply
// here.)", whose span then ran on: wceb text-h2t -0.015 on the forum,
// -0.002 to -0.004 on the others).
func instruction(t lang.Table, kind lang.Kind, words int, numbered bool) bool {
	most := 0
	switch t {
	case lang.SignIn:
		most = maxSignInPrompt
	case lang.Newsletter:
		most = maxNewsletterPrompt
	default:
		return false
	}
	return kind == lang.Lead && (numbered || words > most)
}

// maxSignInPrompt and maxNewsletterPrompt are the most words of a sentence
// that a lead phrase of the sign-in or newsletter table opens as a prompt
// (see instruction).
const (
	maxSignInPrompt     = 15
	maxNewsletterPrompt = 20
)

// minPhraseSentence is the fewest words of a sentence that holds a phrase
// as its own words (see sentencePhrase).
const minPhraseSentence = 10

// maxGluedWords is the most words of a line that unglue reads.
const maxGluedWords = 8

// withoutCount returns l's content and key without the count in brackets
// that ends them, if they end so and hold a word before it: "Comments
// (12)", "Kommentare (3)", "Cart (0)", "コメント（12）" in a full-width
// bracket, which match their phrase without
// it; or without a bare count after at most maxBareCountWords words ("댓글
// 5", comments 5), which derive reads only as a comment section's heading
// or a post's card ("帖子 12", a poster's count of posts): a forum numbers
// its posts "Reply 1", "Reply 2", which are no buttons.
func withoutCount(l *Line) (content, key string, bracketed, ok bool) {
	c := strings.TrimRight(l.Content, " ")
	opening, closing := "(", ")"
	if strings.HasSuffix(c, "）") {
		opening, closing = "（", "）" // a full-width bracket: "コメント（12）"
	}
	if l.Words < 2 || c == "" {
		return "", "", false, false
	}
	bracketed = strings.HasSuffix(c, closing)
	if !bracketed && (l.Words > maxBareCountWords || c[len(c)-1] < '0' || c[len(c)-1] > '9') {
		return "", "", false, false // most lines: a paragraph ends otherwise
	}
	open := strings.LastIndexByte(c, ' ')
	if bracketed {
		open = strings.LastIndex(c, opening)
		if open <= 0 {
			return "", "", false, false
		}
		if count := c[open+len(opening) : len(c)-len(closing)]; count == "" || !allDigits(count) {
			return "", "", false, false
		}
	} else if l.Words > maxBareCountWords || open <= 0 || !allDigits(c[open+1:]) {
		return "", "", false, false
	}
	sp := strings.LastIndexByte(l.Key, ' ')
	if sp <= 0 || !allDigits(l.Key[sp+1:]) {
		return "", "", false, false
	}
	return strings.TrimRight(c[:open], " "), l.Key[:sp], bracketed, true
}

// withoutEditLink returns the content and the key of line l without the
// link to edit its section that a wiki prints after a heading, in
// brackets ("References[edit]", "Véase también[editar]", "Einzelnachweise
// [Bearbeiten | Quelltext bearbeiten]"): a bracket at the line's end
// that opens with a button's caption (the buttons list) and holds at
// most maxEditLinkWords words. A reference's number ("[1]") or a
// rendered picture ("[logo]") opens with none.
func (p *Page) withoutEditLink(l *Line) (content, key string, ok bool) {
	open := strings.LastIndexByte(l.Content, '[')
	if open <= 0 {
		return "", "", false
	}
	// The bracket's words are the key's last: cut them off the key, not
	// built as a key of their own, which would cost an allocation.
	n := lang.KeyWords(l.Content[open+1 : len(l.Content)-1])
	if n == 0 || n > maxEditLinkWords {
		return "", "", false
	}
	key = l.Key
	for range n {
		sp := strings.LastIndexByte(key, ' ')
		if sp <= 0 {
			return "", "", false
		}
		key = key[:sp]
	}
	first, _, _ := strings.Cut(l.Key[len(key)+1:], " ")
	if !p.Lex.In(lang.Buttons, first, p.Lang) {
		return "", "", false
	}
	return strings.TrimRight(l.Content[:open], " "), key, true
}

// maxEditLinkWords is the most words of a wiki's edit link after a
// heading (see withoutEditLink).
const maxEditLinkWords = 4

// maxBareCountWords is the most words of a line whose last, a number, is
// a count (see withoutCount).
const maxBareCountWords = 3

// pointsOn reports whether s ends with an arrow ("Read More »", "Read
// more →", "Weiterlesen ›"): a link's or a button's caption, which
// points to the rest of a text elsewhere. A heading over a block of
// related links does not end so; such a line that matches one (the
// related-block table's "Read more") is a call to action, weak chrome
// that closes no article. Across the benchmarks it keeps a service page's
// case study and the sections under it (wceb 1520: text-h2t and html
// +0.003); no other page moves.
func pointsOn(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, arrow := range arrows {
		if strings.HasSuffix(s, arrow) {
			return true
		}
	}
	return false
}

// arrows are the marks that end a link onward (see pointsOn).
var arrows = [...]string{"»", "→", "›", ">"}

// linkedUnderLabel reports whether l opens with a related link's label of
// two words or more, without its colon, and links all the rest: "Mehr zum
// Thema Deutsche Bahn: Pünktlichkeit sinkt auf Rekordtief", the label in
// bold and the title a link, which a German story had kept between two
// paragraphs, and "CLICK HERE TO GET THE FOX NEWS APP". A sentence that
// opens with such words links little or none of the rest. scrapinghub
// html 0.9751 -> 0.9752 (two stories +0.008 and +0.012), wceb html: a
// service page +0.016, and a wiki's "See also FAQ#Why is there only a
// single version ...?" in its text, which its truth keeps, -0.002.
func (p *Page) linkedUnderLabel(l *Line) bool {
	key := l.Key
	end, words := 0, 0
	for words < maxLinkedLabel && end < len(key) {
		next := strings.IndexByte(key[end+1:], ' ')
		if next < 0 {
			return false // the label alone: nothing after it
		}
		end += 1 + next
		words++
		if words < 2 || !p.Lex.IsLabel(lang.RelatedLink, key[:end], p.Lang) {
			continue
		}
		label := utf8.RuneCountInString(strings.ReplaceAll(key[:end], " ", ""))
		rest := l.Chars - label
		return rest > 0 && 10*l.Links >= 9*rest
	}
	return false
}

// maxLinkedLabel is the most words of a label that linkedUnderLabel reads.
const maxLinkedLabel = 4

// taggedTitle reports whether s opens with a tag in lenticular brackets
// and goes on with a title of minTaggedTitle letters or more: a
// Japanese shop's product name under its offer ("【送料無料】国産ひのき
// まな板 大 45cm 抗菌 日本製"), a blog post's under its subject
// ("【WordPress】有料プラグイン..."). The phrase that opens such a line
// ("送料無料", free shipping) is the tag's, not the line's: the name of
// a product had gone as a banner's. A row of tags ("【关闭窗口】
// 【发表评论】") opens another bracket after the first.
func taggedTitle(s string) bool {
	tag, rest, ok := strings.Cut(s, "】")
	if !ok || !strings.HasPrefix(tag, "【") {
		return false
	}
	if strings.HasPrefix(strings.TrimSpace(rest), "【") {
		return false
	}
	n := 0
	for _, r := range rest {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= minTaggedTitle
}

// minTaggedTitle is the fewest letters of a title after its tag (see
// taggedTitle): an amount ("【送料無料】 5,000円") is none.
const minTaggedTitle = 6

// withoutInnerCount appends to dst key, a line's key, without the one
// number among its words, neither first nor last ("view all 12 comments",
// "alle 12 kommentare anzeigen"; see innerCount), and reports whether it
// found that number and the key fits maxInnerCountKey bytes.
func withoutInnerCount(dst []byte, key string) ([]byte, bool) {
	if len(key) > maxInnerCountKey {
		return dst, false
	}
	for i, w := 0, ""; key != ""; i++ {
		w, key, _ = strings.Cut(key, " ")
		if i > 0 && key != "" && allDigits(w) {
			return append(append(dst, ' '), key...), true
		}
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst, false
}

// innerCount reports, without allocating, whether s holds one number
// among its words, neither first nor last, which are words of letters
// (see withoutInnerCount).
func innerCount(s string) bool {
	n, at, last, word := 0, -1, -1, false
	for w := range strings.FieldsSeq(s) {
		last++
		word = strings.ContainsFunc(w, unicode.IsLetter)
		if last == 0 && !word {
			return false // "[ 167 comments ]": a count in brackets, not a control's caption
		}
		if allDigits(w) {
			n, at = n+1, last
		}
	}
	return n == 1 && at > 0 && at < last && word
}

// maxInnerCountWords and maxInnerCountKey are the most words of a line
// with a count among them, and the most bytes of its key, that
// withoutInnerCount reads.
const (
	maxInnerCountWords = 6
	maxInnerCountKey   = 128
)
