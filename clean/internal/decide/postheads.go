package decide

// keepPostHeads is the post-head pass: in HTML, a post's author's name
// and its date, each alone on its line, as the page's microdata marks
// them (see source.DOM.PostHead), are content, whatever the rules said of
// them alone. A thread gives who wrote each post and when: forum software
// prints the poster's name as a link over the post, and the date under
// it; the name read as a link, or as a line the page repeats (a poster
// who writes twice), and the date as the page's date line, and where the
// page's main text is one post (an opening review), they went outside
// it, and the replies read as one voice. The poster's title, join date
// and post count, its card, are no post's head, and go as before.
//
// wceb html 0.8354 -> 0.8357, its forums 0.7427 -> 0.7443: four threads
// of one forum software +0.010 to +0.036; a thread whose truth holds its
// first post alone -0.051, as its replies' names and dates join them, and
// one whose truth is a summary -0.0002. No other page of any set, nor
// any output of the other corpora, moves: Discourse prints a post's name
// and date on one line, which stayed, and Stack Exchange's question pages
// mark no name alone.
func (d *Decider) keepPostHeads(p *Page) {
	if !p.m.HTML || !d.on(PostHead) {
		return
	}
	for i := range p.Lines {
		if l := &p.Lines[i]; p.f(i).DOM.PostHead && l.ruleClass != content {
			l.ruleClass, l.good = content, PostHead
		}
	}
}
