import { test } from '@japa/runner'
import { Bouncer } from '@adonisjs/bouncer'
import Content, { CONTENT_STATUSES, type ContentStatus } from '#models/content'
import User, { type UserRole } from '#models/user'
import ContentPolicy, { statusActions } from '#policies/content_policy'
import TaxonomyPolicy from '#policies/taxonomy_policy'

/*
| Who may do what, spelled out as `who:status` pairs: "own" is an author on
| their own item, "other" an author on someone else's; every pair not
| listed is refused (members are never listed).
*/
const ALLOWED: Record<string, string[]> = {
  view: ['admin:*', 'editor:*', 'own:*'],
  edit: ['admin:*', 'editor:*', 'own:draft'],
  submit: ['admin:draft', 'editor:draft', 'own:draft'],
  withdraw: ['admin:review', 'editor:review', 'own:review'],
  publish: [
    'admin:draft',
    'admin:review',
    'admin:archived',
    'editor:draft',
    'editor:review',
    'editor:archived',
  ],
  archive: ['admin:published', 'editor:published'],
  unpublish: ['admin:published', 'admin:archived', 'editor:published', 'editor:archived'],
  delete: ['admin:*', 'editor:*', 'own:draft'],
  restoreRevision: ['admin:*', 'editor:*', 'own:draft'],
}

const WHO = ['admin', 'editor', 'own', 'other', 'member'] as const
type Who = (typeof WHO)[number]

function person(id: number, role: UserRole) {
  const user = new User()
  user.id = id
  user.role = role
  return user
}

const AUTHOR = person(3, 'author')
const PEOPLE: Record<Who, User> = {
  admin: person(1, 'admin'),
  editor: person(2, 'editor'),
  own: AUTHOR,
  other: person(4, 'author'),
  member: person(5, 'member'),
}

function itemIn(status: ContentStatus) {
  const content = new Content()
  content.id = 10
  content.status = status
  content.authorId = AUTHOR.id
  return content
}

function allowed(ability: string, who: Who, status: ContentStatus) {
  const rules = ALLOWED[ability]
  return rules.includes(`${who}:*`) || rules.includes(`${who}:${status}`)
}

test.group('ContentPolicy / each ability, role and status', () => {
  for (const ability of Object.keys(ALLOWED)) {
    for (const who of WHO) {
      for (const status of CONTENT_STATUSES) {
        const expected = allowed(ability, who, status)
        test(`${ability}: ${who} on a ${status} item is ${expected ? 'allowed' : 'refused'}`, async ({
          assert,
        }) => {
          const bouncer = new Bouncer(PEOPLE[who]).with(ContentPolicy)
          assert.equal(await bouncer.allows(ability as any, itemIn(status)), expected)
        })
      }
    }
  }
})

test.group('ContentPolicy / lists and new items', () => {
  for (const who of WHO) {
    const expected = who !== 'member'
    test(`viewAny and create: ${who} is ${expected ? 'allowed' : 'refused'}`, async ({
      assert,
    }) => {
      const bouncer = new Bouncer(PEOPLE[who]).with(ContentPolicy)
      assert.equal(await bouncer.allows('viewAny'), expected)
      assert.equal(await bouncer.allows('create'), expected)
    })
  }

  test('an item without an author belongs to no author', async ({ assert }) => {
    const orphan = itemIn('draft')
    orphan.authorId = null
    const bouncer = new Bouncer(PEOPLE.own).with(ContentPolicy)
    assert.isFalse(await bouncer.allows('view', orphan))
    assert.isFalse(await bouncer.allows('edit', orphan))
  })
})

test.group('statusActions', () => {
  const moves = (who: Who, status: ContentStatus) =>
    statusActions(PEOPLE[who], itemIn(status)).map((action) => `${action.to}:${action.labelKey}`)

  test('an author submits their draft and withdraws it from review, nothing more', ({ assert }) => {
    assert.deepEqual(moves('own', 'draft'), ['review:contents.actions.submit'])
    assert.deepEqual(moves('own', 'review'), ['draft:contents.actions.withdraw'])
    assert.deepEqual(moves('own', 'published'), [])
    assert.deepEqual(moves('own', 'archived'), [])
  })

  test('editors and admins get every move of the workflow', ({ assert }) => {
    for (const who of ['editor', 'admin'] as const) {
      assert.deepEqual(moves(who, 'draft'), [
        'review:contents.actions.submit',
        'published:contents.actions.publish',
      ])
      assert.deepEqual(moves(who, 'review'), [
        'draft:contents.actions.send_back',
        'published:contents.actions.publish',
      ])
      assert.deepEqual(moves(who, 'published'), [
        'archived:contents.actions.archive',
        'draft:contents.actions.unpublish',
      ])
      assert.deepEqual(moves(who, 'archived'), [
        'draft:contents.actions.reopen',
        'published:contents.actions.republish',
      ])
    }
  })

  test('members and other authors get none', ({ assert }) => {
    for (const status of CONTENT_STATUSES) {
      assert.deepEqual(moves('member', status), [])
      assert.deepEqual(moves('other', status), [])
    }
  })

  test('changeStatus agrees with the listed moves', async ({ assert }) => {
    for (const who of WHO) {
      for (const from of CONTENT_STATUSES) {
        const listed = statusActions(PEOPLE[who], itemIn(from)).map((action) => action.to)
        for (const to of CONTENT_STATUSES) {
          const bouncer = new Bouncer(PEOPLE[who]).with(ContentPolicy)
          assert.equal(
            await bouncer.allows('changeStatus', itemIn(from), to),
            listed.includes(to),
            `${who} ${from}→${to}`
          )
        }
      }
    }
  })
})

test.group('TaxonomyPolicy', () => {
  const expected: Record<Who, [view: boolean, manage: boolean]> = {
    admin: [true, true],
    editor: [true, true],
    own: [true, false],
    other: [true, false],
    member: [false, false],
  }
  for (const who of WHO) {
    test(`${who}: sees lists ${expected[who][0]}, manages ${expected[who][1]}`, async ({
      assert,
    }) => {
      const bouncer = new Bouncer(PEOPLE[who]).with(TaxonomyPolicy)
      const [view, manage] = expected[who]
      assert.equal(await bouncer.allows('viewAny'), view)
      assert.equal(await bouncer.allows('view'), view)
      for (const ability of ['create', 'edit', 'delete'] as const) {
        assert.equal(await bouncer.allows(ability), manage)
      }
    })
  }
})
