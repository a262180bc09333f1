package decide

import (
	"regexp"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
)

// Rules that read a text renderer's own drawing of what a page shows
// besides its text: pictures, form fields and buttons, and lynx's list of
// link addresses.

// image catches rendered images, which carry their alt text, not the
// article's. Renderer markup: w3m's [alt] and markdown's ![alt](url).
func image(l *measure.Line, _ *Page) float64 {
	if l.Image {
		return -1
	}
	return 0
}

// pictureFile catches a picture's file name alone on its line (see
// measure.PictureFile). It interrupts the text without ending it. wceb
// text-w3m 0.7891 -> 0.7896 (forum +0.0020, service +0.0015; 14 pages
// up, 2 down). A gift guide of scrapinghub gives one such name before
// each product: kept, they had parted its paragraphs into records;
// dropped, it reads as one article, whose span opens under its first
// paragraphs (-0.017 on that page, text-w3m 0.9444 -> 0.9443).
func pictureFile(l *measure.Line, _ *Page) float64 {
	if l.Words > 0 && l.File {
		return -1
	}
	return 0
}

// linkRefs catches the list of link addresses that lynx prints after a
// page (see measure.Line.LinkRef).
func linkRefs(l *measure.Line, _ *Page) float64 {
	if l.LinkRef {
		return -4
	}
	return 0
}

// inputBox is a form field as w3m renders it inside a line: "Search [
// ]", "Quantity [1 ]".
var inputBox = regexp.MustCompile(`\[[^\]]{0,3} +\]`)

// hasInputBox reports whether l holds a form's field as w3m renders one
// (see inputBox).
func hasInputBox(l *measure.Line) bool {
	return l.Punct&measure.PunctBracket != 0 && inputBox.MatchString(l.Content)
}

// formWidget catches rendered form fields and buttons, alone on their line
// or in a short line with their label. Renderer markup: w3m's [    ], [Go],
// [Search], "Quantity [1 ]". A line of code after a field is code: w3m
// prints a toggle's box before a listing's first line ("[ ]const { spawn
// } = require('node:child_process');").
func formWidget(l *measure.Line, _ *Page) float64 {
	if l.Widget || l.Words <= 8 && !l.Code && !l.CodeSyntax() && hasInputBox(l) {
		return -1
	}
	return 0
}

// buttons votes against a line of an HTML page that is mostly the
// captions of buttons that act (see source.DOM.Buttons), a label beside
// them or not: a shop's "カラー カートに入れる お気に入りに追加" (colour,
// add to cart, add to favourites), which no row of whole phrases matches
// for its label, had stayed between a product's price and its
// description. Weak, and no more than a rule of the page's structure
// votes: in the page's main container such a line stays in doubt, and a
// strong vote of another rule still names it ("inside form"). At -1.3 a
// thread's "save hide report" and "best" over its comments, chrome then,
// had ended a Reddit thread before its replies, and a blog's "Folgen"
// had stayed, its form's vote outweighed. Not on a card of a page's
// items, whose truths keep their captions (a film list's "Mark as
// watched" under each of 250 entries: wceb html -0.33 on that page), nor
// on a sentence or a question (a course's FAQ, each question a button
// whose class names no accordion). wceb html 0.8356 -> 0.8357, seven
// pages up (+0.0003 to +0.013: a furniture shop's buy box, its media and
// Q&A counts and its returns box, a mover's "Book a move" and "Get Free
// Quote"), none down.
func buttons(l *measure.Line, _ *Page) float64 {
	if l.DOM.Buttons && l.DOM.Record == 0 && l.End != measure.EndSentence {
		return -0.9
	}
	return 0
}

// radioButtons catches w3m's radio buttons, "( )" and "(*)", that open a
// line or stand twice in it: a sort control ("(*)Hot( )Top( )New"), a
// search's scope ("• ( )Everywhere"), a review filter's "( ) Positive
// (1,466,027)", a quiz's answers. Across the wceb renderings their truths
// keep 26 of 120 such lines, all on two shops' pages of reviews. Like a
// list's sort control, they interrupt the page's text without ending it:
// as a form widget, which ends it, they had cut a service page's quiz
// from its questions. wceb text-w3m 0.7890 -> 0.7891, service 0.8163 ->
// 0.8180 (the quiz's page +0.10, five others up; a shop whose truth keeps
// its reviews' filter -0.008). Prose does not open with "( )".
func radioButtons(l *measure.Line, _ *Page) float64 {
	if !l.Code && hasRadio(l) {
		return -1
	}
	return 0
}

// hasRadio reports whether l opens with a radio button as w3m renders it,
// "( )" or "(*)", or holds two; radioButton, which makes a line no prose,
// asks less: an unchosen one anywhere.
func hasRadio(l *measure.Line) bool {
	c := l.Content
	if strings.HasPrefix(c, "( )") || strings.HasPrefix(c, "(*)") {
		return true
	}
	return strings.Count(c, "( )")+strings.Count(c, "(*)") >= 2
}
