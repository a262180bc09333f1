package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/cleanseeds/cleanseeds/clean"
)

// fields names the fields of a JSONL record that the cleaner reads.
type fields struct {
	text, html string
}

// record is one object of a JSONL input.
type record struct {
	content string // the text or HTML to clean
	html    bool   // content is HTML
	url     string // the record's url field, when it is a string
	// pass are the record's other fields, in order, as they were written:
	// they pass through to the output.
	pass []field
}

// field is a field of a JSON object, its value as it was written.
type field struct {
	name string
	raw  json.RawMessage
}

// parseRecord reads a line of JSONL: an object with a text or an html
// field (named by f), and maybe url and id.
func parseRecord(line []byte, f fields) (record, error) {
	var r record
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
		case f.text, f.html:
			if found != "" {
				return r, fmt.Errorf("the record has both a %q and a %q field", found, name)
			}
			found = name
			if err := json.Unmarshal(raw, &r.content); err != nil {
				return r, fmt.Errorf("field %q is not a string", name)
			}
			r.html = name == f.html
			continue
		case "url":
			json.Unmarshal(raw, &r.url) // a url that is not a string names no site
		}
		r.pass = append(r.pass, field{name, raw})
	}
	if _, err := dec.Token(); err != nil {
		return r, fmt.Errorf("bad JSON: %w", jsonErr(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return r, errors.New("more than one JSON value on the line")
	}
	if found == "" {
		return r, fmt.Errorf("the record has no %q or %q field", f.text, f.html)
	}
	return r, nil
}

// origin says where the record, of input in, comes from: its url, and the
// input's directory. Its HTML is text already decoded: whatever the page
// says of its encoding, it is UTF-8 now.
func (r *record) origin(in *input) clean.Origin {
	o := in.origin()
	o.URL = r.url
	if r.html {
		o.ContentType = "text/html; charset=utf-8"
	}
	return o
}

// jsonErr makes an error of encoding/json read as one about the record.
func jsonErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("the object is not closed")
	}
	return err
}

// ours are the fields the output object sets; a record's fields of the
// same names do not pass through.
var ours = map[string]bool{
	"path": true, "line": true, "title": true, "date": true, "body": true,
	"kept": true, "removed": true, "lang": true, "site": true, "lines": true,
}

// docJSON writes the JSON object of a cleaned document: the passed-through
// fields of its record, if any, in their order, then the cleaner's.
func docJSON(b *bytes.Buffer, path string, line int, pass []field, r *clean.Result, explain bool) {
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
	for _, f := range pass {
		if ours[f.name] {
			continue
		}
		key(f.name)
		b.Write(f.raw)
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
