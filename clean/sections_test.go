package clean_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// TestNumberedStepsStay: a manual's numbered step or a policy's numbered
// section, whose heading a prompt's phrase makes ("1. Create an
// account", "4. Newsletter"), stays over its paragraph, in HTML and in
// text; a menu printed as a numbered list of links still goes.
func TestNumberedStepsStay(t *testing.T) {
	steps := []string{"1. Create an account", "2. Sign in", "3. Contact us"}
	paragraphs := []string{
		"On the portal's home page, select Create a resource, then search for Storage account and select Create to open the form.",
		"Open the portal with the account you created, and choose your organisation's directory if you belong to more than one.",
		"Write to the support team from the account's help page if the portal does not show the account after ten minutes.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Quickstart: Create a storage account</title></head><body>` +
		`<nav><ol><li><a href="/">Home</a></li><li><a href="/login">Log in</a></li><li><a href="/join">Sign up</a></li></ol></nav>` +
		`<main><h1>Quickstart: Create a storage account</h1>` +
		`<p>In this quickstart, you create a storage account with the portal. A storage account holds your blobs, files, queues and tables.</p>`)
	for i, s := range steps {
		b.WriteString("<h2>" + s + "</h2><p>" + paragraphs[i] + "</p>")
	}
	b.WriteString(`</main><footer>© 2024 Contoso</footer></body></html>`)
	res, err := clean.HTML(strings.NewReader(b.String()))
	require.NoError(t, err)
	for _, s := range steps {
		assert.Equal(t, clean.Keep, decision(t, res, s).Verdict, "html: %s", s)
	}
	for _, s := range []string{"2. Log in", "3. Sign up"} {
		assert.Equal(t, clean.Drop, decision(t, res, s).Verdict, "html: %s", s)
	}

	text := "Contoso Docs\n\n 1. Home\n 2. Log in\n 3. Sign up\n\nQuickstart: Create a storage account\n\n" +
		"In this quickstart, you create a storage account with the portal. A storage account holds your blobs, files, queues and tables.\n\n"
	for i, s := range steps {
		text += s + "\n\n" + paragraphs[i] + "\n\n"
	}
	res, err = clean.Text(text + "© 2024 Contoso\n")
	require.NoError(t, err)
	for _, s := range steps {
		assert.Equal(t, clean.Keep, decision(t, res, s).Verdict, "text: %s", s)
	}
	for _, s := range []string{" 2. Log in", " 3. Sign up"} {
		assert.Equal(t, clean.Drop, decision(t, res, s).Verdict, "text: %s", s)
	}
}

// TestNumberedPolicySection: a privacy policy's numbered section on its
// newsletter stays over its paragraph, as HTML's h2 and as w3m prints it,
// its items' text indented under them.
func TestNumberedPolicySection(t *testing.T) {
	page := `<html lang="de"><head><title>Datenschutzerklärung</title></head><body><main><h1>Datenschutzerklärung</h1>` +
		`<h2>3. Ihre Daten</h2><p>Wenn Sie unsere Website besuchen, speichert unser Server automatisch Informationen, die Ihr Browser übermittelt, etwa die aufgerufene Seite.</p>` +
		`<h2>4. Newsletter</h2><p>Für den Versand verwenden wir nur Ihre E-Mail-Adresse, die wir nach dem Ende des Versands löschen, und geben sie an niemanden weiter.</p>` +
		`<h2>5. Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie das Recht auf Datenübertragbarkeit.</p>` +
		`</main></body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, clean.Keep, decision(t, res, "4. Newsletter").Verdict)

	text := "Protokoll der Sitzung vom 12. März 2024\n\n" +
		" 1. Begrüssung\n    Andreas begrüsst die Anwesenden und stellt fest, dass die Versammlung beschlussfähig ist.\n" +
		" 2. Newsletter\n    Christine hat sich bereit erklärt, wieder regelmässig einen Newsletter für den Verein zu verfassen.\n" +
		" 3. Termine\n    Die nächste Sitzung findet im Juni statt, der Ort wird noch per Mail bekannt gegeben.\n"
	res, err = clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, clean.Keep, decision(t, res, " 2. Newsletter").Verdict)
}

// TestNumberedSentenceSteps: a numbered step that is a sentence of its
// own, with a prompt's phrase at its start ("1. Pobierz aplikację i
// wybierz „Otwórz konto”.", "1. Download the app and choose Open
// account."), stays in a list of steps under a heading, in text; a bank's
// page had lost it, in w3m and in its HTML's output cleaned again. A
// menu's numbered entry, no sentence, still goes.
func TestNumberedSentenceSteps(t *testing.T) {
	for _, c := range []struct{ intro, heading, step, rest string }{
		{"Konto otworzysz w 15 minut przez aplikację. Prowadzenie konta i karta kosztują 0 zł, bez żadnych warunków, przez cały czas.",
			"Jak otworzyć konto", "1. Pobierz aplikację i wybierz „Otwórz konto”.", "2. Potwierdź tożsamość przelewem weryfikacyjnym lub selfie z dowodem.\n3. Podpisz umowę kodem SMS. Gotowe!"},
		{"Opening an account takes fifteen minutes in the app, and the account and its card cost nothing to keep, with no conditions at all.",
			"How to open an account", "1. Download the app and choose Open account.", "2. Confirm who you are with a transfer or a selfie with your ID.\n3. Sign the agreement with a text message code."},
	} {
		res, err := clean.Text("Bank\n\nKonto\n\n" + c.intro + "\n\n" + c.heading + "\n\n" + c.step + "\n" + c.rest + "\n\n" + c.intro + "\n")
		require.NoError(t, err)
		assert.Equal(t, clean.Keep, decision(t, res, c.step).Verdict, c.step)
	}
	text := "Contoso\n\n 1. Home\n 2. Download the app\n 3. Sign up\n\nQuickstart\n\n" +
		"In this quickstart, you create a storage account with the portal. A storage account holds your blobs, files, queues and tables.\n"
	res, err := clean.Text(text)
	require.NoError(t, err)
	assert.Equal(t, clean.Drop, decision(t, res, " 2. Download the app").Verdict, "a menu's entry, no sentence")
}

// TestWikiHeadingWithEditLink: a wiki's heading with its section's edit
// link glued after it ("References[edit]", "Referencias[editar]") is the
// heading it would be without the link, in each language that prints
// one; a section of the article's own keeps its heading and its link.
func TestWikiHeadingWithEditLink(t *testing.T) {
	assertDropsBetween(t, map[string]map[string]string{
		"en": {"References[edit]": "references"},
		"es": {"Referencias[editar]": "references"},
		"de": {"Einzelnachweise[Bearbeiten | Quelltext bearbeiten]": "references"},
		"fr": {"Références[modifier | modifier le code]": "references"},
	})
	res := cleanBetween(t, "es", "Etimología[editar]")
	assert.Equal(t, clean.Keep, decision(t, res, "Etimología[editar]").Verdict)
}

// TestCountedShare: a post's counts of likes and comments before a share
// button's caption, their icons unprinted ("42 7 Share"), go as a share
// bar between two paragraphs; a line whose number counts something it
// names stays.
func TestCountedShare(t *testing.T) {
	assertDropsBetween(t, map[string]map[string]string{
		"en": {"42 7 Share": "share-bar", "1 Share": "share-bar", "128 14 3 Share": "share-bar"},
	})
	for _, line := range []string{"Top 10 Share", "7 ways to share"} {
		got := decision(t, cleanBetween(t, "en", line), line)
		assert.NotEqual(t, "share-bar", got.Rule, line)
	}
}
