package main

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// canWrite refuses a file the user could not write: with write
// permission on its directory alone, a rename would replace a file that
// is not theirs.
func canWrite(path string) error {
	if err := syscall.Access(path, 2); err != nil { // W_OK
		return fmt.Errorf("cannot write the file: %w", err)
	}
	return nil
}

// umask returns the process's file mode creation mask.
func umask() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}

// errIdentity is the error of a replacement that could not give the new
// file the old one's identity.
var errIdentity = errors.New("cannot give the new file the old one's owner and attributes")

// replace writes data in the place of the file at path, whose information
// fi is, keeping its owner, group, mode bits and extended attributes: by a
// new file and a rename when the file has one name and its identity can
// be given to a new file, else by rewriting it in place (see rewrite),
// which keeps its hard links too.
func replace(path string, fi fs.FileInfo, data []byte) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if ok && st.Nlink == 1 {
		err := replaceByRename(path, st, data)
		if !errors.Is(err, errIdentity) {
			return err
		}
	}
	return rewrite(path, data)
}

// replaceByRename writes data to a new file, gives it the owner, group
// and extended attributes of the file at path, whose status st is, and
// renames it over that file.
func replaceByRename(path string, st *syscall.Stat_t, data []byte) error {
	a, err := createAtomic(path, 0)
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.Abort()
		return err
	}
	if err := a.File.Chown(int(st.Uid), int(st.Gid)); err != nil {
		a.Abort()
		return errIdentity
	}
	if err := a.File.Chmod(a.perm); err != nil { // chown drops setuid and setgid
		a.Abort()
		return err
	}
	if err := copyXattrs(path, a.File.Name()); err != nil {
		a.Abort()
		return errIdentity
	}
	return a.Commit()
}

// copyXattrs gives the file named to the extended attributes of the file
// named from.
func copyXattrs(from, to string) error {
	names, err := xattr(func(b []byte) (int, error) { return syscall.Listxattr(from, b) })
	if errors.Is(err, syscall.ENOTSUP) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, name := range splitNames(names) {
		value, err := xattr(func(b []byte) (int, error) { return syscall.Getxattr(from, name, b) })
		if err != nil {
			return err
		}
		if err := syscall.Setxattr(to, name, value, 0); err != nil {
			return err
		}
	}
	return nil
}

// xattr calls get with a buffer large enough for what it returns.
func xattr(get func([]byte) (int, error)) ([]byte, error) {
	n, err := get(nil)
	for err == nil {
		b := make([]byte, n)
		var m int
		if m, err = get(b); err == nil {
			return b[:m], nil
		}
		if errors.Is(err, syscall.ERANGE) { // it grew meanwhile
			n, err = get(nil)
		}
	}
	return nil, err
}

// splitNames splits a list of NUL-terminated names.
func splitNames(b []byte) []string {
	var names []string
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != 0 {
			i++
		}
		if i > 0 {
			names = append(names, string(b[:i]))
		}
		b = b[min(i+1, len(b)):]
	}
	return names
}
