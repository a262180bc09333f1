package measure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTaggedTitle: a title under one tag in lenticular brackets is a
// tagged title; a row of tags, a tag alone, a tag with a word or two
// after it, and a line that opens otherwise are not.
func TestTaggedTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"【送料無料】国産ひのき まな板 大 45cm 抗菌 日本製":            true,
		"【WordPress】有料プラグインQuick Cache Proのインストール": true,
		"【关闭窗口】【发表评论】【打印本页】":                       false,
		"【关闭窗口】　【发表评论】":                            false,
		"【送料無料】":                false,
		"【送料無料】 5,000円":         false,
		"送料無料 国産ひのき まな板 大 45cm": false,
	} {
		assert.Equal(t, want, taggedTitle(s), s)
	}
}

// TestInnerCount: one number among a caption's words, neither first nor
// last, is an inner count; a number first or last, two numbers, and a
// count in brackets are not.
func TestInnerCount(t *testing.T) {
	for s, want := range map[string]bool{
		"View all 12 comments":        true,
		"Alle 12 Kommentare anzeigen": true,
		"12 comments":                 false,
		"Comments 12":                 false,
		"Show 3 of 12 comments":       false,
		"[ 167 comments ]":            false,
	} {
		assert.Equal(t, want, innerCount(s), s)
	}
}

// TestWithoutInnerCount: a key loses its one inner number and keeps its
// words' spaces; a key whose number is first or last, or that has none,
// is none.
func TestWithoutInnerCount(t *testing.T) {
	for key, want := range map[string]string{
		"view all 12 comments":        "view all comments",
		"alle 12 kommentare anzeigen": "alle kommentare anzeigen",
		"12 comments":                 "",
		"comments 12":                 "",
		"view all comments":           "",
	} {
		got, ok := withoutInnerCount(nil, key)
		assert.Equal(t, want != "", ok, key)
		if ok {
			assert.Equal(t, want, string(got), key)
		}
	}
}
