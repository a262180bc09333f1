package main

import (
	"context"
	"sync"
)

// job is one document to work on: a whole input, or one record of a JSONL
// input. Jobs are made in input order and their outcomes handed on in the
// same order, whatever the number of workers.
type job struct {
	in   *input
	line int    // a record's line in its input, from 1; 0 for a whole input
	data []byte // a record's line; nil for a whole input, which the worker reads
	err  error  // the input or the record could not be read

	// last marks the last job of a JSONL input, which may hold no
	// record: its outcome closes the input's output.
	last bool
	done chan outcome
}

// name returns how messages name the job's document: its path, and for a
// record, its line. (The last job of a JSONL input names the input.)
func (j *job) name() string {
	if j.line > 0 {
		return recordName(j.in.path, j.line)
	}
	return j.in.path
}

// ordered runs work on every job that produce sends, with workers
// goroutines, and hands the outcomes to emit in the order of the jobs. At
// most a few jobs per worker are in flight, so memory stays bounded
// however many jobs there are. work gets the number of its worker, from 0,
// for state of its own. Once ctx is done, produce should stop; the jobs
// already made still reach emit.
func ordered(ctx context.Context, workers int, produce func(send func(*job) bool), work func(w int, j *job) outcome, emit func(outcome)) {
	queue := make(chan *job, 4*workers) // jobs, in order, for emit
	todo := make(chan *job, workers)    // jobs for the workers
	go func() {
		defer close(queue)
		defer close(todo)
		produce(func(j *job) bool {
			j.done = make(chan outcome, 1)
			select {
			case queue <- j:
			case <-ctx.Done():
				return false
			}
			todo <- j
			return ctx.Err() == nil
		})
	}()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for j := range todo {
				j.done <- work(w, j)
			}
		})
	}
	for j := range queue {
		emit(<-j.done)
	}
	wg.Wait()
}
