import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import edge, { edgeGlobals } from 'edge.js'
import i18nManager from '@adonisjs/i18n/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { saveSetting } from '#support/settings_store'
import RequireVerifiedEmailMiddleware, {
  REQUIRE_VERIFIED_EMAIL_SETTING,
} from '#middleware/require_verified_email_middleware'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { unverifiedMember } from './helpers.js'

/** Runs the middleware for a request by `user`; says whether the route ran, and what was flashed. */
async function gate(user: User | undefined) {
  const ctx = await testUtils.createHttpContext()
  const flashed: Record<string, string> = {}
  Object.assign(ctx, {
    auth: { user },
    session: { flash: (key: string, value: string) => (flashed[key] = value) },
    i18n: i18nManager.locale('en'),
  })
  let reached = false
  await new RequireVerifiedEmailMiddleware().handle(ctx as HttpContext, async () => {
    reached = true
  })
  return { reached, location: ctx.response.getHeader('location'), flashed }
}

/** Whether the guarded route runs for `user`. */
async function passes(user: User | undefined) {
  const result = await gate(user)
  return result.reached
}

async function confirmed(user: User) {
  user.emailVerifiedAt = DateTime.now()
  await user.save()
  return user
}

test.group('Email verification / gated features', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  test('when required, an unconfirmed member is sent to the explanation', async ({ assert }) => {
    await saveSetting(REQUIRE_VERIFIED_EMAIL_SETTING, true)
    const result = await gate(await unverifiedMember())
    assert.isFalse(result.reached)
    assert.equal(result.location, '/auth/verify-email')
    assert.equal(
      result.flashed.error,
      'This page needs a confirmed email address. Open the link we sent you, or ask for a new one.'
    )
  })

  test('when required, a confirmed member goes through', async ({ assert }) => {
    await saveSetting(REQUIRE_VERIFIED_EMAIL_SETTING, true)
    const result = await gate(await confirmed(await unverifiedMember()))
    assert.isTrue(result.reached)
  })

  test('when not required (the default), an unconfirmed member goes through', async ({
    assert,
  }) => {
    assert.isTrue(await passes(await unverifiedMember()))
    await saveSetting(REQUIRE_VERIFIED_EMAIL_SETTING, false)
    assert.isTrue(await passes(await unverifiedMember({ email: 'b@example.org', username: 'b' })))
  })

  test('a visitor is left to the auth middleware', async ({ assert }) => {
    await saveSetting(REQUIRE_VERIFIED_EMAIL_SETTING, true)
    assert.isTrue(await passes(undefined))
  })
})

test.group('Email verification / banner', (group) => {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite()
  })

  const banner = (user: User | undefined) =>
    edge.render('components/verification_banner', {
      user,
      i18n: i18nManager.locale('en'),
      csrfField: () => edgeGlobals.html.safe('<input type="hidden" name="_csrf" value="x">'),
    })

  test('reminds an unconfirmed member, with a button for a new link', async ({ assert }) => {
    const html = await banner(await unverifiedMember())
    assert.include(html, 'Please confirm your email address: open the link we sent you.')
    assert.include(html, 'action="/auth/send-verification"')
    assert.include(html, 'name="_csrf"')
  })

  test('stays silent for a confirmed member and for a visitor', async ({ assert }) => {
    const forConfirmed = await banner(await confirmed(await unverifiedMember()))
    const forVisitor = await banner(undefined)
    assert.equal(forConfirmed.trim(), '')
    assert.equal(forVisitor.trim(), '')
  })
})
