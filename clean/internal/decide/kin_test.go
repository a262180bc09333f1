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

// TestKinAfterHeadsWithDates: reviews whose heads give the date among the
// stars, the reviewer's name and age ("★★★★★ ゆうこ さん 40代 / 女性
// 2024-03-02"), more words than a date line holds, are dated members for
// kinAfter (see headDate): a Japanese shop's two reviews had gone.
func TestKinAfterHeadsWithDates(t *testing.T) {
	page := `<html><body><main><h1>国産ひのき まな板 大 45cm 抗菌 日本製</h1>
<div class="desc"><h2>商品説明</h2>
<p>岐阜県東濃地方で育った樹齢60年以上のひのきを、職人が一枚ずつ削り出したまな板です。ひのき特有のやさしい香りと、包丁の刃あたりのやわらかさが特長です。</p>
<p>ひのきに含まれるヒノキチオールには抗菌作用があり、水はけも良いため、毎日のお手入れが簡単です。使用後は水で洗い、立てて乾かしてください。</p>
<table><tr><th>サイズ</th><td>約45×24×3cm</td></tr><tr><th>材質</th><td>ひのき（岐阜県産）</td></tr></table></div>
<div id="reviews"><h2>みんなのレビュー・口コミ</h2><div>4.65 (238件)</div><a href="#">レビューを書く</a>
<div class="review"><div><span>★★★★★</span> <span>ゆうこ さん</span> <span>40代 / 女性</span> <span>2024-03-02</span></div>
<p>香りがとても良く、切るたびに癒されます。大きめなので野菜をたくさん切っても余裕があります。</p><div>参考になった 12</div></div>
<div class="review"><div><span>★★★★☆</span> <span>たかし さん</span> <span>50代 / 男性</span> <span>2024-02-18</span></div>
<p>しっかりした作りで満足です。少し重いですが、そのぶん安定感があります。</p><div>参考になった 3</div></div>
</div></main><footer><p>© 2024 木工房やまと All rights reserved.</p></footer></body></html>`
	m, p := decideHTML(t, page)
	v := map[string]Verdict{}
	for i := range m.Lines {
		v[strings.TrimSpace(m.Lines[i].Content)] = p.Lines[i].Verdict
	}
	for _, line := range []string{"★★★★★ ゆうこ さん 40代 / 女性 2024-03-02", "香りがとても良く、切るたびに癒されます。大きめなので野菜をたくさん切っても余裕があります。", "★★★★☆ たかし さん 50代 / 男性 2024-02-18", "しっかりした作りで満足です。少し重いですが、そのぶん安定感があります。"} {
		assert.Equal(t, Keep, v[line], line)
	}
	for _, line := range []string{"レビューを書く", "参考になった 12"} {
		assert.Equal(t, Drop, v[line], line)
	}
}
