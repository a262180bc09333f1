/*
Cleanseeds strips site chrome from scraped web pages: navigation menus,
cookie banners, sign-in prompts, share bars, breadcrumbs, related-article
blocks, tags, newsletter prompts, footers and copyright lines. It keeps the
article, every paragraph of it, in order, and never rewrites a line.

Usage:

	cleanseeds [flags] [path ...]

Without a path, or with the path -, it cleans standard input and writes the
result to standard output. Given a file, it writes the file's cleaned text to
standard output. Given a directory, it cleans every .txt, .html, .htm and
.jsonl file below it, and their .gz forms, skipping directories and files
whose names start with a dot and not following symbolic links below it (a
link to a directory named on the command line is walked); files named on
the command line are always cleaned, whatever their names.

Output: the headline, when one was found, then a blank line, then the
article's paragraphs separated by blank lines (lines that were adjacent in
the input stay adjacent). Text that a renderer wrapped at a fixed width
(w3m -dump without -cols, lynx -dump) is read a paragraph at a time, and
its paragraphs are printed as they were wrapped. When more than one document is printed, each
opens with a line "==> name <==", as head(1) writes it; -format jsonl is the
form for programs. Output comes out in the order of the arguments, of the
directory walk and of the records, whatever the number of workers.

# JSONL

A .jsonl file, or any input with -in-format jsonl, is a stream of records,
one JSON object per line (blank lines are skipped). A record has a "text"
or an "html" field, the document to clean (-text-field and -html-field
name others), and may have a "url", which names its site, and an "id".
Each record is cleaned as a document of its own, named path:LINE in
messages. With -format jsonl, or with -o, each record comes out as an
object that holds its fields but the cleaned one, in their order and as
they were written, then the cleaner's fields (see -format); a field of
the record with one of those names is replaced. The HTML of a record is
read as UTF-8, whatever the page declares: the JSON string holds text
already decoded. Records are read as a stream: memory does not grow with
their number.

# Site profiles

A line that a site repeats on many of its pages is its chrome even when a
page alone keeps it: a disclaimer under every article, a tagline. With
-corpus, the inputs are read twice: first counted into site profiles, then
cleaned with them. -profile-out saves the profiles of the inputs to a file
(alone, it only counts); -profile cleans with saved ones. Profiles of parts
of a crawl, counted on separate machines, merge into exactly the profile of
the whole.

A document's site is the host of its record's url, else the page's
canonical link or og:url, else the directory it is in (standard input:
none). A document counts once, however many paths or records reach it.
The site-repeat pass then removes the lines that recur in at least
-repeat-docs documents of the site and -repeat-share of them; it never
removes the headline, prose inside the article, or every line of a page
that has prose. -explain says, for each line it removes, in how many of
the site's documents the line is.

# Flags

	-o dir
		Write each cleaned document to dir instead of standard output,
		mirroring the input tree: a/b.html named through a becomes
		dir/b.txt; a file named on the command line is written to
		dir/<its name>. .html, .htm and .gz inputs are written as .txt;
		a .jsonl input is written as a .jsonl file of its records. A new
		file gets the input's permission bits, less the umask. If dir
		lies inside an input directory, it is not walked; dir itself is
		not an input.
	-w
		Clean files in place, keeping each file's identity: its owner,
		group, mode bits (setuid, setgid and sticky included), extended
		attributes and hard links. A file with one name is replaced
		whole: the new text goes to a temporary file in the same
		directory, given the old file's identity, synced to disk, then
		renamed over it. A file with more names, or whose identity a
		new file cannot be given (another user's, as root), is rewritten
		in place after its old text is copied beside it, as .NAME.*.bak;
		the copy is removed once the new text is on disk, and is what
		holds the old text should the run be killed in between. A file
		the user cannot write, a symbolic link and a file that is not
		regular are refused. .gz files are written compressed; HTML and
		JSONL files are refused (use -o).
	-l
		List the files, and the records, from which cleaning removes
		something, instead of printing their text.
	-d
		Show, as a unified diff against the normalised input, what
		cleaning removes, instead of printing the text.
	-format text|jsonl|html
		The output format. jsonl writes one JSON object per document:
		{"path", "line", "title", "date", "body", "kept", "removed",
		"lang", "site", "encoding"}, where line is a record's line in
		its input (absent for a whole file), body is the article without
		its headline, kept counts the lines kept (headline included),
		removed the lines removed, and encoding, present only for a file
		not read as UTF-8, the encoding it was read in (declared, or
		guessed from its text).
	-explain
		Print every line with its verdict (keep, drop, title, blank) and
		the rule that decided it. With -format jsonl, the lines are
		added to each object as "lines". With -format html, a report to
		look at in a browser: one self-contained page (it loads nothing
		and runs no script but its own) showing each document as it
		came in, kept lines on a green edge, removed ones struck
		through on a red edge with their rule and detail, the title on
		a blue edge, the article span shaded; buttons counting the
		lines of each rule show only those lines; with several
		documents, a list of them heads the page. Each document's text
		is shown as text: its markup is never run.
	-in-format auto|text|html|jsonl
		How to read the inputs. auto (the default) takes the kind from
		the file's name, then from its content; standard input is a
		document. -html and -text are short for -in-format html and
		-in-format text.
	-text-field name, -html-field name
		The fields of a JSONL record that hold text and HTML (default
		"text" and "html").
	-j n
		Clean with n workers in parallel (default: the number of CPUs).
	-corpus
		Count the inputs into site profiles, then clean them with those.
		All inputs are read twice; a JSONL stream on standard input is
		kept in a temporary file meanwhile.
	-profile-out file
		Write the site profiles of the inputs to file, whole or not at
		all. Without -corpus, the inputs are only counted.
	-profile file
		Clean with the site profiles saved in file. Repeat it to merge
		several.
	-repeat-docs n, -repeat-share f
		How often a site must repeat a line for the site-repeat pass to
		remove it: in at least n of its documents (default 3) and in at
		least the share f of them (default 0.05).
	-balance precision|balanced|recall
		Favour removing too much (precision), or keeping too much
		(recall). Default balanced.
	-disable rule,...
		Turn off the named rules and passes.
	-max-size n
		The largest document to read, in MiB (default 64); a larger
		one, a .gz file that decompresses to more, or a longer JSONL
		record, is an error. No more than that is read into memory.
	-v
		Print a summary on standard error at the end: documents and
		inputs, megabytes, time, lines kept and removed, errors.
	-rules
		List the rules and passes and exit.
	-version
		Print the version and exit.

A progress bar (inputs and megabytes done, rate, time left) is shown on
standard error when it is a terminal, the run is long, and the cleaned
text does not go to the same terminal. Error lines clear it first.

Errors are printed once each, as "path: reason" (a record's as
"path:LINE: reason"), on standard error; the other files and records are
still cleaned. Files that are not text (a NUL byte near the start: images,
archives) are refused with such an error, as are files over -max-size and
documents of more than 524,288 lines (the library's default limits, see
clean.DefaultLimits). An output that cannot be written, standard output
included, is an error too, and stops the run. The exit status is 0 when
all went well and 2 when any file or record could not be read, cleaned or
written, or the flags were wrong.

An interrupt (Ctrl-C, SIGTERM, SIGHUP) stops the run within a fraction of
a second: the documents being cleaned stop and are left as they were, the
writes under way are finished, and each file holds either its old text or
its new one. The run then fails, saying how many inputs it left as they
were. A second interrupt stops the program at once, removing the
temporary files of the writes under way.

Standard input cannot be written in place or to -o: with -w or -o, - is a
usage error.
*/
package main
