// Package record reads and writes the JSONL records of cleanseeds, for the
// command and for the Beam pipeline, so that both read a record and write
// its cleaned form byte for byte alike.
package record

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cleanseeds/cleanseeds/clean"
)

// Fields names the fields of a JSONL record that the cleaner reads.
type Fields struct {
	Text, HTML string
}

// DefaultFields are the fields cleanseeds reads by default.
var DefaultFields = Fields{Text: "text", HTML: "html"}

// Record is one object of a JSONL input.
type Record struct {
	Content string // the text or HTML to clean
	HTML    bool   // Content is HTML
	URL     string // the record's url field, when it is a string
	// Pass are the record's other fields, in order, as they were written:
	// they pass through to the output.
	Pass []Field
}

// Field is a field of a JSON object, its value as it was written.
type Field struct {
	Name string
	Raw  json.RawMessage
}

// Parse reads a line of JSONL: an object with a text or an html field
// (named by f), and maybe url and id.
func Parse(line []byte, f Fields) (Record, error) {
	var r Record
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return r, errors.New("not a JSON object")
	}
	found := ""
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return r, fmt.Errorf("bad JSON: %w", jsonErr(err))
		}
		name := tok.(string) // an object's keys are strings
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return r, fmt.Errorf("bad JSON: %w", jsonErr(err))
		}
		switch name {
		case f.Text, f.HTML:
			if found != "" {
				return r, fmt.Errorf("the record has both a %q and a %q field", found, name)
			}
			found = name
			if err := json.Unmarshal(raw, &r.Content); err != nil {
				return r, fmt.Errorf("field %q is not a string", name)
			}
			r.HTML = name == f.HTML
			continue
		case "url":
			json.Unmarshal(raw, &r.URL) // a url that is not a string names no site
		}
		r.Pass = append(r.Pass, Field{name, raw})
	}
	if _, err := dec.Token(); err != nil {
		return r, fmt.Errorf("bad JSON: %w", jsonErr(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return r, errors.New("more than one JSON value on the line")
	}
	if found == "" {
		return r, fmt.Errorf("the record has no %q or %q field", f.Text, f.HTML)
	}
	return r, nil
}

// Origin says where the record comes from: its url, and what in says of
// its input (the input's directory). Its HTML is text already decoded:
// whatever the page says of its encoding, it is UTF-8 now.
func (r *Record) Origin(in clean.Origin) clean.Origin {
	o := in
	o.URL = r.URL
	if r.HTML {
		o.ContentType = "text/html; charset=utf-8"
	}
	return o
}

// Clean cleans the record with c.
func (r *Record) Clean(ctx context.Context, c *clean.Cleaner, in clean.Origin) (*clean.Result, error) {
	if r.HTML {
		return c.HTMLContext(ctx, strings.NewReader(r.Content), r.Origin(in))
	}
	return c.TextContext(ctx, r.Content, r.Origin(in))
}

// Count counts the record into the profile p.
func (r *Record) Count(p *clean.Profile, in clean.Origin) error {
	if r.HTML {
		return p.AddHTML(strings.NewReader(r.Content), r.Origin(in))
	}
	return p.AddText(r.Content, r.Origin(in))
}

// jsonErr makes an error of encoding/json read as one about the record.
func jsonErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("the object is not closed")
	}
	return err
}

// Ours are the fields the output object sets; a record's fields of the
// same names do not pass through.
var Ours = map[string]bool{
	"path": true, "line": true, "title": true, "date": true, "body": true,
	"kept": true, "removed": true, "lang": true, "site": true, "lines": true,
}

// WriteJSON writes the JSON object of a cleaned document, and a newline:
// the passed-through fields of its record, if any, in their order, then
// the cleaner's; "encoding" only for a document not read as UTF-8, and
// then in place of a record's field of that name. line is the record's
// line in its input, 0 for a whole document; with explain, every line's
// decision is added as "lines".
func WriteJSON(b *bytes.Buffer, path string, line int, pass []Field, r *clean.Result, explain bool) {
	b.WriteByte('{')
	n := 0
	key := func(name string) {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		writeString(b, name)
		b.WriteByte(':')
	}
	encoding := ""
	if r.Encoding != "utf-8" {
		// A document read in another encoding says which: one guessed
		// from its text (see clean.Result.Encoding) can be checked.
		encoding = r.Encoding
	}
	for _, f := range pass {
		if Ours[f.Name] || f.Name == "encoding" && encoding != "" {
			continue
		}
		key(f.Name)
		b.Write(f.Raw)
	}
	key("path")
	writeString(b, path)
	if line > 0 {
		key("line")
		b.WriteString(strconv.Itoa(line))
	}
	for _, s := range [][2]string{{"title", r.Title}, {"date", r.Date}, {"body", r.Body}} {
		key(s[0])
		writeString(b, s[1])
	}
	key("kept")
	b.WriteString(strconv.Itoa(r.Kept()))
	key("removed")
	b.WriteString(strconv.Itoa(r.Removed()))
	key("lang")
	writeString(b, r.Lang)
	key("site")
	writeString(b, r.Site)
	if encoding != "" {
		key("encoding")
		writeString(b, encoding)
	}
	if explain {
		key("lines")
		lines := make([]lineJSON, len(r.Lines))
		for i, l := range r.Lines {
			lines[i] = lineJSON{Num: l.Num, Verdict: l.Verdict.String(), Rule: l.Rule, Detail: l.Detail, Text: l.Text}
		}
		enc := json.NewEncoder(b)
		enc.SetEscapeHTML(false)
		enc.Encode(lines) // plain values: Encode cannot fail
		b.Truncate(b.Len() - 1)
	}
	b.WriteString("}\n")
}

// lineJSON is the JSON form of one line's decision, with -explain.
type lineJSON struct {
	Num     int    `json:"n"`
	Verdict string `json:"verdict"`
	Rule    string `json:"rule,omitempty"`
	Detail  string `json:"detail,omitempty"`
	Text    string `json:"text"`
}

// writeString writes s as a JSON string, with <, > and & as they are.
func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)           // a string always encodes
	b.Truncate(b.Len() - 1) // Encode ends with a newline
}

// ReadLine reads a line of r, without its newline, in a slice of its own.
// A line longer than max is read to its end but not kept: long reports
// it. err is io.EOF after the last line.
func ReadLine(r *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			n := len(line) + len(chunk)
			if err == nil {
				n-- // the newline
			}
			if n > max {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(line, []byte("\n")), long, nil
		case io.EOF:
			if len(line) == 0 && !long {
				return nil, false, io.EOF
			}
			return line, long, nil
		default:
			return nil, false, err
		}
	}
}
