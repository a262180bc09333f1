package decide

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEndsWithPeriod: a sentence that ends with a full stop, of any
// script, before closing quotes; not one that asks or exclaims.
func TestEndsWithPeriod(t *testing.T) {
	for s, want := range map[string]bool{
		"The pier will be repaired.":        true,
		"He said it would be “repaired.”":   true,
		"市议会决定修复旧石码头。":                      true,
		"नगर परिषद ने फैसला किया।":          true,
		"Քաղաքային խորհուրդը որոշեց։":       true,
		"ក្រុមប្រឹក្សាក្រុងបានសម្រេចចិត្ត។": true,
		"Will the pier be repaired?":        false,
		"Repair the pier!":                  false,
		"“Repair it,” he said":              false,
	} {
		assert.Equal(t, want, endsWithPeriod(s), s)
	}
}
