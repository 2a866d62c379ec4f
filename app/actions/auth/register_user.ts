import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import type { registrationValidator } from '#validators/registration'
import type { SupportedLocale } from '#support/locales'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'

export type Registration = Infer<typeof registrationValidator> & { locale: SupportedLocale }

/**
 * Creates a member account from the sign-up form (the caller checks that
 * registration is open and validates the input) and records it.
 */
export default class RegisterUser {
  async handle(input: Registration, request: Pick<AuditEntry, 'ip' | 'userAgent'>) {
    return db.transaction(async (trx) => {
      const user = await User.create(
        {
          email: input.email,
          username: input.username,
          password: input.password,
          locale: input.locale,
          role: 'member',
        },
        { client: trx }
      )
      await new RecordAuditEvent().handle(
        {
          event: 'auth.registered',
          actorId: user.id,
          subjectUserId: user.id,
          via: 'web',
          ...request,
        },
        trx
      )
      return user
    })
  }
}
