//go:build linux

package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nobody is the user and group the identity tests give files.
const nobody = 65534

func requireRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root, to give files to another user")
	}
}

// identity is what -w must keep of a file.
type identity struct {
	ino      uint64
	uid, gid uint32
	mode     fs.FileMode
	xattr    string
}

func identityOf(t *testing.T, path string) identity {
	t.Helper()
	fi, err := os.Lstat(path)
	require.NoError(t, err)
	st := fi.Sys().(*syscall.Stat_t)
	id := identity{ino: st.Ino, uid: st.Uid, gid: st.Gid, mode: fi.Mode()}
	b := make([]byte, 64)
	if n, err := syscall.Getxattr(path, "user.origin", b); err == nil {
		id.xattr = string(b[:n])
	}
	return id
}

// A file given to nobody, with setgid and an extended attribute, keeps all
// of them through -w; so does one with a second name, which also keeps
// that name pointing at the cleaned text.
func TestWriteKeepsIdentity(t *testing.T) {
	requireRoot(t)
	src := seedText(t, "004_a00fc81244384d1d.txt")
	want := golden(t, "004_a00fc81244384d1d.txt")
	for _, linked := range []bool{false, true} {
		dir := t.TempDir()
		path := filepath.Join(dir, "a.txt")
		require.NoError(t, os.WriteFile(path, []byte(src), 0o640))
		require.NoError(t, os.Chown(path, nobody, nobody))
		require.NoError(t, os.Chmod(path, 0o640|fs.ModeSetgid))
		xattrs := syscall.Setxattr(path, "user.origin", []byte("crawl-7"), 0) == nil
		other := filepath.Join(t.TempDir(), "other-name.txt")
		if linked {
			require.NoError(t, os.Link(path, other))
		}
		before := identityOf(t, path)
		_, stderr, code := runCLI(t, "", "-w", dir)
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, want, readFile(t, path))
		after := identityOf(t, path)
		if !linked {
			after.ino = before.ino // a file with one name may be a new file
		}
		assert.Equal(t, before, after, "linked: %v", linked)
		if xattrs {
			assert.Equal(t, "crawl-7", after.xattr)
		} else {
			t.Log("this file system has no user extended attributes")
		}
		if linked {
			assert.Equal(t, want, readFile(t, other), "the other name sees the new text")
		}
		leftovers, err := filepath.Glob(filepath.Join(dir, ".*"))
		require.NoError(t, err)
		assert.Empty(t, leftovers, "no temporary or backup file left")
	}
}

// An ordinary user who may write the directory but not the file cannot
// replace the file.
func TestWriteRefusesAFileTheUserCannotWrite(t *testing.T) {
	requireRoot(t)
	dir := t.TempDir()
	require.NoError(t, os.Chmod(dir, 0o777))
	require.NoError(t, os.Chmod(filepath.Dir(dir), 0o755))
	path := filepath.Join(dir, "root.txt")
	src := seedText(t, "004_a00fc81244384d1d.txt")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	// The program, where the other user can run it.
	prog := filepath.Join(dir, "cleanseeds")
	b, err := os.ReadFile(os.Args[0])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(prog, b, 0o755))
	cmd := exec.Command(prog, "-w", path)
	cmd.Env = append(os.Environ(), "CLEANSEEDS_MAIN=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "%v: %s", err, stderr.String())
	assert.Equal(t, 2, exit.ExitCode())
	assert.Equal(t, path+": cannot write the file: permission denied\n", stderr.String())
	assert.Equal(t, src, readFile(t, path))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, uint32(0), fi.Sys().(*syscall.Stat_t).Uid, "still root's")
}

// -o gives a new file the input's permission bits, under the umask.
func TestOutDirModes(t *testing.T) {
	dir := t.TempDir()
	private := filepath.Join(dir, "private.txt")
	open := filepath.Join(dir, "open.txt")
	require.NoError(t, os.WriteFile(private, []byte(seedText(t, "003_482d5174bba0154a.txt")), 0o600))
	require.NoError(t, os.WriteFile(open, []byte(seedText(t, "003_482d5174bba0154a.txt")), 0o644))
	require.NoError(t, os.Chmod(private, 0o600))
	require.NoError(t, os.Chmod(open, 0o644))
	for _, c := range []struct {
		umask         int
		private, open fs.FileMode
	}{{0o022, 0o600, 0o644}, {0o077, 0o600, 0o600}} {
		out := t.TempDir()
		old := syscall.Umask(c.umask)
		_, stderr, code := runCLI(t, "", "-o", out, dir)
		syscall.Umask(old)
		require.Equal(t, 0, code, stderr)
		for name, want := range map[string]fs.FileMode{"private.txt": c.private, "open.txt": c.open} {
			fi, err := os.Stat(filepath.Join(out, name))
			require.NoError(t, err)
			assert.Equal(t, want, fi.Mode().Perm(), "%s under umask %03o", name, c.umask)
		}
	}
}

// Standard input cannot be written in place or to -o, among other paths
// too; the -o directory cannot be an input.
func TestWriteAndOutDirRefuseWhatTheyCannotWrite(t *testing.T) {
	dir := seeds(t)
	path := filepath.Join(dir, "003_482d5174bba0154a.txt")
	before := readFile(t, path)
	_, stderr, code := runCLI(t, "text", "-w", "-", path)
	assert.Equal(t, 2, code)
	assert.Equal(t, "cleanseeds: cannot use -w with standard input\n", stderr)
	assert.NoFileExists(t, filepath.Join(filepath.Dir(path), stdinName))
	assert.Equal(t, before, readFile(t, path))

	out := filepath.Join(t.TempDir(), "out")
	_, stderr, code = runCLI(t, "text", "-o", out, "-", t.TempDir())
	assert.Equal(t, 2, code)
	assert.Equal(t, "cleanseeds: cannot use -o with standard input\n", stderr)
	assert.NoFileExists(t, out)

	stdout, stderr, code := runCLI(t, "", "-o", dir, dir)
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Equal(t, dir+": is the -o directory: its files would be written over themselves\n", stderr)
	assert.Equal(t, before, readFile(t, path))
}
