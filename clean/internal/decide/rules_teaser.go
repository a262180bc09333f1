package decide

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
)

// The teaser rule: a cut summary of another article, and what a cut
// paragraph of the page's own is not (see also cutBelow).

// teaser votes against cut summaries ("In Ethiopia, applying for a visa to
// Canada has long been seen as a confusing and risky process — often…"):
// articles do not cut their own paragraphs. An ellipsis that cuts a word or
// follows it without a space outweighs the prose vote; across the
// ScrapingHub pages it ends 81 chrome lines of eight words or more and 6
// article lines. A spaced ellipsis is also how writers trail off ("Here's
// what I want you to remember …"), so it only makes a long line uncertain.
//
// In HTML, inside the page's main container (see source.DOM.Main), a cut
// word only makes a line uncertain too: there it is the last paragraph a
// paywall cuts ("... has bee…"), which the page shows as its own, or a
// listing's own entries, cut as its teasers are (scrapinghub html 0.9681
// -> 0.9697, a news page +0.30; trafilatura html 0.9321 -> 0.9341, a
// listing of press releases, four snippets). A newsletter's teasers of
// other posts inside its main container stay as they did (one wceb page
// -0.0009). So does a plain paragraph, no list item and no link, inside
// an element whose class names the content (source.DOM.Content,
// "entry-content"), where the main container is another (a blog's
// comments): a writer trails off so ("Die Stadt steht schwarz und
// schweiget…"), and a teaser's card is a link or a list's item
// (trafilatura html 0.9458 -> 0.9463, a poem's blog post two snippets;
// wceb html 0.8296 -> 0.8297, a course page +0.050 whose first section's
// cut paragraph no longer parts it from the span; two forum threads keep
// posts that end so, which their truths leave out, -0.015 and -0.003).
// As "post" names a teaser's card too, a list item there goes as before
// (a news page's list of cut teasers classed "post" had become its body).
//
// Nor is a paragraph cut where it introduces the list of sentences under
// it (see measure.Line.Introduces): "Many shoppers prefer to start ...
// within our shelving furniture, including…" over the collections, each
// an item. A teaser is followed by its title or the next teaser, and the
// cut item of a list is not such a paragraph. Only a cut word counts: a
// spaced ellipsis over a list item ("... what a time to be alive ...")
// was a news page's teaser. A shop's introduction to its collections had
// gone (wceb 0.88 -> 0.97 on that page in each text mode, +0.08 in html);
// no other page of the benchmarks or their renderings moves.
//
// Nor is one token without a space or an underscore a teaser: a
// program's option that a manual lists with an ellipsis
// ("--trace-children-skip=patt1,patt2,..."), five of which Valgrind's
// manual lost; Debian's html2text joins a link's words with underscores,
// and such a teaser stays one. Nor is a line of code that shows code's
// syntax: a comment, "// Generate Alice's keys...", which Node's
// listings lost in w3m's renderings. No page of any set or rendering
// moves.
func teaser(l *measure.Line, _ *Page) float64 {
	if l.End != measure.EndEllipsis || l.Words < 3 || l.Words > 80 || l.CJK == 0 && !strings.ContainsAny(l.Content, " _") || l.ShowsCode() {
		return 0
	}
	cut := cutWord(l.Content)
	if cut && l.Introduces {
		return 0
	}
	if cut && !l.DOM.Main && !(l.DOM.Content && l.Marker == source.MarkNone && l.DOM.Links == 0) {
		return -2
	}
	return -1.2
}

// cutWord reports whether s ends with an ellipsis right after a letter or
// digit: "Cancellat...", "the…".
func cutWord(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	switch {
	case strings.HasSuffix(s, "..."):
		s = strings.TrimRight(s, ".")
	case strings.HasSuffix(s, "…"):
		s = strings.TrimSuffix(s, "…")
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
