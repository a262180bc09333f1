package clean

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Limits bound the work and memory one document may take. Every input is
// untrusted: a limit turns a document that would take too much into an
// error, or reads part of it in a documented way, never into a crash.
// Zero fields take their value from [DefaultLimits].
type Limits struct {
	// MaxBytes is the largest document, in bytes as given (before
	// decoding). A larger one is an error (*LimitError).
	MaxBytes int
	// MaxLineBytes is how much of a line is measured: the words,
	// stopwords and phrases of a longer line are read from its first
	// MaxLineBytes bytes, and the verdict on them is the whole line's. The
	// line itself is kept or dropped whole, never cut.
	MaxLineBytes int
	// MaxDepth is how deep the HTML front end reads the structure of
	// nested elements; the content of an element deeper than that is read
	// as the flat text of one block. The HTML parser itself refuses pages
	// nested deeper than 512 elements: such pages are read again with
	// their elements beyond that depth ignored (their text stays).
	MaxDepth int
	// MaxNodes is the most HTML elements a page may have. A page with
	// more is an error (*LimitError).
	MaxNodes int
}

// DefaultLimits are the limits a Cleaner has unless WithLimits says
// otherwise: documents up to 64 MiB, lines measured on their first MiB,
// HTML read 256 elements deep, pages of up to a million elements.
var DefaultLimits = Limits{
	MaxBytes:     64 << 20,
	MaxLineBytes: 1 << 20,
	MaxDepth:     256,
	MaxNodes:     1_000_000,
}

// WithLimits sets the limits of a Cleaner; its zero fields keep their
// default. Negative values are an error of [New].
func WithLimits(l Limits) Option {
	return func(c *config) { c.limits = l }
}

// withDefaults returns l with its zero fields set from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxBytes != 0 {
		d.MaxBytes = l.MaxBytes
	}
	if l.MaxLineBytes != 0 {
		d.MaxLineBytes = l.MaxLineBytes
	}
	if l.MaxDepth != 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxNodes != 0 {
		d.MaxNodes = l.MaxNodes
	}
	return d
}

// check reports a negative limit.
func (l Limits) check() error {
	if l.MaxBytes < 0 || l.MaxLineBytes < 0 || l.MaxDepth < 0 || l.MaxNodes < 0 {
		return fmt.Errorf("clean: negative limit in %+v", l)
	}
	return nil
}

// A LimitError reports a document over one of its Cleaner's Limits.
type LimitError struct {
	Limit string // the field of Limits: "MaxBytes", "MaxNodes"
	Value int    // what the document has, if known; else 0
	Max   int    // the limit
}

func (e *LimitError) Error() string {
	switch {
	case e.Limit == "MaxBytes" && e.Value > e.Max:
		return fmt.Sprintf("document of %s is over the limit of %s (Limits.MaxBytes)", size(e.Value), size(e.Max))
	case e.Limit == "MaxBytes":
		return fmt.Sprintf("document is over the limit of %s (Limits.MaxBytes)", size(e.Max))
	}
	switch e.Limit {
	case "MaxNodes":
		return fmt.Sprintf("page has %d elements, over the limit of %d (Limits.MaxNodes)", e.Value, e.Max)
	}
	return fmt.Sprintf("%s %d is over the limit of %d", e.Limit, e.Value, e.Max)
}

// size writes a number of bytes for people.
func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// ErrBinary is returned for input that is not text: it has a NUL byte in
// its first binarySniff bytes, as images, archives and executables do and
// text in UTF-8 or a legacy encoding never does (text in UTF-16 starts with
// a byte order mark, and is read as such). Git and grep decide the same
// way.
var ErrBinary = errors.New("binary data, not text (a NUL byte near the start)")

// binarySniff is how many leading bytes are looked at for a NUL.
const binarySniff = 8000

// isBinary reports whether b looks like binary data (see ErrBinary).
func isBinary[T ~string | ~[]byte](b T) bool {
	if len(b) >= 2 && (b[0] == 0xfe && b[1] == 0xff || b[0] == 0xff && b[1] == 0xfe) {
		return false // UTF-16 with a byte order mark
	}
	for i := range min(len(b), binarySniff) {
		if b[i] == 0 {
			return true
		}
	}
	return false
}

// measuredPrefix returns the part of s that is measured under a limit of
// max bytes: all of it, or its first max bytes cut back to a character
// boundary.
func measuredPrefix(s string, max int) string {
	if max <= 0 || len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}
