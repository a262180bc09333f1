package clean

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/cleanseeds/cleanseeds/clean/internal/source"
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
	// MaxLines is the most lines a document may have, blank lines
	// included. A document with more is an error (*LimitError). Memory
	// grows with the number of lines, by one or two kilobytes each.
	MaxLines int
}

// DefaultLimits returns the limits a Cleaner has unless WithLimits says
// otherwise: documents up to 64 MiB and 524,288 lines, lines measured on
// their first MiB, HTML read 256 elements deep, pages of up to a million
// elements. Within them a document is cleaned in less than 2 GiB (about 1
// GiB at most, measured).
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:     64 << 20,
		MaxLineBytes: 1 << 20,
		MaxDepth:     256,
		MaxNodes:     1_000_000,
		MaxLines:     1 << 19,
	}
}

// WithLimits sets the limits of a Cleaner; its zero fields keep their
// default. Negative values are an error of [New].
func WithLimits(l Limits) Option {
	return func(c *config) { c.limits = l }
}

// withDefaults returns l with its zero fields set from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	for _, f := range []struct{ v, d *int }{
		{&l.MaxBytes, &d.MaxBytes}, {&l.MaxLineBytes, &d.MaxLineBytes},
		{&l.MaxDepth, &d.MaxDepth}, {&l.MaxNodes, &d.MaxNodes}, {&l.MaxLines, &d.MaxLines},
	} {
		if *f.v != 0 {
			*f.d = *f.v
		}
	}
	return d
}

// check reports a negative limit.
func (l Limits) check() error {
	if l.MaxBytes < 0 || l.MaxLineBytes < 0 || l.MaxDepth < 0 || l.MaxNodes < 0 || l.MaxLines < 0 {
		return fmt.Errorf("clean: negative limit in %+v", l)
	}
	return nil
}

// source returns the limits of the front ends.
func (l Limits) source() source.Limits {
	return source.Limits{MaxLines: l.MaxLines, MaxDepth: l.MaxDepth, MaxNodes: l.MaxNodes}
}

// limitError turns a front end's *source.LimitError into a *LimitError;
// other errors are returned as they are.
func limitError(err error) error {
	var le *source.LimitError
	if errors.As(err, &le) {
		return &LimitError{Limit: le.Limit, Value: le.Value, Max: le.Max}
	}
	return err
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
		if e.Value > e.Max {
			return fmt.Sprintf("page has %d elements, over the limit of %d (Limits.MaxNodes)", e.Value, e.Max)
		}
		return fmt.Sprintf("page would have more than %d elements once parsed (Limits.MaxNodes)", e.Max)
	case "MaxLines":
		if e.Value > e.Max {
			return fmt.Sprintf("document has %d lines, over the limit of %d (Limits.MaxLines)", e.Value, e.Max)
		}
		return fmt.Sprintf("document has more than %d lines (Limits.MaxLines)", e.Max)
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
	return false // a loop: string(b) of a []byte copied the bytes it looked at
}

// readLimited reads r to its end, or to one byte past max: then it returns
// a *LimitError. A reader that keeps returning no data and no error is an
// error too (io.ErrNoProgress), as bufio has it.
func readLimited(r io.Reader, max int) ([]byte, error) {
	n := int64(max)
	if n < math.MaxInt64 {
		n++
	}
	b, err := readAll(io.LimitReader(progress{r: r}, n), sizeHint(r, n))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, &LimitError{Limit: "MaxBytes", Max: max} // its size is not known
	}
	return b, nil
}

// sizeHint is the capacity to read r into: one byte more than r says it
// holds (a bytes.Reader's or a strings.Reader's Len, a regular file's
// size from its read offset), at most n; 512 bytes, as io.ReadAll starts,
// when r does not say.
func sizeHint(r io.Reader, n int64) int {
	size := int64(512)
	switch r := r.(type) {
	case interface{ Len() int }:
		size = int64(r.Len()) + 1
	case *os.File:
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			if off, err := r.Seek(0, io.SeekCurrent); err == nil && off <= fi.Size() {
				size = fi.Size() - off + 1
			}
		}
	}
	return int(min(max(size, 1), n, math.MaxInt32))
}

// readAll is io.ReadAll into a buffer of the given capacity to begin
// with: a document read whole once, rather than grown by doubling and
// copied on each growth.
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, max(size, 1))
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append grow the buffer
		}
	}
}

// progress is a reader that fails with io.ErrNoProgress when its reader
// returns no data and no error maxEmptyReads times in a row.
type progress struct {
	r io.Reader
}

// maxEmptyReads is how often a reader may return no data and no error in
// a row, as bufio counts.
const maxEmptyReads = 100

func (p progress) Read(b []byte) (int, error) {
	for range maxEmptyReads {
		n, err := p.r.Read(b)
		if n > 0 || err != nil || len(b) == 0 {
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}
