import type User from '#models/user'
import { siteLink } from '#mails/site_link'
import LocalizedMail from '#mails/localized_mail'

/** The link that confirms a user's email address (valid 24 hours). */
export default class VerifyEmailNotification extends LocalizedMail {
  protected readonly template = 'verify_email'

  constructor(
    user: User,
    protected token: string
  ) {
    super(user)
  }

  protected async content() {
    return { url: await siteLink(`/auth/verify-email/${this.token}`), hours: 24 }
  }
}
