import { diffWords } from 'diff'
import string from '@adonisjs/core/helpers/string'
import { bodyToText } from '#support/sanitize_body'

/** One run of words in a diff: kept, or only on one side. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

// Where a new line of text starts: each block of the body reads as its own line in the diff.
const BLOCK_START = /(?=<(?:p|h[1-6]|li|blockquote|pre|hr)\b)/i

/** The body's text, one block per line, for a readable word diff. */
export function bodyLines(html: string): string {
  return html
    .split(BLOCK_START)
    .map((block) => bodyToText(block))
    .filter((line) => line !== '')
    .join('\n')
}

/** The word-by-word changes that turn `before` into `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

/** Whether the diff has any change at all. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same')
}

/** The words screen readers hear around a change, in the reader's language. */
export type DiffLabels = { added: string; removed: string; end: string }

/**
 * The diff as HTML: <ins> and <del> around changes, each opened and closed
 * by hidden words, since screen readers do not announce those elements.
 * Built here rather than in a template so no stray whitespace lands
 * between the words.
 */
export function diffHtml(parts: DiffPart[], labels: DiffLabels): string {
  const hidden = (text: string) => `<span class="visually-hidden">${string.escapeHTML(text)}</span>`
  return parts
    .map((part) => {
      const text = string.escapeHTML(part.text)
      if (part.kind === 'same') return text
      const [tag, label] = part.kind === 'added' ? ['ins', labels.added] : ['del', labels.removed]
      return `<${tag}>${hidden(`${label} `)}${text}${hidden(` ${labels.end}`)}</${tag}>`
    })
    .join('')
}
