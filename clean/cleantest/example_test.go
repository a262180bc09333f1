package cleantest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cleanseeds/cleanseeds/clean"
	"github.com/cleanseeds/cleanseeds/clean/cleantest"
)

// A project keeps the pages it cares about in testdata, each beside the
// text it should clean to; this test checks them all. Run it once with
// -update to write the golden files, read them, and commit them.
func ExampleDir() {
	// In a _test.go file of your project:
	TestGolden := func(t *testing.T) {
		cleantest.Dir(t, "testdata")
		// Golden files of other options live in a directory of their own.
		cleantest.Dir(t, "testdata/precision", clean.WithBalance(clean.FavorPrecision))
	}
	_ = TestGolden
}

// One document with its golden file, here a gzipped page:
// testdata/front.html.gz beside testdata/front.golden.
func ExampleFile() {
	TestFrontPage := func(t *testing.T) {
		cleantest.File(t, "testdata/front.html.gz")
	}
	_ = TestFrontPage
}

// Golden files of your own follow the same -update flag (or
// CLEANTEST_UPDATE=1) as cleantest's.
func ExampleUpdate() {
	TestReport := func(t *testing.T) {
		got := []byte("what your code printed\n")
		golden := filepath.Join("testdata", "report.golden")
		if cleantest.Update() {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if string(want) != string(got) {
			t.Errorf("report differs from %s", golden)
		}
	}
	_ = TestReport
}
