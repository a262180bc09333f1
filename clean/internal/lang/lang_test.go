package lang

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func lexicons(t *testing.T) *Lexicons {
	t.Helper()
	x, err := Load()
	require.NoError(t, err)
	return x
}

// TestDataFiles checks the form of every data file: each section's entries
// are lower case, in NFC, sorted and given once; stopwords are single
// words as the tokeniser reads them.
func TestDataFiles(t *testing.T) {
	err := fs.WalkDir(lexiconFS, "lexicon", func(name string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		if d.IsDir() || !strings.HasSuffix(name, ".txt") {
			return nil
		}
		b, err := fs.ReadFile(lexiconFS, name)
		require.NoError(t, err)
		s := string(b)
		assert.True(t, norm.NFC.IsNormalString(s), "%s is not in NFC", name)
		assert.NotContains(t, s, "\r", "%s has CR line ends", name)
		prev, section := "", ""
		for _, l := range dataLines(s) {
			if strings.HasPrefix(l.text, "[") {
				section, prev = l.text, ""
				continue
			}
			entry, _ := strings.CutSuffix(l.text, " *")
			sortKey := entry
			if _, ok := tableByName(strings.Trim(section, "[]")); ok {
				kind, phrase, _ := strings.Cut(entry, " ")
				sortKey = strings.TrimSpace(phrase) + "\x00" + kind
			} else if word, _, ok := strings.Cut(entry, " = "); ok {
				sortKey = word
			}
			assert.Equal(t, strings.ToLower(entry), entry, "%s:%d: not lower case", name, l.num)
			assert.Greater(t, sortKey, prev, "%s:%d %s: %q is out of order or given twice", name, l.num, section, entry)
			prev = sortKey
			if base := path.Base(name); base == "stopwords.txt" || base == "stopwords-added.txt" {
				assert.Equal(t, []string{entry}, strings.Fields(entry), "%s:%d: %q is not one word", name, l.num, entry)
				asKey := strings.Map(func(r rune) rune {
					switch {
					case Optional(r):
						return -1
					case r == 'ı':
						return 'i'
					}
					return r
				}, entry)
				assert.Equal(t, asKey, Key(entry), "%s:%d: %q is not one word", name, l.num, entry)
			}
		}
		return nil
	})
	require.NoError(t, err)
}

// TestLexiconsParse checks that every file parses, and that every table
// and list is given somewhere.
func TestLexiconsParse(t *testing.T) {
	x := lexicons(t)
	require.Greater(t, x.Languages(), 50)
	var tables [NumTables]int
	var lists [NumLists]int
	for id := range x.Languages() {
		lex := x.Lexicon(ID(id))
		for tb, ph := range lex.Tables {
			tables[tb] += len(ph)
		}
		for l, e := range lex.Lists {
			lists[l] += len(e)
		}
	}
	for tb := Table(1); tb < NumTables; tb++ {
		assert.NotZero(t, tables[tb], "no language gives table %s", tb)
	}
	for l := range NumLists {
		assert.NotZero(t, lists[l], "no language gives list %s", l)
	}
}

// TestValuesAgree: an entry of a list with values (months, a time ago)
// that two lexicons give has the same value in both. Such lists are read
// on pages of every language and one value serves them all, the first
// lexicon's: Croatian's "listopad" (October) would have been read as
// Czech's (November).
func TestValuesAgree(t *testing.T) {
	x := lexicons(t)
	type given struct {
		value int
		code  string
	}
	for l := range NumLists {
		seen := map[string]given{}
		for id := range x.Languages() {
			lex := x.Lexicon(ID(id))
			for _, e := range lex.Lists[l] {
				k := Key(e.Text)
				if g, ok := seen[k]; ok {
					assert.Equal(t, g.value, e.Value, "%s %q: %s gives %d, %s gives %d", l, e.Text, g.code, g.value, lex.Code, e.Value)
					continue
				}
				seen[k] = given{e.Value, lex.Code}
			}
		}
	}
}

// TestLexiconGaps prints, for each language with a lexicon, the tables and
// lists it leaves empty: what adding to that language means.
func TestLexiconGaps(t *testing.T) {
	x := lexicons(t)
	stopOnly := []string{}
	for id := range x.Languages() {
		lex := x.Lexicon(ID(id))
		var empty []string
		for tb := Table(1); tb < NumTables; tb++ {
			if len(lex.Tables[tb]) == 0 {
				empty = append(empty, tb.String())
			}
		}
		for l := range NumLists {
			if len(lex.Lists[l]) == 0 {
				empty = append(empty, l.String())
			}
		}
		if len(empty) == int(NumTables)-1+int(NumLists) {
			stopOnly = append(stopOnly, lex.Code)
			continue
		}
		t.Logf("%s: %d stopwords; empty: %s", lex.Code, len(lex.Stopwords), strings.Join(empty, ", "))
	}
	t.Logf("stopwords only: %s", strings.Join(stopOnly, " "))
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Share This Article":      "share this article",
		"• SHARE THIS ARTICLE:":   "share this article",
		"Don't  stop—me_now":      "don t stop me now",
		"Über Straße, ÉTÉ!":       "über straße été",
		"漢字かな 42":                 "漢字かな 42",
		"":                        "",
		"-- --":                   "",
		"e\u0301clair (NFD mark)": "e\u0301clair nfd mark",
		"KAYIT OL":                "kayit ol", // Turkish: Go lowers I to i
		"Kayıt ol":                "kayit ol",
		"GİRİŞ YAP":               "giriş yap",
		"اقرأ أيضاً":              "اقرأ أيضا", // Arabic's tanween, tatweel and short vowels
		"اقـــرأ":                 "اقرأ",
		"كَتَبَ":                  "كتب",
		"שָׁלוֹם":                 "שלום", // Hebrew's points
	} {
		assert.Equal(t, want, Key(in), in)
	}
}

func TestMatch(t *testing.T) {
	x := lexicons(t)
	en, _ := x.ByCode("en")
	de, _ := x.ByCode("de")
	code := func(c string) ID { id, _ := x.ByCode(c); return id }
	match := func(text string, id ID) Table {
		key := Key(text)
		var first, all Flags
		for i, w := range strings.Fields(key) {
			f := x.Word([]byte(w)).Flags
			if i == 0 {
				first = f
			}
			all |= f
		}
		tb, _ := x.Match(text, key, len(strings.Fields(key)), first, all, Bloom(key), id)
		return tb
	}
	cases := []struct {
		line string
		id   ID
		want Table
	}{
		{"Share this article", en, ShareBar},
		{"SEE ALSO: U.S. vows to move more forces", en, RelatedLink},
		{"Previous Article Trump’s legacy lives on", en, PrevNext},
		{"Get breaking news alerts and special reports delivered to your inbox.", en, Newsletter},
		{"More Great WIRED Stories", en, RelatedBlock},
		{"References", en, References},
		{"Sources:", en, References},
		{"Sources close to the minister said she would resign", en, NoTable},
		{"Einzelnachweise", de, References},
		{"Reactions: kyteflyer, Bobby T and drd1135", en, PostMeta},
		{"Last edited: Sep 26, 2024", en, PostMeta},
		{"Reactions to the verdict were mixed", en, NoTable},
		{"Zuletzt bearbeitet: 13. Sep. 2024", de, PostMeta},
		{"Последнее редактирование: 12 марта 2024", code("ru"), PostMeta},
		{"参考文献", code("zh"), References},
		{"Sign up or log in to customize your list.", en, SignIn},
		{"Log in to reply", en, SignIn},
		{"Follow along with the video below to see how to install our site as a web app on your home screen.", en, SiteNotice},
		{"This field is hidden when viewing the form", en, SiteNotice}, // a form plugin's note on its hidden fields
		{"Log in or sign up", en, SignIn},
		{"Item added to your cart", en, NavLabel},
		{"move to sidebar hide", en, NavLabel},
		{"Open Menu Close Menu", en, NavLabel},
		{"Please update your browser to take advantage of the latest technology and security", en, Placeholder},
		// The prompt to report an error in a story, which a news site
		// prints under it.
		{"Heb je een tip of zie je een fout? Laat het ons weten.", code("nl"), SiteNotice},
		{"Fehler im Artikel gefunden? Schreiben Sie uns.", de, SiteNotice},
		{"Vous avez repéré une erreur dans cet article ? Signalez-la.", code("fr"), SiteNotice},
		{"¿Has encontrado un error en este artículo? Escríbenos.", code("es"), SiteNotice},
		{"Hai trovato un errore in questo articolo? Scrivici.", code("it"), SiteNotice},
		{"Segnala un errore", code("it"), SiteNotice},
		{"Encontrou algum erro nesta matéria? Avise-nos.", code("pt"), SiteNotice},
		{"Zauważyłeś błąd? Napisz do nas.", code("pl"), SiteNotice},
		// A service page's buttons, and its form's consent to the
		// processing of what one sends.
		{"Get a free quote", en, CallToAction},
		{"Отправить заявку", code("ru"), CallToAction},
		{"احجز موعدك", code("ar"), CallToAction},
		{"Termin vereinbaren", de, CallToAction},
		{"Demander un devis", code("fr"), CallToAction},
		{"Solicitar presupuesto", code("es"), CallToAction},
		{"Richiedi un preventivo gratuito", code("it"), CallToAction},
		{"Solicitar orçamento", code("pt"), CallToAction},
		{"Zapytaj o wycenę", code("pl"), CallToAction},
		{"Offerte aanvragen", code("nl"), CallToAction},
		{"See details", en, CallToAction},
		{"Zu den Details", de, CallToAction},
		{"Meer details", code("nl"), CallToAction},
		{"Смотреть подробнее", code("ru"), CallToAction},
		{"詳細を見る", code("ja"), CallToAction},
		{"查看详情", code("zh"), CallToAction},
		{"상세보기", code("ko"), CallToAction},
		{"عرض التفاصيل", code("ar"), CallToAction},
		{"Нажимая кнопку, вы соглашаетесь на обработку персональных данных.", code("ru"), SiteNotice},
		{"By submitting this form, you agree to our terms.", en, SiteNotice},
		{"Mit dem Absenden des Formulars akzeptieren Sie unsere Datenschutzerklärung.", de, SiteNotice},
		{"Wyrażam zgodę na przetwarzanie moich danych osobowych.", code("pl"), SiteNotice},
		{"Ao enviar este formulário, você aceita os termos.", code("pt"), SiteNotice},
		{"Track Your Order", en, NavLabel},
		{"Next Last", en, PrevNext},
		{"Your cart", en, NavLabel},
		{"Select your region", en, NavLabel},
		// A page's controls: a box's toggle, a documentation page's
		// links to its source and its tracker, a feedback prompt, a
		// shop's quantity field and stock.
		{"Book a Demo", en, CallToAction},
		{"Frequently bought together", en, RelatedBlock},
		{"Kunden kauften auch", de, RelatedBlock},
		{"30 Tage Rückgaberecht", de, NavLabel},
		{"inkl. MwSt., zzgl. Versand", de, NavLabel},
		{"Get in touch", en, CallToAction},
		{"Show less", en, NavLabel},
		{"Edit on GitHub", en, NavLabel},
		{"Report a bug", en, NavLabel},
		{"Was this helpful?", en, NavLabel},
		{"Listen to this article", en, NavLabel},
		{"Quantity", en, NavLabel},
		{"Out of stock", en, NavLabel},
		{"Unit price /  per", en, NavLabel}, // a shop card's empty unit price
		{"The unit price per kilo fell by a third.", en, NoTable},
		{"What are you looking for?", en, NavLabel},
		{"Switching computers is easier now: I install a few apps and log in to services.", en, NoTable},
		{"The minister said more on Tuesday.", en, NoTable},
		{"Share prices fell sharply on Monday.", en, NoTable},
		// An affiliate disclosure is the note around an advert, wherever
		// it stands; a sentence on commissions is not.
		{"Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", de, Advert},
		{"Bei den mit * markierten Verlinkungen handelt es sich um Affiliate-Links.", de, Advert},
		{"Der Makler darf nur dann eine Provision verlangen, wenn ein Vertrag zustande kommt.", de, NoTable},
		// A hosted blog's template, in the blog's language.
		{"Neuerer Post Älterer Post Startseite", de, PrevNext},
		{"Keine Kommentare:", de, Comments},
		{"Article plus ancien Accueil", code("fr"), PrevNext},
		{"Publicar un comentario", code("es"), Comments},
		// A blog's sidebar boxes as WordPress names them in each language.
		{"Senaste kommentarer", code("sv"), RelatedBlock},
		{"Seneste indlæg", code("da"), RelatedBlock},
		{"Siste innlegg", code("no"), RelatedBlock},
		{"Viimeisimmät kommentit", code("fi"), RelatedBlock},
		{"Nejnovější příspěvky", code("cs"), RelatedBlock},
		{"Legutóbbi hozzászólások", code("hu"), RelatedBlock},
		{"Comentarii recente", code("ro"), RelatedBlock},
		{"Останні записи", code("uk"), RelatedBlock},
		{"Son Yorumlar", code("tr"), RelatedBlock},
		{"Pos-pos Terbaru", code("id"), RelatedBlock},
		{"Bình luận gần đây", code("vi"), RelatedBlock},
		{"최근 댓글", code("ko"), RelatedBlock},
		{"Πρόσφατα σχόλια", code("el"), RelatedBlock},
		{"תגובות אחרונות", code("he"), RelatedBlock},
		{"Entrades recents", code("ca"), RelatedBlock},
		// A lead phrase of a script written without spaces opens the
		// line's one word: the characters after it are the line's own.
		{"この記事をシェアする", code("ja"), ShareBar},
		{"パスワードをお忘れの方はこちら", code("ja"), SignIn},
		{"关注我们的微信公众号", code("zh"), FollowUs},
		{"我们关注的是港口重建", code("zh"), NoTable},
		// A phrase counts on pages of its language...
		{"Lesen Sie auch: Die neue Brücke", de, RelatedLink},
		{"Lesen Sie auch: Die neue Brücke", en, NoTable},
		{"Promoted", de, NoTable}, // one English word, which another language may share
		// ... an English phrase of several words on pages of every
		// language, as sites print their templates' English chrome...
		{"You might also like", de, RelatedBlock},
		{"If you enjoyed reading this post – would you consider supporting our work? Just click here.", de, Newsletter},
		{"Share this article", de, ShareBar},
		// ... and everywhere when marked so, and on pages of no language.
		{"Advertisement", de, Advert},
		{"Sign up for our newsletter", de, Newsletter},
		{"Lesen Sie auch: Die neue Brücke", None, RelatedLink},
		// The follow prompts, pagers, author boxes and credits of the
		// issue's languages (Russian, Polish, Portuguese and Arabic are
		// read in clean's TestLanguages).
		{"Síguenos en Twitter", code("es"), FollowUs},
		{"Ihr Warenkorb ist leer", code("de"), NavLabel},
		{"Fermer le menu", code("fr"), NavLabel},
		{"Ваша корзина пуста", code("ru"), NavLabel},
		{"购物车", code("zh"), NavLabel},
		{"Artículo anterior: El puente nuevo", code("es"), PrevNext},
		{"Seguici su Facebook", code("it"), FollowUs},
		{"Sull'autore", code("it"), AuthorBio},
		{"Volg ons op Instagram", code("nl"), FollowUs},
		{"Vorig artikel", code("nl"), PrevNext},
		{"Over de auteur", code("nl"), AuthorBio},
		{"Foto: Jan de Vries", code("nl"), ImageCredit},
		{"Acompanhe-nos nas redes sociais", code("pt"), FollowUs},
		{"关注我们：微信 微博", code("zh"), FollowUs},
		{"图片来源：新华社", code("zh"), ImageCredit},
		{"المقال السابق", code("ar"), PrevNext},
		{"この記事を書いた人", code("ja"), AuthorBio},
		{"写真：ロイター", code("ja"), ImageCredit},
		{"关于作者", code("zh"), AuthorBio},
		{"نبذة عن الكاتب", code("ar"), AuthorBio},
		// Calls to action, alone on their line.
		{"Learn more →", en, CallToAction},
		{"Learn more about the bridge on the council's website.", en, NoTable},
		{"Mehr erfahren", de, CallToAction},
		{"En savoir plus", code("fr"), CallToAction},
		{"Подробнее", code("ru"), CallToAction},
		{"了解更多", code("zh"), CallToAction},
		// Print buttons, alone on their line; a sentence about printing
		// is not one.
		{"Print this page", en, NavLabel},
		{"Seite drucken", de, NavLabel},
		{"Imprimer cet article", code("fr"), NavLabel},
		{"Версия для печати", code("ru"), NavLabel},
		{"Print this page before you go to the office.", en, NoTable},
		// Danish, Norwegian and Swedish.
		{"Læs også: Ny bro over åen", code("da"), RelatedLink},
		{"Log ind", code("da"), SignIn},
		{"Les også: Ny bro over elva", code("no"), RelatedLink},
		{"Relaterte artikler", code("no"), RelatedBlock},
		{"Läs också: Ny bro över ån", code("sv"), RelatedLink},
		{"Dela artikeln", code("sv"), ShareBar},
		{"Annons", code("sv"), Advert},
		{"Dela artikeln", code("de"), NoTable},
		{"Añadir al carrito Añadir a la lista de deseos", code("es"), NavLabel},
		{"Create account Log in", en, SignIn},
		{"Log in Home", en, SignIn}, // the first phrase names the row's table
		{"Home Sweet Home", en, NoTable},
		{"Log in now", en, NoTable},
		// A lead phrase that is the row's piece whole: a shop's quantity
		// field and its button; a sign-in box's button and its link.
		{"Quantity Add to cart", en, NavLabel},
		{"Quantità Aggiungi al carrello", code("it"), NavLabel},
		{"Menge In den Warenkorb", de, NavLabel},
		{"[Log In] Forgot your password?", en, SignIn},
		{"Quantity Add to cart buttons are broken", en, NoTable},
		// A row of Chinese links that w3m printed without its spaces, split
		// at its characters; a run that whole phrases do not make up stays.
		{"发新帖回复返回列表", code("zh"), NavLabel},
		{"发新帖回复我们的问题", code("zh"), NoTable},
		{"¿Te resultó útil? Sí (4) No (0)", code("es"), NavLabel},
		{"Los clientes que compraron este artículo también compraron", code("es"), RelatedBlock},
		{"看了又看", code("zh"), RelatedBlock},
		{"此页面对你有帮助吗？ 是 否", code("zh"), NavLabel},
		{"编辑此页 · 最后更新于 2024年3月12日", code("zh"), NavLabel},
		{"查看全部评价", code("zh"), NavLabel},
		{"この商品を買った人はこんな商品も買っています", code("ja"), RelatedBlock},
		{"みんなの知恵袋トップカテゴリ一覧ランキングログイン新規登録", code("ja"), NavLabel}, // a site's name and its menu as w3m prints them
		{"みんなの知恵袋トップランキング", code("ja"), NoTable},                // two phrases after a name: a headline may end so
		{"観葉植物の葉が黄色くなる原因とランキングログイン新規登録", code("ja"), NoTable},   // the name too long
		{"関連する質問", code("ja"), RelatedBlock},
		{"関連記事：確定申告のポイント", code("ja"), RelatedLink},
		{"関連記事: 確定申告のポイント", code("ja"), RelatedLink},
		{"Get the app", en, NavLabel},
		{"Get the app now and learn anywhere", en, NavLabel},
		{"App herunterladen", de, NavLabel},
		{"Скачайте приложение", code("ru"), NavLabel},
		{"知恵袋アプリで質問に回答しよう！アプリをダウンロード", code("ja"), NavLabel},
		{"We asked readers to get the app and report what they saw.", en, NoTable},
		{"すべてのレビューを見る", code("ja"), NavLabel},
		{"العملاء الذين اشتروا هذا المنتج اشتروا أيضاً", code("ar"), RelatedBlock},
		{"Знайшли помилку? Виділіть її та натисніть Ctrl+Enter", code("uk"), SiteNotice},
		{"Знайшли помилку в коді, виправив", code("uk"), NoTable},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, match(c.line, c.id), "%q in %s", c.line, x.Code(c.id))
	}
}

func TestWholesIn(t *testing.T) {
	x := lexicons(t)
	en, _ := x.ByCode("en")
	ru, _ := x.ByCode("ru")
	for _, c := range []struct {
		text string
		id   ID
		want int
	}{
		{"Programmers Forum Log in Register Forums Members", en, 2},
		{"Sign in Sign up", en, 2},
		{"How to Sign Up for Medicare", en, 1},
		{"Форум программистов Вход Регистрация Форумы", ru, 2},
		{"Blog in Registers", en, 0}, // whole words only
		{"", en, 0},
	} {
		assert.Equal(t, c.want, x.WholesIn(SignIn, Key(c.text), c.id), c.text)
	}
	assert.Zero(t, x.WholesIn(ShareBar, Key("Log in Register"), en), "another table's phrases")

	n, words := x.WholesCover(SignIn, Key("Programmers Forum Log in Register Forums Members"), en)
	assert.Equal(t, []int{2, 3}, []int{n, words}, "log in, register")
}

func TestLists(t *testing.T) {
	x := lexicons(t)
	en, _ := x.ByCode("en")
	de, _ := x.ByCode("de")
	assert.True(t, x.In(BylineWords, "by", en))
	assert.False(t, x.In(BylineWords, "von", en))
	assert.True(t, x.In(BylineWords, "von", None))
	n, ok := x.Value(Months, "märz")
	assert.True(t, ok)
	assert.Equal(t, 3, n)
	assert.True(t, x.Find(Captions, "a picture photo by jane doe", Bloom("a picture photo by jane doe"), en))
	assert.False(t, x.Find(Captions, "a photography by jane doe", Bloom("a photography by jane doe"), en))
	assert.True(t, x.Contains(CookieWords, "wir verwenden cookies", de))
	assert.Equal(t, len("posted by"), x.Lead(BylineLabels, "posted by jane", en))
	assert.Equal(t, -1, x.Lead(BylineLabels, "postedby jane", en))
	assert.Equal(t, []string{"by"}, x.Entries(BylineWords, en))
	for c, label := range map[string]string{"it": "indice", "pt": "índice", "nl": "inhoudsopgave", "pl": "spis treści", "ru": "содержание",
		"ja": "目次", "zh": "目录", "ar": "جدول المحتويات"} {
		id, _ := x.ByCode(c)
		assert.True(t, x.In(Contents, label, id), "%s: %s", c, label)
	}
	assert.True(t, x.In(Contents, "jump to a section", en))
	for _, c := range []struct{ lang, key string }{{"en", "apple footer"}, {"en", "footer navigation"}, {"de", "fußzeile"}, {"fr", "pied de page"}} {
		id, _ := x.ByCode(c.lang)
		assert.True(t, x.Find(FooterLabels, c.key, Bloom(c.key), id), "%s: %s", c.lang, c.key)
	}
	assert.False(t, x.Find(FooterLabels, "footers", Bloom("footers"), en))
	assert.Equal(t, len("front view of"), x.Lead(PictureViews, "front view of the bridge at dusk", en))
	assert.Equal(t, -1, x.Lead(PictureViews, "front viewer of the bridge", en))
	for c, name := range map[string]string{"en": "system requirements", "de": "systemanforderungen", "fr": "configuration requise",
		"es": "requisitos del sistema", "it": "requisiti di sistema", "pt": "requisitos do sistema", "nl": "systeemvereisten", "pl": "wymagania systemowe"} {
		id, _ := x.ByCode(c)
		assert.True(t, x.In(SectionNames, name, id), "%s: %s", c, name)
	}
}

// TestParseErrors checks that malformed data is refused with its place.
func TestParseErrors(t *testing.T) {
	for data, want := range map[string]string{
		"[no-such-table]\nx\n":                               "unknown section",
		"whole share\n":                                      "before the first section",
		"[share-bar]\nshare\n":                               "want <whole|label|lead|within>",
		"[months]\njan = x\n":                                "bad value",
		"[copyright]\nwithin all rights reserved\n":          "a list of bare entries",
		"[share-bar]\nwhole !!!\n":                           "has no words",
		"[share-bar]\nwhole share\n[sign-in]\nwhole share\n": "is in both",
	} {
		fsys := fstest.MapFS{"lex/xx/lexicon.txt": {Data: []byte(data)}}
		_, err := parseFS(fsys, "lex")
		if assert.Error(t, err, data) {
			assert.Contains(t, err.Error(), want, data)
		}
	}
}

func TestPick(t *testing.T) {
	var counts [64]int
	counts[3], counts[7] = 10, 30
	assert.Equal(t, ID(7), Pick(&counts, 100))
	assert.Equal(t, None, Pick(&counts, 1000), "below MinCoverage")
	assert.Equal(t, None, Pick(&[64]int{}, 0))
	Count(&counts, 1<<3|1<<9)
	assert.Equal(t, 11, counts[3])
	assert.Equal(t, 1, counts[9])
}

// TestIsWordRune checks the ranges IsWordRune answers without looking up
// the Unicode tables.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if IsWordRune(r) != want {
			t.Fatalf("IsWordRune(%U) = %v", r, !want)
		}
	}
}

func TestBloom(t *testing.T) {
	assert.Zero(t, Bloom(""))
	a, b := Bloom("share this article now"), Bloom("this article")
	assert.Equal(t, b, a&b, "a key's words' bits are in the bloom of a key that holds them")
}

// TestMarks checks that no word marks an entry of a list matched as text:
// such a list cannot be looked up by a line's words.
func TestMarks(t *testing.T) {
	x := lexicons(t)
	for _, s := range x.table.slots {
		for l := range NumLists {
			if l.Matching() == AsText {
				assert.Zero(t, s.w.Flags&Marks(l), "%q marks %s", string(s.short[:min(int(s.n), len(s.short))]), l)
			}
		}
	}
}

func TestContainsWords(t *testing.T) {
	for _, c := range []struct {
		key, sub string
		want     bool
	}{
		{"sign in now", "sign in", true},
		{"please sign in", "sign in", true},
		{"sign in", "sign in", true},
		{"signing in", "sign in", false},
		{"resign in", "sign in", false},
		{"resign in and sign in", "sign in", true},
		{"sign", "sign in", false},
	} {
		assert.Equal(t, c.want, ContainsWords(c.key, c.sub), "%q in %q", c.sub, c.key)
	}
}

// eachBesideStopwords calls check with each entry of every lexicon file
// named file, with the entries of the stopwords.txt beside it.
func eachBesideStopwords(t *testing.T, file string, check func(name string, l line, iso map[string]bool)) {
	t.Helper()
	names, err := fs.Glob(lexiconFS, "lexicon/*/"+file)
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		b, err := fs.ReadFile(lexiconFS, path.Join(path.Dir(name), "stopwords.txt"))
		require.NoError(t, err, "%s has no stopwords.txt beside it", name)
		iso := map[string]bool{}
		for _, l := range dataLines(string(b)) {
			iso[l.text] = true
		}
		b, err = fs.ReadFile(lexiconFS, name)
		require.NoError(t, err)
		for _, l := range dataLines(string(b)) {
			check(name, l, iso)
		}
	}
}

// TestAddedStopwords: a language's added stopwords are words its
// stopwords-iso list lacks, each once.
func TestAddedStopwords(t *testing.T) {
	eachBesideStopwords(t, "stopwords-added.txt", func(name string, l line, iso map[string]bool) {
		assert.False(t, iso[l.text], "%s:%d: %q is in stopwords.txt already", name, l.num, l.text)
	})
}

// TestRespeltStopwords: stopwords-iso's lists write some entries as the
// language's text does not, and the added lists give them as it does:
// Romanian's ş and ţ with a cedilla where Romanian writes ș and ț with a
// comma below; Lithuanian's every entry with a letter of its own,
// decoded from Windows-1257 as Latin-1 ("að" for "aš"), and none of
// "yra", "buvo", "jau"; four of Turkish's entries with ş and ı. Both
// forms count.
func TestRespeltStopwords(t *testing.T) {
	x := lexicons(t)
	for code, words := range map[string][]string{
		"ro": {"și", "şi", "ești", "eşti", "mulți", "mulţi"},
		"lt": {"aš", "iš", "už", "dėl", "aukščiau", "yra", "buvo", "jau"},
		"tr": {"artık", "şimdi", "değil", "nasıl"},
	} {
		id, ok := x.ByCode(code)
		require.True(t, ok)
		for _, w := range words {
			assert.True(t, x.Word([]byte(Key(w))).Stops.Has(id), "%s: %s", code, w)
		}
	}
}

// TestIsSpacedPhrase checks IsSpacedPhrase's fast path against the scripts
// it names, over every code point.
func TestIsSpacedPhrase(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsSpacedPhrase(r), unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar); got != want {
			t.Fatalf("IsSpacedPhrase(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestInitialStopwords: a language's initials are letters of its
// stopwords-iso list, each once (see Lexicon.Initials).
func TestInitialStopwords(t *testing.T) {
	eachBesideStopwords(t, "stopwords-initials.txt", func(name string, l line, iso map[string]bool) {
		assert.True(t, iso[l.text], "%s:%d: %q is not in stopwords.txt", name, l.num, l.text)
		assert.Equal(t, 1, utf8.RuneCountInString(l.text), "%s:%d: %q is no letter", name, l.num, l.text)
	})
}

// TestStopPrefixes: an Arabic word that opens with the article, alone or
// after a preposition or a conjunction, holds a stopword; one that does
// not, or that is the article and one letter, does not.
func TestStopPrefixes(t *testing.T) {
	x, err := Load()
	require.NoError(t, err)
	ar, ok := x.ByCode("ar")
	require.True(t, ok)
	for w, want := range map[string]bool{
		"الجهاز": true, "والعزل": true, "للصحيفة": true, "بالماء": true,
		"جهاز": false, "الم": false, "ال": false,
	} {
		assert.Equal(t, want, x.Word([]byte(Key(w))).Stops.Has(ar), w)
	}
}
