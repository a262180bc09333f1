package clean_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// Pages in languages beyond the first lexicons: their chrome phrases go
// by the rule that names them, the article stays, and the date is read.
func TestLanguages(t *testing.T) {
	cases := []struct {
		name, lang, date string
		article          []string
		chrome           map[string]string // line → rule
	}{
		{
			name: "Russian", lang: "ru", date: "2024-03-12",
			article: []string{
				"Городской совет во вторник вечером решил отремонтировать старый каменный причал до начала зимних штормов, после долгого спора о будущем гавани.",
				"Работы начнутся в апреле и продлятся почти полгода, а паром всё это время будет ходить по летнему расписанию, сообщили в администрации города.",
			},
			chrome: map[string]string{"Поделиться": "share-bar", "Читайте также: Новый паром выйдет на линию летом": "related-link", "Войти": "sign-in", "Комментарии": "comments", "Политика конфиденциальности": "nav-label", "В корзину": "nav-label"},
		},
		{
			name: "Polish", lang: "pl", date: "2024-03-12",
			article: []string{
				"Rada miasta zdecydowała we wtorek wieczorem, że stary kamienny pomost zostanie wyremontowany przed zimowymi sztormami, po długiej dyskusji o przyszłości portu.",
				"Prace rozpoczną się w kwietniu i potrwają prawie pół roku, a prom będzie w tym czasie kursował według letniego rozkładu, poinformował urząd miasta.",
			},
			chrome: map[string]string{"Udostępnij": "share-bar", "Czytaj także: Nowy prom wypłynie latem": "related-link", "Zaloguj się": "sign-in", "Komentarze": "comments", "Polityka prywatności": "nav-label", "Dodaj do koszyka": "nav-label"},
		},
		{
			name: "German", lang: "de", date: "2024-03-12",
			article: []string{
				"Der Stadtrat hat am Dienstagabend beschlossen, die alte steinerne Mole noch vor den Winterstürmen zu sanieren, nach einem langen Streit über die Zukunft des Hafens.",
				"Die Arbeiten beginnen im April und dauern fast ein halbes Jahr, und die Fähre fährt in dieser Zeit nach dem Sommerfahrplan, teilte die Stadtverwaltung mit.",
			},
			chrome: map[string]string{
				"Schreibe einen Kommentar Antworten abbrechen":                                              "comments",
				"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.": "site-notice",
				"Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.":      "newsletter",
				"Impressum":        "nav-label",
				"In den Warenkorb": "nav-label",
				"Lesen Sie auch die folgenden Beiträge:": "related-block",
				"Ähnliche Themen":                        "related-block",
				"JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser, bevor du fortfährst.": "site-notice",
				"Du verwendest einen veralteten Browser. Es ist möglich, dass diese oder andere Websites nicht korrekt angezeigt werden.":     "site-notice",
			},
		},
		{
			name: "Portuguese", lang: "pt", date: "2024-03-12",
			article: []string{
				"A câmara municipal decidiu na terça-feira à noite reformar o velho cais de pedra antes das tempestades de inverno, depois de uma longa discussão sobre o futuro do porto.",
				"As obras começam em abril e vão durar quase meio ano, e a balsa vai circular durante esse tempo segundo o horário de verão, informou a prefeitura.",
			},
			chrome: map[string]string{"Você pode gostar...": "related-block", "Veja também": "related-block", "Compartilhar": "share-bar", "Entrar": "sign-in"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dateLine := map[string]string{"ru": "12 марта 2024", "pl": "12 marca 2024", "de": "12. März 2024", "pt": "12 de março de 2024"}[c.lang]
			var b strings.Builder
			for line := range c.chrome {
				b.WriteString(line + "\n\n")
			}
			b.WriteString(dateLine + "\n\n")
			for _, p := range c.article {
				b.WriteString(p + "\n\n")
			}
			res, err := clean.Text(b.String())
			require.NoError(t, err)
			assert.Equal(t, c.lang, res.Lang)
			assert.Equal(t, c.date, res.Date)
			for _, p := range c.article {
				assert.Contains(t, res.Body, p)
			}
			for line, rule := range c.chrome {
				got := decision(t, res, line)
				assert.Equal(t, clean.Drop, got.Verdict, line)
				assert.Equal(t, rule, got.Rule, line)
			}
		})
	}
}
