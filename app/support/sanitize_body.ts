import sanitizeHtml from 'sanitize-html'

/*
| The allowlist for content bodies: what the Tiptap editor produces and
| nothing else. Images must be this site's uploads (`/uploads/<id>` or one
| of its variants): the CSP only lets the site's own images load, and a
| remote image would tell a third party who reads the page. Links may be
| http, https or mailto; a link that opens a new tab or leaves the site
| gets rel="noopener noreferrer nofollow" whatever the editor sent.
*/

const UPLOAD_SRC = /^\/uploads\/\d+(?:\/[a-z0-9-]+)?$/
const CODE_LANGUAGE = /^language-[a-z0-9+#_-]{1,30}$/
const EXTERNAL_HREF = /^https?:\/\//i
const SAFE_REL = 'noopener noreferrer nofollow'
const DIMENSION = /^\d{1,5}$/

function link(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { href, title, target } = attribs
  const result: sanitizeHtml.Attributes = {}
  if (href !== undefined) result.href = href
  if (title !== undefined) result.title = title
  if (target === '_blank') result.target = '_blank'
  if (target === '_blank' || (href !== undefined && EXTERNAL_HREF.test(href.trim()))) {
    result.rel = SAFE_REL
  }
  return { tagName: 'a', attribs: result }
}

function image(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const result: sanitizeHtml.Attributes = {}
  if (attribs.src && UPLOAD_SRC.test(attribs.src)) result.src = attribs.src
  if (attribs.alt !== undefined) result.alt = attribs.alt
  for (const name of ['width', 'height']) {
    if (attribs[name] && DIMENSION.test(attribs[name])) result[name] = attribs[name]
  }
  return { tagName: 'img', attribs: result }
}

function code(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const language = (attribs.class ?? '').split(/\s+/).find((name) => CODE_LANGUAGE.test(name))
  return { tagName: 'code', attribs: language ? { class: language } : {} }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    's',
    'u',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    code: ['class'],
  },
  allowedClasses: { code: [CODE_LANGUAGE] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Dropped with everything inside them, not just unwrapped.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'title',
    'head',
  ],
  // Markup from pasted documents keeps its meaning under the tags we allow.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    a: link,
    img: image,
    code,
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  nestingLimit: 50,
}

/** The body as it may be stored and shown: allowlisted tags, attributes and URL schemes only. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim()
}

const BLOCK_BOUNDARY = /<(\/?)(p|h[1-6]|li|ul|ol|blockquote|pre|br|hr|div|tr|td|th)\b/gi

/** The body's words without markup, blocks separated by a space: for search and excerpts. */
export function bodyToText(html: string): string {
  const spaced = html.replace(BLOCK_BOUNDARY, ' <$1$2')
  const escaped = sanitizeHtml(spaced, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: OPTIONS.nonTextTags,
  })
  return escaped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
