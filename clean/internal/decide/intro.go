package decide

import "github.com/cleanseeds/cleanseeds/clean/internal/source"

// introBefore widens an article span back over the article's
// introduction where a box parts the two: a guide's opening paragraphs
// above its table of contents and a box of the products it compares, a
// service page's opening above a form, a post's first paragraphs above a
// pull-out of links. Such a box costs the span more than the introduction
// adds, the more the longer it is, so the span began below it. The
// introduction is a run of at least reopenRun paragraphs, content by their
// own votes, of minIntroWords words or more, within maxIntroBox non-blank
// lines above the span; its lists, headings and pictures are its own. The
// box's lines go but those that are content (see applySpan): the span's
// text is the introduction and the rest of the article.
//
// It must not reach over a heading that closes an article (related links,
// comments): above one is another section. Nor does it run where a pass
// has widened the span already (a thread's posts, a page's items), or on a
// page of records, whose runs of paragraphs are records of their own.
// Measured: scrapinghub text-w3m 0.9391 -> 0.9408 (three news pages whose
// standfirst paragraphs a box of links parts from the story, +0.12 to
// +0.13); trafilatura text-w3m 0.9029 -> 0.9065 (six snippets); wceb
// text-w3m 0.7784 -> 0.7794, text-h2t 0.7870 -> 0.7885 (a service page's
// opening above its form, +0.29; a collection's buying guide above its
// grid, +0.28 in h2t); titles found text-w3m 0.3818 -> 0.3879, text-h2t
// 0.6303 -> 0.6364, as the headline is looked for above the introduction.
// A school's menu of programmes, each a name over a sentence, read as an
// introduction: -0.04 (text-w3m). Keeping the box's lines, as a span keeps
// weak chrome, gave as much overall but kept a pricing table above a tool
// (-0.03).
//
// A line of the related-links list that the page gives three times or
// more ("Read more") is no such heading but the button that ends each
// card of the box: a buying guide's opening paragraphs above its products
// at a glance, and a service page's sections above its case studies, had
// stayed out, and an alt text in the box had been the guide's title (wceb
// text-w3m 0.8050 -> 0.8052, those pages +0.030 and +0.068, titles found
// 0.4970 -> 0.5000; text-h2t +0.056 on the second, html +0.002 on the
// first; no other page of any set moves). Given twice, such a line may
// head two boxes. The span's masses (see spanMasses) still read it as a
// heading that closes: read as a button there, it left a news story's
// span to begin under a box of teasers, without the story's headline and
// first paragraphs, and a teaser became its title (scrapinghub text-w3m,
// that page 0.981 -> 0.887).
//
// In HTML, where a paragraph is an element of the page's own, two make an
// introduction: wceb html 0.8154 -> 0.8158 (two service pages' openings
// above their course lists or case studies, +0.07 and +0.03; a discussion
// site's story above its comment controls, +0.03; a buying guide's opening
// above its list of picks, +0.007),
// titles found 0.7242 -> 0.7273, and no page of any set falls. In text two
// took a photo's caption and the line above it, over a news page's box of
// videos, for an introduction: scrapinghub text-w3m -0.0006, trafilatura
// text-w3m -0.0005.
//
// maxIntroBox was 120 lines; a German buying guide's opening paragraphs
// and its list of key points stand above a table of contents and a
// comparison table of some 200 lines, and a technology article's above a
// long box too: at 320, trafilatura text-w3m 0.9203 -> 0.9215 (two
// snippets), wceb text-h2t 0.8102 -> 0.8103 (+0.009, +0.052), no page
// falls; numbered w3m +0.0006 (a forum 0.12 -> 0.45), lynx -0.0001 (a
// vendor's mega-menu, a product's name over its description, read as an
// introduction: -0.015). At 400 a wine shop's page lost two snippets in
// HTML, and from 600 in text too.
func introBefore(p *Page, prm params) {
	start := p.Start
	seen := 0            // non-blank lines read
	paras, words := 0, 0 // the run of paragraphs being read
	first, last := -1, -1
	least := prm.reopenRun // the fewest paragraphs of an introduction
	if p.m.HTML {
		least = minIntroParasHTML
	}
	intro := func() bool { return paras >= least && words >= minIntroWords }
	for i := start - 1; i >= 0 && seen < maxIntroBox; i-- {
		f, l := p.f(i), &p.Lines[i]
		if f.Blank {
			continue
		}
		seen++
		if l.class == chrome && l.bad.closes() && !(l.bad == RelatedBlock && f.Repeats >= 2) {
			break
		}
		if l.class == content && l.ruleClass == content && l.good == Prose && f.Marker == source.MarkNone {
			if paras == 0 {
				last = i
			}
			paras++
			words += f.Words
			first = i
			continue
		}
		if paras > 0 && (l.class == content || l.class == chrome && l.strong && l.bad.interrupts()) {
			continue // a list of the introduction, its headings, a picture
		}
		if intro() {
			break
		}
		paras, words, first, last = 0, 0, -1, -1
	}
	if intro() {
		p.Start, p.boxFrom, p.boxTo = first, last+1, start
	}
}

const (
	maxIntroBox   = 320 // the most non-blank lines read above the span for its introduction
	minIntroWords = 60  // the fewest words of an introduction
	// minIntroParasHTML is the fewest paragraphs of an introduction in
	// HTML, where a paragraph is an element of the page's own.
	minIntroParasHTML = 2
)
