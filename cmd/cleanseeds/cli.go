package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/diff"
)

// cli is one run of the program.
type cli struct {
	ctx    context.Context // done: start no more documents
	cfg    config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	failed bool

	stdinOnce sync.Once
	stdinData []byte
	stdinErr  error

	cleaner *clean.Cleaner
	multi   bool // more than one input: explanations name their document
}

// outcome is the work done on one input, waiting to be printed in order.
type outcome struct {
	in      input
	skipped bool // not started: the run was interrupted
	res     *clean.Result
	out     string // the cleaned document, as written
	profile *clean.Profile
	err     error
}

// report prints an error once, as "path: reason", and marks the run failed.
func (c *cli) report(path string, err error) {
	c.failed = true
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	fmt.Fprintf(c.stderr, "%s: %v\n", path, err)
}

// clean cleans every document named by paths.
func (c *cli) clean(paths []string) {
	ins := c.collect(paths)
	opts := c.cfg.opts
	if c.cfg.corpus {
		opts = append(opts, clean.WithProfile(c.count(ins)))
	}
	cleaner, err := clean.New(opts...)
	if err != nil {
		c.report("cleanseeds", err)
		return
	}
	c.cleaner = cleaner
	c.multi = len(ins) > 1
	if c.cfg.outDir != "" {
		planOutputs(ins, c.cfg.outDir)
	}
	bar := startProgress(c.stderr, len(ins))
	defer bar.stop()
	skipped := 0
	c.inOrder(ins, c.process, func(o outcome) {
		if o.skipped {
			skipped++
			return
		}
		c.emit(o)
		bar.add()
	})
	if skipped > 0 {
		bar.stop()
		c.report("cleanseeds", fmt.Errorf("interrupted: %d of %d documents left as they were", skipped, len(ins)))
	}
}

// inOrder runs work on every input with c.cfg.jobs workers and hands the
// outcomes to emit in input order. At most a few outcomes per worker wait
// for their turn, so memory stays bounded whatever the number of inputs.
func (c *cli) inOrder(ins []input, work func(input) outcome, emit func(outcome)) {
	done := make([]chan outcome, len(ins))
	for i := range done {
		done[i] = make(chan outcome, 1)
	}
	workers := make(chan struct{}, c.cfg.jobs)
	window := make(chan struct{}, 4*c.cfg.jobs)
	go func() {
		for i, in := range ins {
			window <- struct{}{}
			select {
			case workers <- struct{}{}:
			case <-c.ctx.Done():
			}
			if c.ctx.Err() != nil {
				done[i] <- outcome{in: in, skipped: true}
				continue
			}
			go func() {
				defer func() { <-workers }()
				done[i] <- work(in)
			}()
		}
	}()
	for i := range ins {
		emit(<-done[i])
		<-window
	}
}

// count reads every input once and counts its lines into a site profile.
// Each worker counts into its own profile; the parts are merged in input
// order, which the counts do not depend on anyway.
func (c *cli) count(ins []input) *clean.Profile {
	total := clean.NewProfile()
	c.inOrder(ins, func(in input) outcome {
		data, err := c.read(in)
		if err != nil {
			return outcome{in: in, err: err}
		}
		part := clean.NewProfile()
		if kindOf(c.cfg.kind, in, data) == kindHTML {
			err = part.AddHTML(bytes.NewReader(data), in.origin())
		} else {
			err = part.AddText(string(data), in.origin())
		}
		return outcome{in: in, err: err, profile: part}
	}, func(o outcome) {
		total.Merge(o.profile)
	})
	return total
}

// process reads, cleans and, with -w or -o, writes one input. Errors that
// stop it are in the outcome; they are reported when it is emitted.
func (c *cli) process(in input) outcome {
	o := outcome{in: in}
	if in.conflict != nil {
		o.err = in.conflict
		return o
	}
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
		o.res, o.err = c.cleaner.HTMLFrom(bytes.NewReader(data), in.origin())
	} else {
		o.res, o.err = c.cleaner.TextFrom(string(data), in.origin())
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

// emit prints what the flags ask for about one outcome.
func (c *cli) emit(o outcome) {
	if o.err != nil {
		c.report(o.in.path, o.err)
		return
	}
	if o.res == nil {
		return
	}
	switch {
	case c.cfg.jsonl:
		c.printJSON(o)
	case c.cfg.explain:
		c.printExplain(o)
	case c.cfg.list || c.cfg.diff:
		if c.cfg.list && o.res.Removed() > 0 {
			fmt.Fprintln(c.stdout, o.in.path)
		}
		if c.cfg.diff {
			var b bytes.Buffer
			if err := diff.Unified(&b, o.in.path+".orig", o.in.path, inputText(o.res), o.out); err != nil {
				c.report(o.in.path, err)
				return
			}
			c.stdout.Write(b.Bytes())
		}
	case c.cfg.write || c.cfg.outDir != "":
	default:
		io.WriteString(c.stdout, o.out)
	}
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

// document is the jsonl form of a cleaned document.
type document struct {
	Path    string     `json:"path"`
	Title   string     `json:"title"`
	Date    string     `json:"date"`
	Body    string     `json:"body"`
	Kept    int        `json:"kept"`
	Removed int        `json:"removed"`
	Lang    string     `json:"lang"`
	Lines   []lineJSON `json:"lines,omitempty"`
}

// lineJSON is the jsonl form of one line's decision, with -explain.
type lineJSON struct {
	Num     int    `json:"n"`
	Verdict string `json:"verdict"`
	Rule    string `json:"rule,omitempty"`
	Detail  string `json:"detail,omitempty"`
	Text    string `json:"text"`
}

func (c *cli) printJSON(o outcome) {
	r := o.res
	d := document{Path: o.in.path, Title: r.Title, Date: r.Date, Body: r.Body, Kept: r.Kept(), Removed: r.Removed(), Lang: r.Lang}
	if c.cfg.explain {
		d.Lines = make([]lineJSON, len(r.Lines))
		for i, l := range r.Lines {
			d.Lines[i] = lineJSON{Num: l.Num, Verdict: l.Verdict.String(), Rule: l.Rule, Detail: l.Detail, Text: l.Text}
		}
	}
	b, err := json.Marshal(d)
	if err != nil {
		c.report(o.in.path, err)
		return
	}
	c.stdout.Write(append(b, '\n'))
}

// printExplain prints each line with its verdict and rule; with several
// inputs, each document opens with a "==> path <==" header.
func (c *cli) printExplain(o outcome) {
	var b bytes.Buffer
	if c.multi {
		fmt.Fprintf(&b, "==> %s <==\n", o.in.path)
	}
	for _, l := range o.res.Lines {
		why := l.Rule
		if l.Detail != "" {
			why += " (" + l.Detail + ")"
		}
		fmt.Fprintf(&b, "%5d %-5s %-32s | %s\n", l.Num, l.Verdict, why, l.Text)
	}
	c.stdout.Write(b.Bytes())
}

// outPath returns where -o writes the cleaned form of in.
func outPath(outDir string, in input) string {
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
		dst := outPath(outDir, ins[i])
		ins[i].dst = dst
		if prev, ok := owner[dst]; ok {
			ins[i].conflict = fmt.Errorf("output %s is already written from %s", dst, prev)
			continue
		}
		owner[dst] = ins[i].path
	}
}

// writeOut writes a cleaned document under -o. It refuses to overwrite the
// input itself.
func (c *cli) writeOut(in input, data []byte) error {
	if a, err := os.Stat(in.path); err == nil {
		if b, err := os.Stat(in.dst); err == nil && os.SameFile(a, b) {
			return fmt.Errorf("refusing to overwrite the input with its output %s", in.dst)
		}
	}
	if err := os.MkdirAll(filepath.Dir(in.dst), 0o755); err != nil {
		return err
	}
	return writeAtomic(in.dst, data, 0o644)
}
