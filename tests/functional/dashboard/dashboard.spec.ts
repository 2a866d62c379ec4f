import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import SummarizeDailyActivity from '#actions/dashboard/summarize_daily_activity'
import { jsonScriptElement } from '#support/script_json'
import { installSite, isolateInstallState, STRONG_PASSWORD } from '#tests/helpers/install'
import {
  chartData,
  countOnPage,
  daysAgo,
  seedEvents,
  seedSession,
  seedUsers,
} from '#tests/functional/dashboard/helpers'

test.group('Admin dashboard', (group) => {
  isolateInstallState(group)
  let admin: User
  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })

  test('counts accounts, recent sign-ups and active sessions', async ({ client, assert }) => {
    const [username] = await seedUsers([daysAgo(2), daysAgo(10), daysAgo(40)])
    const member = await User.findByOrFail('username', username)
    await seedSession(member.id, DateTime.now().minus({ minutes: 5 }))
    await seedSession(member.id, DateTime.now().minus({ minutes: 5 }), true)
    await seedSession(member.id, DateTime.now().minus({ hours: 3 }))

    const page = await client.get('/admin').loginAs(admin)

    page.assertStatus(200)
    const html = page.text()
    // The admin (created now) plus the three seeded accounts.
    assert.equal(countOnPage(html, 'users'), '4')
    assert.equal(countOnPage(html, 'signupsLast7Days'), '2')
    assert.equal(countOnPage(html, 'signupsLast30Days'), '3')
    // The seeded live one, and the browser of this very request; not the
    // ended one nor the one idle beyond the session lifetime.
    assert.equal(countOnPage(html, 'activeSessions'), '2')
    page.assertTextIncludes('4 accounts in all.')
    page.assertTextIncludes('<dd data-role="member">3</dd>')
  })

  test('charts sign-ups and sign-ins per UTC day over 30 days', async ({ client, assert }) => {
    const today = DateTime.utc().startOf('day')
    const firstDay = today.minus({ days: 29 })
    await seedUsers([daysAgo(2), daysAgo(2), firstDay, firstDay.minus({ seconds: 1 })])
    await seedEvents([
      { event: 'auth.login.succeeded', at: DateTime.now(), actorId: admin.id },
      { event: 'auth.login.succeeded', at: DateTime.now(), actorId: admin.id },
      { event: 'auth.login.succeeded', at: daysAgo(5), actorId: admin.id },
      { event: 'auth.login.succeeded', at: daysAgo(31), actorId: admin.id },
      { event: 'auth.login.failed', at: DateTime.now(), actorId: admin.id },
    ])

    const page = await client.get('/admin').loginAs(admin)
    const chart = chartData(page.text())

    assert.lengthOf(chart.days, 30)
    assert.equal(chart.days[0], firstDay.toISODate())
    assert.equal(chart.days[29], today.toISODate())
    const [signups, logins] = chart.series.map((series) => series.values)
    assert.deepEqual(
      signups.map((value, index) => [index, value]).filter(([, value]) => value > 0),
      // The first day counts from its first second; the admin signed up today.
      [
        [0, 1],
        [27, 2],
        [29, 1],
      ]
    )
    assert.deepEqual(
      logins.map((value, index) => [index, value]).filter(([, value]) => value > 0),
      [
        [24, 1],
        [29, 2],
      ]
    )
    assert.deepEqual(
      chart.series.map((series) => series.label),
      ['Sign-ups', 'Sign-ins']
    )
    // The same numbers, as a table for screen readers and browsers without JavaScript.
    page.assertTextIncludes(`<tr data-day="${today.minus({ days: 2 }).toISODate()}">`)
    assert.match(
      page.text(),
      new RegExp(`data-day="${today.toISODate()}">[\\s\\S]*?data-series="logins">2<`)
    )
  })

  test('a day without sign-ups or sign-ins is a zero, not a gap', async ({ assert }) => {
    const series = await new SummarizeDailyActivity().handle(DateTime.now().plus({ days: 60 }))

    assert.lengthOf(series.signups, 30)
    assert.deepEqual(series.signups, Array(30).fill(0))
    assert.deepEqual(series.logins, Array(30).fill(0))
  })

  test('chart data cannot end its script element early', ({ assert }) => {
    const value = { label: '</script><script>alert(1)</script><!--' }
    const element = jsonScriptElement('data', value)

    const content = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'))
    assert.notInclude(content, '<')
    assert.deepEqual(JSON.parse(content), value)
  })

  test('lists the ten newest audit events with who acted', async ({ client, assert }) => {
    const [username] = await seedUsers([daysAgo(1)])
    const bob = await User.findByOrFail('username', username)
    const events = Array.from({ length: 11 }, (_, index) => ({
      event: `test.event.${index}`,
      at: DateTime.now().minus({ minutes: 20 - index }),
      actorId: admin.id,
    }))
    const lockedAt = DateTime.utc().startOf('second')
    await seedEvents([
      ...events,
      { event: 'user.locked', at: lockedAt, actorId: admin.id, subjectUserId: bob.id },
      { event: 'audit.pruned', at: DateTime.now(), actorId: null },
    ])

    const page = await client.get('/admin').loginAs(admin)
    const html = page.text()
    const shown = [
      ...html.matchAll(/<code class="dashboard-activity__event">([^<]+)<\/code>/g),
    ].map((match) => match[1])

    assert.deepEqual(shown, [
      'audit.pruned',
      'user.locked',
      ...Array.from({ length: 8 }, (_, index) => `test.event.${10 - index}`),
    ])
    page.assertTextIncludes('Account locked')
    page.assertTextIncludes('by admin')
    page.assertTextIncludes(`about ${bob.username}`)
    page.assertTextIncludes('by the system (web)')
    page.assertTextIncludes(`<time datetime="${lockedAt.toISO()}">`)
  })

  test('says when nothing has been recorded yet', async ({ client }) => {
    const page = await client.get('/admin').loginAs(admin)
    page.assertTextIncludes('Nothing recorded yet.')
  })

  test('speaks French to a French-speaking admin', async ({ client }) => {
    admin.locale = 'fr'
    await admin.save()
    const page = await client.get('/admin').loginAs(admin)
    page.assertTextIncludes('<h1>Tableau de bord</h1>')
    page.assertTextIncludes('Inscriptions des 7 derniers jours')
  })

  for (const role of ['member', 'author', 'editor'] as const) {
    test(`the ${role} role never sees the dashboard`, async ({ client, assert }) => {
      const user = await User.create({
        email: `${role}@example.org`,
        username: role,
        password: STRONG_PASSWORD,
        role,
      })
      const page = await client
        .get('/admin')
        .redirects(0)
        .loginAs(user)
        .header('accept', 'text/html')
      // Members are refused; editors and authors are sent to the contents.
      page.assertStatus(role === 'member' ? 403 : 302)
      assert.notInclude(page.text(), 'data-count=')
    })
  }

  test('makes as many queries with 50 accounts as with 5', async ({ client, assert }) => {
    // Every statement the knex client runs, the global test transaction's included.
    const knex = db.getRawConnection(db.primaryConnectionName)!.connection!.client!
    const queriesForOnePage = async () => {
      let queries = 0
      const countQuery = () => queries++
      knex.on('query', countQuery)
      try {
        const page = await client.get('/admin').loginAs(admin)
        page.assertStatus(200)
      } finally {
        knex.removeListener('query', countQuery)
      }
      return queries
    }
    const seedActiveAccounts = async (count: number) => {
      const usernames = await seedUsers(Array.from({ length: count }, () => daysAgo(3)))
      const users = await User.query().whereIn('username', usernames)
      for (const user of users) {
        await seedSession(user.id, DateTime.now())
        await seedEvents([{ event: 'auth.login.succeeded', at: daysAgo(1), actorId: user.id }])
      }
    }

    await seedActiveAccounts(4)
    // The first page view fills caches (settings) that later ones reuse.
    await queriesForOnePage()
    const withFive = await queriesForOnePage()
    await seedActiveAccounts(45)
    const withFifty = await queriesForOnePage()

    assert.isAbove(withFive, 0)
    assert.equal(withFifty, withFive)
  })
})
