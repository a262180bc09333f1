package diff

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnifiedEqualWritesNothing(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Unified(&b, "a", "b", "x\ny\n", "x\ny\n"))
	assert.Empty(t, b.String())
}

func TestUnifiedRemovals(t *testing.T) {
	a := "menu\nHome\n\nTitle\n\nPara one.\n\nShare\n\nPara two.\n\nFooter\n"
	b := "Title\n\nPara one.\n\nPara two.\n"
	var out bytes.Buffer
	require.NoError(t, Unified(&out, "x.orig", "x", a, b))
	want := `--- x.orig
+++ x
@@ -1,12 +1,5 @@
-menu
-Home
-
 Title
 
 Para one.
 
-Share
-
 Para two.
-
-Footer
`
	assert.Equal(t, want, out.String())
}

func TestUnifiedSeparateHunks(t *testing.T) {
	var lines []string
	for i := range 20 {
		lines = append(lines, strings.Repeat("x", i+1))
	}
	a := strings.Join(lines, "\n") + "\n"
	b := strings.Join(append(append([]string{}, lines[1:18]...), lines[19]), "\n") + "\n"
	var out bytes.Buffer
	require.NoError(t, Unified(&out, "a", "b", a, b))
	want := `--- a
+++ b
@@ -1,4 +1,3 @@
-x
 xx
 xxx
 xxxx
@@ -16,5 +15,4 @@
 xxxxxxxxxxxxxxxx
 xxxxxxxxxxxxxxxxx
 xxxxxxxxxxxxxxxxxx
-xxxxxxxxxxxxxxxxxxx
 xxxxxxxxxxxxxxxxxxxx
`
	assert.Equal(t, want, out.String())
}

// TestScriptRebuildsBothSides checks the edit script on inputs without
// unique lines, which take the LCS fallback: applying it must give back
// both texts.
func TestScriptRebuildsBothSides(t *testing.T) {
	cases := [][2]string{
		{"a\na\nb\nb\na\n", "b\na\na\nb\n"},
		{"", "x\n"},
		{"x\n", ""},
		{"a\nb\na\nb\n", "b\na\nb\na\n"},
	}
	for _, c := range cases {
		ops := script(splitLines(c[0]), splitLines(c[1]))
		var old, new []string
		for _, o := range ops {
			if o.kind != '+' {
				old = append(old, o.text)
			}
			if o.kind != '-' {
				new = append(new, o.text)
			}
		}
		assert.Equal(t, splitLines(c[0]), old)
		assert.Equal(t, splitLines(c[1]), new)
	}
}

func TestEditsAreTheDiffsLines(t *testing.T) {
	a := "keep\nold one\nsame\nold two\n"
	b := "keep\nsame\nnew\n"
	var u strings.Builder
	require.NoError(t, Unified(&u, "a", "b", a, b))
	var want []Edit
	for _, l := range strings.Split(u.String(), "\n")[2:] {
		if l != "" && (l[0] == '-' || l[0] == '+') {
			want = append(want, Edit{Kind: l[0], Text: l[1:]})
		}
	}
	assert.Equal(t, want, Edits(a, b))
	assert.Empty(t, Edits(a, a))
}
