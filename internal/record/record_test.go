package record_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

// FuzzRecord reads arbitrary lines as JSONL records: no panic, and a
// record that reads comes out as a valid JSON object that holds its
// fields.
func FuzzRecord(f *testing.F) {
	f.Add([]byte(`{"id":1,"url":"https://a.example/","text":"A line of the page that is long enough to be kept.","x":[1,{"y":null}]}`))
	f.Add([]byte(`{"html":"<p>text</p>","title":"dup","title":"again"}`))
	f.Add([]byte(`{"text":"a\u0000b\ud800"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := record.Parse(line, record.DefaultFields)
		if err != nil {
			return
		}
		res, err := clean.Text(r.Content)
		if err != nil {
			return
		}
		var b bytes.Buffer
		record.WriteJSON(&b, "p", 1, r.Pass, res, true)
		// A number is read as it is written: JSON allows 3E331, which a
		// float64 cannot hold, and the record passes it through untouched.
		dec := json.NewDecoder(bytes.NewReader(b.Bytes()))
		dec.UseNumber()
		var m map[string]any
		require.NoError(t, dec.Decode(&m), b.String())
		for _, fl := range r.Pass {
			if !record.Ours[fl.Name] {
				assert.Contains(t, m, fl.Name)
			}
		}
	})
}

func TestParse(t *testing.T) {
	r, err := record.Parse([]byte(`{"id":7,"url":"https://news.example/a","html":"<p>x</p>","path":"theirs"}`), record.DefaultFields)
	require.NoError(t, err)
	assert.True(t, r.HTML)
	assert.Equal(t, "<p>x</p>", r.Content)
	assert.Equal(t, "https://news.example/a", r.URL)
	require.Len(t, r.Pass, 3)
	assert.Equal(t, "id", r.Pass[0].Name)
	assert.Equal(t, `7`, string(r.Pass[0].Raw))
	o := r.Origin(clean.Origin{Dir: "crawl"})
	assert.Equal(t, clean.Origin{URL: "https://news.example/a", Dir: "crawl", ContentType: "text/html; charset=utf-8"}, o)

	for line, msg := range map[string]string{
		`[1]`:                       "not a JSON object",
		`{"text":"a"`:               "the object is not closed",
		`{"text":1}`:                `field "text" is not a string`,
		`{"text":"a","html":"b"}`:   `both a "text" and a "html" field`,
		`{"id":1}`:                  `no "text" or "html" field`,
		`{"text":"a"} {"text":"b"}`: "more than one JSON value",
		`{"text":"a",}`:             "bad JSON",
	} {
		_, err := record.Parse([]byte(line), record.DefaultFields)
		require.Error(t, err, line)
		assert.Contains(t, err.Error(), msg, line)
	}
}

func TestWriteJSONPassesFieldsThrough(t *testing.T) {
	r, err := record.Parse([]byte(`{"id":"a<b>","text":"A line of the page that is long enough to be kept, and so it stays.","body":"theirs","x":{"y":[1, 2]}}`), record.DefaultFields)
	require.NoError(t, err)
	res, err := clean.Text(r.Content)
	require.NoError(t, err)
	var b bytes.Buffer
	record.WriteJSON(&b, "in/a.jsonl", 3, r.Pass, res, false)
	assert.Equal(t, `{"id":"a<b>","x":{"y":[1, 2]},"path":"in/a.jsonl","line":3,"title":"","date":"","body":"A line of the page that is long enough to be kept, and so it stays.","kept":1,"removed":0,"lang":"en","site":""}`+"\n", b.String())
}

// A record's own "encoding" passes through: the output object says
// "encoding" only for a document not read as UTF-8, which no record is.
func TestEncodingPassesThrough(t *testing.T) {
	r, err := record.Parse([]byte(`{"encoding":"theirs","text":"The council voted on Tuesday to approve the construction of a new bridge."}`), record.DefaultFields)
	require.NoError(t, err)
	res, err := clean.Text(r.Content)
	require.NoError(t, err)
	var b bytes.Buffer
	record.WriteJSON(&b, "p", 1, r.Pass, res, false)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &m))
	assert.Equal(t, "theirs", m["encoding"])
}
