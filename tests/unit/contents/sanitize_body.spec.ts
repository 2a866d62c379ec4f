import { test } from '@japa/runner'
import { bodyToText, sanitizeBody } from '#support/sanitize_body'

/** Input → exactly what may be stored. */
const XSS: [string, string, string][] = [
  ['a script tag', '<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
  ['an unclosed script tag', '<p>Hi</p><script>alert(1)', '<p>Hi</p>'],
  ['an image with an onerror handler', '<img src=x onerror=alert(1)>', ''],
  [
    'an upload image with an onerror handler',
    '<img src="/uploads/7" onerror="alert(1)" alt="A">',
    '<img src="/uploads/7" alt="A" />',
  ],
  ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['a mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
  ['a decimal-entity javascript: link', '<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
  ['a hex-entity javascript: link', '<a href="&#x6A;avascript&colon;alert(1)">x</a>', '<a>x</a>'],
  ['a javascript: link split by a tab', '<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
  ['a javascript: link with leading spaces', '<a href="  javascript:alert(1)">x</a>', '<a>x</a>'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['a script inside svg', '<svg><script>alert(1)</script></svg><p>ok</p>', '<p>ok</p>'],
  ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>', ''],
  ['an iframe', '<iframe src="https://evil.example"></iframe><p>after</p>', '<p>after</p>'],
  ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  [
    'style, class and event attributes',
    '<p style="color:red" class="x" onclick="alert(1)">t</p>',
    '<p>t</p>',
  ],
  ['a style element', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
  [
    'a data: link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
    '<a>d</a>',
  ],
  ['a data: image', '<img src="data:image/png;base64,AAAA">', ''],
  ['a math element', '<math><mi>x</mi><maction actiontype="statusline">y</maction></math>', ''],
  ['an object element', '<object data="evil.swf"></object><p>p</p>', '<p>p</p>'],
  ['a form and input', '<form action="/x"><input name="a"><button>go</button></form>', 'go'],
  [
    'nested unclosed inline tags',
    '<p><strong>bold <em>both</p> after',
    '<p><strong>bold <em>both</em></strong></p> after',
  ],
  [
    'a stray closing tag (HTML reads it as an empty paragraph)',
    '</p><p>x</div></p>',
    '<p></p><p>x</p>',
  ],
  ['a comment hiding a script', '<!--<script>alert(1)</script>--><p>c</p>', '<p>c</p>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
  ['a base tag', '<base href="https://evil.example/"><p>b</p>', '<p>b</p>'],
  ['a protocol-relative link', '<a href="//evil.example/x">pr</a>', '<a>pr</a>'],
  [
    'an encoded script as text',
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
  ],
  ['a remote image', '<img src="https://tracker.example/p.gif">', ''],
]

const KEPT: [string, string, string][] = [
  [
    'the formatting Tiptap produces',
    '<h2>T</h2><h3>S</h3><h4>s</h4><p>a<br>b <strong>s</strong> <em>e</em> <s>x</s> <u>u</u> <code>c</code></p><blockquote><p>q</p></blockquote><ul><li><p>1</p></li></ul><ol><li>2</li></ol><hr>',
    '<h2>T</h2><h3>S</h3><h4>s</h4><p>a<br />b <strong>s</strong> <em>e</em> <s>x</s> <u>u</u> <code>c</code></p><blockquote><p>q</p></blockquote><ul><li><p>1</p></li></ul><ol><li>2</li></ol><hr />',
  ],
  [
    'a code block keeps only its language class',
    '<pre><code class="language-js evil">let a = 1 &lt; 2</code></pre>',
    '<pre><code class="language-js">let a = 1 &lt; 2</code></pre>',
  ],
  [
    'an external link gets rel noopener noreferrer nofollow',
    '<a href="https://example.org/a" title="T" rel="author">e</a>',
    '<a href="https://example.org/a" title="T" rel="noopener noreferrer nofollow">e</a>',
  ],
  [
    'a link opening a new tab gets rel too',
    '<a href="/about" target="_blank">n</a>',
    '<a href="/about" target="_blank" rel="noopener noreferrer nofollow">n</a>',
  ],
  [
    'a local link loses a rel it was given and an odd target',
    '<a href="/about" rel="opener" target="_top">l</a>',
    '<a href="/about">l</a>',
  ],
  ['a mailto link', '<a href="mailto:a@example.org">m</a>', '<a href="mailto:a@example.org">m</a>'],
  [
    'an upload variant with its size',
    '<img src="/uploads/12/w640" alt="Cat" width="640" height="480" title="t">',
    '<img src="/uploads/12/w640" alt="Cat" width="640" height="480" />',
  ],
  [
    'sizes that are not whole numbers are dropped',
    '<img src="/uploads/12" width="100%" height="1e3">',
    '<img src="/uploads/12" />',
  ],
  ['headings outside h2–h4 are brought in range', '<h1>A</h1><h6>B</h6>', '<h2>A</h2><h4>B</h4>'],
  ['b and i become strong and em', '<b>b</b><i>i</i>', '<strong>b</strong><em>i</em>'],
  ['a div is unwrapped', '<div><p>x</p></div>', '<p>x</p>'],
]

test.group('sanitizeBody / attacks', () => {
  for (const [name, input, expected] of XSS) {
    test(`removes ${name}`, ({ assert }) => {
      assert.equal(sanitizeBody(input), expected)
    })
  }
})

test.group('sanitizeBody / allowed markup', () => {
  for (const [name, input, expected] of KEPT) {
    test(`keeps ${name}`, ({ assert }) => {
      assert.equal(sanitizeBody(input), expected)
    })
  }

  test('is stable: sanitising twice changes nothing', ({ assert }) => {
    const once = sanitizeBody(KEPT.map(([, input]) => input).join(''))
    assert.equal(sanitizeBody(once), once)
  })
})

test.group('bodyToText', () => {
  test('separates blocks with a space and decodes entities', ({ assert }) => {
    const html =
      '<h2>Title</h2><p>One &amp; <strong>two</strong> &lt;x&gt; é</p><ul><li>a</li><li>b</li></ul><p>line<br />break</p>'
    assert.equal(bodyToText(html), 'Title One & two <x> é a b line break')
  })

  test('keeps words split by inline tags whole', ({ assert }) => {
    assert.equal(bodyToText('<p>un<strong>believ</strong>able</p>'), 'unbelievable')
  })

  test('drops the text of scripts and styles', ({ assert }) => {
    assert.equal(bodyToText('<p>a</p><script>evil()</script><style>p{}</style>'), 'a')
  })

  test('is empty for an empty body', ({ assert }) => {
    assert.equal(bodyToText(''), '')
    assert.equal(bodyToText('<p></p>'), '')
  })
})
