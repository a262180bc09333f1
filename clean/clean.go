package clean

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/cleanseeds/cleanseeds/clean/internal/decide"
	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
	"github.com/cleanseeds/cleanseeds/clean/internal/measure"
	"github.com/cleanseeds/cleanseeds/clean/internal/source"
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
	disabled []string
	profiles []*Profile
	limits   Limits

	repeatSet      bool // WithRepeatThresholds was given
	repeatMinDocs  int
	repeatMinShare float64
}

// WithBalance sets the balance between precision and recall.
func WithBalance(b Balance) Option {
	return func(c *config) { c.balance = b }
}

// WithoutRules turns off the named rules and passes (see [Rules]). Naming a
// rule that does not exist is an error of [New].
func WithoutRules(names ...string) Option {
	return func(c *config) { c.disabled = append(c.disabled, names...) }
}

// WithProfile lets the cleaner use what a site profile says: lines that
// recur across many documents of a site are its chrome (see [Profile] and
// the site-repeat pass in [Rules]). Given more than once, the profiles are
// merged. The Cleaner takes what it needs from p when it is made; later
// changes to p do not reach it.
func WithProfile(p *Profile) Option {
	return func(cfg *config) { cfg.profiles = append(cfg.profiles, p) }
}

// WithRepeatThresholds sets how often a line must recur across the
// documents of its site for the site-repeat pass to remove it: in at least
// minDocs documents (2 or more), and in at least minShare of them (0 to
// 1). The defaults are DefaultRepeatMinDocs and DefaultRepeatMinShare: 3
// documents and 5%.
func WithRepeatThresholds(minDocs int, minShare float64) Option {
	return func(cfg *config) {
		cfg.repeatSet, cfg.repeatMinDocs, cfg.repeatMinShare = true, minDocs, minShare
	}
}

// A Cleaner cleans documents. It is immutable once made, and safe for
// concurrent use by multiple goroutines. The zero Cleaner, and a nil
// *Cleaner, clean with the defaults, as New() makes them.
type Cleaner struct {
	ready    bool
	lim      Limits // the limits, with their defaults
	lex      *lang.Lexicons
	dec      *decide.Decider
	reread   bool // the reread pass is on
	liftDate bool // the date-prefix pass is on
	sites    map[string]*decide.Site
	scratch  sync.Pool
}

// New returns a Cleaner with the given options.
func New(opts ...Option) (*Cleaner, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	var dc decide.Config
	switch cfg.balance {
	case Balanced:
		dc.Balance = decide.Balanced
	case FavorPrecision:
		dc.Balance = decide.FavorPrecision
	case FavorRecall:
		dc.Balance = decide.FavorRecall
	default:
		return nil, fmt.Errorf("clean: unknown balance %d", int(cfg.balance))
	}
	var unknown, reasons []string
	for _, n := range cfg.disabled {
		r, ok := decide.ByName(n)
		switch kind, _ := r.Info(); {
		case !ok:
			unknown = append(unknown, n)
		case kind == decide.Reason:
			reasons = append(reasons, n)
		default:
			dc.Disabled[r] = true
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, fmt.Errorf("clean: no rule named %s", strings.Join(unknown, ", "))
	}
	if len(reasons) > 0 {
		return nil, fmt.Errorf("clean: %s is a reason the article-span pass gives, not a rule to turn off", strings.Join(reasons, ", "))
	}
	if err := cfg.limits.check(); err != nil {
		return nil, err
	}
	lex, err := lang.Load()
	if err != nil {
		return nil, fmt.Errorf("clean: reading the lexicons: %w", err)
	}
	if !cfg.repeatSet {
		cfg.repeatMinDocs, cfg.repeatMinShare = DefaultRepeatMinDocs, DefaultRepeatMinShare
	}
	if cfg.repeatMinDocs < 2 || !(cfg.repeatMinShare >= 0 && cfg.repeatMinShare <= 1) {
		return nil, fmt.Errorf("clean: repeat thresholds of %d documents and a share of %v: want at least 2 documents and a share from 0 to 1", cfg.repeatMinDocs, cfg.repeatMinShare)
	}
	var sites map[string]*decide.Site
	switch len(cfg.profiles) {
	case 0:
	case 1:
		sites = cfg.profiles[0].recurring(cfg.repeatMinDocs, cfg.repeatMinShare)
	default:
		var all Profile
		for _, p := range cfg.profiles {
			all.Merge(p)
		}
		sites = all.recurring(cfg.repeatMinDocs, cfg.repeatMinShare)
	}
	return &Cleaner{
		ready:    true,
		lim:      cfg.limits.withDefaults(),
		lex:      lex,
		dec:      decide.New(dc),
		reread:   !dc.Disabled[decide.Reread],
		liftDate: !dc.Disabled[decide.DatePrefix],
		sites:    sites,
	}, nil
}

// defaultCleaner is the Cleaner of the zero and nil Cleaners.
var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New() })

// use returns the Cleaner that does c's work: c itself, or the default
// Cleaner for a zero or nil c.
func (c *Cleaner) use() (*Cleaner, error) {
	if c != nil && c.ready {
		return c, nil
	}
	return defaultCleaner()
}

// Text cleans s, the text of a web page: one block per line, as scrapers
// and renderers such as w3m -dump -cols 1024 write it; text wrapped at a
// fixed width (w3m's 80 columns without -cols) is read a wrapped paragraph
// at a time. Text in UTF-8 is read as it is, a byte order mark aside; text
// that is not is read as described at Result.Encoding.
//
// Text returns a *LimitError for a document over the Cleaner's Limits
// (MaxBytes, MaxLines), and ErrBinary for data that is not text.
func (c *Cleaner) Text(s string) (*Result, error) {
	return c.TextFrom(s, Origin{})
}

// TextFrom is Text for a document from origin o, which names its site for
// a site profile (see WithProfile).
func (c *Cleaner) TextFrom(s string, o Origin) (*Result, error) {
	return c.TextContext(context.Background(), s, o)
}

// TextContext is TextFrom, stopped when ctx is done: it then returns
// ctx.Err() within a few thousand lines of work (tens of milliseconds).
func (c *Cleaner) TextContext(ctx context.Context, s string, o Origin) (*Result, error) {
	c, err := c.use()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(s) > c.lim.MaxBytes {
		return nil, &LimitError{Limit: "MaxBytes", Value: len(s), Max: c.lim.MaxBytes}
	}
	if isBinary(s) {
		return nil, ErrBinary
	}
	sc := c.get()
	defer c.put(sc)
	if err := source.Text(&sc.doc, s, c.liftDate, c.lim.source()); err != nil {
		return nil, limitError(err)
	}
	return c.clean(ctx, sc, o.site(""))
}

// HTML cleans the HTML page read from r. Its encoding is found from its
// bytes (see Result.Encoding); when the page came over HTTP, HTMLFrom can
// also use the Content-Type header.
//
// It returns the reader's error, a *LimitError for a page over the
// Cleaner's Limits (it reads no more than Limits.MaxBytes and a byte), and
// ErrBinary for data that is not text.
func (c *Cleaner) HTML(r io.Reader) (*Result, error) {
	return c.HTMLFrom(r, Origin{})
}

// HTMLWithType is HTMLFrom with an Origin that gives only the page's
// Content-Type header.
func (c *Cleaner) HTMLWithType(r io.Reader, contentType string) (*Result, error) {
	return c.HTMLFrom(r, Origin{ContentType: contentType})
}

// HTMLFrom is HTML for a page from origin o: its Content-Type header, if
// any, decides the page's encoding, and its URL or Dir (after the page's
// own canonical link) name its site for a site profile (see WithProfile).
func (c *Cleaner) HTMLFrom(r io.Reader, o Origin) (*Result, error) {
	return c.HTMLContext(context.Background(), r, o)
}

// HTMLContext is HTMLFrom, stopped when ctx is done: it then returns
// ctx.Err() once the page is parsed, or within a few thousand lines of
// work after that.
func (c *Cleaner) HTMLContext(ctx context.Context, r io.Reader, o Origin) (*Result, error) {
	c, err := c.use()
	if err != nil {
		return nil, err
	}
	b, err := readLimited(r, c.lim.MaxBytes)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if isBinary(b) {
		return nil, ErrBinary
	}
	sc := c.get()
	defer c.put(sc)
	if err := source.HTML(&sc.doc, b, o.ContentType, c.lim.source()); err != nil {
		return nil, limitError(err)
	}
	return c.clean(ctx, sc, o.site(sc.doc.Meta.URL))
}

// Text cleans s with a Cleaner made from opts. See [Cleaner.Text]. Without
// options it uses one Cleaner shared by every call, which keeps its buffers
// between calls; with options, a Cleaner made once and used for many pages
// is faster.
func Text(s string, opts ...Option) (*Result, error) {
	c, err := cleanerOf(opts)
	if err != nil {
		return nil, err
	}
	return c.Text(s)
}

// cleanerOf returns the default Cleaner when there are no options, else a
// new Cleaner made from them.
func cleanerOf(opts []Option) (*Cleaner, error) {
	if len(opts) == 0 {
		return defaultCleaner()
	}
	return New(opts...)
}

// HTML cleans the page read from r with a Cleaner made from opts. See
// [Cleaner.HTML]; as with [Text], calls without options share a Cleaner.
func HTML(r io.Reader, opts ...Option) (*Result, error) {
	c, err := cleanerOf(opts)
	if err != nil {
		return nil, err
	}
	return c.HTML(r)
}

// Normalize returns text as the cleaner reads it. Every line of the Body
// of [Text]'s Result is a line of Normalize(input). Normalisation:
//
//   - decodes text that is not UTF-8 as described at [Result.Encoding]
//     (UTF-16 with a byte order mark; when the text has bytes outside
//     ASCII and barely any UTF-8 character, the legacy encoding it reads
//     best in, windows-1252 unless another reads clearly better), and
//     drops a byte order mark;
//   - replaces each remaining invalid UTF-8 byte with U+FFFD;
//   - turns CRLF, CR, NEL, U+2028 and U+2029 into LF;
//   - turns the Unicode space separators (no-break space, em space, ideographic
//     space, ...) into an ASCII space;
//   - removes invisible characters that carry no text: zero-width space, word
//     joiner, byte order mark, soft hyphen, directional marks and embeddings,
//     and control characters other than tab and newline (zero-width joiners
//     stay: emoji and several scripts need them);
//   - puts the text in Unicode normalisation form C;
//   - removes spaces and tabs at the end of every line.
//
// Leading indentation and the spaces inside a line are kept. Normalize is
// idempotent, and returns s itself, without allocating, when s is already
// normal.
func Normalize(s string) string {
	out, _, _ := source.ReadText(s)
	return out
}

// measureOptions are the options of the measure stage.
func (c *Cleaner) measureOptions(ctx context.Context) measure.Options {
	return measure.Options{MaxLineBytes: c.lim.MaxLineBytes, Done: ctx.Done()}
}
