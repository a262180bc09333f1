package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/internal/record"
)

func main() {
	// An interrupt (Ctrl-C, SIGTERM, SIGHUP) stops the run: the documents
	// being cleaned stop within a few thousand lines, those being written
	// are finished (each write is whole or absent), the others are left as
	// they were, and the run fails naming how many. A second interrupt
	// stops at once, removing the temporary files of the writes under way.
	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		<-sig
		cancel()
		<-sig
		removeTemporaries()
		fmt.Fprintln(os.Stderr, "cleanseeds: interrupted again: stopped")
		os.Exit(2)
	}()
	os.Exit(runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is what the flags ask for.
type config struct {
	outDir   string
	write    bool
	list     bool
	diff     bool
	jsonl    bool // write JSONL
	report   bool // write the -explain report as a page of HTML
	explain  bool
	kind     kind          // how whole documents are read: the -in-format text or html
	inFormat format        // how inputs are read
	fields   record.Fields // the fields of JSONL records to clean
	jobs     int
	verbose  bool
	opts     []clean.Option

	corpus     bool     // count the inputs into a profile, and clean with it
	profileOut string   // write the profile of the inputs there
	profiles   []string // clean with these saved profiles

	maxBytes int // the largest document read, in bytes
}

// format is how inputs are read.
type format uint8

const (
	formatAuto  format = iota // by the file's name, then its content
	formatText                // each input is a text document
	formatHTML                // each input is an HTML page
	formatJSONL               // each input is a stream of JSONL records
)

// formats are the values of -in-format.
var formats = map[string]format{"auto": formatAuto, "text": formatText, "html": formatHTML, "jsonl": formatJSONL}

// run is the whole program: main only calls it, so tests drive the real
// thing. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, stopping between documents once ctx is done.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, paths, code, ok := parseFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	c := &cli{ctx: ctx, cfg: cfg, stdin: stdin, stdout: newOutput(stdout), stderr: stderr}
	c.stdout.onError = func() { c.cancel() }
	c.run(paths)
	if c.failed {
		return 2
	}
	return 0
}

// parseFlags reads the flags. When ok is false the program is done, with
// exit status code.
func parseFlags(args []string, stdout, stderr io.Writer) (cfg config, paths []string, code int, ok bool) {
	fs := flag.NewFlagSet("cleanseeds", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: cleanseeds [flags] [path ...]\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.outDir, "o", "", "write cleaned documents to `dir`, mirroring the input tree")
	fs.BoolVar(&cfg.write, "w", false, "clean files in place")
	fs.BoolVar(&cfg.list, "l", false, "list files from which cleaning removes something")
	fs.BoolVar(&cfg.diff, "d", false, "show what cleaning removes, as a diff")
	format := fs.String("format", "text", "output `format`: text, jsonl, or html (with -explain: a report to look at in a browser)")
	inFormat := fs.String("in-format", "auto", "input `format`: auto (by file name, then content), text, html or jsonl")
	fs.StringVar(&cfg.fields.Text, "text-field", record.DefaultFields.Text, "the `field` of a JSONL record that holds text")
	fs.StringVar(&cfg.fields.HTML, "html-field", record.DefaultFields.HTML, "the `field` of a JSONL record that holds HTML")
	fs.BoolVar(&cfg.explain, "explain", false, "print every line with its verdict and rule")
	asHTML := fs.Bool("html", false, "read input as HTML (-in-format html)")
	asText := fs.Bool("text", false, "read input as text (-in-format text)")
	fs.IntVar(&cfg.jobs, "j", runtime.GOMAXPROCS(0), "number of parallel `workers`")
	fs.BoolVar(&cfg.corpus, "corpus", false, "count the inputs into site profiles and clean them with those: lines a site repeats go")
	fs.StringVar(&cfg.profileOut, "profile-out", "", "write the site profiles of the inputs to `file` (without -corpus, only count)")
	fs.Func("profile", "clean with the site profiles saved in `file` (repeatable: they are merged)", func(s string) error {
		cfg.profiles = append(cfg.profiles, s)
		return nil
	})
	repeatDocs := fs.Int("repeat-docs", clean.DefaultRepeatMinDocs, "with site profiles, a line goes when its site repeats it in at least this many `documents`")
	repeatShare := fs.Float64("repeat-share", clean.DefaultRepeatMinShare, "and in at least this `share` of the site's documents (0 to 1)")
	fs.BoolVar(&cfg.verbose, "v", false, "print a summary on standard error: documents, lines kept and removed, errors")
	balance := fs.String("balance", "balanced", "favour `precision`, balanced or recall")
	disable := fs.String("disable", "", "comma-separated `rules` to turn off")
	maxMiB := fs.Int("max-size", clean.DefaultLimits().MaxBytes>>20, "largest document to read, in `MiB`; larger ones are errors")
	listRules := fs.Bool("rules", false, "list the rules and passes, and exit")
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, nil, 0, false
		}
		return cfg, nil, 2, false
	}
	usage := func(format string, a ...any) (config, []string, int, bool) {
		fmt.Fprintf(stderr, "cleanseeds: "+format+"\n", a...)
		return cfg, nil, 2, false
	}
	switch {
	case *version:
		fmt.Fprintln(stdout, versionString())
		return cfg, nil, 0, false
	case *listRules:
		for _, r := range clean.Rules() {
			fmt.Fprintf(stdout, "%-16s %-4s  %s\n", r.Name, r.Kind, r.Doc)
		}
		return cfg, nil, 0, false
	}
	paths = fs.Args()
	stdin := len(paths) == 0 || slices.Contains(paths, "-")
	switch {
	case *format != "text" && *format != "jsonl" && *format != "html":
		return usage("unknown -format %q (want text, jsonl or html)", *format)
	case *format == "html" && !cfg.explain:
		return usage("-format html writes the -explain report; add -explain")
	case *asHTML && *asText:
		return usage("-html and -text cannot be used together")
	case (*asHTML || *asText) && *inFormat != "auto":
		return usage("-html and -text cannot be used with -in-format")
	case cfg.write && cfg.outDir != "":
		return usage("-w and -o cannot be used together")
	case cfg.write && stdin:
		return usage("cannot use -w with standard input")
	case cfg.outDir != "" && stdin:
		return usage("cannot use -o with standard input")
	case cfg.jobs < 1:
		return usage("-j must be at least 1")
	case *maxMiB < 1 || *maxMiB > 1<<20:
		return usage("-max-size must be between 1 and %d MiB", 1<<20)
	}
	cfg.maxBytes = *maxMiB << 20
	cfg.opts = append(cfg.opts, clean.WithLimits(clean.Limits{MaxBytes: cfg.maxBytes}))
	cfg.jsonl = *format == "jsonl"
	cfg.report = *format == "html"
	if (cfg.jsonl || cfg.report) && (cfg.write || cfg.outDir != "" || cfg.list || cfg.diff) {
		return usage("-format %s prints to standard output; it cannot be used with -w, -o, -l or -d", *format)
	}
	f, ok := formats[*inFormat]
	switch {
	case !ok:
		return usage("unknown -in-format %q (want auto, text, html or jsonl)", *inFormat)
	case *asHTML:
		f = formatHTML
	case *asText:
		f = formatText
	}
	cfg.inFormat = f
	switch f {
	case formatHTML:
		cfg.kind = kindHTML
	case formatText:
		cfg.kind = kindText
	case formatJSONL:
		if cfg.write {
			return usage("-w cannot rewrite JSONL records in place; use -o")
		}
	}
	switch {
	case cfg.fields.Text == "" || cfg.fields.HTML == "":
		return usage("-text-field and -html-field must name a field")
	case cfg.fields.Text == cfg.fields.HTML:
		return usage("-text-field and -html-field must name different fields")
	case cfg.profileOut != "" && !cfg.corpus && (cfg.write || cfg.outDir != "" || cfg.list || cfg.diff || cfg.explain || cfg.jsonl):
		return usage("-profile-out alone only counts; add -corpus to clean in the same run")
	}
	cfg.opts = append(cfg.opts, clean.WithRepeatThresholds(*repeatDocs, *repeatShare))
	b, err := clean.ParseBalance(*balance)
	if err != nil {
		return usage("%v", err)
	}
	cfg.opts = append(cfg.opts, clean.WithBalance(b))
	if *disable != "" {
		cfg.opts = append(cfg.opts, clean.WithoutRules(strings.Split(*disable, ",")...))
	}
	if _, err := clean.New(cfg.opts...); err != nil {
		return usage("%v", strings.TrimPrefix(err.Error(), "clean: "))
	}
	return cfg, paths, 0, true
}

// versionString returns the module version the binary was built from.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "cleanseeds (devel)"
	}
	return "cleanseeds " + info.Main.Version
}
