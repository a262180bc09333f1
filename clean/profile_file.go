package clean

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The file format of a Profile, version 1. All numbers are unsigned
// varints (encoding/binary's Uvarint) unless said otherwise.
//
//	magic      the line "cleanseeds profile 1\n"
//	sites      the number of sites, then each site in byte order of its name:
//	  name     its length, then its bytes (UTF-8)
//	  docs     the number of its documents, then each document in order of
//	           its fingerprint:
//	    lines  the number of its lines, then their key hashes in increasing
//	           order: the first, then each one's difference from the one
//	           before (never 0)
//	crc        the CRC-32 (Castagnoli) of all the bytes before it, 4 bytes,
//	           big-endian
//
// A line's key hash is the 64-bit hash the cleaner gives the words of the
// line, in lower case; a document's fingerprint is the hash of its sorted
// key hashes. A version of the cleaner that hashes keys differently
// writes another version number, and refuses to read files of this one.
const profileMagic = "cleanseeds profile "

// profileVersion is the version of the format this package writes and
// reads.
const profileVersion = 1

// Bounds on what a profile file may hold, against broken or hostile files.
const (
	maxSiteName     = 4096
	maxProfileLines = 1 << 22
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// WriteTo writes p to w in the profile file format, version 1 (see
// ReadProfile). The bytes depend only on the documents p counts, not on
// the order they were added or merged in. It implements io.WriterTo.
func (p *Profile) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: bufio.NewWriter(w), crc: crc32.New(crcTable)}
	cw.write([]byte(profileMagic + strconv.Itoa(profileVersion) + "\n"))
	sites := p.Sites()
	cw.uvarint(uint64(len(sites)))
	for _, name := range sites {
		s := p.sites[name]
		cw.uvarint(uint64(len(name)))
		cw.write([]byte(name))
		cw.uvarint(uint64(len(s.docs)))
		for _, fp := range slices.Sorted(maps.Keys(s.docs)) {
			lines := s.docs[fp]
			cw.uvarint(uint64(len(lines)))
			prev := uint64(0)
			for _, h := range lines {
				cw.uvarint(h - prev)
				prev = h
			}
		}
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], cw.crc.Sum32())
	cw.write(sum[:])
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.n, cw.err
}

// countingWriter writes, counts and checksums bytes, keeping the first
// error.
type countingWriter struct {
	w   *bufio.Writer
	crc hash.Hash32
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (w *countingWriter) write(b []byte) {
	if w.err != nil {
		return
	}
	w.crc.Write(b)
	n, err := w.w.Write(b)
	w.n += int64(n)
	w.err = err
}

func (w *countingWriter) uvarint(v uint64) {
	w.write(w.buf[:binary.PutUvarint(w.buf[:], v)])
}

// ReadProfile reads a profile that WriteTo wrote. It checks the whole
// file: its version, its order, its checksum, and that nothing follows it;
// a file that fails a check is an error, and nothing of it is returned.
func ReadProfile(r io.Reader) (*Profile, error) {
	pr := &profileReader{r: bufio.NewReader(r), crc: crc32.New(crcTable)}
	p, err := pr.read()
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	return p, nil
}

// errTruncated is the error of a profile file that ends too soon.
var errTruncated = errors.New("the file ends too soon")

// profileReader reads a profile file, checksumming what it reads.
type profileReader struct {
	r   *bufio.Reader
	crc hash.Hash32
}

// ReadByte reads one byte, for binary.ReadUvarint.
func (pr *profileReader) ReadByte() (byte, error) {
	b, err := pr.r.ReadByte()
	if err != nil {
		return 0, errTruncated
	}
	pr.crc.Write([]byte{b})
	return b, nil
}

func (pr *profileReader) uvarint() (uint64, error) {
	v, err := binary.ReadUvarint(pr)
	if err != nil && !errors.Is(err, errTruncated) {
		err = fmt.Errorf("a number is too long: %w", err)
	}
	return v, err
}

// count reads a number of things, at least 1 and at most max.
func (pr *profileReader) count(what string, max uint64) (int, error) {
	n, err := pr.uvarint()
	if err != nil {
		return 0, err
	}
	if n == 0 || n > max {
		return 0, fmt.Errorf("%d %s is out of range", n, what)
	}
	return int(n), nil
}

func (pr *profileReader) read() (*Profile, error) {
	head, err := pr.r.ReadString('\n')
	if err != nil || !strings.HasPrefix(head, profileMagic) {
		return nil, errors.New("not a cleanseeds profile")
	}
	pr.crc.Write([]byte(head))
	version := strings.TrimSuffix(strings.TrimPrefix(head, profileMagic), "\n")
	if version != strconv.Itoa(profileVersion) {
		return nil, fmt.Errorf("version %.20q is not one this build reads (it reads version %d)", version, profileVersion)
	}
	nSites, err := pr.uvarint()
	if err != nil {
		return nil, err
	}
	p := &Profile{sites: map[string]*siteDocs{}}
	prevName := ""
	for i := uint64(0); i < nSites; i++ {
		name, err := pr.siteName()
		if err != nil {
			return nil, err
		}
		if i > 0 && name <= prevName {
			return nil, fmt.Errorf("site %q is out of order", name)
		}
		prevName = name
		s, err := pr.site(name)
		if err != nil {
			return nil, err
		}
		p.sites[name] = s
	}
	want := pr.crc.Sum32()
	var sum [4]byte
	if _, err := io.ReadFull(pr.r, sum[:]); err != nil {
		return nil, errTruncated
	}
	if binary.BigEndian.Uint32(sum[:]) != want {
		return nil, errors.New("checksum mismatch: the file is damaged")
	}
	if _, err := pr.r.ReadByte(); err != io.EOF {
		return nil, errors.New("data after the end of the profile")
	}
	return p, nil
}

func (pr *profileReader) siteName() (string, error) {
	n, err := pr.uvarint()
	if err != nil {
		return "", err
	}
	if n > maxSiteName {
		return "", fmt.Errorf("a site name of %d bytes is too long", n)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(pr.r, b); err != nil {
		return "", errTruncated
	}
	pr.crc.Write(b)
	return string(b), nil
}

// site reads the documents of a site.
func (pr *profileReader) site(name string) (*siteDocs, error) {
	nDocs, err := pr.count("documents", 1<<40)
	if err != nil {
		return nil, fmt.Errorf("site %q: %w", name, err)
	}
	s := &siteDocs{docs: map[uint64][]uint64{}}
	prevFP := uint64(0)
	for d := 0; d < nDocs; d++ {
		nLines, err := pr.count("lines", maxProfileLines)
		if err != nil {
			return nil, fmt.Errorf("site %q: %w", name, err)
		}
		var lines []uint64 // grown as read: the count may lie
		h := uint64(0)
		for k := 0; k < nLines; k++ {
			delta, err := pr.uvarint()
			if err != nil {
				return nil, fmt.Errorf("site %q: %w", name, err)
			}
			if k > 0 && (delta == 0 || h+delta < h) {
				return nil, fmt.Errorf("site %q: line hashes out of order", name)
			}
			h += delta
			lines = append(lines, h)
		}
		fp := fingerprint(lines)
		if d > 0 && fp <= prevFP {
			return nil, fmt.Errorf("site %q: documents out of order", name)
		}
		prevFP = fp
		s.docs[fp] = slices.Clip(lines)
	}
	return s, nil
}
