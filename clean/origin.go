package clean

import (
	"net/url"
	"path"
	"strings"
)

// Origin says where a document came from. Every field is optional; the
// zero Origin says nothing.
type Origin struct {
	// URL is the document's address. Its host names the document's site.
	URL string
	// Dir names the site of a document when neither URL nor, for HTML,
	// the page's canonical link or og:url does: the directory a file was
	// found in, say.
	Dir string
	// ContentType is the HTTP Content-Type header an HTML page came with:
	// its charset parameter, if any, decides the page's encoding unless
	// the page starts with a byte order mark.
	ContentType string
}

// site returns the site of a document from o and, for HTML, the address
// the page gives itself (see Site).
func (o Origin) site(pageURL string) string {
	if s := Site(o.URL); s != "" {
		return s
	}
	if s := Site(pageURL); s != "" {
		return s
	}
	if o.Dir == "" {
		return ""
	}
	return path.Clean(strings.ReplaceAll(o.Dir, `\`, "/"))
}

// Site returns the site an address belongs to: its host, in lower case,
// without a port and without a leading "www.". An address without a
// scheme ("example.com/news/1") is read as http. Site returns "" for an
// address with no host, such as a mailto: address.
//
// A document's site is, in order: the host of its Origin's URL; for HTML,
// the host of the page's canonical link or og:url; its Origin's Dir. Site
// profiles count lines per site (see Profile).
func Site(address string) string {
	address = strings.TrimSpace(address)
	if address == "" {
		return ""
	}
	if !strings.Contains(address, "://") {
		if i := strings.IndexAny(address, ":/"); i > 0 && address[i] == ':' && !strings.Contains(address[:i], ".") {
			return "" // mailto:, data:, javascript:, urn:...
		}
		address = "http://" + strings.TrimPrefix(address, "//")
	}
	u, err := url.Parse(address)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return strings.TrimPrefix(host, "www.")
}
