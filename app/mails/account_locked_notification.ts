import type { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type User from '#models/user'
import { siteLink } from '#mails/site_link'
import LocalizedMail from '#mails/localized_mail'

/** Tells the owner that repeated failed sign-ins locked their account, and until when. */
export default class AccountLockedNotification extends LocalizedMail {
  protected readonly template = 'account_locked'

  constructor(
    user: User,
    protected lockedUntil: DateTime
  ) {
    super(user)
  }

  protected async content(i18n: I18n) {
    return {
      lockedUntil: i18n.formatDate(this.lockedUntil.toJSDate(), {
        dateStyle: 'long',
        timeStyle: 'long',
      }),
      resetUrl: await siteLink('/auth/forgot-password'),
    }
  }
}
