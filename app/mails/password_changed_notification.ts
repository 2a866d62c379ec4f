import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type User from '#models/user'
import { siteLink } from '#mails/site_link'
import LocalizedMail from '#mails/localized_mail'

/** Tells the owner their password changed, with a way back in if it was not them. */
export default class PasswordChangedNotification extends LocalizedMail {
  protected readonly template = 'password_changed'

  constructor(user: User) {
    super(user)
  }

  protected async content(i18n: I18n) {
    const changedAt = this.user.passwordChangedAt ?? DateTime.now()
    return {
      changedAt: i18n.formatDate(changedAt.toJSDate(), { dateStyle: 'long', timeStyle: 'long' }),
      resetUrl: await siteLink('/auth/forgot-password'),
    }
  }
}
