// Package clean strips site chrome from scraped web pages and keeps the
// article.
//
// Chrome is what a site repeats around its articles: navigation menus,
// cookie banners, sign-in prompts, share bars, breadcrumbs, "Read also" and
// "You Might Also Like" blocks, tags, newsletter prompts, footers, copyright
// lines. Given the text of a page (one block per line, as scrapers and
// renderers such as w3m -dump -cols 1024 write it) or its HTML, clean decides
// for every line whether it is article or chrome, keeps the article's lines
// in order, and says which rule decided each line. Text wrapped at a fixed
// width (w3m -dump without -cols, lynx -dump) is read a paragraph at a
// time, and each of a paragraph's lines gets its verdict.
//
// # Use
//
// For one document, [Text] or [HTML]:
//
//	res, err := clean.Text(page)
//	fmt.Print(res)           // headline, blank line, body
//	fmt.Println(res.Date)    // 2021-12-29
//
// For many, make a [Cleaner] once with [New] and use it from any number of
// goroutines. [Cleaner.TextContext] and [Cleaner.HTMLContext] stop when
// their context is done.
//
// Package cleantest checks pages of a project's own against golden files
// of their cleaned text, with a diff that names each differing line's
// rule.
//
// # How lines are decided
//
// Every line goes through the same steps:
//
//  1. The input is normalised ([Normalize]) and cut into lines; each line is
//     measured once, in one pass over its characters: words, stopwords of
//     the page's language, how it ends, list markers, repetition on the
//     page, phrases of known chrome.
//  2. Line rules vote: content (prose, sentence) or chrome (share-bar,
//     cookie-banner, nav-menu, ...), each with a strength. The strongest vote
//     on the winning side names the reason.
//  3. In HTML, the term pass keeps a definition list's term over a
//     definition of content ("-f format" over "Use format as the format
//     string."), whatever the rules said of the term alone, and the
//     post-head pass a thread's posters and dates, as the page's
//     microdata marks them, whatever the rules said of a name or a date
//     alone (once the span is found, it keeps the date over each post
//     of a thread that marks nothing too). The context
//     pass settles lines the rules left uncertain from their neighbours:
//     a short line between two paragraphs is content.
//  4. The article-span pass finds where the article starts and ends. Inside
//     it, weak chrome (short lines, list items, dates) stays: these are the
//     article's own subheadings, lists and steps. Strong chrome (share bars,
//     "Read also:" links, adverts) goes wherever it is. Outside it,
//     everything goes. A page that is not one article widens its span:
//     over the page's items in HTML (a product grid's cards, a listing's
//     entries, a thread's posts, a question's answers: the largest set of
//     like elements that each hold several lines) or in text over a shop's
//     grid of cards, each a few short lines that end with its price, or a
//     change log's releases, each a version's head over its changes; and
//     in text over the records spread over the page, or the posts of a
//     thread around the span; in HTML over a recipe's ingredients and
//     steps, as its JSON-LD names them. An article whose introduction a box parts
//     from the rest (a guide's contents and its products at a glance)
//     widens its span back over the introduction, and the box goes. Outside
//     the span, a run of three paragraphs or more of 150 words together,
//     each prose by its own votes and in no list or box, stays as a run
//     apart from the article (a product's description above the boxes of
//     other products, when the span took its reviews below them), but
//     below a heading that closes articles (a comment section).
//  5. The headline is lifted into Title, and its other copies removed; a
//     date is taken from a "date YYYY-MM-DD" prefix, a date line near the
//     headline, or else a byline next to it.
//  6. The output is read again, as a user cleaning it would, and what that
//     reading removes is removed, until a reading changes nothing (the
//     reread pass). A page with no line of strong chrome at all, such as
//     the output of a cleaning, is kept whole but for its headline. The
//     body is read alone too, and a first line that reading would lift as
//     its headline goes (body-headline).
//
// The HTML front end ([HTML]) reads the same features from the DOM, and
// more: link density, the enclosing nav, header, footer, aside and form,
// class and id names (share, related, comments, ...), headings, lists,
// tables, code and captions, and the page's main container, found as
// Readability finds it. It leaves out what the page does not show (the
// hidden attribute, display:none, classes that hide, aria-hidden), but
// reads a disclosure widget's panels (a FAQ's answers, a product's tabs), a
// carousel's slides out of view, and what is hidden from screen readers
// only because it repeats a link or a label; a text the page shows cut
// short ("... Read more") is read once, whole, from its hidden copy. Its
// metadata gives Title, Date and Author where the lines do not: JSON-LD,
// og:title, or the <title> without the site's name (the part an h1 gives,
// else the longest). A heading before the article that shares no word
// with that title, and is no h1 (a box's heading, a listing's first
// teaser), is not taken for the headline.
//
// [Rules] lists every rule and pass with what it catches; [WithoutRules]
// turns any of them off, and [WithBalance] trades precision for recall.
//
// # Languages
//
// What clean knows of a language is data: a lexicon per language, embedded
// in the package, with its stopwords (from stopwords-iso, 58 languages) and,
// for the languages that have them, the phrases of each kind of chrome
// ("Sign in", "Read more", "All rights reserved"), month names and the
// words of bylines and dates. Afrikaans, Arabic, Bengali, Bulgarian,
// Catalan, Chinese, Croatian, Czech, Danish, Dutch, English, Estonian,
// Finnish, French, German, Greek, Hebrew, Hindi, Hungarian, Indonesian,
// Italian, Japanese, Korean, Latvian, Lithuanian, Malay, Norwegian, Persian,
// Polish, Portuguese, Romanian, Russian, Slovak, Slovenian, Spanish,
// Swahili, Swedish, Thai, Turkish, Ukrainian, Urdu and Vietnamese have
// chrome phrases (English of every kind, the others of most); `go test -v
// -run TestLexiconGaps ./clean/internal/lang` lists what each lacks.
// The language of a page is the one whose stopwords cover most of its
// article; a phrase votes only on pages of its language, or on every page
// when its lexicon marks it as used everywhere (English interface words
// such as "Share" appear on pages in any language). When no stopword list
// covers enough, as in Chinese or Japanese, lines are judged by length,
// punctuation and structure alone, lengths counting characters for CJK
// scripts, and the phrases of every lexicon vote. Result.Lang is then ""
// but for a page in a script written without spaces between words, whose
// script tells its language: zh (Han), ja (Han and kana), ko (Hangul),
// th (Thai), lo (Lao), km (Khmer), my (Myanmar).
//
// # Guarantees
//
// For any input:
//
//   - Nothing is invented: every line of Body is a line of Normalize(input),
//     in input order. The one exception is the first line's "date
//     YYYY-MM-DD " prefix, which goes to Date while the rest of the line
//     stays. Title is the text of an input line, or of a heading that a
//     renderer wrapped over two or three lines, read as one line, or, for
//     HTML when no line is the headline, the title the page's metadata
//     gives.
//   - Cleaning is idempotent: cleaning the text of [Result.String] returns
//     the same text, for text and HTML input alike. Cleaning [Result.Body]
//     alone, as a user cleaning the "body" of a JSON record again does,
//     returns the same body and no title: a line that would open the body
//     and read as its headline goes (rule body-headline).
//   - Results are deterministic, and nothing panics.
//
// These are tested on the benchmark pages and fuzzed.
//
// # Untrusted input
//
// Text is read as UTF-8, UTF-16 with a byte order mark, or the legacy
// encoding it reads best in (windows-1252, GBK, Shift_JIS, windows-1251,
// ...); HTML as its declared or sniffed charset, or as UTF-8 when it is
// valid UTF-8 whatever it declares (see [Result.Encoding]). Invalid
// bytes are replaced by U+FFFD and counted in [Result.InvalidBytes]. Data
// with a NUL byte near its start is not text: it is refused with
// [ErrBinary]. [Limits] bound the size of a document, its number of lines,
// how much of a line is measured, how deep HTML is read and how many
// elements a page may have; over a limit the error is a [*LimitError].
// Within the default limits a document is cleaned in well under 2 GiB.
// HTML nested deeper than its parser takes (512 elements) is read with the
// deepest elements' tags ignored, their text kept; HTML whose misnested
// formatting tags would make the parser create more than MaxNodes
// elements is refused before it is parsed.
//
// # Site profiles
//
// Lines that recur verbatim across many documents of one site are chrome
// even when a page alone makes them look like prose: a disclaimer under
// every article, a tagline, a box the template repeats. A [Profile] counts
// them, per site, in a first pass; [WithProfile] lets the site-repeat pass
// remove them in the second. A document's site comes from its [Origin]
// (TextFrom, HTMLFrom): its URL's host, the page's canonical link, or the
// directory it was found in. Profiles are written to files and merged
// exactly, so a crawl can be counted in shards on separate machines.
//
// The site-repeat pass only removes lines, never the headline, never prose
// inside the article, and never every line of a page that has prose.
package clean
