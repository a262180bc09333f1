package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// writeInPlace replaces an input file with its cleaned text, keeping its
// identity: owner, group, mode bits, extended attributes and hard links
// (see replace), and, for .gz files, its compression. It refuses a file
// the user could not write.
func writeInPlace(in *input, data []byte) error {
	fi, err := os.Lstat(in.path)
	if err != nil {
		return err
	}
	if err := writable(fi); err != nil {
		return err
	}
	if err := canWrite(in.path); err != nil {
		return err
	}
	if in.isGzip() {
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		if _, err := z.Write(data); err != nil {
			return err
		}
		if err := z.Close(); err != nil {
			return err
		}
		data = b.Bytes()
	}
	return replace(in.path, fi, data)
}

// writable refuses to write over a file that is not a regular file,
// symbolic links included, whose information (from Lstat) fi is.
func writable(fi fs.FileInfo) error {
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return errors.New("refusing to write through a symbolic link")
	case !fi.Mode().IsRegular():
		return errors.New("refusing to write over a file that is not a regular file")
	}
	return nil
}

// modeBits are the bits of a file's mode that a write keeps.
const modeBits = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// rewrite writes data over the file at path, in place: the file stays the
// same file, with all its names and attributes. Its old content is first
// copied beside it, and the copy removed once the new content is on disk:
// should the run be killed in between, the old text is in that copy, a
// file named .NAME.*.bak.
func rewrite(path string, data []byte) (err error) {
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	backup, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.bak")
	if err != nil {
		return err
	}
	if _, err := backup.Write(old); err != nil {
		backup.Close()
		os.Remove(backup.Name())
		return err
	}
	if err := errors.Join(backup.Sync(), backup.Close()); err != nil {
		os.Remove(backup.Name())
		return err
	}
	if err := overwrite(path, data); err != nil {
		if overwrite(path, old) != nil {
			return fmt.Errorf("%w; the old text is in %s", err, backup.Name())
		}
		os.Remove(backup.Name())
		return err
	}
	return os.Remove(backup.Name())
}

// overwrite writes data over the file at path and cuts it to its length.
func overwrite(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Truncate(int64(len(data)))
	}
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// writeAtomic writes data to path through a temporary file in the same
// directory and a rename, so that path holds either its old content or the
// new one, never a part (see createAtomic).
func writeAtomic(path string, data []byte, perm fs.FileMode) error {
	a, err := createAtomic(path, perm)
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}

// temporaries are the temporary files of the writes under way, for an
// interrupt that stops the program at once to remove.
var temporaries struct {
	sync.Mutex
	names map[string]bool
}

// keepTemporary records, or with keep false forgets, a temporary file.
func keepTemporary(name string, keep bool) {
	temporaries.Lock()
	defer temporaries.Unlock()
	if temporaries.names == nil {
		temporaries.names = map[string]bool{}
	}
	if keep {
		temporaries.names[name] = true
	} else {
		delete(temporaries.names, name)
	}
}

// removeTemporaries removes the temporary files of the writes under way.
func removeTemporaries() {
	temporaries.Lock()
	defer temporaries.Unlock()
	for name := range temporaries.names {
		os.Remove(name)
	}
}

// atomicFile is a file being written in the place of path: a temporary
// file in the same directory, renamed to path once it is whole.
type atomicFile struct {
	*os.File
	path     string
	perm     fs.FileMode
	replaces bool // path exists: its old content is replaced
}

// createAtomic starts writing path. It refuses to write through a symbolic
// link or over anything but a regular file; an existing file keeps its
// mode, a new one gets perm.
func createAtomic(path string, perm fs.FileMode) (*atomicFile, error) {
	a := &atomicFile{path: path, perm: perm}
	if fi, err := os.Lstat(path); err == nil {
		if err := writable(fi); err != nil {
			return nil, err
		}
		a.perm, a.replaces = fi.Mode()&modeBits, true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	keepTemporary(f.Name(), true)
	a.File = f
	return a, nil
}

// Abort gives up the write: path is left as it was.
func (a *atomicFile) Abort() {
	a.File.Close()
	os.Remove(a.File.Name())
	keepTemporary(a.File.Name(), false)
}

// Commit puts the written file in the place of path. The data of a file
// that replaces another reaches the disk before the rename, so that a
// crash cannot leave an empty file where the old content was; a new file
// is not synced, since a crash loses nothing that was there before, and
// syncing each file would make writing a tree of small files several
// times slower than cleaning them.
func (a *atomicFile) Commit() (err error) {
	defer func() {
		if err != nil {
			a.Abort()
		}
	}()
	if err := a.File.Chmod(a.perm); err != nil {
		return err
	}
	if a.replaces {
		if err := a.File.Sync(); err != nil {
			return err
		}
	}
	if err := a.File.Close(); err != nil {
		return err
	}
	if err := os.Rename(a.File.Name(), a.path); err != nil {
		return fmt.Errorf("replacing the file: %w", err)
	}
	keepTemporary(a.File.Name(), false)
	return nil
}
