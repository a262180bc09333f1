package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
)

// legacyTexts are a paragraph of news in each language, with the legacy
// encoding its sites wrote it in.
var legacyTexts = []struct {
	lang, enc, text string
}{
	{"de", "windows-1252", "Die Stadtverwaltung hat am Dienstag beschlossen, die alte Brücke über den Fluss vor dem Winter zu reparieren. Nach einer langen Debatte über die Zukunft des Hafens stimmte der Rat mit großer Mehrheit für den Plan. Die Arbeiten beginnen im April und dauern fast ein halbes Jahr; während dieser Zeit fahren die Fähren nach dem Sommerfahrplan."},
	{"fr", "windows-1252", "Le conseil municipal a décidé mardi de réparer le vieux pont avant l'hiver. Après un long débat sur l'avenir du port, le projet a été adopté à une large majorité. Les travaux commenceront en avril et dureront près de six mois ; pendant ce temps, les ferries suivront l'horaire d'été, a précisé la mairie."},
	{"es", "windows-1252", "El ayuntamiento decidió el martes reparar el viejo puente antes del invierno. Tras un largo debate sobre el futuro del puerto, el proyecto fue aprobado por una amplia mayoría. Las obras comenzarán en abril y durarán casi seis meses; durante ese tiempo, los transbordadores seguirán el horario de verano, según informó el alcalde."},
	{"pl", "windows-1250", "Rada miasta postanowiła we wtorek wyremontować stary most przed zimą. Po długiej debacie o przyszłości portu projekt został przyjęty zdecydowaną większością głosów. Prace rozpoczną się w kwietniu i potrwają prawie pół roku; w tym czasie promy będą kursować według letniego rozkładu, poinformował urząd miasta."},
	{"cs", "windows-1250", "Městská rada v úterý rozhodla, že starý most opraví ještě před zimou. Po dlouhé debatě o budoucnosti přístavu byl projekt schválen velkou většinou hlasů. Práce začnou v dubnu a potrvají téměř půl roku; během této doby budou trajekty jezdit podle letního jízdního řádu, uvedl úřad."},
	{"ru", "windows-1251", "Городской совет во вторник решил отремонтировать старый мост до наступления зимы. После долгих споров о будущем порта проект был одобрен большинством голосов. Работы начнутся в апреле и продлятся почти полгода; в это время паромы будут ходить по летнему расписанию, сообщили в мэрии."},
	{"ru", "koi8-r", "Городской совет во вторник решил отремонтировать старый мост до наступления зимы. После долгих споров о будущем порта проект был одобрен большинством голосов. Работы начнутся в апреле и продлятся почти полгода; в это время паромы будут ходить по летнему расписанию, сообщили в мэрии."},
	{"uk", "windows-1251", "Міська рада у вівторок вирішила відремонтувати старий міст до настання зими. Після довгих суперечок про майбутнє порту проєкт було схвалено більшістю голосів. Роботи почнуться у квітні й триватимуть майже пів року; у цей час пороми курсуватимуть за літнім розкладом, повідомили в мерії."},
	{"el", "windows-1253", "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να επισκευάσει την παλιά γέφυρα πριν από τον χειμώνα. Μετά από μακρά συζήτηση για το μέλλον του λιμανιού, το σχέδιο εγκρίθηκε με μεγάλη πλειοψηφία. Οι εργασίες θα ξεκινήσουν τον Απρίλιο και θα διαρκέσουν σχεδόν έξι μήνες."},
	{"he", "windows-1255", "מועצת העיר החליטה ביום שלישי לתקן את הגשר הישן לפני החורף. לאחר ויכוח ארוך על עתיד הנמל, התוכנית אושרה ברוב גדול. העבודות יתחילו באפריל ויימשכו כמעט חצי שנה, ובמהלכן המעבורות יפעלו לפי לוח הזמנים של הקיץ, כך נמסר מהעירייה."},
	{"ar", "windows-1256", "قرر مجلس المدينة يوم الثلاثاء إصلاح الجسر القديم قبل حلول الشتاء. وبعد نقاش طويل حول مستقبل الميناء، تمت الموافقة على المشروع بأغلبية كبيرة. وستبدأ الأعمال في أبريل وتستمر قرابة ستة أشهر، وخلال هذه الفترة ستعمل العبارات وفق جدول الصيف، حسبما أفادت البلدية."},
	{"lt", "windows-1257", "Miesto taryba antradienį nusprendė suremontuoti seną tiltą prieš žiemą. Po ilgų diskusijų apie uosto ateitį projektas buvo patvirtintas didele balsų dauguma. Darbai prasidės balandį ir truks beveik pusę metų; per tą laiką keltai kursuos pagal vasaros tvarkaraštį, pranešė savivaldybė."},
	{"th", "windows-874", "สภาเทศบาลมีมติเมื่อวันอังคารให้ซ่อมแซมสะพานเก่าก่อนฤดูหนาว หลังจากการถกเถียงกันเป็นเวลานานเกี่ยวกับอนาคตของท่าเรือ โครงการนี้ได้รับการอนุมัติด้วยคะแนนเสียงข้างมาก งานจะเริ่มในเดือนเมษายนและใช้เวลาเกือบหกเดือน"},
	{"zh", "gb18030", "市议会周二晚间决定，在冬季风暴来临之前修复旧石码头。此前，议员们就港口的未来进行了长时间的辩论，最终以多数票通过了这一方案。工程将于四月开始，持续近半年。在此期间，渡轮将按照夏季时刻表运行，市政府表示将尽量减少对居民出行的影响。"},
	{"zh", "big5", "市議會週二晚間決定，在冬季風暴來臨之前修復舊石碼頭。此前，議員們就港口的未來進行了長時間的辯論，最終以多數票通過了這一方案。工程將於四月開始，持續近半年。在此期間，渡輪將按照夏季時刻表運行，市政府表示將盡量減少對居民出行的影響。"},
	{"ja", "shift_jis", "市議会は火曜日の夜、冬の嵐が来る前に古い石の桟橋を修理することを決めた。港の将来について長い議論が続いたが、最終的に賛成多数で可決された。工事は四月に始まり、ほぼ半年続く予定だ。その間、フェリーは夏のダイヤで運航すると市は説明している。"},
	{"ja", "euc-jp", "市議会は火曜日の夜、冬の嵐が来る前に古い石の桟橋を修理することを決めた。港の将来について長い議論が続いたが、最終的に賛成多数で可決された。工事は四月に始まり、ほぼ半年続く予定だ。その間、フェリーは夏のダイヤで運航すると市は説明している。"},
	{"ko", "euc-kr", "시의회는 화요일 밤 겨울 폭풍이 오기 전에 오래된 돌 부두를 수리하기로 결정했다. 항구의 미래에 대한 긴 논쟁 끝에 이 안은 다수결로 통과되었다. 공사는 4월에 시작되어 거의 반년 동안 계속될 예정이며, 그 기간 동안 여객선은 여름 시간표에 따라 운항한다고 시는 밝혔다."},
}

// encodingNamed returns the legacy encoding of that name.
func encodingNamed(t testing.TB, name string) encoding.Encoding {
	for _, c := range legacyEncodings {
		if c.name == name {
			return c.enc
		}
	}
	require.Failf(t, "no such encoding", name)
	return nil
}

func TestGuessLegacy(t *testing.T) {
	for _, c := range legacyTexts {
		b, err := encodingNamed(t, c.enc).NewEncoder().Bytes([]byte(c.text))
		require.NoError(t, err, c.lang)
		_, name := guessLegacy(b)
		got, _ := decodeWith(b, encodingNamed(t, name), name)
		assert.Equal(t, c.text, got, "%s in %s, read as %s", c.lang, c.enc, name)
	}
}

// BenchmarkGuessLegacy guesses the encoding of 64 KB of Chinese in
// GB18030, of which it reads guessSample bytes in each encoding it tries;
// BenchmarkGuessLegacyLatin that of German in windows-1252, which it
// reads in the encodings of Latin scripts only (see latinBytes).
func BenchmarkGuessLegacy(b *testing.B) { benchmarkGuess(b, "zh", "gb18030") }

func BenchmarkGuessLegacyLatin(b *testing.B) { benchmarkGuess(b, "de", "windows-1252") }

func benchmarkGuess(b *testing.B, lang, enc string) {
	var text string
	for _, c := range legacyTexts {
		if c.lang == lang && c.enc == enc {
			for len(text) < 64<<10 {
				text += c.text + "\n"
			}
		}
	}
	in, err := encodingNamed(b, enc).NewEncoder().Bytes([]byte(text))
	require.NoError(b, err)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, name := guessLegacy(in); name != enc {
			b.Fatal(name)
		}
	}
}
