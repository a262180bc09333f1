package clean

import (
	"strings"
	"sync"
)

// How a phrase of a table is matched against a line. All matching compares
// keys (lower case, punctuation dropped, see keyOf), so a table entry is
// written as pages write it.
type phraseKind uint8

const (
	// whole: the line is the phrase and nothing else ("Share this article").
	whole phraseKind = iota
	// label: the phrase is the label before the line's first colon
	// ("Read also: Biden meets Zelensky", "Tags: politics, Ukraine").
	label
	// lead: the line starts with the phrase ("Previous article Trump's ...").
	// Only for phrases that never open a sentence of an article.
	lead
	// within: the phrase stands anywhere in a line of at most
	// maxWithinWords words ("Get the news delivered to your inbox every
	// morning"). Only for phrases that articles do not use.
	within
)

// maxWithinWords is the longest line a within phrase is looked for in: a
// long paragraph that mentions a privacy policy is about it.
const maxWithinWords = 60

// phrase is one entry of a chrome phrase table.
type phrase struct {
	kind phraseKind
	lang string // ISO 639-1 code of the entry's language; "*" for words used everywhere
	text string
}

// The tables, one per rule, each sorted by text. An entry earns its place by
// being chrome on every site that writes it; words that also open ordinary
// sentences ("Share", "Read") appear only as whole lines or labels.

// advertPhrases mark advertising slots and the notes around them.
var advertPhrases = []phrase{
	{whole, "en", "ad"},
	{whole, "en", "ads"},
	{whole, "en", "advertisement"},
	{whole, "en", "advertisements"},
	{whole, "en", "advertising"},
	{whole, "de", "anzeige"},
	{whole, "en", "article continues below"},
	{whole, "en", "article continues below advertisement"},
	{whole, "en", "continue reading below"},
	{whole, "en", "continue reading the main story"},
	{whole, "en", "paid content"},
	{whole, "en", "promoted"},
	{whole, "en", "promoted content"},
	{whole, "it", "pubblicità"},
	{whole, "es", "publicidad"},
	{whole, "fr", "publicité"},
	{whole, "en", "scroll to continue with content"},
	{whole, "en", "skip ad"},
	{whole, "en", "sponsored"},
	{whole, "en", "sponsored content"},
	{whole, "en", "story continues below"},
	{whole, "en", "story continues below advertisement"},
	{whole, "de", "werbung"},
}

// commentsPhrases open a comment section. They close the article.
var commentsPhrases = []phrase{
	{whole, "en", "add a comment"},
	{whole, "en", "add comment"},
	{whole, "es", "comentarios"},
	{whole, "en", "comment"},
	{whole, "fr", "commentaires"},
	{whole, "it", "commenti"},
	{whole, "en", "comments"},
	{whole, "es", "deja un comentario"},
	{whole, "en", "discussion"},
	{within, "en", "discussion thread"},
	{whole, "en", "join the conversation"},
	{whole, "en", "join the discussion"},
	{whole, "de", "kommentar schreiben"},
	{whole, "de", "kommentare"},
	{whole, "de", "kommentieren"},
	{whole, "fr", "laisser un commentaire"},
	{whole, "en", "leave a comment"},
	{whole, "en", "leave a reply"},
	{within, "en", "load the comments"},
	{whole, "en", "no comments"},
	{whole, "en", "post a comment"},
	{within, "en", "post a comment"},
	{whole, "en", "reader comments"},
	{whole, "en", "show comments"},
	{whole, "en", "view comments"},
	{within, "en", "view the comments"},
}

// followPhrases invite the reader to follow the site elsewhere.
var followPhrases = []phrase{
	{lead, "en", "connect with us"},
	{lead, "de", "folgen sie uns"},
	{whole, "en", "follow"},
	{within, "en", "follow her on"},
	{within, "en", "follow him on"},
	{within, "en", "follow me on"},
	{within, "en", "follow us"},
	{lead, "en", "like us on facebook"},
	{lead, "fr", "suivez nous"},
}

// imageCreditPhrases label photo credits and gallery controls.
var imageCreditPhrases = []phrase{
	{whole, "en", "back to gallery"},
	{label, "de", "bild"},
	{label, "en", "credit"},
	{label, "en", "credits"},
	{label, "fr", "crédit photo"},
	{whole, "en", "enlarge this image"},
	{label, "de", "foto"},
	{label, "de", "fotos"},
	{whole, "en", "hide caption"},
	{label, "en", "image"},
	{lead, "en", "image by"},
	{label, "en", "photo"},
	{lead, "en", "photo by"},
	{label, "en", "photo credit"},
	{label, "en", "photograph"},
	{label, "en", "photos"},
	{label, "en", "picture"},
	{whole, "en", "toggle caption"},
	{label, "en", "video"},
	{whole, "en", "view gallery"},
}

// navPhrases are the labels of site navigation and of page controls.
var navPhrases = []phrase{
	{whole, "en", "back to top"},
	{whole, "es", "buscar"},
	{whole, "en", "caption"},
	{whole, "es", "cerrar"},
	{whole, "en", "click to expand"},
	{whole, "en", "close"},
	{whole, "en", "collapse"},
	{lead, "en", "edit this page"},
	{whole, "en", "expand"},
	{whole, "fr", "fermer"},
	{whole, "en", "font resizer"},
	{whole, "en", "fullscreen"},
	{whole, "en", "go"},
	{whole, "en", "got it"},
	{whole, "en", "home"},
	{lead, "en", "jump to"},
	{whole, "en", "load more"},
	{whole, "en", "loading"},
	{whole, "en", "main menu"},
	{whole, "de", "mehr"},
	{whole, "en", "menu"},
	{whole, "en", "navigation"},
	{whole, "en", "ok"},
	{whole, "en", "print"},
	{whole, "fr", "rechercher"},
	{whole, "en", "reply"},
	{whole, "en", "report"},
	{whole, "de", "schließen"},
	{whole, "en", "search"},
	{whole, "en", "see all"},
	{whole, "en", "show all"},
	{whole, "en", "show more"},
	{whole, "en", "site index"},
	{lead, "en", "skip to content"},
	{lead, "en", "skip to main content"},
	{lead, "en", "skip to navigation"},
	{whole, "de", "suche"},
	{whole, "en", "toggle navigation"},
	{whole, "en", "view all"},
	{within, "en", "was this article helpful"},
	{within, "en", "was this page helpful"},
	{whole, "de", "zurück"},
}

// newsletterPhrases invite the reader to subscribe to e-mail.
var newsletterPhrases = []phrase{
	{within, "en", "activation link"},
	{within, "en", "become a subscriber"},
	{within, "en", "delivered to your"},
	{within, "en", "email alerts"},
	{lead, "en", "get the latest"},
	{within, "en", "news alerts"},
	{within, "*", "newsletter"},
	{lead, "en", "sign up for"},
	{within, "en", "sign up now"},
	{within, "en", "sign up today"},
	{within, "en", "subscribe now"},
	{within, "en", "subscribe to our"},
	{lead, "en", "subscribe to the"},
	{within, "en", "subscribe today"},
	{within, "en", "support independent journalism"},
	{within, "en", "support our journalism"},
	{within, "en", "your inbox"},
}

// prevNextPhrases link to the neighbouring articles.
var prevNextPhrases = []phrase{
	{lead, "fr", "article précédent"},
	{lead, "fr", "article suivant"},
	{lead, "en", "newer post"},
	{lead, "en", "newer posts"},
	{lead, "en", "next article"},
	{lead, "en", "next post"},
	{lead, "en", "next story"},
	{lead, "de", "nächster artikel"},
	{lead, "en", "older post"},
	{lead, "en", "older posts"},
	{whole, "en", "prev"},
	{whole, "en", "previous"},
	{lead, "en", "previous article"},
	{lead, "en", "previous post"},
	{lead, "en", "previous story"},
	{lead, "de", "vorheriger artikel"},
}

// readTimePhrases state how long the article takes to read.
var readTimePhrases = []phrase{
	{label, "de", "lesezeit"},
	{label, "en", "reading time"},
	{label, "en", "studying time"},
	{label, "fr", "temps de lecture"},
}

// relatedBlockPhrases head a block of links to other articles. Coming after
// the article they close it.
var relatedBlockPhrases = []phrase{
	{lead, "en", "also on"},
	{whole, "en", "also read"},
	{whole, "en", "around the web"},
	{whole, "fr", "articles similaires"},
	{whole, "it", "articoli correlati"},
	{whole, "pt", "artigos relacionados"},
	{whole, "es", "artículos relacionados"},
	{whole, "de", "auch interessant"},
	{whole, "de", "beliebte artikel"},
	{whole, "de", "das könnte dich auch interessieren"},
	{whole, "de", "das könnte sie auch interessieren"},
	{whole, "en", "don't miss"},
	{whole, "en", "editor's pick"},
	{whole, "en", "editor's picks"},
	{whole, "en", "editors' picks"},
	{lead, "en", "elsewhere on"},
	{whole, "en", "explore further"},
	{whole, "en", "from the web"},
	{whole, "en", "further reading"},
	{whole, "en", "in case you missed it"},
	{lead, "en", "latest from"},
	{lead, "en", "latest in"},
	{whole, "en", "latest news"},
	{lead, "en", "latest on"},
	{whole, "en", "latest stories"},
	{whole, "pt", "leia também"},
	{whole, "fr", "les plus lus"},
	{whole, "es", "lo más leído"},
	{whole, "pt", "mais lidas"},
	{whole, "de", "mehr zum thema"},
	{whole, "de", "meistgelesen"},
	{lead, "en", "more articles"},
	{lead, "en", "more from"},
	{lead, "en", "more great"},
	{lead, "en", "more headlines"},
	{lead, "en", "more in"},
	{whole, "en", "more news"},
	{lead, "en", "more on"},
	{whole, "en", "more on this story"},
	{whole, "en", "more stories"},
	{lead, "en", "more videos"},
	{whole, "en", "most popular"},
	{whole, "en", "most read"},
	{whole, "en", "most viewed"},
	{whole, "es", "noticias relacionadas"},
	{whole, "pt", "notícias relacionadas"},
	{lead, "en", "popular in"},
	{lead, "en", "popular on"},
	{whole, "en", "popular posts"},
	{whole, "en", "popular stories"},
	{whole, "en", "promoted stories"},
	{whole, "en", "read more"},
	{whole, "en", "read next"},
	{whole, "en", "recommended"},
	{whole, "en", "recommended for you"},
	{whole, "en", "recommended stories"},
	{lead, "en", "related"},
	{whole, "en", "similar articles"},
	{whole, "en", "similar posts"},
	{whole, "en", "similar threads"},
	{whole, "en", "sponsored stories"},
	{whole, "fr", "sur le même sujet"},
	{lead, "en", "top rated"},
	{whole, "en", "top stories"},
	{whole, "en", "trending"},
	{whole, "en", "trending now"},
	{whole, "en", "up next"},
	{whole, "pt", "veja também"},
	{whole, "de", "verwandte artikel"},
	{whole, "de", "weitere artikel"},
	{whole, "en", "what to read next"},
	{whole, "en", "you may also like"},
	{whole, "en", "you may be interested in"},
	{whole, "en", "you might also like"},
	{whole, "en", "you might be interested in"},
	{whole, "fr", "à lire aussi"},
	{whole, "de", "ähnliche artikel"},
}

// relatedLinkPhrases label a single link to another article, inside or
// after the text.
var relatedLinkPhrases = []phrase{
	{label, "en", "also read"},
	{label, "de", "auch interessant"},
	{label, "en", "click here"},
	{label, "es", "lea"},
	{label, "es", "lea más"},
	{label, "es", "lea también"},
	{label, "es", "lee más"},
	{label, "es", "lee también"},
	{label, "nl", "lees ook"},
	{label, "it", "leggi"},
	{label, "it", "leggi anche"},
	{label, "pt", "leia"},
	{label, "pt", "leia mais"},
	{label, "pt", "leia também"},
	{label, "de", "lesen sie auch"},
	{label, "fr", "lire aussi"},
	{label, "de", "mehr zum thema"},
	{label, "en", "more"},
	{label, "en", "read"},
	{label, "en", "read also"},
	{within, "en", "read more"},
	{label, "en", "read next"},
	{label, "en", "recommended"},
	{label, "en", "related"},
	{label, "en", "related article"},
	{label, "en", "related articles"},
	{label, "en", "related coverage"},
	{label, "en", "related story"},
	{label, "en", "see also"},
	{label, "en", "see more"},
	{label, "pt", "veja também"},
	{label, "fr", "voir aussi"},
	{label, "en", "watch"},
	{label, "fr", "à lire aussi"},
}

// siteNoticePhrases belong to a site's legal and contact notices. Across
// the ScrapingHub renderings no line of an article holds one.
var siteNoticePhrases = []phrase{
	{within, "en", "comments are closed"},
	{within, "en", "comments are moderated"},
	{within, "en", "contact us"},
	{within, "de", "datenschutzerklärung"},
	{within, "en", "enable javascript"},
	{within, "en", "javascript is disabled"},
	{within, "en", "javascript is required"},
	{within, "en", "letters to the editor"},
	{within, "en", "privacy policy"},
	{within, "en", "requires javascript"},
	{within, "en", "terms of service"},
	{within, "en", "terms of use"},
	{within, "en", "we may earn"},
	{within, "en", "we may receive"},
}

// sharePhrases are share buttons and their captions. Lines made only of
// social network names are caught by shareBar without a table.
var sharePhrases = []phrase{
	{lead, "en", "click to email"},
	{lead, "en", "click to print"},
	{lead, "en", "click to share"},
	{whole, "es", "compartir"},
	{whole, "it", "condividi"},
	{whole, "en", "copy link"},
	{whole, "fr", "partager"},
	{whole, "en", "share"},
	{within, "en", "share it with"},
	{lead, "en", "share on"},
	{lead, "en", "share this"},
	{whole, "de", "teilen"},
	{whole, "en", "tweet"},
}

// signInPhrases are the prompts to log in, register or subscribe.
var signInPhrases = []phrase{
	{whole, "en", "account"},
	{lead, "en", "already a subscriber"},
	{lead, "en", "already have an account"},
	{whole, "de", "anmelden"},
	{whole, "fr", "connexion"},
	{whole, "en", "create account"},
	{whole, "en", "create an account"},
	{lead, "en", "don't have an account"},
	{whole, "de", "einloggen"},
	{lead, "en", "forgot your password"},
	{lead, "en", "have an existing account"},
	{whole, "es", "iniciar sesión"},
	{whole, "en", "log in"},
	{within, "en", "log in or register"},
	{whole, "en", "log out"},
	{whole, "en", "login"},
	{within, "en", "login or register"},
	{lead, "en", "lost your password"},
	{whole, "de", "mein konto"},
	{whole, "es", "mi cuenta"},
	{whole, "fr", "mon compte"},
	{whole, "en", "my account"},
	{whole, "en", "register"},
	{whole, "de", "registrieren"},
	{whole, "fr", "se connecter"},
	{whole, "en", "sign in"},
	{lead, "en", "sign in to"},
	{whole, "en", "sign out"},
	{whole, "en", "sign up"},
	{whole, "en", "subscribe"},
	{whole, "en", "subscribe now"},
	{whole, "en", "welcome back"},
}

// tagPhrases label the article's tags and categories.
var tagPhrases = []phrase{
	{label, "en", "categories"},
	{label, "en", "category"},
	{label, "es", "etiquetas"},
	{label, "en", "filed under"},
	{label, "en", "keywords"},
	{label, "fr", "mots clés"},
	{label, "en", "posted in"},
	{label, "de", "schlagworte"},
	{label, "de", "schlagwörter"},
	{label, "de", "stichworte"},
	{label, "en", "tagged"},
	{lead, "en", "tags"},
	{label, "es", "temas"},
	{label, "de", "themen"},
	{label, "en", "topics"},
	{label, "fr", "étiquettes"},
}

// authorBioPhrases head or open the box about the article's author.
var authorBioPhrases = []phrase{
	{lead, "en", "about the author"},
	{lead, "en", "about the authors"},
	{lead, "en", "additional reporting by"},
	{lead, "en", "reporting by"},
	{lead, "es", "sobre el autor"},
	{lead, "pt", "sobre o autor"},
	{lead, "fr", "à propos de l'auteur"},
	{lead, "de", "über den autor"},
	{lead, "de", "über die autorin"},
}

// phraseTables names the rule each table serves.
var phraseTables = []struct {
	rule  string
	table []phrase
}{
	{"advert", advertPhrases},
	{"author-bio", authorBioPhrases},
	{"comments", commentsPhrases},
	{"follow-us", followPhrases},
	{"image-credit", imageCreditPhrases},
	{"nav-label", navPhrases},
	{"newsletter", newsletterPhrases},
	{"prev-next", prevNextPhrases},
	{"read-time", readTimePhrases},
	{"related-block", relatedBlockPhrases},
	{"related-link", relatedLinkPhrases},
	{"share-bar", sharePhrases},
	{"site-notice", siteNoticePhrases},
	{"sign-in", signInPhrases},
	{"tags", tagPhrases},
}

// phraseIndex maps keys to rule names, one map per kind of phrase.
type phraseIndex struct {
	byKind      [3]map[string]string // whole, label, lead
	within      []withinPhrase
	withinTable wordTable // the keys of within, in order
	maxLabel    int       // bytes of the longest label key
	maxLead     int       // tokens of the longest lead phrase
}

// wordTable finds which of a list of keys stands in a key as whole words.
// It looks the keys up by their first word, so a line costs a map lookup
// per word, whatever the length of the list.
type wordTable struct {
	keys    []string
	byFirst map[string][]int // first word → indices into keys
}

func newWordTable(keys []string) wordTable {
	t := wordTable{keys: keys, byFirst: map[string][]int{}}
	for i, k := range keys {
		first, _, _ := strings.Cut(k, " ")
		t.byFirst[first] = append(t.byFirst[first], i)
	}
	return t
}

// find returns the index of the first of t's keys, in their order, that
// stands in key on word boundaries, or -1.
func (t wordTable) find(key string) int {
	best := -1
	for s := 0; s < len(key); {
		e := strings.IndexByte(key[s:], ' ')
		if e < 0 {
			e = len(key)
		} else {
			e += s
		}
		for _, i := range t.byFirst[key[s:e]] {
			k := t.keys[i]
			if (best < 0 || i < best) && strings.HasPrefix(key[s:], k) && (s+len(k) == len(key) || key[s+len(k)] == ' ') {
				best = i
			}
		}
		s = e + 1
	}
	return best
}

// withinPhrase is a phrase looked for anywhere in a line.
type withinPhrase struct{ key, rule string }

// phrases is built on first use from the tables, which stay the source of
// truth; it is never written after.
var phrases = sync.OnceValue(func() *phraseIndex {
	x := &phraseIndex{}
	for i := range x.byKind {
		x.byKind[i] = map[string]string{}
	}
	for _, t := range phraseTables {
		for _, ph := range t.table {
			k, _ := keyOf(ph.text, nil)
			if ph.kind == within {
				x.within = append(x.within, withinPhrase{k, t.rule})
				continue
			}
			x.byKind[ph.kind][k] = t.rule
			switch ph.kind {
			case label:
				x.maxLabel = max(x.maxLabel, len(ph.text)+8)
			case lead:
				x.maxLead = max(x.maxLead, strings.Count(k, " ")+1)
			}
		}
	}
	keys := make([]string, len(x.within))
	for i, w := range x.within {
		keys[i] = w.key
	}
	x.withinTable = newWordTable(keys)
	return x
})

// labelEnd returns the index of the first colon of s, ASCII or full-width,
// or -1.
func labelEnd(s string) int {
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// match returns the rule whose table has a phrase matching l, or "".
func (x *phraseIndex) match(l *line) (rule string, kind phraseKind) {
	if r, ok := x.byKind[whole][l.key]; ok {
		return r, whole
	}
	if i := labelEnd(l.content[:min(len(l.content), x.maxLabel+len("："))]); i > 0 && i <= x.maxLabel {
		k, _ := keyOf(l.content[:i], nil)
		if r, ok := x.byKind[label][k]; ok {
			return r, label
		}
	}
	k := l.key
	end := 0 // k[:end] is the line's first n tokens
	for n := 0; n < x.maxLead && end < len(k); n++ {
		next := strings.IndexByte(k[end+1:], ' ')
		if next < 0 {
			end = len(k)
		} else {
			end += 1 + next
		}
		if r, ok := x.byKind[lead][k[:end]]; ok {
			return r, lead
		}
	}
	if l.words <= maxWithinWords {
		if i := x.withinTable.find(k); i >= 0 {
			return x.within[i].rule, within
		}
	}
	return "", whole
}
