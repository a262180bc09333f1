package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressDelay is how long a run goes before the progress bar appears:
// short runs never show one.
const progressDelay = time.Second

// progress draws a progress bar on standard error when it is a terminal.
type progress struct {
	w     io.Writer
	total int

	mu    sync.Mutex
	done  int
	drawn bool
	quit  chan struct{}
	wg    sync.WaitGroup
}

// startProgress starts a bar for total documents, or a silent one when w is
// not a terminal or there is only one document.
func startProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if total < 2 || !isTerminal(w) {
		return p
	}
	p.quit = make(chan struct{})
	p.wg.Add(1)
	go p.loop(p.quit)
	return p
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

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	const width = 30
	n := width * p.done / p.total
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '-'
		if i < n {
			bar[i] = '#'
		}
	}
	fmt.Fprintf(p.w, "\r[%s] %d/%d", bar, p.done, p.total)
	p.drawn = true
}

// add counts one document done.
func (p *progress) add() {
	p.mu.Lock()
	p.done++
	p.mu.Unlock()
}

// stop removes the bar.
func (p *progress) stop() {
	if p.quit == nil {
		return
	}
	close(p.quit)
	p.quit = nil
	p.wg.Wait()
	if p.drawn {
		fmt.Fprintf(p.w, "\r%*s\r", 50, "")
	}
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
