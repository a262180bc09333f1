package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestSchemaTypes(t *testing.T) {
	cases := []struct {
		itemtype     string
		qaPage, post bool
	}{
		{"https://schema.org/QAPage", true, false},
		{"http://schema.org/QAPage/", true, false},
		{"https://schema.org/WebPage https://schema.org/QAPage", true, false},
		{"https://schema.org/Answer", false, true},
		{" https://schema.org/Question ", false, true},
		{"https://schema.org/FAQPage", false, false},
		{"https://example.org/Answer", false, false},
		{"https://schema.org/AnswerSheet", false, false},
		{"", false, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<div itemscope itemtype="` + c.itemtype + `">x</div>`))
		require.NoError(t, err)
		div := doc.FirstChild.LastChild.FirstChild // html > body > div
		assert.Equal(t, c.qaPage, hasSchemaType(attr(div, "itemtype"), "QAPage"), c.itemtype)
		assert.Equal(t, c.post, isQAPost(div), c.itemtype)
	}
}
