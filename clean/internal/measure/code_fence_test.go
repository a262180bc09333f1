package measure

import "testing"

// TestFences checks that a fenced block of Markdown is code, fences
// included, when its fence names a language, a line in it reads as code,
// or no line of it is a sentence; that a fence nothing closes marks
// nothing; and that a fenced licence's prose is no code.
func TestFences(t *testing.T) {
	checkCode(t, "## Getting started\n\n```bash\ngit clone https://github.com/PJK/libcbor\nmake install\n```\n\nThen read the guide.\n",
		[]string{"```bash", "git clone https://github.com/PJK/libcbor", "make install", "```"},
		[]string{"## Getting started", "Then read the guide."})
	checkCode(t, "Install it:\n\n```\nbrew install libcbor\n\nThe rest of the page reads as prose, and no fence closes the one above.\n",
		nil, []string{"```", "brew install libcbor"})
	checkCode(t, "### License\n\n```\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n\nTHE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n```\n",
		nil, []string{"```", "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND."})
	checkCode(t, "## Usage\n\n```\nimport \"gotest.tools/v3/assert\"\n```\n\nThen read the guide.\n",
		[]string{"```", "import \"gotest.tools/v3/assert\""}, []string{"## Usage", "Then read the guide."})
	checkCode(t, "Separated by tildes\n~~~~~~~~~~~~~~~~~~~\n\nA section of the news, in sentences.\n\nAnother\n~~~~~~~\n",
		nil, []string{"~~~~~~~~~~~~~~~~~~~", "A section of the news, in sentences."})
}
