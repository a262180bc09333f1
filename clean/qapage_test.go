package clean_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cleanseeds/cleanseeds/clean"
)

// oneAnswerPage is a question with one answer, as a Stack Exchange site
// prints it: its microdata says it is a question page, and marks the
// question, the answer and the text of each.
const oneAnswerPage = `<html><head><title>How do I join block devices in order?</title></head>
<body itemscope itemtype="https://schema.org/QAPage">
<header><nav><a href="/">Home</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></nav></header>
<div id="mainbar" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name"><a href="/q/1">How do I join block devices in order?</a></h1>
<div class="question"><div class="votecell">3</div><div class="postcell">
<div class="s-prose js-post-body" itemprop="text">
<p>I have thirty-three loop devices and I want to join them into one linear device with dmsetup, in the order of their numbers.</p>
<p>The script I use takes the devices as arguments, but typing all of them by hand is slow and I keep making mistakes with the globs.</p>
<p>How can I tell the script how many devices to join, when the number is in a file?</p>
</div>
<div class="post-menu"><a href="#">Share</a> <a href="#">Improve this question</a> <a href="#">Follow</a></div>
<div class="user-info" itemprop="author" itemscope itemtype="http://schema.org/Person">asked Jul 18, 2024 at 4:39 <a href="/u/1">user447274</a> 559 2 silver badges</div>
</div>
<div class="comments"><ul><li>Is the number always thirty-three, or does it change from one run to the next? – Max</li></ul><a href="#">Add a comment</a></div>
</div>
<div id="answers">
<div><h2>1 Answer</h2><div>Sorted by: <select><option>Highest score</option></select></div></div>
<div class="answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="votecell">5</div><div class="answercell">
<div class="s-prose js-post-body" itemprop="text">
<p>You can use a for loop to count from zero to thirty-two and store the device names in an array, then pass the whole array to the script.</p>
<pre><code>n=33
devices=()
for ((i = 0; i &lt; n; i++)); do devices+=("/dev/loop${i}"); done</code></pre>
<p>If the number is in a file, read it first with read, and check that it is a number before you use it in the loop.</p>
</div>
<div class="post-menu"><a href="#">Share</a> <a href="#">Improve this answer</a> <a href="#">Follow</a></div>
<div class="user-info">answered Jul 18, 2024 at 13:22 <a href="/u/2">glenn jackman</a> 88.7k 16 gold badges</div>
</div>
<div class="comments"><ul><li>Thank you, the loop works and reading the number from the file works as well. – user447274</li></ul><a href="#">Add a comment</a></div>
</div>
</div>
<h2>Your Answer</h2><p>You must log in to answer this question.</p>
</div>
<div id="sidebar"><h4>Related</h4><ul><li><a href="/q/5">mount: could not find any free loop device</a></li><li><a href="/q/6">Join two files in a batch mode</a></li></ul></div>
<footer><p>Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.</p></footer>
</body></html>`

// A question page keeps its one answer with its question, as the page's
// microdata marks them, and not the comments under them, the controls
// between them or the boxes around them. Without the microdata, the
// controls and counts between the two had cut the answer off.
func TestQuestionPageKeepsItsOneAnswer(t *testing.T) {
	res, err := clean.HTML(strings.NewReader(oneAnswerPage))
	require.NoError(t, err)
	assert.Equal(t, "How do I join block devices in order?", res.Title)
	for _, want := range []string{
		"I have thirty-three loop devices and I want to join them",
		"How can I tell the script how many devices to join, when the number is in a file?",
		"You can use a for loop to count from zero to thirty-two",
		"for ((i = 0; i < n; i++)); do devices+=(\"/dev/loop${i}\"); done",
		"If the number is in a file, read it first with read",
	} {
		assert.Contains(t, res.Body, want)
	}
	for _, chrome := range []string{
		"Improve this answer", "1 Answer", "Sorted by", "Is the number always thirty-three", "Thank you, the loop works",
		"Your Answer", "You must log in", "mount: could not find", "Site design",
	} {
		assert.NotContains(t, res.Body, chrome)
	}
	again, err := clean.Text(res.Body)
	require.NoError(t, err)
	assert.Equal(t, res.Body, again.Body)

	// A page that does not say it is a question page is read as before.
	plain := strings.Replace(oneAnswerPage, `itemtype="https://schema.org/QAPage"`, "", 1)
	res, err = clean.HTML(strings.NewReader(plain))
	require.NoError(t, err)
	assert.NotContains(t, res.Body, "You can use a for loop")
}
