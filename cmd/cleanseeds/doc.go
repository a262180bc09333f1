/*
Cleanseeds strips site chrome from scraped web pages: navigation menus,
cookie banners, sign-in prompts, share bars, breadcrumbs, related-article
blocks, tags, newsletter prompts, footers and copyright lines. It keeps the
article, every paragraph of it, in order, and never rewrites a line.

Usage:

	cleanseeds [flags] [path ...]

Without a path, or with the path -, it cleans standard input and writes the
result to standard output. Given a file, it writes the file's cleaned text to
standard output. Given a directory, it cleans every .txt, .html and .htm file
below it, and their .gz forms, skipping directories and files whose names
start with a dot and not following symbolic links; files named on the
command line are always cleaned, whatever their names.

Output: the headline, when one was found, then a blank line, then the
article's paragraphs separated by blank lines (lines that were adjacent in
the input stay adjacent). Output comes out in the order of the arguments, and
of the directory walk, whatever the number of workers.

The flags are:

	-o dir
		Write each cleaned document to dir instead of standard output,
		mirroring the input tree: a/b.html named through a becomes
		dir/b.txt; a file named on the command line is written to
		dir/<its name>. .html, .htm and .gz inputs are written as .txt.
		If dir lies inside an input directory, it is not walked.
	-w
		Clean files in place. Each write is atomic (a temporary file in
		the same directory, synced to disk, then a rename) and keeps the
		file's mode; symbolic links and non-regular files are refused.
		.gz files are written compressed; HTML files are refused (use
		-o).
	-l
		List the files from which cleaning removes something, instead
		of printing their text.
	-d
		Show, as a unified diff against the normalised input, what
		cleaning removes, instead of printing the text.
	-format text|jsonl
		The output format. jsonl writes one JSON object per document:
		{"path", "title", "date", "body", "kept", "removed", "lang"},
		where body is the article without its headline, kept counts the
		lines kept (headline included) and removed the lines removed.
	-explain
		Print every line with its verdict (keep, drop, title, blank) and
		the rule that decided it. With -format jsonl, the lines are
		added to each object as "lines".
	-html, -text
		Read the input as HTML or as text. By default, the kind is taken
		from the file extension, then by looking at the content.
	-j n
		Clean with n workers in parallel (default: the number of CPUs).
	-corpus
		Treat the documents given as one corpus from one source: lines
		that recur across many of them are removed as chrome. All
		documents are read twice.
	-balance precision|balanced|recall
		Favour removing too much (precision), or keeping too much
		(recall). Default balanced.
	-disable rule,...
		Turn off the named rules and passes.
	-max-size n
		The largest document to read, in MiB (default 64); a larger
		one, or a .gz file that decompresses to more, is an error. No
		more than that is read into memory.
	-rules
		List the rules and passes and exit.
	-version
		Print the version and exit.

A progress bar is shown on standard error when it is a terminal and the run
is long.

Errors are printed once each, as "path: reason", on standard error; the
other files are still cleaned. Files that are not text (a NUL byte near the
start: images, archives) are refused with such an error, as are files over
-max-size and documents of more than 524,288 lines (the library's default
limits, see clean.DefaultLimits). The exit status is 0 when all went well and 2 when any file could
not be read, cleaned or written, or the flags were wrong.

An interrupt (Ctrl-C, SIGTERM) stops the run between documents: those being
cleaned are finished, and since every write is atomic each file holds either
its old text or its new one. The run then fails, saying how many documents
it left as they were.
*/
package main
