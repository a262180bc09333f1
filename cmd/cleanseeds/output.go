package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/diff"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

// output is standard output, buffered. It keeps the first write error;
// after one it writes nothing more, and onError is called once.
type output struct {
	dest    io.Writer // where it writes to
	w       *bufio.Writer
	err     error
	onError func()
}

func newOutput(w io.Writer) *output {
	return &output{dest: w, w: bufio.NewWriterSize(w, 64<<10)}
}

func (o *output) Write(b []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(b)
	if err != nil {
		o.fail(err)
	}
	return n, err
}

// flush writes what is buffered, and returns the first write error.
func (o *output) flush() error {
	if o.err == nil {
		if err := o.w.Flush(); err != nil {
			o.fail(err)
		}
	}
	return o.err
}

func (o *output) fail(err error) {
	o.err = err
	if o.onError != nil {
		o.onError()
	}
}

// emit hands on one outcome, in input order: it reports its error, or
// prints or writes what the flags ask for.
func (c *cli) emit(o outcome) {
	j := o.job
	c.bar.done(o)
	if o.err != nil {
		c.report(j.name(), o.err)
	}
	if j.in.jsonl && c.cfg.outDir != "" {
		c.emitRecordFile(o)
		return
	}
	if o.res == nil {
		return
	}
	name := j.name()
	switch {
	case c.page != nil:
		c.page.doc(name, o.res)
	case c.cfg.jsonl:
		var b bytes.Buffer
		record.WriteJSON(&b, j.in.path, j.line, o.pass, o.res, c.cfg.explain)
		c.stdout.Write(b.Bytes())
	case c.cfg.explain:
		c.printExplain(name, o.res)
	case c.cfg.list || c.cfg.diff:
		if c.cfg.list && o.res.Removed() > 0 {
			fmt.Fprintln(c.stdout, name)
		}
		if c.cfg.diff {
			var b bytes.Buffer
			if err := diff.Unified(&b, name+".orig", name, inputText(o.res), o.out); err != nil {
				c.report(name, err)
				return
			}
			c.stdout.Write(b.Bytes())
		}
	case c.cfg.write || c.cfg.outDir != "":
	default:
		if c.multi {
			fmt.Fprintf(c.stdout, "==> %s <==\n", name)
		}
		io.WriteString(c.stdout, o.out)
	}
}

// emitRecordFile writes the records of a JSONL input, as -format jsonl
// prints them, to its -o destination: a file written whole once the
// input's last record is in, or not at all when the input could not be
// read or another input writes there.
func (c *cli) emitRecordFile(o outcome) {
	in, f := o.job.in, &c.recordFile
	switch {
	case in.conflict != nil:
		if o.job.last {
			c.report(in.path, in.conflict)
		}
		return
	case f.out == nil && !f.failed && !(o.job.last && o.err != nil):
		err := checkOut(in)
		if err == nil {
			f.out, err = createAtomic(in.dst, c.outPerm(in))
		}
		if err != nil {
			c.report(in.path, err)
			f.failed = true
		}
	}
	if o.res != nil && f.out != nil {
		f.buf.Reset()
		record.WriteJSON(&f.buf, in.path, o.job.line, o.pass, o.res, c.cfg.explain)
		if _, err := f.out.Write(f.buf.Bytes()); err != nil {
			c.report(in.path, err)
			f.out.Abort()
			f.out, f.failed = nil, true
		}
	}
	if o.job.last {
		if f.out != nil {
			if err := f.out.Commit(); err != nil {
				c.report(in.path, err)
			}
		}
		*f = recordFile{buf: f.buf}
	}
}

// recordFile is the -o output of the JSONL input being emitted.
type recordFile struct {
	out    *atomicFile
	failed bool // it could not be written: the input's records go nowhere
	buf    bytes.Buffer
}

// inputText returns the normalised input of a result, one line per line.
func inputText(r *clean.Result) string {
	var b strings.Builder
	for _, l := range r.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// printExplain prints each line with its verdict and rule; with several
// documents, each opens with a "==> name <==" header.
func (c *cli) printExplain(name string, r *clean.Result) {
	var b bytes.Buffer
	if c.multi {
		fmt.Fprintf(&b, "==> %s <==\n", name)
	}
	for _, l := range r.Lines {
		why := l.Rule
		if l.Detail != "" {
			why += " (" + l.Detail + ")"
		}
		fmt.Fprintf(&b, "%5d %-5s %-32s | %s\n", l.Num, l.Verdict, why, l.Text)
	}
	c.stdout.Write(b.Bytes())
}
