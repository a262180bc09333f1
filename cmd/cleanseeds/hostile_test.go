package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary be cleanseeds itself, for the tests that
// need a real process: with CLEANSEEDS_MAIN=1 it runs main.
func TestMain(m *testing.M) {
	if os.Getenv("CLEANSEEDS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// countNames returns how many lines of stderr name path.
func countNames(stderr, path string) int {
	n := 0
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, path+": ") {
			n++
		}
	}
	return n
}

// Each bad input is named once, as "path: reason"; the good ones are still
// cleaned; the run fails with status 2.
func TestBadInputsAmongGoodOnes(t *testing.T) {
	dir := seeds(t)
	bad := map[string][]byte{
		"binary.txt":    []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"big.txt":       bytes.Repeat([]byte("a line of text\n"), (2<<20)/15),
		"broken.txt.gz": []byte("not gzip at all"),
	}
	var bomb bytes.Buffer
	z := gzip.NewWriter(&bomb)
	_, err := z.Write(bytes.Repeat([]byte("x"), 3<<20)) // 3 MiB from a few KiB
	require.NoError(t, err)
	require.NoError(t, z.Close())
	bad["bomb.txt.gz"] = bomb.Bytes()
	for name, data := range bad {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	out := t.TempDir()
	_, stderr, code := runCLI(t, "", "-max-size", "1", "-o", out, dir)
	assert.Equal(t, 2, code)
	reasons := map[string]string{
		"binary.txt":    "binary data, not text",
		"big.txt":       "document of 2.0 MiB is over the limit of 1.0 MiB",
		"broken.txt.gz": "not a valid gzip file",
		"bomb.txt.gz":   "document is over the limit of 1.0 MiB",
	}
	for name, reason := range reasons {
		path := filepath.Join(dir, name)
		assert.Equal(t, 1, countNames(stderr, path), "%s named once in:\n%s", name, stderr)
		assert.Contains(t, stderr, path+": "+reason)
	}
	cleaned, err := filepath.Glob(filepath.Join(out, "*.txt"))
	require.NoError(t, err)
	assert.Len(t, cleaned, 5, "the seeds are still cleaned")
}

// A file that exists but cannot be read is named with the reason.
func TestUnreadableFile(t *testing.T) {
	path := "/proc/self/mem" // readable by name, but reading offset 0 fails, even as root
	if _, err := os.Stat(path); err != nil || runtime.GOOS != "linux" {
		t.Skip("needs Linux's /proc")
	}
	_, stderr, code := runCLI(t, "", "-text", path, filepath.Join(seedDir, "000_6a4a497fc0a5f16e.txt"))
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, countNames(stderr, path), stderr)
	assert.Contains(t, stderr, "input/output error")
}

// Symbolic links inside a directory are not followed, so a loop cannot
// trap the walk; a link named on the command line is read through, a link
// to a directory walked under its name, and a loop named there is an
// error.
func TestSymlinks(t *testing.T) {
	dir := seeds(t)
	linked := filepath.Join(t.TempDir(), "linked")
	require.NoError(t, os.Symlink(dir, linked))
	stdout, stderr, code := runCLI(t, "", "-format", "jsonl", linked)
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `"path":"`+filepath.Join(linked, "000_6a4a497fc0a5f16e.txt")+`"`)
	assert.Equal(t, 5, strings.Count(stdout, `"path":"`+linked+string(filepath.Separator)), stdout)

	require.NoError(t, os.Symlink("loop.txt", filepath.Join(dir, "loop.txt")))
	require.NoError(t, os.Symlink(".", filepath.Join(dir, "self")))
	require.NoError(t, os.Symlink("000_6a4a497fc0a5f16e.txt", filepath.Join(dir, "link.txt")))

	stdout, stderr, code = runCLI(t, "", "-l", dir)
	assert.Equal(t, 0, code, stderr)
	assert.NotContains(t, stdout, "link.txt")

	link := filepath.Join(dir, "link.txt")
	stdout, _, code = runCLI(t, "", link)
	assert.Equal(t, 0, code)
	assert.Equal(t, golden(t, "000_6a4a497fc0a5f16e.txt"), stdout)

	loop := filepath.Join(dir, "loop.txt")
	_, stderr, code = runCLI(t, "", loop, link)
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, countNames(stderr, loop), stderr)
	assert.Contains(t, stderr, "too many levels of symbolic links")
}

// An interrupt stops the run between documents: each file is either as it
// was or wholly cleaned, no temporary file is left, and the run fails
// saying how many documents it left.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans thousands of files in child processes")
	}
	for _, c := range []struct {
		name    string
		signals []os.Signal
	}{
		{"Ctrl-C", []os.Signal{syscall.SIGINT}},
		{"SIGTERM", []os.Signal{syscall.SIGTERM}},
		{"SIGHUP", []os.Signal{syscall.SIGHUP}},
		{"Ctrl-C twice", []os.Signal{syscall.SIGINT, syscall.SIGINT}},
	} {
		t.Run(c.name, func(t *testing.T) { interrupt(t, c.signals) })
	}
}

// interrupt cleans thousands of files in place in a child process, sends
// it the signals once some are written, and checks that it fails, that
// every file holds its old text or its new one with its mode, and that no
// temporary file is left.
func interrupt(t *testing.T, signals []os.Signal) {
	dir := t.TempDir()
	src := readFile(t, filepath.Join(seedDir, "004_a00fc81244384d1d.txt"))
	want := golden(t, "004_a00fc81244384d1d.txt")
	const n = 3000
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("doc%04d.txt", i))
		require.NoError(t, os.WriteFile(name, []byte(src), 0o640))
	}
	cmd := exec.Command(os.Args[0], "-w", "-j", "2", dir)
	cmd.Env = append(os.Environ(), "CLEANSEEDS_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	// Interrupt once some files are written.
	first := filepath.Join(dir, "doc0000.txt")
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if b, err := os.ReadFile(first); err == nil && string(b) == want {
			break
		}
	}
	for _, s := range signals {
		require.NoError(t, cmd.Process.Signal(s))
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "the run should fail: %v; stderr: %s", err, stderr.String())
	assert.Equal(t, 2, exit.ExitCode())

	cleaned, untouched := 0, 0
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, n, "no temporary file left behind")
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		switch string(b) {
		case want:
			cleaned++
		case src:
			untouched++
		default:
			t.Fatalf("%s is neither the old text nor the new", e.Name())
		}
		info, err := e.Info()
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o640), info.Mode().Perm(), e.Name())
	}
	t.Logf("interrupted after %d of %d files", cleaned, n)
	assert.Positive(t, cleaned)
	assert.Positive(t, untouched)
	if len(signals) == 1 {
		assert.Contains(t, stderr.String(), fmt.Sprintf("interrupted: %d of %d inputs left as they were", untouched, n))
	} else {
		// The second signal stops the run at once, unless the first
		// already stopped it.
		assert.Regexp(t, `cleanseeds: interrupted again: stopped|interrupted: [0-9]+ of [0-9]+ inputs left as they were`, stderr.String())
	}
}

// The limit on document size is a flag.
func TestMaxSizeFlag(t *testing.T) {
	_, stderr, code := runCLI(t, "", "-max-size", "0")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-max-size")
	stdout, stderr, code := runCLI(t, strings.Repeat("x", 2<<20), "-max-size", "1")
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, stdinName+": document is over the limit of 1.0 MiB")
}

// FuzzReadInput drives the CLI's readers (a file by its name, gzip or not,
// sniffed or by extension) with arbitrary bytes: the run either cleans the
// document, and cleaning its output again changes nothing, or fails naming
// the file once.
func FuzzReadInput(f *testing.F) {
	for _, name := range []string{"000_6a4a497fc0a5f16e.txt", "004_a00fc81244384d1d.txt"} {
		b, err := os.ReadFile(filepath.Join(seedDir, name))
		require.NoError(f, err)
		f.Add(b, uint8(0))
	}
	f.Add([]byte("<!doctype html><title>T - S</title><p>A paragraph of the page that is long enough to be the article.</p>"), uint8(1))
	f.Add([]byte("\x1f\x8b\x08\x00"), uint8(4))
	f.Add([]byte("\x00binary"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, how uint8) {
		names := []string{"doc.txt", "doc.html", "doc.htm", "doc"}
		name := names[how%4]
		if how&4 != 0 {
			name += ".gz"
			if how&8 != 0 { // a valid gzip file of the data, rather than the data itself
				var b bytes.Buffer
				z := gzip.NewWriter(&b)
				z.Write(data)
				z.Close()
				data = b.Bytes()
			}
		}
		path := filepath.Join(t.TempDir(), name)
		require.NoError(t, os.WriteFile(path, data, 0o644))
		stdout, stderr, code := runCLI(t, "", path)
		switch code {
		case 0:
			assert.Empty(t, stderr)
			again, stderr2, code2 := runCLI(t, stdout, "-text")
			require.Equal(t, 0, code2, stderr2)
			require.Equal(t, stdout, again, "cleaning the output again changed it")
		case 2:
			assert.Empty(t, stdout)
			assert.Equal(t, 1, countNames(stderr, path), stderr)
			assert.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
		default:
			t.Fatalf("exit status %d", code)
		}
	})
}

// An interrupt stops the cleaning of a large document too: the file is
// left as it was, and the run fails.
func TestInterruptLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans a 60 MB document in a child process")
	}
	var b strings.Builder
	for i := 0; b.Len() < 60<<20; i++ {
		fmt.Fprintf(&b, "Line %d of a long document, with words enough to be measured as prose by the cleaner, and more words after them so that the document stays within its limit of lines.\n", i)
	}
	path := filepath.Join(t.TempDir(), "large.txt")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	cmd := exec.Command(os.Args[0], "-w", path)
	cmd.Env = append(os.Environ(), "CLEANSEEDS_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	readingInput(cmd.Process.Pid, path, b.Len())
	time.Sleep(100 * time.Millisecond) // into the cleaning, which takes seconds
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	err := cmd.Wait()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "the run should fail: %v; stderr: %s", err, stderr.String())
	assert.Equal(t, 2, exit.ExitCode())
	assert.Equal(t, "cleanseeds: interrupted: 1 of 1 inputs left as they were\n", stderr.String())
	assert.Equal(t, b.String(), readFile(t, path))
}

// readingInput waits until process pid reads the input at path, which it
// opens only once it catches interrupts, for at most 20 seconds: on a
// loaded machine the child may take longer to start than any fixed wait,
// and an interrupt sent before it catches them kills it. Linux tells in
// /proc: the input among the process's open files, or the process grown
// past minRSS bytes, the input read. Where /proc does not tell, it waits
// 300 ms.
func readingInput(pid int, path string, minRSS int) {
	fds := fmt.Sprintf("/proc/%d/fd", pid)
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		entries, err := os.ReadDir(fds)
		if err != nil {
			time.Sleep(300 * time.Millisecond)
			return
		}
		for _, e := range entries {
			if target, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && target == path {
				return
			}
		}
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		for line := range strings.Lines(string(b)) {
			if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				if n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB"))); err == nil && n*1024 >= minRSS {
					return
				}
			}
		}
	}
}
