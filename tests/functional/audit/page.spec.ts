import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import { makeUser } from '../users_cli/run_command.js'
import { daysAgo, recordEntries } from './helpers.js'

/** The ids of the entries a page lists, in the order shown. */
const listedIds = (html: string) =>
  [...html.matchAll(/data-entry="(\d+)"/g)].map((match) => Number(match[1]))

const day = (daysBack: number) => DateTime.utc().minus({ days: daysBack }).toISODate()

test.group('Admin / audit trail page', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })

  test('an admin sees the entries, newest first, with their changes', async ({ client }) => {
    const [first, second] = await recordEntries(2, {
      event: 'user.role.changed',
      actorId: admin.id,
      targetType: 'user',
      targetId: 42,
      ip: '192.0.2.10',
      requestId: 'req-123',
      changes: { before: { role: 'member' }, after: { role: 'editor' } },
    })

    const page = await client.get('/admin/audit').loginAs(admin)

    page.assertStatus(200)
    page.assertTextIncludes('<h1 id="audit-title">Audit trail</h1>')
    page.assertTextIncludes('Role changed')
    page.assertTextIncludes('role: member → editor')
    page.assertTextIncludes('user #42')
    page.assertTextIncludes('192.0.2.10')
    page.assertTextIncludes('<code>req-123</code>')
    const ids = listedIds(page.text())
    page.assert!.isBelow(ids.indexOf(second), ids.indexOf(first))
    page.assertTextIncludes('href="/admin/audit/export.csv"')
  })

  for (const role of ['member', 'author', 'editor'] as const) {
    test(`the ${role} role is refused the page and the export`, async ({ client }) => {
      const user = await makeUser({ role })

      const page = await client.get('/admin/audit').loginAs(user).header('accept', 'text/html')
      const csv = await client.get('/admin/audit/export.csv').loginAs(user)

      page.assertStatus(403)
      csv.assertStatus(403)
      csv.assert!.notInclude(csv.text(), 'previous_hash')
    })
  }

  test('a visitor is sent to sign in', async ({ client }) => {
    const response = await client.get('/admin/audit').redirects(0)
    response.assertHeader('location', '/login')
  })

  test('filters by event, actor, target and dates', async ({ client, assert }) => {
    const ann = await makeUser({ username: 'ann', email: 'ann@example.org' })
    const locked = await recordEntries(2, { event: 'user.locked', actorId: ann.id })
    const byAdmin = await recordEntries(1, { event: 'user.unlocked', actorId: admin.id })
    const onTarget = await recordEntries(1, { targetType: 'setting', targetId: 'site.name' })
    const old = await daysAgo(10, () => recordEntries(1, { event: 'user.locked' }))

    const list = async (query: Record<string, string>) => {
      const page = await client.get('/admin/audit').qs(query).loginAs(admin)
      page.assertStatus(200)
      return listedIds(page.text())
    }

    assert.sameMembers(await list({ event: 'user.locked' }), [...locked, ...old])
    assert.sameMembers(await list({ actor: 'ann' }), locked)
    assert.sameMembers(await list({ actor: 'ANN@example.org' }), locked)
    assert.sameMembers(await list({ actor: String(admin.id) }), byAdmin)
    assert.sameMembers(await list({ actor: 'nobody' }), [])
    assert.sameMembers(await list({ targetType: 'setting', targetId: 'site.name' }), onTarget)
    assert.sameMembers(await list({ event: 'user.locked', from: day(1) }), locked)
    assert.sameMembers(await list({ event: 'user.locked', to: day(5) }), old)
    assert.sameMembers(await list({ event: 'user.locked', from: day(10), to: day(10) }), old)
    // Empty fields, as a GET form sends them, filter nothing.
    assert.includeMembers(await list({ actor: '', event: '', from: '', to: '' }), locked)
  })

  test('pages keep the filters in their links, and so does the export link', async ({
    client,
    assert,
  }) => {
    const ids = await recordEntries(51, { event: 'test.paged' })

    const first = await client.get('/admin/audit').qs({ event: 'test.paged' }).loginAs(admin)
    const second = await client
      .get('/admin/audit')
      .qs({ event: 'test.paged', page: '2' })
      .loginAs(admin)

    first.assertTextIncludes('51 entries.')
    first.assertTextIncludes('href="/admin/audit?event=test.paged&amp;page=2"')
    first.assertTextIncludes('href="/admin/audit/export.csv?event=test.paged"')
    assert.lengthOf(listedIds(first.text()), 50)
    assert.deepEqual(listedIds(second.text()), [ids[0]])
    second.assertTextIncludes('Page 2 of 2')
  })

  test('bad filters get a message beside the field, not an error page', async ({ client }) => {
    await recordEntries(1)
    const cases: [Record<string, string>, string][] = [
      [{ from: '2026-13-45' }, 'The “from” date must be a real date written as YYYY-MM-DD'],
      [{ to: 'yesterday' }, 'The “to” date must be a real date written as YYYY-MM-DD'],
      [
        { from: '2026-03-02', to: '2026-03-01' },
        'The “to” date must not be before the “from” date',
      ],
      [{ page: 'two' }, 'The page number must be a number'],
      [{ page: '0' }, 'The page number must be between 1 and 100000'],
      [{ page: '99999999999999999999' }, 'The page number must be between 1 and 100000'],
      [{ actor: 'x'.repeat(300) }, 'The actor must not be longer than 254 characters'],
    ]
    for (const [query, message] of cases) {
      const page = await client.get('/admin/audit').qs(query).loginAs(admin)
      page.assertStatus(422)
      page.assertTextIncludes(message)
      page.assertTextIncludes('Some filters are not valid')
      page.assert!.deepEqual(listedIds(page.text()), [], JSON.stringify(query))
    }
  })

  test('a list where one value is expected is refused with a message', async ({ client }) => {
    const page = await client.get('/admin/audit?event=a&event=b').loginAs(admin)

    page.assertStatus(422)
    page.assertTextIncludes('The event must be text')
  })

  test('the page speaks French to a French admin', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()

    const page = await client.get('/admin/audit').qs({ from: 'demain' }).loginAs(admin)

    page.assertStatus(422)
    page.assertTextIncludes('Journal d’audit')
    page.assertTextIncludes('La date « du » doit être une date réelle au format AAAA-MM-JJ')
  })

  test('the CSV export streams the filtered entries with formulas neutralised', async ({
    client,
    assert,
  }) => {
    await recordEntries(1, { event: 'test.hostile', userAgent: '=cmd|" /C calc"!A0', ip: '@1' })
    await recordEntries(1, { event: 'test.other' })

    const response = await client
      .get('/admin/audit/export.csv')
      .qs({ event: 'test.hostile' })
      .loginAs(admin)

    response.assertStatus(200)
    response.assertHeader('content-type', 'text/csv; charset=utf-8')
    assert.match(
      response.header('content-disposition') ?? '',
      /^attachment; filename="audit-.*\.csv"$/
    )
    const lines = response.text().trim().split('\n')
    assert.lengthOf(lines, 2)
    assert.include(lines[1], `"'=cmd|"" /C calc""!A0"`)
    assert.include(lines[1], `,'@1,`)
    assert.notInclude(response.text(), 'test.other')
  })

  test('the CSV export refuses bad filters with a message', async ({ client }) => {
    const response = await client
      .get('/admin/audit/export.csv')
      .qs({ from: '31/01/2026' })
      .loginAs(admin)

    response.assertStatus(422)
    response.assertTextIncludes('The “from” date must be a real date written as YYYY-MM-DD')
  })

  test('entries recorded on the web carry the request id sent back to the browser', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/login')
      .withCsrfToken()
      .form({ uid: 'admin', password: STRONG_PASSWORD })
      .redirects(0)

    const requestId = response.header('x-request-id')
    assert.isString(requestId)
    const entry = await AuditEvent.findByOrFail('event', 'auth.login.succeeded')
    assert.equal(entry.requestId, requestId)
    assert.deepEqual([entry.targetType, entry.targetId], ['user', String(admin.id)])
  })
})
