import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { getSetting } from '#support/settings/get_setting'
import { sendWithSmtpSettings, type SmtpSettings } from '#services/smtp_mailer'
import type { SettingsChange } from '#support/settings/setting_values'

export type TestEmailOutcome =
  { status: 'sent' } | { status: 'no_host' } | { status: 'failed'; reason: string }

type TestMessage = { to: string; subject: string; text: string }

/**
 * Sends a message through the mail settings as the admin typed them, before
 * saving, so a wrong server or password shows up at once. An empty password
 * field means the saved password, as it would on saving. The attempt and
 * its outcome (never the password) go to the audit trail.
 */
export default class SendTestEmail {
  /** Sends the message and says whether the server took it. */
  async handle(mail: SettingsChange, message: TestMessage, actor: Actor) {
    const smtp = await this.smtpSettings(mail, message.to)
    if (!smtp) return { status: 'no_host' } satisfies TestEmailOutcome

    let outcome: TestEmailOutcome = { status: 'sent' }
    try {
      await sendWithSmtpSettings(smtp, message)
    } catch (error) {
      outcome = { status: 'failed', reason: (error as Error).message }
    }
    await new RecordAuditEvent().handle({
      event: 'settings.mail.tested',
      ...actor,
      targetType: 'settings',
      targetId: 'mail',
      details: { to: message.to, host: smtp.host, port: smtp.port, ...outcome },
    })
    return outcome
  }

  /** The server as typed; without a host there is nothing to test. */
  protected async smtpSettings(mail: SettingsChange, to: string): Promise<SmtpSettings | null> {
    const values = mail.values as Record<string, any>
    if (!values['mail.smtp.host']) return null
    const password = mail.clearSecrets.includes('mail.smtp.password')
      ? null
      : (mail.secrets['mail.smtp.password'] ?? (await getSetting('mail.smtp.password')))
    return {
      host: values['mail.smtp.host'],
      port: values['mail.smtp.port'],
      secure: values['mail.smtp.secure'],
      user: values['mail.smtp.user'] ?? undefined,
      password: password ?? undefined,
      fromAddress: values['mail.from.address'] ?? to,
      fromName: values['mail.from.name'] ?? undefined,
    }
  }
}
