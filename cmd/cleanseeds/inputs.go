package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
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

// input is a file to clean, or standard input: one document, or a JSONL
// stream of records.
type input struct {
	path  string // as given on the command line or found by the walk
	rel   string // path below the argument that named it, for -o
	stdin bool
	named bool // named on the command line rather than found by the walk
	jsonl bool // a stream of JSONL records
	size  int64

	dst      string // where -o writes it
	conflict error  // set when another input already writes dst
}

// collect turns the command line's paths into inputs, walking directories.
// Paths that cannot be read are reported and left out.
func (c *cli) collect(paths []string) []input {
	jsonl := c.cfg.inFormat == formatJSONL
	if c.cfg.inFormat == formatAuto && (len(paths) == 0 || slices.Contains(paths, "-")) {
		br := bufio.NewReaderSize(c.stdin, 64<<10)
		c.stdin = br
		head, _ := br.Peek(64 << 10)
		jsonl = looksLikeJSONL(head, c.cfg.fields)
	}
	if len(paths) == 0 {
		return []input{{path: stdinName, stdin: true, named: true, jsonl: jsonl}}
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
			ins = append(ins, input{path: stdinName, stdin: true, named: true, jsonl: jsonl})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			c.report(p, err)
			continue
		}
		if !fi.IsDir() {
			ins = append(ins, input{path: p, rel: filepath.Base(p), named: true, jsonl: jsonl || isJSONL(p), size: fi.Size()})
			continue
		}
		if c.isOutDir(p) {
			c.report(p, errors.New("is the -o directory: its files would be written over themselves"))
			continue
		}
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 && !os.IsPathSeparator(p[len(p)-1]) {
			// A link to a directory, named: walk what it links to, under
			// the name given (the walk does not follow a root link).
			p += string(filepath.Separator)
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
		in := input{path: path, rel: rel, jsonl: c.cfg.inFormat == formatJSONL || isJSONL(path)}
		if fi, err := d.Info(); err == nil {
			in.size = fi.Size()
		}
		ins = append(ins, in)
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
	case ".txt", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// isJSONL reports whether a file's name says it holds JSONL records.
func isJSONL(name string) bool {
	return strings.EqualFold(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")), ".jsonl")
}

// origin says where the input comes from: the directory of a file names
// its site, unless the page names its own.
func (in *input) origin() clean.Origin {
	if in.stdin {
		return clean.Origin{}
	}
	return clean.Origin{Dir: filepath.Dir(in.path)}
}

// isGzip reports whether the input is compressed, by its name.
func (in *input) isGzip() bool {
	return !in.stdin && strings.EqualFold(filepath.Ext(in.path), ".gz")
}

// kindOf decides how to read a document: the flag, then the extension, then
// the content.
func kindOf(forced kind, in *input, data []byte) kind {
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

// looksLikeJSONL reports whether head, the start of standard input, opens
// with a JSONL record: a JSON object with the text or the HTML field
// among its keys, before any value too long for head.
func looksLikeJSONL(head []byte, f record.Fields) bool {
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(head))
	dec.Token() // the {
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key == f.Text || key == f.HTML {
			return true
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
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

// open opens an input for reading, decompressing it if it is gzipped.
func (c *cli) open(in *input) (io.ReadCloser, error) {
	var f io.ReadCloser
	switch {
	case in.stdin && c.stdinFile != nil:
		if _, err := c.stdinFile.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		f = io.NopCloser(c.stdinFile)
	case in.stdin:
		f = io.NopCloser(c.stdin)
	default:
		file, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		fi, err := file.Stat()
		if err != nil {
			file.Close()
			return nil, err
		}
		if fi.IsDir() {
			file.Close()
			return nil, errors.New("is a directory")
		}
		f = file
	}
	if !in.isGzip() {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("not a valid gzip file: %w", err)
	}
	return gzipFile{z, f}, nil
}

// gzipFile reads a gzipped file; closing it closes the file.
type gzipFile struct {
	*gzip.Reader
	file io.Closer
}

// Read reads decompressed data; damaged data is an error that says so.
func (g gzipFile) Read(b []byte) (int, error) {
	n, err := g.Reader.Read(b)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("broken gzip data: %w", err)
	}
	return n, err
}

func (g gzipFile) Close() error {
	g.Reader.Close()
	return g.file.Close()
}

// read returns the bytes of a document, decompressed if it is gzipped. It
// reads no more than the size limit and a byte, so that neither a huge
// file nor a gzip bomb takes more memory than that. Standard input is
// read once, and kept for a second pass.
func (c *cli) read(in *input) ([]byte, error) {
	if in.stdin && c.stdinFile == nil {
		c.stdinOnce.Do(func() {
			c.stdinData, c.stdinErr = c.readAll(c.stdin)
		})
		return c.stdinData, c.stdinErr
	}
	f, err := c.open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return c.readAll(f)
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

// recordName names a record of a JSONL input in messages: path:line.
func recordName(path string, line int) string {
	return path + ":" + strconv.Itoa(line)
}

// records sends a job for each line of a JSONL input that is not blank,
// then a last job for the input, which carries the error that stopped the
// reading, if any. A line longer than the size limit is an error of its
// own, and the reading goes on after it. It reports false when send does.
func (c *cli) records(in *input, send func(*job) bool) bool {
	f, err := c.open(in)
	if err != nil {
		return send(&job{in: in, err: err, last: true})
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	max := c.cfg.maxBytes
	for n := 1; ; n++ {
		line, long, err := record.ReadLine(r, max)
		switch {
		case long:
			e := &clean.LimitError{Limit: "MaxBytes", Max: max}
			if !send(&job{in: in, line: n, err: e}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !send(&job{in: in, line: n, data: line}) {
				return false
			}
		}
		if err == io.EOF {
			return send(&job{in: in, last: true})
		}
		if err != nil {
			return send(&job{in: in, err: err, last: true})
		}
	}
}
