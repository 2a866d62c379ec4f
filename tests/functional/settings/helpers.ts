import User, { type UserRole } from '#models/user'
import AuditEvent from '#models/audit_event'
import Setting from '#models/setting'
import { STRONG_PASSWORD } from '#tests/helpers/install'

/** An account of the given role, one per role and test. */
export function userWithRole(role: UserRole) {
  return User.create({
    email: `${role}@example.org`,
    username: `the-${role}`,
    password: STRONG_PASSWORD,
    role,
  })
}

export function installedAdmin() {
  return User.findByOrFail('username', 'admin')
}

/** Every `settings.changed` entry, oldest first, with its changes parsed. */
export async function settingsChanges() {
  const events = await AuditEvent.query().where('event', 'settings.changed').orderBy('id')
  return events.map((event) => ({ event, changes: event.parsedChanges }))
}

/** The form of the mail group as an admin fills it in. */
export function mailForm(overrides: Record<string, unknown> = {}) {
  return {
    mail_smtp_host: 'smtp.example.org',
    mail_smtp_port: '587',
    mail_smtp_user: 'mailer',
    mail_from_address: 'noreply@example.org',
    mail_from_name: 'Atelier',
    ...overrides,
  }
}

/** The form of the security group with valid values. */
export function securityForm(overrides: Record<string, unknown> = {}) {
  return {
    security_lockout_threshold: '7',
    security_lockout_minutes: '30',
    security_login_rate_limits: '{"perIp": 30, "perAccount": 8, "windowMinutes": 20}',
    ...overrides,
  }
}

/** The stored text of one setting, as the table holds it; null when absent. */
export async function storedText(key: string): Promise<string | null> {
  const row = await Setting.find(key)
  return row?.value ?? null
}

/** Every stored row as [key, text], to compare before and after a refused change. */
export async function storedRows(): Promise<[string, string][]> {
  const rows = await Setting.query().orderBy('key')
  return rows.map((row) => [row.key, row.value])
}
