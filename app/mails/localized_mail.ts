import { BaseMail } from '@adonisjs/mail'
import type { MailerContract, MailTransportContract } from '@adonisjs/mail/types'
import type { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'
import { siteLink } from '#mails/site_link'
import { mailSender } from '#services/mail_settings'
import { isSupportedLocale, type SupportedLocale } from '#support/locales'
import { siteLocale, siteName } from '#support/site_settings'

/** The language a user reads mail in: their own choice, else the site's. */
export async function recipientLocale(user: User): Promise<SupportedLocale> {
  return isSupportedLocale(user.locale) ? user.locale : siteLocale()
}

/**
 * A message to one user in their language, in HTML and plain text, both
 * wrapped in the shared layout (resources/views/emails/). A subclass names
 * its template folder, which is also its key in resources/lang/<locale>/mail.json,
 * and gives the values its templates need.
 */
export default abstract class LocalizedMail extends BaseMail {
  protected abstract readonly template: string

  constructor(public user: User) {
    super()
  }

  /** Values for the templates (links, dates), in the recipient's language. */
  protected abstract content(i18n: I18n): Promise<Record<string, unknown>>

  async prepare() {
    const i18n = i18nManager.locale(await recipientLocale(this.user))
    const [sender, name, homeUrl] = await Promise.all([mailSender(), siteName(), siteLink('/')])
    const data = {
      i18n,
      siteName: name,
      siteUrl: homeUrl,
      username: this.user.fullName || this.user.username,
      ...(await this.content(i18n)),
    }

    this.message
      .from(sender.address, sender.name)
      .to(this.user.email, this.user.fullName || this.user.username)
      .subject(i18n.t(`mail.${this.template}.subject`, { site: name }))
      .header('Auto-Submitted', 'auto-generated')
      .htmlView(`emails/${this.template}/html`, data)
      .textView(`emails/${this.template}/text`, data)
  }

  /**
   * Renders the templates before queueing, so the queued message is finished
   * text that an out-of-process queue can carry as it is.
   */
  async sendLater<T extends MailerContract<MailTransportContract>>(
    mailer: T,
    config?: Parameters<T['send']>[1]
  ) {
    await this.buildWithContents()
    return super.sendLater(mailer, config)
  }
}
