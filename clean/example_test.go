package clean_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

const examplePage = `Sign In
  • Home
  • World
  • Business

Council approves the new river bridge

Last updated: March 3, 2024
Share

The city council voted on Tuesday to approve a new bridge over the river, ending a debate that had lasted for more than three years.

Read also: Five bridges that changed the city

Work is expected to begin in the spring, and the council said that it would publish a timetable before the end of the month.

Tags: city, transport
© 2024 The Daily Planet. All rights reserved.
`

func ExampleText() {
	res, err := clean.Text(examplePage)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Title:", res.Title)
	fmt.Println("Date:", res.Date)
	fmt.Println(res.Body)
	// Output:
	// Title: Council approves the new river bridge
	// Date: 2024-03-03
	// The city council voted on Tuesday to approve a new bridge over the river, ending a debate that had lasted for more than three years.
	//
	// Work is expected to begin in the spring, and the council said that it would publish a timetable before the end of the month.
}

// Every input line has a decision, named by the rule or pass that took it.
func ExampleResult_Lines() {
	res, err := clean.Text(examplePage)
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range res.Lines {
		if l.Verdict != clean.Blank {
			fmt.Printf("%-5s %-14s %.30s\n", l.Verdict, l.Rule, strings.TrimSpace(l.Text))
		}
	}
	// Output:
	// drop  sign-in        Sign In
	// drop  nav-label      • Home
	// drop  nav-menu       • World
	// drop  nav-menu       • Business
	// title headline       Council approves the new river
	// drop  date-line      Last updated: March 3, 2024
	// drop  share-bar      Share
	// keep  prose          The city council voted on Tues
	// drop  related-link   Read also: Five bridges that c
	// keep  prose          Work is expected to begin in t
	// drop  tags           Tags: city, transport
	// drop  copyright      © 2024 The Daily Planet. All r
}

// A Cleaner is made once and used for many documents, from any number of
// goroutines.
func ExampleNew() {
	c, err := clean.New(clean.WithBalance(clean.FavorRecall), clean.WithoutRules("date-prefix"))
	if err != nil {
		log.Fatal(err)
	}
	for _, doc := range []string{examplePage, "date 2024-03-04 A line of text that is the whole article, and a sentence.\n"} {
		res, err := c.Text(doc)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d kept, %d removed\n", res.Kept(), res.Removed())
	}
	// Output:
	// 3 kept, 9 removed
	// 1 kept, 0 removed
}

func ExampleHTML() {
	page := `<html><head><title>Bridge approved</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Council approves the new river bridge</h1>
<p>The city council voted on Tuesday to approve a new bridge over the river, ending a debate that had lasted for more than three years.</p>
<p>Work is expected to begin in the spring, and the council said that it would publish a timetable before the end of the month.</p>
<footer>© 2024 The Daily Planet</footer>
</body></html>`
	res, err := clean.HTML(strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res)
	// Output:
	// Council approves the new river bridge
	//
	// The city council voted on Tuesday to approve a new bridge over the river, ending a debate that had lasted for more than three years.
	//
	// Work is expected to begin in the spring, and the council said that it would publish a timetable before the end of the month.
}

// A site profile finds the chrome that only shows as such across the
// pages of a site: here, a disclaimer that each page alone would keep as a
// paragraph. Profiles of parts of a crawl can be saved and merged.
func ExampleProfile() {
	disclaimer := "The views expressed here are those of the author and do not reflect the position of the newspaper."
	articles := []string{
		"The council voted on Tuesday to approve a new bridge over the river, after a debate of three years.",
		"The school will open a new library in the autumn, the head teacher told parents at a meeting on Monday.",
		"Heavy rain caused the river to burst its banks on Sunday, and several roads were closed for hours.",
	}
	profile := clean.NewProfile()
	for i, a := range articles {
		from := clean.Origin{URL: fmt.Sprintf("https://news.example/%d", i)}
		if err := profile.AddText(a+"\n\n"+disclaimer+"\n", from); err != nil {
			log.Fatal(err)
		}
	}
	c, err := clean.New(clean.WithProfile(profile))
	if err != nil {
		log.Fatal(err)
	}
	res, err := c.TextFrom(articles[0]+"\n\n"+disclaimer+"\n", clean.Origin{URL: "https://news.example/0"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Body)
	for _, l := range res.Lines {
		if l.Verdict == clean.Drop {
			fmt.Printf("%s (%s)\n", l.Rule, l.Detail)
		}
	}
	// Output:
	// The council voted on Tuesday to approve a new bridge over the river, after a debate of three years.
	// site-repeat (in 3 of 3 documents of news.example)
}

// Limits turn an input too big to clean into an error, and data that is not
// text is refused.
func ExampleWithLimits() {
	c, err := clean.New(clean.WithLimits(clean.Limits{MaxBytes: 1 << 10}))
	if err != nil {
		log.Fatal(err)
	}
	_, err = c.Text(strings.Repeat("A line of text.\n", 100))
	var limit *clean.LimitError
	if errors.As(err, &limit) {
		fmt.Println(limit.Limit, err)
	}
	_, err = c.Text("\x89PNG\r\n\x1a\n\x00\x00")
	fmt.Println(errors.Is(err, clean.ErrBinary))
	// Output:
	// MaxBytes document of 1.6 KiB is over the limit of 1.0 KiB (Limits.MaxBytes)
	// true
}
