import type { HttpContext } from '@adonisjs/core/http'
import CompleteLogin from '#actions/auth/complete_login'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import VerifyTwoFactorChallenge from '#actions/two_factor/verify_two_factor_challenge'
import { twoFactorChallengeValidator } from '#validators/two_factor'
import { flashFieldError } from '#support/form_feedback'
import {
  CHALLENGE_PATH,
  challengeExpired,
  currentChallenge,
  endTwoFactorChallenge,
} from '#support/two_factor_challenge'

/** The second step of signing in: a code from the app, or a recovery code. */
export default class ChallengeController {
  async show(ctx: HttpContext) {
    const challenge = currentChallenge(ctx)
    if (!challenge || challengeExpired(challenge)) return this.restart(ctx, 'expired')
    // A link switches between the two forms, so the page works without JavaScript.
    const method = ctx.request.qs().method === 'recovery' ? 'recovery' : 'totp'
    return ctx.view.render('pages/auth/two_factor_challenge', { method })
  }

  async store(ctx: HttpContext) {
    const challenge = currentChallenge(ctx)
    if (!challenge) return this.restart(ctx, 'expired')
    const { method, code } = await ctx.request.validateUsing(twoFactorChallengeValidator)

    const outcome = await new VerifyTwoFactorChallenge().handle({
      challenge,
      method,
      code,
      origin: RecordAuditEvent.fromRequest(ctx),
    })
    if (outcome.status === 'invalid') {
      const message = ctx.i18n.t('two_factor.challenge.invalid', { count: outcome.attemptsLeft })
      flashFieldError(ctx, 'code', message)
      return ctx.response.redirect().toPath(`${CHALLENGE_PATH}?method=${method}`)
    }
    if (outcome.status !== 'accepted') return this.restart(ctx, outcome.status)

    endTwoFactorChallenge(ctx)
    await new CompleteLogin().handle(ctx, outcome.user, { remember: challenge.remember })
    ctx.session.flash('success', ctx.i18n.t('auth.login.welcome'))
    return ctx.response.redirect().toPath('/')
  }

  /** Back to the password form, with the reason. */
  protected restart(ctx: HttpContext, reason: 'expired' | 'locked') {
    endTwoFactorChallenge(ctx)
    ctx.session.flash('error', ctx.i18n.t(`two_factor.challenge.${reason}`))
    return ctx.response.redirect().toPath('/login')
  }
}
