package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

// stdinName names standard input in messages and in jsonl output.
const stdinName = "<standard input>"

// kind is how a document is read.
type kind uint8

const (
	kindAuto kind = iota
	kindText
	kindHTML
)

// input is one document to clean.
type input struct {
	path  string // as given on the command line or found by the walk
	rel   string // path below the argument that named it, for -o
	stdin bool
	named bool // named on the command line rather than found by the walk

	dst      string // where -o writes it
	conflict error  // set when another input already writes dst
}

// collect turns the command line's paths into inputs, walking directories.
// Paths that cannot be read are reported and left out.
func (c *cli) collect(paths []string) []input {
	if len(paths) == 0 {
		return []input{{path: stdinName, stdin: true, named: true}}
	}
	var ins []input
	stdinSeen := false
	for _, p := range paths {
		if p == "-" {
			if stdinSeen {
				c.report(stdinName, errors.New("named more than once"))
				continue
			}
			stdinSeen = true
			ins = append(ins, input{path: stdinName, stdin: true, named: true})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			c.report(p, err)
			continue
		}
		if !fi.IsDir() {
			ins = append(ins, input{path: p, rel: filepath.Base(p), named: true})
			continue
		}
		ins = append(ins, c.walk(p)...)
	}
	return ins
}

// walk returns the documents below dir, in lexical order.
func (c *cli) walk(dir string) []input {
	var ins []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			c.report(path, err)
			if d != nil && d.IsDir() && path != dir {
				return fs.SkipDir
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if c.isOutDir(path) {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !isDocument(d.Name()) {
			return nil // symbolic links, devices, pipes, other files
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			rel = d.Name()
		}
		ins = append(ins, input{path: path, rel: rel})
		return nil
	})
	if err != nil {
		c.report(dir, err)
	}
	return ins
}

// isOutDir reports whether path is the -o directory, which must not be
// walked when it lies inside an input tree.
func (c *cli) isOutDir(path string) bool {
	if c.cfg.outDir == "" {
		return false
	}
	a, err1 := os.Stat(path)
	b, err2 := os.Stat(c.cfg.outDir)
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

// isDocument reports whether a file found by the walk is one to clean.
func isDocument(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// origin says where the input comes from: the directory of a file names
// its site, unless the page names its own.
func (in input) origin() clean.Origin {
	if in.stdin {
		return clean.Origin{}
	}
	return clean.Origin{Dir: filepath.Dir(in.path)}
}

// isGzip reports whether the input is compressed, by its name.
func (in input) isGzip() bool {
	return !in.stdin && strings.EqualFold(filepath.Ext(in.path), ".gz")
}

// kindOf decides how to read a document: the flag, then the extension, then
// the content.
func kindOf(forced kind, in input, data []byte) kind {
	if forced != kindAuto {
		return forced
	}
	if !in.stdin {
		switch filepath.Ext(strings.TrimSuffix(strings.ToLower(in.path), ".gz")) {
		case ".html", ".htm":
			return kindHTML
		case ".txt":
			return kindText
		}
	}
	if looksLikeHTML(data) {
		return kindHTML
	}
	return kindText
}

// looksLikeHTML reports whether data starts like an HTML document: after
// any byte order mark and white space, a doctype, an <html>, <head> or
// <body> tag, or a comment followed by one of them.
func looksLikeHTML(data []byte) bool {
	head := data[:min(len(data), 1024)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// read returns the bytes of a document, decompressed if it is gzipped. It
// reads no more than the size limit and a byte, so that neither a huge
// file nor a gzip bomb takes more memory than that.
func (c *cli) read(in input) ([]byte, error) {
	var r io.Reader
	if in.stdin {
		c.stdinOnce.Do(func() {
			c.stdinData, c.stdinErr = c.readAll(c.stdin)
		})
		if c.stdinErr != nil {
			return nil, c.stdinErr
		}
		r = bytes.NewReader(c.stdinData)
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if fi.IsDir() {
			return nil, errors.New("is a directory")
		}
		r = f
	}
	if !in.isGzip() {
		return c.readAll(r)
	}
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not a valid gzip file: %w", err)
	}
	data, err := c.readAll(z)
	var limit *clean.LimitError
	if err != nil && !errors.As(err, &limit) {
		return nil, fmt.Errorf("broken gzip data: %w", err)
	}
	return data, err
}

// readAll reads r to its end, or fails with a *clean.LimitError one byte
// past the size limit.
func (c *cli) readAll(r io.Reader) ([]byte, error) {
	max := c.cfg.maxBytes
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		e := &clean.LimitError{Limit: "MaxBytes", Max: max}
		if f, ok := r.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
				e.Value = int(fi.Size())
			}
		}
		return nil, e
	}
	return data, nil
}
