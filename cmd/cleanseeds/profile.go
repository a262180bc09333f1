package main

import (
	"bufio"
	"bytes"
	"io"
	"os"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

// count reads every input once and counts its documents into a site
// profile. Each worker counts into a profile of its own; they are merged
// at the end, which the result does not depend on. Errors are reported
// only when report is set: otherwise the cleaning pass that follows
// reports them.
func (c *cli) count(ins []input, report bool) *clean.Profile {
	parts := make([]*clean.Profile, c.cfg.jobs)
	for i := range parts {
		parts[i] = clean.NewProfile()
	}
	c.bar.startPass()
	ordered(c.ctx, c.cfg.jobs, c.produce(ins), func(w int, j *job) outcome {
		err := c.countJob(parts[w], j)
		return outcome{job: j, err: err, counted: err == nil && !j.last}
	}, func(o outcome) {
		c.bar.done(o)
		if o.err != nil && report {
			c.report(o.job.name(), o.err)
		}
	})
	total := clean.NewProfile()
	for _, p := range parts {
		total.Merge(p)
	}
	return total
}

// countJob counts the document of one job into p.
func (c *cli) countJob(p *clean.Profile, j *job) error {
	switch {
	case j.err != nil || j.last:
		return j.err
	case j.line > 0:
		r, err := record.Parse(j.data, c.cfg.fields)
		if err != nil {
			return err
		}
		return r.Count(p, j.in.origin())
	}
	data, err := c.read(j.in)
	if err != nil {
		return err
	}
	if kindOf(c.cfg.kind, j.in, data) == kindHTML {
		return p.AddHTML(bytes.NewReader(data), j.in.origin())
	}
	return p.AddText(string(data), j.in.origin())
}

// keepStdin copies a JSONL stream on standard input, when there is one
// among ins, to a temporary file, so that it can be read twice. (A single
// document on standard input is kept in memory; see read.)
func (c *cli) keepStdin(ins []input) error {
	for i := range ins {
		if !ins[i].stdin || !ins[i].jsonl {
			continue
		}
		f, err := os.CreateTemp("", "cleanseeds-stdin-*.jsonl")
		if err != nil {
			return err
		}
		c.stdinFile = f
		if _, err := io.Copy(f, c.stdin); err != nil {
			return err
		}
	}
	return nil
}

// dropStdin removes the copy of standard input, if there is one.
func (c *cli) dropStdin() {
	if c.stdinFile != nil {
		c.stdinFile.Close()
		os.Remove(c.stdinFile.Name())
	}
}

// readProfileFile reads a site profile saved by -profile-out.
func readProfileFile(path string) (*clean.Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return clean.ReadProfile(bufio.NewReader(f))
}

// writeProfileFile saves a site profile, whole or not at all.
func writeProfileFile(path string, p *clean.Profile) error {
	a, err := createAtomic(path, 0o644)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(a)
	if _, err := p.WriteTo(w); err != nil {
		a.Abort()
		return err
	}
	if err := w.Flush(); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}
