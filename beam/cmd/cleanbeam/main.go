// Command cleanbeam cleans a crawl of JSONL records on Apache Beam: it
// reads JSONL shards, counts each site's documents into a profile, cleans
// every record with its site's profile, and writes JSONL shards, each
// record as `cleanseeds -in-format jsonl -corpus -format jsonl` writes it.
//
//	go run ./cmd/cleanbeam -input 'in/*.jsonl.gz' -output out/clean
//
// (from the beam/ directory of the repository). It runs on Beam's
// embedded Prism runner unless --runner names another; the other Beam
// flags (--project, --region, --temp_location for Dataflow; --endpoint
// for a Flink or Spark job server) are those of the Beam Go SDK. The
// cleaned records go to OUTPUT-SSSSS-of-NNNNN.jsonl, the records that
// failed to OUTPUT-errors.jsonl with their reasons. The counters
// (records, lines kept and removed, lines removed by each rule, failures)
// are the runner's metrics, and are printed at the end.
//
// The exit status is 0 when every record was cleaned, 1 when the pipeline
// failed, and 2 on a usage error or when some records failed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/cleanseeds/cleanseeds/beam/cleanbeam"
	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

func main() {
	var o cleanbeam.Options
	flag.StringVar(&o.Input, "input", "", "the JSONL files to clean: a `glob` (.gz names are gzipped)")
	flag.StringVar(&o.Output, "output", "", "the `prefix` of the files written: PREFIX-SSSSS-of-NNNNN.jsonl and PREFIX-errors.jsonl")
	flag.IntVar(&o.Shards, "shards", 4, "the number of output `files`")
	flag.StringVar(&o.Fields.Text, "text-field", record.DefaultFields.Text, "the `field` of a record that holds text")
	flag.StringVar(&o.Fields.HTML, "html-field", record.DefaultFields.HTML, "the `field` of a record that holds HTML")
	flag.IntVar(&o.RepeatDocs, "repeat-docs", clean.DefaultRepeatMinDocs, "a line goes when its site repeats it in at least this many `documents`")
	flag.Float64Var(&o.RepeatShare, "repeat-share", clean.DefaultRepeatMinShare, "and in at least this `share` of the site's documents")
	flag.Parse()
	beam.Init()

	switch {
	case o.Input == "" || o.Output == "":
		usage("-input and -output are required")
	case o.Shards < 1:
		usage("-shards must be at least 1")
	case o.Fields.Text == "" || o.Fields.HTML == "" || o.Fields.Text == o.Fields.HTML:
		usage("-text-field and -html-field must name two different fields")
	}
	if _, err := clean.New(clean.WithRepeatThresholds(o.RepeatDocs, o.RepeatShare)); err != nil {
		usage(strings.TrimPrefix(err.Error(), "clean: "))
	}

	p, s := beam.NewPipelineWithRoot()
	cleanbeam.Build(s, o)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cleanbeam:", err)
		os.Exit(1)
	}
	failed := printCounters(res)
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "cleanbeam: %d records failed; their reasons are in %s-errors.jsonl\n", failed, o.Output)
		os.Exit(2)
	}
}

// usage reports a usage error and exits with status 2.
func usage(msg string) {
	fmt.Fprintln(os.Stderr, "cleanbeam:", msg)
	flag.Usage()
	os.Exit(2)
}

// printCounters prints the pipeline's counters on standard error, and
// returns the number of records that failed.
func printCounters(res beam.PipelineResult) int64 {
	if res == nil {
		return 0
	}
	totals := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == cleanbeam.Namespace {
			totals[c.Name()] += c.Result()
		}
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "%12d  %s\n", totals[n], n)
	}
	return totals["records that failed"]
}
