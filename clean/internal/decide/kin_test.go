package decide

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKinAfter: two dated reviews under their own heading after a
// product's description and table are kept with their authors and dates,
// and the strong chrome among them goes (kinAfter). Teasers of the same
// shape, each a linked title, stay out: they are the next stories.
func TestKinAfter(t *testing.T) {
	const head = `<html><body><main><h1>Czajnik elektryczny Bosch TWK3A011</h1>
<section class="description"><h2>Opis produktu</h2>
<p>Czajnik Bosch TWK3A011 łączy klasyczny wygląd z praktycznymi rozwiązaniami. Pojemność 1,7 litra wystarcza, by zagotować wodę na kilka herbat naraz, a moc 2400 W sprawia, że trwa to niespełna trzy minuty.</p>
<p>Płaska grzałka ukryta pod stalowym dnem łatwo się czyści i nie osadza się na niej tyle kamienia. Wyjmowany filtr zatrzymuje drobinki, które mogłyby trafić do filiżanki, a pokrywa otwiera się szeroko.</p></section>
<section class="specs"><h2>Specyfikacja</h2><table><tr><th>Pojemność</th><td>1,7 l</td></tr><tr><th>Moc</th><td>2400 W</td></tr></table></section>
`
	const reviews = `<section class="reviews"><h2>Opinie klientów (128)</h2><div>Średnia ocena 4,6 / 5</div><button>Napisz opinię</button>
<div class="review"><div class="author">Marta</div><div class="date">12 marca 2024</div><p>Szybko gotuje wodę i jest cichy. Po pół roku używania nie ma śladu kamienia.</p><div>Czy ta opinia była pomocna? <button>Tak (14)</button></div></div>
<div class="review"><div class="author">Krzysztof</div><div class="date">3 lutego 2024</div><p>Dobry czajnik za rozsądną cenę. Jedyny minus to zapach przez pierwsze dni.</p><div>Czy ta opinia była pomocna? <button>Tak (6)</button></div></div>
</section>`
	const teasers = `<section class="more"><h2>Zobacz też</h2>
<div class="teaser"><a href="/p/1">Jak odkamienić czajnik domowymi sposobami</a><div>12 marca 2024</div><p>Ocet, kwasek cytrynowy czy soda: sprawdziliśmy, co działa najlepiej.</p></div>
<div class="teaser"><a href="/p/2">Który czajnik wybrać do małej kuchni</a><div>3 lutego 2024</div><p>Porównaliśmy dziesięć modeli pod względem pojemności i hałasu.</p></div>
</section>`
	const tail = `</main><footer><p>© 2024 Domex Sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer></body></html>`
	verdicts := func(page string) map[string]Verdict {
		m, p := decideHTML(t, page)
		v := map[string]Verdict{}
		for i := range m.Lines {
			v[strings.TrimSpace(m.Lines[i].Content)] = p.Lines[i].Verdict
		}
		return v
	}
	v := verdicts(head + reviews + tail)
	for _, line := range []string{"Opinie klientów (128)", "Marta", "12 marca 2024", "Szybko gotuje wodę i jest cichy. Po pół roku używania nie ma śladu kamienia.", "Krzysztof", "Dobry czajnik za rozsądną cenę. Jedyny minus to zapach przez pierwsze dni."} {
		assert.Equal(t, Keep, v[line], line)
	}
	for _, line := range []string{"Napisz opinię", "Czy ta opinia była pomocna? Tak (14)", "© 2024 Domex Sp. z o.o. Wszelkie prawa zastrzeżone."} {
		assert.Equal(t, Drop, v[line], line)
	}
	v = verdicts(head + teasers + tail)
	for _, line := range []string{"Jak odkamienić czajnik domowymi sposobami", "Ocet, kwasek cytrynowy czy soda: sprawdziliśmy, co działa najlepiej."} {
		assert.Equal(t, Drop, v[line], line)
	}
}
