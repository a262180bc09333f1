package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progressDelay is how long a pass goes before the progress bar appears:
// short runs never show one.
const progressDelay = time.Second

// progress draws a progress bar on standard error, when asked to, and
// counts what the run did for the summary of -v. Every line written to
// standard error goes through it (printf), so that a line never shares
// the terminal's line with the bar.
type progress struct {
	w    io.Writer
	show bool

	mu    sync.Mutex
	drawn int // the width of the bar on screen, 0 when none is
	quit  chan struct{}
	wg    sync.WaitGroup

	files, totalFiles int
	bytes, totalBytes int64
	passes, pass      int // how many passes the run makes, and which is on
	start, runStart   time.Time
	docs, errors      int
	kept, removed     int
}

// showProgress reports whether the run draws a progress bar: standard
// error is a terminal, and standard output is not one that the cleaned
// text goes to.
func (c *cli) showProgress() bool {
	if !isTerminal(c.stderr) {
		return false
	}
	toFiles := c.cfg.write || c.cfg.outDir != "" || c.cfg.profileOut != "" && !c.cfg.corpus
	return toFiles || !isTerminal(c.stdout.dest)
}

// startProgress returns the progress of a run; it draws a bar when show
// is set.
func startProgress(w io.Writer, show bool, passes int) *progress {
	return &progress{w: w, show: show, passes: passes, runStart: time.Now()}
}

// setTotal records what the run has to read: the inputs and their sizes.
func (p *progress) setTotal(ins []input) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.totalFiles = len(ins)
	for i := range ins {
		p.totalBytes += ins[i].size
	}
}

// startPass starts a pass over the inputs, and the bar's clock.
func (p *progress) startPass() {
	p.stop()
	p.mu.Lock()
	p.pass++
	p.files, p.bytes, p.start = 0, 0, time.Now()
	p.docs, p.errors, p.kept, p.removed = 0, 0, 0, 0
	p.mu.Unlock()
	if p.show {
		p.quit = make(chan struct{})
		p.wg.Add(1)
		go p.loop(p.quit)
	}
}

// done counts an outcome.
func (p *progress) done(o outcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	j := o.job
	switch {
	case j.line > 0:
		p.bytes += int64(len(j.data)) + 1
	case !j.in.jsonl:
		p.bytes += j.in.size
	}
	if j.last || !j.in.jsonl {
		p.files++
	}
	if o.err != nil {
		p.errors++
	}
	if o.res != nil || o.counted {
		p.docs++
	}
	if o.res != nil {
		p.kept += o.res.Kept()
		p.removed += o.res.Removed()
	}
}

// printf writes a line to standard error, clearing the bar first.
func (p *progress) printf(format string, a ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, format, a...)
}

// clear removes the bar from the screen. p.mu is held.
func (p *progress) clear() {
	if p.drawn > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.drawn))
		p.drawn = 0
	}
}

func (p *progress) loop(quit <-chan struct{}) {
	defer p.wg.Done()
	start := time.NewTimer(progressDelay)
	defer start.Stop()
	select {
	case <-quit:
		return
	case <-start.C:
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-quit:
			return
		case <-tick.C:
		}
	}
}

// draw draws the bar: files done, megabytes read, the rate and the time
// left.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	const width = 20
	frac := 0.0
	if p.totalBytes > 0 {
		frac = min(1, float64(p.bytes)/float64(p.totalBytes))
	} else if p.totalFiles > 0 {
		frac = float64(p.files) / float64(p.totalFiles)
	}
	n := int(width * frac)
	elapsed := time.Since(p.start).Seconds()
	rate := float64(p.bytes) / 1e6 / max(elapsed, 1e-3)
	line := fmt.Sprintf("[%s%s] %d/%d files, %.1f/%.1f MB, %.1f MB/s", strings.Repeat("#", n), strings.Repeat("-", width-n),
		p.files, p.totalFiles, float64(p.bytes)/1e6, float64(p.totalBytes)/1e6, rate)
	if p.passes > 1 {
		line = fmt.Sprintf("pass %d of %d %s", p.pass, p.passes, line)
	}
	if frac > 0 && frac < 1 {
		left := time.Duration(elapsed * (1 - frac) / frac * float64(time.Second)).Round(time.Second)
		line += ", " + left.String() + " left"
	}
	p.clear()
	fmt.Fprint(p.w, line)
	p.drawn = len(line)
}

// stop removes the bar until the next pass.
func (p *progress) stop() {
	if p.quit == nil {
		return
	}
	close(p.quit)
	p.quit = nil
	p.wg.Wait()
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}

// summary prints what the last pass did, for -v.
func (p *progress) summary() {
	p.printf("cleanseeds: %d documents from %d inputs (%.1f MB) in %.1fs: %d lines kept, %d removed; %d errors\n",
		p.docs, p.files, float64(p.bytes)/1e6, time.Since(p.runStart).Seconds(), p.kept, p.removed, p.errors)
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
