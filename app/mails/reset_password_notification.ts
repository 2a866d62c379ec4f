import type User from '#models/user'
import { siteLink } from '#mails/site_link'
import LocalizedMail from '#mails/localized_mail'

/** The link to choose a new password (valid 1 hour). */
export default class ResetPasswordNotification extends LocalizedMail {
  protected readonly template = 'reset_password'

  constructor(
    user: User,
    protected token: string
  ) {
    super(user)
  }

  protected async content() {
    return { url: await siteLink(`/auth/reset-password/${this.token}`), minutes: 60 }
  }
}
