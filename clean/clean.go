package clean

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Balance chooses between keeping too much and removing too much.
type Balance int

const (
	// Balanced is the default: the best F1 on the benchmarks.
	Balanced Balance = iota
	// FavorPrecision removes more: when a line is in doubt, it goes.
	FavorPrecision
	// FavorRecall keeps more: when a line is in doubt, it stays.
	FavorRecall
)

// String returns the name of b as the CLI's -balance flag takes it.
func (b Balance) String() string {
	switch b {
	case Balanced:
		return "balanced"
	case FavorPrecision:
		return "precision"
	case FavorRecall:
		return "recall"
	}
	return fmt.Sprintf("Balance(%d)", int(b))
}

// ParseBalance returns the Balance named s: "balanced", "precision" or
// "recall".
func ParseBalance(s string) (Balance, error) {
	for _, b := range []Balance{Balanced, FavorPrecision, FavorRecall} {
		if s == b.String() {
			return b, nil
		}
	}
	return 0, fmt.Errorf("unknown balance %q (want balanced, precision or recall)", s)
}

// An Option configures a Cleaner.
type Option func(*config)

type config struct {
	balance  Balance
	disabled map[string]bool
	corpus   *Corpus
	limits   Limits
}

// WithBalance sets the balance between precision and recall.
func WithBalance(b Balance) Option {
	return func(c *config) { c.balance = b }
}

// WithoutRules turns off the named rules and passes (see [Rules]). Naming a
// rule that does not exist is an error of [New].
func WithoutRules(names ...string) Option {
	return func(c *config) {
		if c.disabled == nil {
			c.disabled = map[string]bool{}
		}
		for _, n := range names {
			c.disabled[n] = true
		}
	}
}

// WithCorpus lets the cleaner use what a corpus of documents from the same
// source says: lines that recur across many of its documents are chrome. See
// [Corpus].
func WithCorpus(c *Corpus) Option {
	return func(cfg *config) { cfg.corpus = c }
}

// A Cleaner cleans documents. It is immutable once made, and safe for
// concurrent use by multiple goroutines.
type Cleaner struct {
	cfg   config
	rules []rule // the enabled line rules, in priority order
	prm   params
	lim   Limits // cfg.limits with its defaults
}

// New returns a Cleaner with the given options.
func New(opts ...Option) (*Cleaner, error) {
	c := &Cleaner{}
	for _, o := range opts {
		o(&c.cfg)
	}
	switch c.cfg.balance {
	case Balanced, FavorPrecision, FavorRecall:
	default:
		return nil, fmt.Errorf("clean: unknown balance %d", int(c.cfg.balance))
	}
	known := map[string]bool{}
	for _, r := range Rules() {
		known[r.Name] = true
	}
	var unknown []string
	for n := range c.cfg.disabled {
		if !known[n] {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, fmt.Errorf("clean: no rule named %s", strings.Join(unknown, ", "))
	}
	for _, r := range lineRules {
		if !c.cfg.disabled[r.name] {
			c.rules = append(c.rules, r)
		}
	}
	c.prm = paramsFor(c.cfg.balance)
	if err := c.cfg.limits.check(); err != nil {
		return nil, err
	}
	c.lim = c.cfg.limits.withDefaults()
	return c, nil
}

// Text cleans s, the text of a web page: one block per line, as scrapers
// and renderers such as w3m -dump write it. Text in UTF-8 is read as it is,
// a byte order mark aside; text that is not is read as described at
// Result.Encoding.
//
// Text returns a *LimitError for a document over the Cleaner's
// Limits.MaxBytes, and ErrBinary for data that is not text.
func (c *Cleaner) Text(s string) (*Result, error) {
	p, invalid, err := loadText(s, !c.cfg.disabled["date-prefix"], c.lim)
	if err != nil {
		return nil, err
	}
	return c.finish(p, invalid), nil
}

// HTML cleans the HTML page read from r. Its encoding is found from its
// bytes (see Result.Encoding); when the page came over HTTP, HTMLWithType
// can also use the Content-Type header.
func (c *Cleaner) HTML(r io.Reader) (*Result, error) {
	return c.HTMLWithType(r, "")
}

// HTMLWithType cleans the HTML page read from r, whose HTTP Content-Type
// header was contentType: its charset parameter, if any, decides the
// encoding unless the page starts with a byte order mark.
//
// It returns the reader's error, a *LimitError for a page over the
// Cleaner's Limits (it reads no more than Limits.MaxBytes and a byte), and
// ErrBinary for data that is not text.
func (c *Cleaner) HTMLWithType(r io.Reader, contentType string) (*Result, error) {
	p, invalid, err := loadHTML(r, contentType, c.lim)
	if err != nil {
		return nil, err
	}
	return c.finish(p, invalid), nil
}

// loadText is the way into the text front end for a whole document: it
// checks s against lim, decodes and normalises it, and cuts it into a page.
// It returns the number of invalid bytes replaced.
func loadText(s string, liftDate bool, lim Limits) (*page, int, error) {
	if len(s) > lim.MaxBytes {
		return nil, 0, &LimitError{Limit: "MaxBytes", Value: len(s), Max: lim.MaxBytes}
	}
	if isBinary(s) {
		return nil, 0, ErrBinary
	}
	s, enc := decodeTextString(s)
	norm, invalid := normalize(s)
	p := newTextPage(norm, liftDate, lim)
	p.encoding = enc
	return p, invalid, nil
}

// loadHTML is the way into the HTML front end: it reads r under lim,
// refuses binary data and builds the page. It returns the number of
// invalid bytes replaced.
func loadHTML(r io.Reader, contentType string, lim Limits) (*page, int, error) {
	b, err := readLimited(r, lim.MaxBytes)
	if err != nil {
		return nil, 0, err
	}
	if isBinary(b) {
		return nil, 0, ErrBinary
	}
	return newHTMLPage(b, contentType, lim)
}

// readLimited reads r to its end, or to one byte past max: then it returns
// a *LimitError.
func readLimited(r io.Reader, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, &LimitError{Limit: "MaxBytes", Max: max} // its size is not known
	}
	return b, nil
}

// finish classifies a page and builds its result.
func (c *Cleaner) finish(p *page, invalid int) *Result {
	p.corpus = c.cfg.corpus
	c.classify(p)
	if !c.cfg.disabled["reread"] {
		for round := range maxRereads {
			if changed, whole := c.reread(p, round < maxRereads/2); !changed && whole {
				break // what is printed is what a reading prints
			}
		}
	}
	r := p.result()
	r.InvalidBytes = invalid
	return r
}

// Text cleans s with a Cleaner made from opts. See [Cleaner.Text].
func Text(s string, opts ...Option) (*Result, error) {
	c, err := New(opts...)
	if err != nil {
		return nil, err
	}
	return c.Text(s)
}

// HTML cleans the page read from r with a Cleaner made from opts. See
// [Cleaner.HTML].
func HTML(r io.Reader, opts ...Option) (*Result, error) {
	c, err := New(opts...)
	if err != nil {
		return nil, err
	}
	return c.HTML(r)
}

// Result is a cleaned document.
type Result struct {
	// Title is the article's headline, when one was found. It is a line of
	// the input (for HTML with no such line, the title of the page's
	// metadata); it is not repeated in Body.
	Title string
	// Date is the article's date as YYYY-MM-DD, when one was found: a
	// "date YYYY-MM-DD" prefix on the first line, or a date line near the
	// headline ("Last updated: December 29, 2021").
	Date string
	// Body is the article: the kept lines in input order. Lines that were
	// adjacent in the input stay adjacent; a blank line separates
	// paragraphs, and stands where removed lines were.
	Body string
	// Author is the article's author, when the page's metadata names one
	// (HTML only).
	Author string
	// Lang is the ISO 639-1 code of the stopword list used, or "" when the
	// page was read in the language-independent mode.
	Lang string
	// Encoding is the character encoding the input was read in. For HTML:
	// a byte order mark, the Content-Type's charset, a <meta> declaration,
	// else UTF-8 when the page is valid UTF-8, else windows-1252. For text:
	// a byte order mark (UTF-8, UTF-16), else UTF-8 when the bytes are
	// UTF-8 with some invalid bytes among valid characters, else
	// windows-1252 (a superset of ISO 8859-1) when they hold bytes outside
	// ASCII and no UTF-8 character at all.
	Encoding string
	// Lines holds one decision per input line, blank lines included.
	Lines []Line
	// InvalidBytes counts the bytes of input that were not UTF-8 and were
	// replaced by U+FFFD.
	InvalidBytes int
}

// Verdict is the decision taken on a line.
type Verdict uint8

const (
	// Blank lines separate paragraphs; they are neither kept nor removed.
	Blank Verdict = iota
	// Keep puts the line in Body.
	Keep
	// Drop removes the line as chrome.
	Drop
	// Headline lifts the line into Title.
	Headline
)

// String returns the verdict's name as explanations print it.
func (v Verdict) String() string {
	switch v {
	case Blank:
		return "blank"
	case Keep:
		return "keep"
	case Drop:
		return "drop"
	case Headline:
		return "title"
	}
	return fmt.Sprintf("Verdict(%d)", int(v))
}

// Line is the decision on one input line.
type Line struct {
	// Num is the line's number in the normalised input, from 1.
	Num int
	// Text is the normalised line.
	Text string
	// Verdict says what became of the line.
	Verdict Verdict
	// Rule names the rule or pass that decided (see [Rules]); "" for blank
	// lines.
	Rule string
	// Detail says what the rule saw, when there is more to say: "42 words,
	// 45% stopwords".
	Detail string
}

// Kept returns the number of lines in Title and Body.
func (r *Result) Kept() int {
	n := 0
	for _, l := range r.Lines {
		if l.Verdict == Keep || l.Verdict == Headline {
			n++
		}
	}
	return n
}

// Removed returns the number of non-blank lines removed.
func (r *Result) Removed() int {
	n := 0
	for _, l := range r.Lines {
		if l.Verdict == Drop {
			n++
		}
	}
	return n
}

// String returns the document as the CLI prints it: the headline and a
// blank line when there is a headline, then the body, ending in a newline.
// Cleaning this text again returns it unchanged.
func (r *Result) String() string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteString("\n\n")
	}
	if r.Body != "" {
		b.WriteString(r.Body)
		b.WriteByte('\n')
	}
	return b.String()
}

// RuleInfo describes a rule or pass that can be turned off by name.
type RuleInfo struct {
	// Name is the rule's name, as explanations and WithoutRules use it.
	Name string
	// Kind is "line" for rules that vote on one line, "page" for passes over
	// the whole document.
	Kind string
	// Doc says what the rule catches.
	Doc string
}

// Rules returns every rule and pass: the line rules in priority order, then
// the page passes in the order they run.
func Rules() []RuleInfo {
	infos := make([]RuleInfo, 0, len(lineRules)+len(pagePasses))
	for _, r := range lineRules {
		infos = append(infos, RuleInfo{Name: r.name, Kind: "line", Doc: r.doc})
	}
	for _, p := range pagePasses {
		infos = append(infos, RuleInfo{Name: p.name, Kind: "page", Doc: p.doc})
	}
	return infos
}
