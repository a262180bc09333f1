package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

// cli is one run of the program.
type cli struct {
	ctx    context.Context // done: start no more documents
	cancel context.CancelFunc
	cfg    config
	stdin  io.Reader
	stdout *output
	stderr io.Writer
	failed bool

	stdinOnce sync.Once
	stdinData []byte
	stdinErr  error
	stdinFile *os.File // standard input, kept for a second pass

	cleaner *clean.Cleaner
	multi   bool        // more than one document: each printed one is headed by its name
	bar     *progress   // the progress bar, and the summary of -v
	page    *htmlReport // the report of -explain -format html

	recordFile recordFile  // the -o output of the JSONL input being emitted
	umask      fs.FileMode // the mode bits new files do not get
}

// outcome is the work done on one job, waiting to be emitted in order.
type outcome struct {
	job  *job
	res  *clean.Result
	out  string         // the cleaned document, as written
	pass []record.Field // the fields of a record that pass through
	err  error

	counted bool // the document was counted into a profile
}

// report prints an error once, as "name: reason", and marks the run failed.
// An error that names a path already, as os.Open's do, says only its
// reason.
func (c *cli) report(name string, err error) {
	c.failed = true
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	c.bar.printf("%s: %v\n", name, err)
	if c.page != nil {
		c.page.fail(name, err)
	}
}

// run cleans, or with -profile-out alone counts, every document named by
// paths.
func (c *cli) run(paths []string) {
	c.ctx, c.cancel = context.WithCancel(c.ctx)
	defer c.cancel()
	c.umask = umask()
	passes := 1
	if c.cfg.corpus {
		passes = 2
	}
	c.bar = startProgress(c.stderr, c.showProgress(), passes)
	defer c.bar.stop()
	if c.cfg.report {
		c.page = newHTMLReport(c.stdout)
	}
	ins := c.collect(paths)
	c.bar.setTotal(ins)

	opts := c.cfg.opts
	for _, path := range c.cfg.profiles {
		p, err := readProfileFile(path)
		if err != nil {
			c.report(path, err)
			return
		}
		opts = append(opts, clean.WithProfile(p))
	}
	if c.cfg.corpus || c.cfg.profileOut != "" {
		if err := c.keepStdin(ins); err != nil {
			c.report(stdinName, err)
			return
		}
		defer c.dropStdin()
		p := c.count(ins, !c.cfg.corpus)
		if c.cfg.profileOut != "" {
			if err := writeProfileFile(c.cfg.profileOut, p); err != nil {
				c.report(c.cfg.profileOut, err)
			}
		}
		switch {
		case c.ctx.Err() != nil:
			c.finish(len(ins), len(ins))
			return
		case !c.cfg.corpus:
			c.finish(0, len(ins))
			return
		}
		opts = append(opts, clean.WithProfile(p))
	}
	cleaner, err := clean.New(opts...)
	if err != nil {
		c.report("cleanseeds", err)
		return
	}
	c.cleaner = cleaner
	c.multi = len(ins) > 1
	for i := range ins {
		c.multi = c.multi || ins[i].jsonl
	}
	if c.cfg.outDir != "" {
		planOutputs(ins, c.cfg.outDir)
	}
	c.bar.startPass()
	done := 0
	ordered(c.ctx, c.cfg.jobs, c.produce(ins), c.process, func(o outcome) {
		if c.ctx.Err() != nil && errors.Is(o.err, c.ctx.Err()) {
			return // stopped by the interrupt: left as it was
		}
		c.emit(o)
		if o.job.last || !o.job.in.jsonl {
			done++
		}
	})
	c.finish(len(ins)-done, len(ins))
}

// finish ends the run: it reports an interrupt that left skipped of total
// inputs as they were, and an output that could not be written.
func (c *cli) finish(skipped, total int) {
	if c.recordFile.out != nil {
		c.recordFile.out.Abort() // the run stopped in the middle of the input
	}
	if c.page != nil {
		c.page.end()
	}
	if err := c.stdout.flush(); err != nil {
		c.report("cleanseeds", fmt.Errorf("writing standard output: %w", err))
	}
	if c.ctx.Err() != nil && c.stdout.err == nil {
		c.report("cleanseeds", fmt.Errorf("interrupted: %d of %d inputs left as they were", skipped, total))
	}
	c.bar.stop()
	if c.cfg.verbose {
		c.bar.summary()
	}
}

// produce returns the producer of the jobs of ins: a job for each input,
// or for each record of a JSONL input.
func (c *cli) produce(ins []input) func(send func(*job) bool) {
	return func(send func(*job) bool) {
		for i := range ins {
			in := &ins[i]
			if in.jsonl {
				if !c.records(in, send) {
					return
				}
				continue
			}
			if !send(&job{in: in}) {
				return
			}
		}
	}
}

// process cleans one job and, for a whole input with -w or -o, writes the
// result. Errors are in the outcome; they are reported when it is
// emitted.
func (c *cli) process(_ int, j *job) outcome {
	o := outcome{job: j, err: j.err}
	switch {
	case o.err != nil, j.last:
		if o.err == nil && c.cfg.write {
			o.err = errors.New("-w cannot rewrite JSONL records in place; use -o")
		}
		return o
	case j.line > 0:
		c.processRecord(&o)
		return o
	case j.in.conflict != nil:
		o.err = j.in.conflict
		return o
	}
	in := j.in
	data, err := c.read(in)
	if err != nil {
		o.err = err
		return o
	}
	if kindOf(c.cfg.kind, in, data) == kindHTML {
		if c.cfg.write {
			o.err = errors.New("-w would replace HTML with text; use -o")
			return o
		}
		o.res, o.err = c.cleaner.HTMLContext(c.ctx, bytes.NewReader(data), in.origin())
	} else {
		o.res, o.err = c.cleaner.TextContext(c.ctx, string(data), in.origin())
	}
	if o.err != nil {
		return o
	}
	o.out = o.res.String()
	switch {
	case c.cfg.write:
		if o.out != string(data) {
			o.err = writeInPlace(in, []byte(o.out))
		}
	case c.cfg.outDir != "":
		o.err = c.writeOut(in, []byte(o.out))
	}
	return o
}

// processRecord cleans a record of a JSONL input.
func (c *cli) processRecord(o *outcome) {
	r, err := record.Parse(o.job.data, c.cfg.fields)
	if err != nil {
		o.err = err
		return
	}
	o.pass = r.Pass
	o.res, o.err = r.Clean(c.ctx, c.cleaner, o.job.in.origin())
	if o.err == nil {
		o.out = o.res.String()
	}
}

// outPath returns where -o writes the cleaned form of in: below the
// output directory as below its argument, .html and .htm as .txt, without
// .gz.
func outPath(outDir string, in *input) string {
	rel := in.rel
	if strings.EqualFold(filepath.Ext(rel), ".gz") {
		rel = rel[:len(rel)-3]
	}
	switch strings.ToLower(filepath.Ext(rel)) {
	case ".html", ".htm":
		rel = rel[:len(rel)-len(filepath.Ext(rel))] + ".txt"
	}
	return filepath.Join(outDir, rel)
}

// planOutputs gives each input its -o destination, in input order, so that
// when two inputs would write the same file (a.html and a.txt), the later
// one fails, whatever the order the workers finish in.
func planOutputs(ins []input, outDir string) {
	owner := map[string]string{}
	for i := range ins {
		dst := outPath(outDir, &ins[i])
		ins[i].dst = dst
		if prev, ok := owner[dst]; ok {
			ins[i].conflict = fmt.Errorf("output %s is already written from %s", dst, prev)
			continue
		}
		owner[dst] = ins[i].path
	}
}

// checkOut prepares the -o destination of in: its directory exists, and
// it is not the input itself.
func checkOut(in *input) error {
	if a, err := os.Stat(in.path); err == nil {
		if b, err := os.Stat(in.dst); err == nil && os.SameFile(a, b) {
			return fmt.Errorf("refusing to overwrite the input with its output %s", in.dst)
		}
	}
	return os.MkdirAll(filepath.Dir(in.dst), 0o755)
}

// writeOut writes a cleaned document under -o.
func (c *cli) writeOut(in *input, data []byte) error {
	if err := checkOut(in); err != nil {
		return err
	}
	return writeAtomic(in.dst, data, c.outPerm(in))
}

// outPerm returns the permission bits of a new -o file: the input's, or
// those of a new file for standard input, less the umask.
func (c *cli) outPerm(in *input) fs.FileMode {
	perm := fs.FileMode(0o666)
	if fi, err := os.Stat(in.path); err == nil && !in.stdin {
		perm = fi.Mode().Perm()
	}
	return perm &^ c.umask
}
