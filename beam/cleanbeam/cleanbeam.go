// Package cleanbeam cleans a crawl of JSONL records on Apache Beam: on the
// embedded Prism runner by default, or on Dataflow, Flink or Spark.
//
// The pipeline reads the records of JSONL shards (gzipped or not), counts
// each site's documents into a [clean.Profile] with a combiner whose
// combine step is [clean.Profile.Merge], cleans every record with its
// site's profile, and writes the cleaned records as JSONL shards. A record
// comes out as `cleanseeds -in-format jsonl -corpus -format jsonl` writes
// it, byte for byte: the same fields, passed through in the same order.
// Records that cannot be read or cleaned go to an errors output, each with
// its input, line and reason; the others go on.
//
// It lives in a module of its own, so that the library and the command
// never depend on Beam.
package cleanbeam

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

// Namespace is the namespace of the pipeline's counters.
const Namespace = "cleanseeds"

// Options configure the pipeline.
type Options struct {
	// Input is a glob of JSONL files (a .gz name means gzipped), on any
	// file system Beam knows: a local path, gs://, s3://.
	Input string
	// Output is the prefix of the files written: the cleaned records go
	// to Output-SSSSS-of-NNNNN.jsonl, and records that failed, if any,
	// to Output-errors.jsonl.
	Output string
	// Shards is the number of output files of cleaned records; 0 means 4.
	Shards int
	// Fields name the fields of a record that hold text and HTML; the zero
	// value means "text" and "html", as for cleanseeds.
	Fields record.Fields
	// RepeatDocs and RepeatShare are the thresholds of the site-repeat
	// pass (see clean.WithRepeatThresholds); zero means the defaults.
	RepeatDocs  int
	RepeatShare float64
}

// withDefaults returns o with the defaults in place of its zero fields.
func (o Options) withDefaults() Options {
	if o.Fields == (record.Fields{}) {
		o.Fields = record.DefaultFields
	}
	if o.Shards <= 0 {
		o.Shards = 4
	}
	return o
}

// Doc is a record of an input, as read.
type Doc struct {
	Path string // the input it is in, as matched
	Line int    // its line there, from 1
	Data []byte // the record, a line of JSON
}

// Packed is a record on its way to its site's group: its line of JSON
// deflated, so that a runner that holds its shuffles in memory, as Prism
// does, holds a fraction of the crawl rather than all of it.
type Packed struct {
	Path string
	Line int
	Data []byte // the record, deflated (compress/flate, BestSpeed)
}

// pack deflates a record.
func pack(d Doc) Packed {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed) // a valid level: no error
	w.Write(d.Data)                              // a bytes.Buffer does not fail
	w.Close()
	return Packed{Path: d.Path, Line: d.Line, Data: b.Bytes()}
}

// unpack inflates a record.
func unpack(p Packed) (Doc, error) {
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(p.Data)))
	return Doc{Path: p.Path, Line: p.Line, Data: data}, err
}

// Out is a record as the pipeline writes it.
type Out struct {
	Path string
	Line int
	JSON string // the cleaned record, a line of JSON without its newline
}

// Failure is a record that could not be read or cleaned, or an input that
// could not be read (Line 0).
type Failure struct {
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*clean.Profile)(nil)), encodeProfile, decodeProfile)
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Doc), func(Failure), error](&readFn{})
	register.DoFn5x0[context.Context, Doc, func(string, Packed), func(string, *clean.Profile), func(Failure)](&countFn{})
	register.Combiner1[*clean.Profile](&profileFn{})
	register.DoFn6x1[context.Context, string, func(*Packed) bool, func(**clean.Profile) bool, func(Out), func(Failure), error](&cleanFn{})
	register.DoFn1x2[Out, int, Out](&shardFn{})
	register.Function1x2[Failure, int, Failure](errorShard)
	register.DoFn3x1[context.Context, int, func(*Out) bool, error](&writeFn{})
	register.DoFn3x1[context.Context, int, func(*Failure) bool, error](&writeErrorsFn{})
	register.Emitter1[Doc]()
	register.Emitter1[Failure]()
	register.Emitter1[Out]()
	register.Emitter2[string, Packed]()
	register.Emitter2[string, *clean.Profile]()
	register.Iter1[*Packed]()
	register.Iter1[**clean.Profile]()
	register.Iter1[*Out]()
	register.Iter1[*Failure]()
}

// encodeProfile and decodeProfile are the coder of profiles: their file
// format.
func encodeProfile(p *clean.Profile) ([]byte, error) {
	var b bytes.Buffer
	_, err := p.WriteTo(&b)
	return b.Bytes(), err
}

func decodeProfile(b []byte) (*clean.Profile, error) {
	return clean.ReadProfile(bytes.NewReader(b))
}

// Build adds the pipeline to s: read, count, clean, write. It returns the
// cleaned records and the failures, before they are written.
func Build(s beam.Scope, o Options) (cleaned, failed beam.PCollection) {
	s = s.Scope("cleanseeds")
	o = o.withDefaults()
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, o.Input), fileio.ReadAutoCompression())
	docs, readErrs := beam.ParDo2(s, &readFn{Fields: o.Fields}, files)
	cleaned, failed = Clean(s, docs, o)
	failed = beam.Flatten(s, readErrs, failed)
	Write(s, o, cleaned, failed)
	return cleaned, failed
}

// Clean counts the documents into per-site profiles and cleans each with
// its site's profile.
func Clean(s beam.Scope, docs beam.PCollection, o Options) (cleaned, failed beam.PCollection) {
	o = o.withDefaults()
	bySite, single, countErrs := beam.ParDo3(s, &countFn{Fields: o.Fields}, docs)
	profiles := beam.CombinePerKey(s, &profileFn{}, single)
	grouped := beam.CoGroupByKey(s, bySite, profiles)
	cleaned, cleanErrs := beam.ParDo2(s, &cleanFn{Fields: o.Fields, RepeatDocs: o.RepeatDocs, RepeatShare: o.RepeatShare}, grouped)
	return cleaned, beam.Flatten(s, countErrs, cleanErrs)
}

// Write writes the cleaned records to o.Output's shards, and the failures
// to its errors file.
func Write(s beam.Scope, o Options, cleaned, failed beam.PCollection) {
	o = o.withDefaults()
	shards := o.Shards
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, cleaned)
	beam.ParDo0(s, &writeFn{Prefix: o.Output, Shards: shards}, beam.GroupByKey(s, keyed))
	beam.ParDo0(s, &writeErrorsFn{Path: o.Output + "-errors.jsonl"}, beam.GroupByKey(s, beam.ParDo(s, errorShard, failed)))
}

// dirOf returns the directory of an input, which names the site of its
// records that have no url, as the directory of a file does for
// cleanseeds.
func dirOf(p string) string {
	if strings.Contains(p, "://") {
		return path.Dir(p)
	}
	return filepath.Dir(p)
}

// readFn reads the records of a JSONL file: each line that is not blank.
// A line longer than the size limit is a failure of its own, and the
// reading goes on after it.
type readFn struct {
	Fields record.Fields
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc), fail func(Failure)) error {
	p := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		fail(Failure{Path: p, Error: err.Error()})
		return nil
	}
	defer rc.Close()
	r := bufio.NewReaderSize(rc, 64<<10)
	max := clean.DefaultLimits().MaxBytes
	for n := 1; ; n++ {
		line, long, err := record.ReadLine(r, max)
		switch {
		case long:
			fail(Failure{Path: p, Line: n, Error: (&clean.LimitError{Limit: "MaxBytes", Max: max}).Error()})
		case len(bytes.TrimSpace(line)) > 0:
			emit(Doc{Path: p, Line: n, Data: line})
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			fail(Failure{Path: p, Error: err.Error()})
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// countFn parses a record, keys it by its site, and counts it into a
// profile of its own under the same key. A record that does not parse is
// a failure. A record that counts nothing (no line with letters, or an
// error, which its cleaning will report) is keyed by the site its
// cleaning names.
type countFn struct {
	Fields record.Fields

	docs, failures beam.Counter
}

func (fn *countFn) Setup() {
	fn.docs = beam.NewCounter(Namespace, "records read")
	fn.failures = beam.NewCounter(Namespace, "records that failed")
}

func (fn *countFn) ProcessElement(ctx context.Context, d Doc, emit func(string, Packed), count func(string, *clean.Profile), fail func(Failure)) {
	fn.docs.Inc(ctx, 1)
	r, err := record.Parse(d.Data, fn.Fields)
	if err != nil {
		fn.failures.Inc(ctx, 1)
		fail(Failure{Path: d.Path, Line: d.Line, Error: err.Error()})
		return
	}
	in := clean.Origin{Dir: dirOf(d.Path)}
	p := clean.NewProfile()
	if err := r.Count(p, in); err == nil && len(p.Sites()) == 1 {
		site := p.Sites()[0]
		emit(site, pack(d))
		count(site, p)
		return
	}
	res, err := r.Clean(ctx, nil, in)
	if err != nil {
		fn.failures.Inc(ctx, 1)
		fail(Failure{Path: d.Path, Line: d.Line, Error: err.Error()})
		return
	}
	emit(res.Site, pack(d))
}

// profileFn builds a site's profile: its combine step is the library's
// Merge, which gives the same profile whatever the order.
type profileFn struct{}

func (*profileFn) CreateAccumulator() *clean.Profile { return clean.NewProfile() }

func (*profileFn) AddInput(acc, p *clean.Profile) *clean.Profile {
	acc.Merge(p)
	return acc
}

func (*profileFn) MergeAccumulators(a, b *clean.Profile) *clean.Profile {
	a.Merge(b)
	return a
}

func (*profileFn) ExtractOutput(acc *clean.Profile) *clean.Profile { return acc }

// cleanFn cleans the records of one site with the site's profile.
type cleanFn struct {
	Fields      record.Fields
	RepeatDocs  int
	RepeatShare float64

	docs, kept, removed, failures beam.Counter
	rules                         map[string]beam.Counter
}

func (fn *cleanFn) Setup() {
	fn.docs = beam.NewCounter(Namespace, "records cleaned")
	fn.kept = beam.NewCounter(Namespace, "lines kept")
	fn.removed = beam.NewCounter(Namespace, "lines removed")
	fn.failures = beam.NewCounter(Namespace, "records that failed")
	fn.rules = map[string]beam.Counter{}
}

func (fn *cleanFn) ProcessElement(ctx context.Context, site string, docs func(*Packed) bool, profiles func(**clean.Profile) bool, emit func(Out), fail func(Failure)) error {
	profile := clean.NewProfile()
	var p *clean.Profile
	for profiles(&p) {
		profile.Merge(p)
	}
	opts := []clean.Option{clean.WithProfile(profile)}
	if fn.RepeatDocs != 0 || fn.RepeatShare != 0 {
		opts = append(opts, clean.WithRepeatThresholds(fn.RepeatDocs, fn.RepeatShare))
	}
	c, err := clean.New(opts...)
	if err != nil {
		return err
	}
	var packed Packed
	var b bytes.Buffer
	for docs(&packed) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		d, err := unpack(packed)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", packed.Path, packed.Line, err)
		}
		r, err := record.Parse(d.Data, fn.Fields)
		if err != nil { // countFn let it through: it parsed there
			return fmt.Errorf("%s:%d: %v", d.Path, d.Line, err)
		}
		res, err := r.Clean(ctx, c, clean.Origin{Dir: dirOf(d.Path)})
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			fn.failures.Inc(ctx, 1)
			fail(Failure{Path: d.Path, Line: d.Line, Error: err.Error()})
			continue
		}
		fn.count(ctx, res)
		b.Reset()
		record.WriteJSON(&b, d.Path, d.Line, r.Pass, res, false)
		emit(Out{Path: d.Path, Line: d.Line, JSON: strings.TrimSuffix(b.String(), "\n")})
	}
	return nil
}

// count adds a cleaned document to the counters: documents, lines kept
// and removed, and lines removed by each rule.
func (fn *cleanFn) count(ctx context.Context, res *clean.Result) {
	fn.docs.Inc(ctx, 1)
	fn.kept.Inc(ctx, int64(res.Kept()))
	fn.removed.Inc(ctx, int64(res.Removed()))
	for _, l := range res.Lines {
		if l.Verdict != clean.Drop {
			continue
		}
		c, ok := fn.rules[l.Rule]
		if !ok {
			c = beam.NewCounter(Namespace, "removed by "+l.Rule)
			fn.rules[l.Rule] = c
		}
		c.Inc(ctx, 1)
	}
}

// shardFn keys a cleaned record by its output shard: a hash of its input
// and line, so that the output does not depend on the runner.
type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(o Out) (int, Out) {
	h := fnv.New64a()
	h.Write([]byte(o.Path))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(o.Line)))
	return int(h.Sum64() % uint64(fn.Shards)), o
}

// errorShard keys every failure alike: they go to one file.
func errorShard(f Failure) (int, Failure) { return 0, f }

// writeFn writes one shard of cleaned records, ordered by input and line.
type writeFn struct {
	Prefix string
	Shards int
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, outs func(*Out) bool) error {
	all := sorted(outs, func(a, b Out) int { return byInput(a.Path, a.Line, b.Path, b.Line) })
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Prefix, shard, fn.Shards)
	return writeFile(ctx, name, func(w io.Writer) error {
		for _, o := range all {
			if _, err := io.WriteString(w, o.JSON+"\n"); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeErrorsFn writes the failures, ordered by input and line, as JSON
// objects {"path", "line", "error"}.
type writeErrorsFn struct {
	Path string
}

func (fn *writeErrorsFn) ProcessElement(ctx context.Context, _ int, fails func(*Failure) bool) error {
	all := sorted(fails, func(a, b Failure) int {
		if c := byInput(a.Path, a.Line, b.Path, b.Line); c != 0 {
			return c
		}
		return strings.Compare(a.Error, b.Error)
	})
	return writeFile(ctx, fn.Path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, f := range all {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	})
}

// sorted collects the values of a grouped input, ordered by cmp.
func sorted[T any](next func(*T) bool, cmp func(a, b T) int) []T {
	var all []T
	var v T
	for next(&v) {
		all = append(all, v)
	}
	slices.SortFunc(all, cmp)
	return all
}

// byInput orders records by their input, then their line.
func byInput(pathA string, lineA int, pathB string, lineB int) int {
	if c := strings.Compare(pathA, pathB); c != 0 {
		return c
	}
	return lineA - lineB
}

// writeFile writes a file on any file system Beam knows.
func writeFile(ctx context.Context, name string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := write(bw); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return w.Close()
}
