package measure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// song is a song's lyrics as a text renderer prints them: four stanzas,
// the chorus twice, no line ending a sentence.
const song = "Salí de casa con el alba\ncon la maleta medio vacía\nllevaba tu nombre en la garganta\ny una promesa que no cumplía\n\n" +
	"Y voy por los caminos del sur\nbuscando el mar que me prometiste\ny voy por los caminos del sur\ncantando lo que nunca dijiste\n\n" +
	"Pasaron pueblos y estaciones\npasaron noches sin dormir\nguardé en el pecho tus canciones\npara no tener que despedir\n\n" +
	"Y voy por los caminos del sur\nbuscando el mar que me prometiste\ny voy por los caminos del sur\ncantando lo que nunca dijiste\n"

// TestMarkVerse checks that a song's stanzas are verse, and that blocks
// of short lines that are no stanzas are not: a stanza alone, a box of
// titles in title case, lines with numbers, a list.
func TestMarkVerse(t *testing.T) {
	verse := func(text string) (n, of int) {
		eachTextLine(t, text, func(_ string, l *Line) {
			if !l.Blank {
				of++
				if l.Verse {
					n++
				}
			}
		})
		return n, of
	}
	page := "Inicio › Letras › Banda Ejemplo\n\nLos Caminos del Sur\n\n" + song + "\nCompositores: Ana Ruiz / Mateo Soler\n"
	n, of := verse(page)
	assert.Equal(t, 16, n, "the song's lines, of %d", of)

	// A lyrics site's sections, labelled, as w3m prints them: no blank
	// line parts the first from the advertisement's label over it, nor
	// the last from the writers' names under it.
	labelled := "Northbound Train\n\nThe Low Hills\nAlbum: Quiet Country (2019)\nAdvertisement\n[Verse 1]\n" +
		"I left the porch light burning\nwhen the northbound train came through\nthe kettle still was warm, love\nand the kitchen smelled of you\n\n" +
		"(Chorus)\nOh the northbound train\ncarries all my pain\ndown the iron line\nand it won't come back again\n\n" +
		"[Verse 2]\nThere's a letter on the table\nthat I never could send\nit says I'm sorry, darling\nit says this is the end\n" +
		"Writer(s): J. Carver, M. Ellis\nLyrics licensed by LyricFind\n"
	n, _ = verse(labelled)
	assert.Equal(t, 12, n, "a labelled song")

	// An Arabic song, one of whose lines holds no stopword.
	ar := "خرجت من البيت في الفجر\nوحقيبتي نصفها فارغ\nاسمك في حلقي يا حبيبي\nووعد لم يكتمل بعد\n\n" +
		"أمشي على طريق الجنوب\nأبحث عن البحر الذي وعدتني\nأمشي على طريق الجنوب\nأغني ما لم تقله لي\n"
	n, _ = verse("طريق الجنوب\n\n" + ar)
	assert.Equal(t, 8, n, "an Arabic song")

	// A Chinese song: no case, no spaces, its words its characters.
	zh := "清晨我离开了家\n行李里只有一半\n你的名字在喉咙里\n一个没兑现的诺言\n\n" +
		"我走在南方的路上\n寻找你说过的海洋\n我走在南方的路上\n唱着你没说出的话\n"
	n, _ = verse("南方的路\n\n" + zh)
	assert.Equal(t, 8, n, "a Chinese song")
	n, _ = verse("首页\n新闻\n体育\n\n财经\n科技\n汽车\n\n" + "iPhone发布会今晚举行\n新款手机售价公布\n苹果股价上涨三成\n\n")
	assert.Zero(t, n, "a Chinese menu's entries, and titles with Latin letters")

	stanza := strings.SplitN(song, "\n\n", 2)[0] + "\n"
	n, _ = verse("Los Caminos del Sur\n\n" + stanza + "\nCompositores: Ana Ruiz / Mateo Soler\n")
	assert.Zero(t, n, "one stanza alone")

	titles := "How to Grow Tomatoes in Pots on a Balcony\nWhy Your Basil Keeps Dying and What to Do\nThe Best Soil for a Kitchen Garden\nA Guide to Watering in the Summer Heat\n\n"
	n, _ = verse("Most read\n\n" + titles + titles)
	assert.Zero(t, n, "titles in title case")

	dated := "the ferry leaves at 9 from the north quay\nthe bus goes at 10 from the station\nthe train is at 11 on the old line\n\n"
	n, _ = verse(dated + dated + dated)
	assert.Zero(t, n, "lines with numbers")

	list := "  • the ferry leaves from the north quay\n  • the bus goes from the station\n  • the train is on the old line\n\n"
	n, _ = verse(list + list + list)
	assert.Zero(t, n, "list items")
}
