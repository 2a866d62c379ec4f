import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import UserPolicy from '#policies/user_policy'
import { SUPPORTED_LOCALES } from '#support/locales'
import { profileValidator } from '#validators/profile'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import UpdateProfile from '#actions/users/update_profile'

/** The signed-in person's own details: name, email, username and language. */
export default class ProfileController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    return ctx.view.render('pages/account/profile', {
      profile: {
        fullName: user.fullName ?? '',
        email: user.email,
        username: user.username,
        locale: user.locale ?? ctx.i18n.locale,
        emailVerified: user.emailVerifiedAt !== null,
      },
      locales: SUPPORTED_LOCALES,
    })
  }

  async update(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    await ctx.bouncer.with(UserPolicy).authorize('edit', user)
    const input = await ctx.request.validateUsing(profileValidator, { meta: { userId: user.id } })
    const changed = await new UpdateProfile().handle(user, input, {
      actorId: user.id,
      ...RecordAuditEvent.fromRequest(ctx),
    })

    // The next page speaks the newly chosen language: so does the notice.
    const i18n = changed.includes('locale') ? i18nManager.locale(input.locale) : ctx.i18n
    ctx.session.flash('success', i18n.t(`profile.${noticeFor(changed)}`))
    return ctx.response.redirect().toPath('/account/profile')
  }
}

function noticeFor(changed: string[]) {
  if (changed.includes('email')) return 'saved_check_email'
  return changed.length > 0 ? 'saved' : 'unchanged'
}
