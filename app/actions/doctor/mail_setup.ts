import env from '#start/env'
import mail from '@adonisjs/mail/services/main'
import { instancePath } from '#support/instance'
import { readSetting } from '#support/settings_store'
import { MAIL_SETTING_KEYS, smtpServer } from '#services/mail_settings'
import { describeError } from '#actions/doctor/diagnostic'
import type { MailSetup } from '#actions/doctor/check_smtp'

/**
 * How this site sends mail, as config/mail.ts chose the mailer and
 * app/services/mail_settings.ts picks the server. SMTP settings saved by
 * an admin live in the database, so they are only read when it answers.
 */
export async function mailSetup(databaseUp: boolean): Promise<MailSetup> {
  if (mail.config.default === 'file') {
    return { mailer: 'file', folder: instancePath(env.get('MAIL_FILE_PATH', 'storage/mail')) }
  }
  if (!databaseUp) return { mailer: 'smtp', server: null, reason: 'the database is unreachable' }
  try {
    const savedHost = await readSetting<string | null>(MAIL_SETTING_KEYS.host, null)
    const configured = Boolean(savedHost || env.get('SMTP_HOST'))
    return { mailer: 'smtp', server: await smtpServer(), configured }
  } catch (error) {
    return { mailer: 'smtp', server: null, reason: describeError(error) }
  }
}
