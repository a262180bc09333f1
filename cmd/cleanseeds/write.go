package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// writeInPlace replaces an input file with its cleaned text, keeping its
// mode and, for .gz files, its compression.
func writeInPlace(in input, data []byte) error {
	fi, err := os.Lstat(in.path)
	if err != nil {
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
	return writeAtomic(in.path, data, fi.Mode().Perm())
}

// writeAtomic writes data to path through a temporary file in the same
// directory and a rename, so that path holds either its old content or the
// new one, never a part. It refuses to write through a symbolic link or
// over anything but a regular file; an existing file keeps its mode, a new
// one gets perm. The data of a file that replaces another reaches the disk
// before the rename, so that a crash cannot leave an empty file where the
// old content was; a new file is not synced, since a crash loses nothing
// that was there before, and syncing each file would make writing a tree of
// small files several times slower than cleaning them.
func writeAtomic(path string, data []byte, perm fs.FileMode) (err error) {
	replaces := false
	if fi, err := os.Lstat(path); err == nil {
		replaces = true
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			return errors.New("refusing to write through a symbolic link")
		case !fi.Mode().IsRegular():
			return errors.New("refusing to write over a file that is not a regular file")
		}
		perm = fi.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if replaces {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("replacing the file: %w", err)
	}
	return nil
}
