package clean_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// The non-news fixtures in testdata/pages: pages whose content is made of
// short lines. For each, lines (by their trimmed text) that are the page's
// content and must stay, and lines of chrome that must go.
var fixtures = []struct {
	file       string
	title      string
	keep, drop []string
}{
	{
		// A thread whose first post is the run of paragraphs the span
		// finds, with more posts after it than in it: the span goes on
		// over them to the heading that closes the thread (see
		// spreadThread).
		file:  "thread.txt",
		title: "Chain keeps slipping on the smallest cog",
		keep: []string{
			"My chain started slipping on the smallest cog last week, mostly when I push hard uphill out of the saddle on the way to work.",
			"spokes_and_sprockets", "2 May 2024 at 10:40",
			"Get a chain checker from any bike shop, they cost a few pounds and last for years.",
			"hill_climber", "Buy both together next time, it works out cheaper than two trips to the shop.",
			"I will look at the hanger at the weekend as well and report back here once it is all fitted and tested.",
		},
		drop: []string{
			"Forums | New posts | Members | Log in | Register", "Home > Forums > Cycling > Maintenance",
			"Like Quote Reply", "• Share", "You must log in or register to reply here.", "Similar threads",
			"• Gears skipping under load", "© 2024 Wheel Talk",
		},
	},
	{
		// The same thread with its longest post in the middle, and no
		// strong chrome between posts: the span goes back over the posts
		// before it too (see spreadThread).
		file:  "replies.txt",
		title: "Chain keeps slipping on the smallest cog",
		keep: []string{
			"My chain started slipping on the smallest cog last week, mostly when I push hard uphill on the way to work.",
			"spokes_and_sprockets", "Get a chain checker from any bike shop, because they cost only a few pounds and last for many years.",
			"Buy both together next time, it works out cheaper than two trips to the shop.",
		},
		drop: []string{
			"Forums | New posts | Members | Log in | Register", "You must log in or register to reply here.", "Similar threads",
			"© 2024 Wheel Talk",
		},
	},
	{
		// A question page: the span finds the longest answer; every post
		// ends with its buttons and an "Add a comment" prompt, which a
		// thread repeats and so does not close it. The span goes on over
		// the answers after it and back over the question and the answer
		// before it (see spreadThread).
		file:  "answers.txt",
		title: "Keeping home-baked bread fresh for a whole week",
		keep: []string{
			"I bake a loaf every weekend, and by Wednesday it has gone stale or mouldy. I have tried a paper bag and a plastic box, but neither keeps it soft for long.",
			"Freeze what you will not eat within two days, sliced, so that you can toast it straight from the freezer without thawing the whole loaf first.",
			"answered May 3, 2022 at 11:00",
			"Never put bread in the fridge, where it goes stale faster than on the counter because the starch crystallises at low temperatures, a process called retrogradation.",
			"A tin wrap is what my grandmother used, and it keeps a loaf fresh for longer than you would think, as long as the bread has cooled completely before it goes in.",
		},
		drop: []string{
			"• Home", "Log in  Sign up", "Share", "Follow", "Add a comment  |", "Your Answer", "Hot Network Questions",
			"• Why does my sourdough starter smell of nail polish?", "© 2024 Cooking Answers. All rights reserved.",
		},
	},
	{
		// A thread whose span holds its first three posts, the third
		// long, and two thirds of its words: too much for a thread by
		// threadShare alone. Four more posts follow, each under a date
		// later than the one before: the span goes on over them (see
		// datedPosts).
		file:  "dated.txt",
		title: "Tomato leaves curling and turning yellow from the bottom up",
		keep: []string{
			"I have grown tomatoes under glass for forty years, and I would look at the watering long before I blamed the feed.",
			"• 14 Mar 2024", "Curling on its own can be a reaction to heat, so check the thermometer on a sunny afternoon before you change anything.",
			"potting_shed_pete",
			"Good to hear it, and keep the Epsom salts going until the first fruits set, then switch to a tomato feed.",
		},
		drop: []string{
			"Forums | What's new | Members | Log in | Register", "Home > Forums > Growing > Vegetables",
			"You must log in or register to reply here.", "Similar threads", "• When to start feeding chillies", "© 2024 Plot Talk",
		},
	},
	{
		// An article with a table of numbers in its middle, its columns
		// aligned with spaces as w3m prints tables: the rows are the
		// article's, and do not cut it in two (see measure.Line.Aligned).
		file:  "tipping.txt",
		title: "How Much to Tip at a Restaurant",
		keep: []string{
			"Deciding how much to tip at a restaurant can feel like solving a maths problem on the spot, especially at the end of a long evening with friends.",
			"Bill Total     10%      15%      20%", "$10.00         $1.00    $1.50    $2.00", "$100.00        $10.00   $15.00   $20.00",
			"When the service was poor, speak to a manager rather than leaving nothing, since the staff may share the tips among the whole team.",
		},
		drop: []string{
			"• Home", "• Sign in", "Related guides", "• Menu Pricing Strategies", "© 2025 Tableside Inc. All rights reserved.",
		},
	},
	{
		// A listing as w3m prints it: numbered titles, each with its age
		// below, under a sentence that is the page's one paragraph. The
		// span finds the sentence; the entries follow it (see
		// numberedTitles).
		file: "jobs.txt",
		keep: []string{
			"These are jobs at startups we work with. See more on our careers page.",
			"1. Lumen Labs (W21) is hiring engineers for its search product (example.com)", "2 days ago",
			"4. Quarry AI is hiring (example.com)",
			"12. Copperleaf Energy is hiring engineers for grid software (example.com)", "13 days ago",
		},
		drop: []string{
			"● Jobs Boardnew | past | comments | ask | show | jobs | submit                  login",
			"Guidelines | FAQ | Lists | API | Security | Legal | Contact", "Search: [                    ]",
		},
	},
	{
		// A category page: two indexes, of subcategories and of pages,
		// their entries under headings of one letter. The span ends in the
		// second; its entries are the page's (see letterIndex).
		file:  "category.txt",
		title: "Computer languages",
		keep: []string{
			"This category lists individual programming languages. Articles about kinds of languages, their history and their design belong in the subcategories below.",
			"A", "• Academic programming languages (35 P)", "• Statically typed programming languages (2 C, 61 P)",
			"• Ada (programming language)", "H", "• Haskell", "• Smalltalk",
		},
		drop: []string{
			"Jump to content", "• Main page", "• Log in", "Search [                    ]", "Tools", "• What links here", "• Wikidata item",
		},
	},
	{
		// A listing whose entries a block of strong chrome cuts in two:
		// the span finds one half, and the page, a page of records whose
		// span holds half its content, is read whole (see spreadRecords).
		file:  "courses.txt",
		title: "Free online courses",
		keep: []string{
			"Learn to plan a bed, sow seeds and keep pests away in six short lessons.", "4.8 (1,204 reviews)",
			"• Bread Baking Basics", "• Watercolour Sketching", "4.4 (97 reviews)",
			"• Birdwatching for Beginners", "Throw a bowl and a mug on a wheel you can build in an afternoon from parts you have.",
		},
		drop: []string{
			"Home | Courses | Pricing | About", "Sign in to see your saved courses", "Accept all cookies",
			"Follow us on Twitter", "Home > Courses > Free", "© 2025 Open Courses. All rights reserved.",
		},
	},
	{
		file:  "docs.txt",
		title: "Configuring Tidewater",
		keep: []string{
			"Tidewater reads its settings from a TOML file when the server starts. The file is looked up in the current directory first, then in /etc/tidewater, and the first one found wins. Every setting can also be given as an environment variable, which takes precedence over the file.",
			"[server]",
			`listen = "127.0.0.1:7070"`,
			`data_dir = "/var/lib/tidewater"`,
			"$ tidewater serve --config tidewater.toml",
			"listening on 127.0.0.1:7070",
			"Settings",
			"Key            Type      Default           Meaning",
			`listen         string    "127.0.0.1:7070"  Address and port to accept clients on`,
			"max_clients    integer   1024              Connections served at once",
			`read_timeout   duration  "30s"             Time allowed for a request`,
			"Environment variables",
			"• TIDEWATER_LISTEN",
			"• TIDEWATER_READ_TIMEOUT",
			"Note: durations are written with a unit, such as 500ms, 30s or 5m.",
			"Reloading",
		},
		drop: []string{
			"Skip to main content", "• API Reference", "□ Installation", "Docs > Guides > Configuration",
			"Was this page helpful? Yes No", "Edit this page on GitHub", "← Installation", "First queue →",
			"© 2025 Tidewater Project. All rights reserved.", "Privacy Policy | Terms of Use",
		},
	},
	{
		file:  "forum.txt",
		title: "Squeaky disc brakes after cleaning",
		keep: []string{
			"3 March 2024 at 18:04",
			"I cleaned my bike with a household degreaser last week and since then the front disc brake squeaks badly every time I stop. It also feels weaker than before. Did I ruin the pads, or is there something I can do?",
			"3 March 2024 at 19:22",
			"1. Take the wheel out and remove the pads.",
			"2. Clean the rotor with isopropyl alcohol and a lint-free cloth.",
			"4. Refit everything and bed the brakes in with ten firm stops from walking speed.",
			"If it still squeaks after that, replace the pads.",
			"4 March 2024 at 08:47",
			"Thanks, that worked!",
			"4 March 2024 at 12:10",
			"Good to hear. For next time, cover the rotors with a plastic bag before you spray anything near them.",
		},
		drop: []string{
			"• Forums", "• Register", "Forums > Maintenance > Brakes", "Reply Quote Report",
			"You must log in or register to reply here.", "Similar threads", "• Best pads for wet weather?",
			"Contact us · Terms and rules · Privacy policy", "© 2024 Harbour Cyclists",
		},
	},
	{
		file:  "recipe.txt",
		title: "Oat and Apple Muffins",
		keep: []string{
			"These muffins are what I bake when the apples in the bowl start to go soft. They keep well for three days, and they are sweet enough for breakfast without being a cake.",
			"Ingredients",
			"• 2 cups rolled oats",
			"• 1/2 teaspoon cinnamon",
			"• 2 eggs",
			"• 2 apples, grated",
			"Instructions",
			"1. Heat the oven to 190°C and line a muffin tin.",
			"5. Fill the tin and bake for 20 minutes.",
			"Notes",
			"Calories  210",
			"Sugar     14 g",
		},
		drop: []string{
			"• Dinner", "Subscribe to our newsletter", "Home » Recipes » Baking", "Jump to Recipe Print Recipe",
			"[apple muffins on a wooden board]", "Share this recipe", "Pinterest Facebook Email",
			"You May Also Like", "• Pear and Ginger Loaf", "12 Comments", "Leave a Reply", "© 2024 The Small Kitchen",
		},
	},
	{
		file:  "product.txt",
		title: "Ridgeline Titanium Stove",
		keep: []string{
			"The Ridgeline is a canister stove that weighs less than a smartphone and boils a litre of water in about three and a half minutes. Its pot supports fold around the burner, so the whole stove fits inside a small cooking pot.",
			"• Weighs 56 g",
			"• Piezo igniter",
			"• Fits standard screw-thread gas canisters",
			"Material       Titanium and aluminium",
			"Boil time      3.5 minutes per litre",
			"Dimensions     8.2 x 4.5 cm folded",
			"What's in the box: the stove, a storage pouch and the instructions.",
		},
		drop: []string{
			"• Camping", "Search [                    ]", "Camping > Stoves > Backpacking stoves",
			"Quantity [1 ]", "[Add to cart]", "Add to wish list", "Customers also bought", "• Gas canister 230 g",
			"Write a review", "© 2025 Northfield Outdoor",
		},
	},
	{
		file:  "listing.txt",
		title: "Events in October",
		keep: []string{
			"All events are free unless a price is given. Booking opens two weeks before each event, at the desk or by phone.",
			"Saturday 5 October, 10:00",
			"Family story time",
			"Picture books and songs for children under five and their grown-ups, in the children's corner.",
			"Tuesday 8 October, 18:30",
			"Repair café",
			"Author talk: Writing about rivers",
			"Wednesday 23 October, 14:00",
			"One-to-one help with phones, tablets and online forms. No booking needed.",
		},
		drop: []string{
			"• Catalogue", "Events > This month", "Previous month | Next month", "Follow us on Facebook",
			"Contact us · Opening hours · Accessibility", "© 2025 Valley Library",
		},
	},
	{
		// A course page as a browser's innerText gives it (Chromium's
		// document.body.innerText of a page written for this project):
		// no list markers, a table's cells parted by tabs, the list
		// parted from the paragraph that introduces it by a blank line,
		// a sign-up form's fields not printed, the footer's links on one
		// line.
		file:  "innertext-course.txt",
		title: "Beekeeping for Beginners: Your First Season with a Hive",
		keep: []string{
			"By the end of the course, you will be able to:",
			"Choose a hive and a site for it in your garden", "Take off and extract your first honey",
			"Session\tDates\tFee", "Autumn evenings\t1 September – 20 October\t£180",
			"Fees are reduced by a third for students of the college and for members of the county beekeepers' association.",
			"If you are allergic to stings, please talk to the course tutor before you enrol. We keep an emergency kit at the apiary, and every tutor is trained in first aid.",
		},
		drop: []string{
			"Home About Privacy Terms", "Sign in", "By Maria Lindqvist • 3 March 2026", "Get our newsletter", "* indicates required",
			"Email Address * First Name", "Subscribe", "© 2026 Riverside Community College. All rights reserved.",
		},
	},
	{
		// A shop's questions and answers in w3m: the last answer, of 13
		// words and few stopwords, which no vote makes content, stays under
		// the question that ends the span (see lastBelow).
		file:  "faq-ru.txt",
		title: "Частые вопросы",
		keep: []string{
			"Сколько стоит доставка?", "Доставка по Москве стоит 299 рублей. При заказе от 5000 рублей доставка бесплатная.",
			"Какие способы оплаты вы принимаете?", "Мы принимаем банковские карты, СБП и наличные при получении заказа.",
			"Как вернуть товар?", "Товар надлежащего качества можно вернуть в течение 14 дней. Сохраните чек и упаковку.",
		},
		drop: []string{
			"Была ли эта информация полезной?", "ДаНет", "© 2024 ТехноМаркет. Все права защищены.",
			"Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
		},
	},
	{
		// A Polish recipe in w3m: its last step, of few stopwords, stays
		// with the four above it (see stepsBelow).
		file:  "recipe-pl.txt",
		title: "Pierogi ruskie – przepis babci",
		keep: []string{
			"• 500 g mąki pszennej", "• sól i pieprz", "Sposób przygotowania",
			"1. Ziemniaki ugotuj w osolonej wodzie i przeciśnij przez praskę.",
			"4. Z mąki, wody i oleju zagnieć gładkie ciasto, rozwałkuj i wycinaj krążki.",
			"5. Nakładaj farsz, sklejaj brzegi i gotuj pierogi 2–3 minuty od wypłynięcia.",
		},
		drop: []string{
			"Autor: Anna Kowalska | 12 marca 2024 | 23 komentarze", "Przejdź do przepisu Drukuj przepis", "Reklama",
			"Udostępnij: Facebook Pinterest E-mail", "Tagi: pierogi, kuchnia polska, obiad", "Zobacz także",
			"Komentarze (23)", "Odpowiedz", "© 2024 Kuchnia Domowa. Wszelkie prawa zastrzeżone.",
		},
	},
	{
		// A Chinese question page in w3m: its question, which gives no date,
		// is the title over the count of its answers (see
		// answeredQuestion), not the row of tags above it; the answers stay,
		// with their authors and dates, and the question's buttons and
		// counts go.
		file:  "answers-zh.txt",
		title: "阳台种番茄总是掉花怎么办？",
		keep: []string{
			"今年在阳台种了三盆番茄，开了很多花，但是大部分都掉了，只结了几个果。是不是浇水太多了？",
			"绿手指老王园艺爱好者，种菜十年", "番茄掉花最常见的原因是授粉不良。阳台上没有风也没有昆虫，花粉很难落到柱头上。",
			"发布于 2024-03-12 10:15", "小李种菜", "我去年也遇到过。后来少浇水，每周追一次磷钾肥，掉花明显少了。",
		},
		drop: []string{
			"园艺番茄阳台种菜", "关注者 356 被浏览 48,213", "默认排序", "126 人赞同了该回答", "38 人赞同了该回答",
			"查看全部 5 个回答", "相关问题", "关注问题写回答邀请回答好问题 12 添加评论分享", "赞同 126 12 条评论分享收藏喜欢",
		},
	},
}

// TestFixturesKeepTheirStructure checks the non-news pages: their list
// items, table rows, code and posts stay, and their chrome goes.
func TestFixturesKeepTheirStructure(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata/pages", f.file))
			require.NoError(t, err)
			res, err := clean.Text(string(src))
			require.NoError(t, err)
			assert.Equal(t, f.title, res.Title)
			assertVerdicts(t, res, f.keep, f.drop)
		})
	}
}

// assertVerdicts checks that the lines keep (by their trimmed text) are
// kept and the lines drop are dropped, naming the rule that decided
// otherwise.
func assertVerdicts(t *testing.T, res *clean.Result, keep, drop []string) {
	t.Helper()
	verdict := map[string]clean.Line{}
	for _, l := range res.Lines {
		verdict[strings.TrimSpace(l.Text)] = l
	}
	for _, k := range keep {
		l, ok := verdict[k]
		require.True(t, ok, "no line %q in the fixture", k)
		assert.Equal(t, clean.Keep, l.Verdict, "%q should stay; %s (%s)", k, l.Rule, l.Detail)
	}
	for _, d := range drop {
		l, ok := verdict[d]
		require.True(t, ok, "no line %q in the fixture", d)
		assert.Equal(t, clean.Drop, l.Verdict, "%q should go; kept by %s (%s)", d, l.Rule, l.Detail)
	}
}
