import { test } from '@japa/runner'
import { CONTENT_STATUSES, type ContentStatus } from '#models/content'
import { allowedTransitions, canTransition } from '#actions/contents/workflow'

const ALLOWED = new Set([
  'draft>review',
  'draft>published',
  'review>draft',
  'review>published',
  'published>archived',
  'published>draft',
  'archived>draft',
  'archived>published',
])

const pairs = CONTENT_STATUSES.flatMap((from) =>
  CONTENT_STATUSES.map((to) => [from, to] as [ContentStatus, ContentStatus])
)

test.group('Content workflow', () => {
  for (const [from, to] of pairs) {
    const allowed = ALLOWED.has(`${from}>${to}`)
    test(`${from} → ${to} is ${allowed ? 'allowed' : 'forbidden'}`, ({ assert }) => {
      assert.equal(canTransition(from, to), allowed)
      assert.equal(allowedTransitions(from).includes(to), allowed)
    })
  }

  test('an unknown status has no moves', ({ assert }) => {
    assert.deepEqual(allowedTransitions('deleted' as ContentStatus), [])
    assert.isFalse(canTransition('deleted' as ContentStatus, 'draft'))
  })
})
