package clean

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A document whose reader says its length is read into one buffer of
// that size, not grown by doubling: a megabyte page had cost its size
// again in copies and cleared memory.
func TestReadLimitedReadsOnce(t *testing.T) {
	page := mebibytePage()
	allocs := testing.AllocsPerRun(10, func() {
		b, err := readLimited(bytes.NewReader(page), 8<<20)
		if err != nil || len(b) != len(page) {
			t.Fatalf("read %d bytes, err %v", len(b), err)
		}
	})
	assert.LessOrEqual(t, allocs, 4.0) // the buffer, the reader and its two wrappers

	// Readers that do not say, or say little, are read whole all the same,
	// and a document over the limit is an error.
	for _, r := range []func() *strings.Reader{
		func() *strings.Reader { return strings.NewReader(string(page)) },
	} {
		b, err := readLimited(iotest.OneByteReader(r()), 8<<20)
		require.NoError(t, err)
		assert.Equal(t, page, b)
		b, err = readLimited(iotest.HalfReader(r()), 8<<20)
		require.NoError(t, err)
		assert.Equal(t, page, b)
	}
	_, err := readLimited(bytes.NewReader(page), len(page)-1)
	var le *LimitError
	assert.True(t, errors.As(err, &le))
	b, err := readLimited(bytes.NewReader(page), len(page))
	require.NoError(t, err)
	assert.Len(t, b, len(page))
	b, err = readLimited(bytes.NewReader(nil), 10)
	require.NoError(t, err)
	assert.Empty(t, b)
}

// Looking for a NUL near the start of an HTML page copies nothing.
func TestIsBinaryAllocatesNothing(t *testing.T) {
	page := bytes.Repeat([]byte("<p>text</p>"), 2000)
	assert.Zero(t, testing.AllocsPerRun(10, func() {
		if isBinary(page) {
			t.Fatal("text read as binary")
		}
	}))
	assert.True(t, isBinary(append([]byte("PK\x03\x04"), 0)))
	assert.True(t, isBinary("GIF89a\x00"))
	assert.False(t, isBinary("\xff\xfeh\x00i\x00"))
}

// A page given as an open file is read into one buffer of the file's
// size from where it is read, as a page given as bytes is.
func TestReadLimitedFile(t *testing.T) {
	page := mebibytePage()
	path := t.TempDir() + "/page.html"
	require.NoError(t, os.WriteFile(path, page, 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	allocs := testing.AllocsPerRun(10, func() {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		b, err := readLimited(f, 8<<20)
		if err != nil || len(b) != len(page) {
			t.Fatalf("read %d bytes, err %v", len(b), err)
		}
	})
	assert.LessOrEqual(t, allocs, 6.0) // the buffer, the wrappers, and Stat's
	// Read from the middle, it holds the rest.
	_, err = f.Seek(int64(len(page)/2), io.SeekStart)
	require.NoError(t, err)
	b, err := readLimited(f, 8<<20)
	require.NoError(t, err)
	assert.Equal(t, page[len(page)/2:], b)
}

// mebibytePage is an HTML page of 1 MiB for the reading tests.
func mebibytePage() []byte {
	return bytes.Repeat([]byte("<p>A paragraph of the page.</p>\n"), 1<<15)
}
