package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cleanseeds/cleanseeds/clean/internal/lang"
)

// TestFirstSentenceKey checks how the copyright rule finds the key of a
// line's first sentence: as many words of the line's key as the sentence
// has, none for a sentence without words.
func TestFirstSentenceKey(t *testing.T) {
	content := "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced."
	key := "this document is subject to copyright apart from any fair dealing no part may be reproduced"
	assert.Equal(t, "This document is subject to copyright.", firstSentence(content))
	assert.Equal(t, "this document is subject to copyright", keyPrefix(key, lang.KeyWords(firstSentence(content))))
	assert.Equal(t, key, keyPrefix(key, 40))
	assert.Empty(t, keyPrefix(key, lang.KeyWords("... ")))
	assert.Equal(t, "No full stop", firstSentence("No full stop"))
}

// TestLastWords checks the helpers that read a line of reactions from its
// end: where the key's last words begin, and the field before the last
// ones, in white space of any width.
func TestLastWords(t *testing.T) {
	key := "wisk and japesuk like this"
	assert.Equal(t, "like this", key[lastWords(key, 2):])
	assert.Equal(t, "japesuk like this", key[lastWords(key, 3):])
	assert.Equal(t, -1, lastWords("like this", 2), "no name before them")
	assert.Equal(t, "JapesUK", fieldFromEnd("WiSK and JapesUK\u00a0like  this. ", 2))
	assert.Equal(t, "", fieldFromEnd("like this.", 2))
}
