import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import type { profileValidator } from '#validators/profile'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import SendEmailVerification from '#actions/auth/send_email_verification'
import type { Actor } from '#actions/users/actor'

export type ProfileChanges = Infer<typeof profileValidator>

const EDITABLE = ['fullName', 'email', 'username', 'locale'] as const

/**
 * Saves what people change about themselves (input already validated). A
 * new email address is unproven, so it loses its verification and a new
 * confirmation link is sent.
 */
export default class UpdateProfile {
  /** Returns the names of the fields that changed. */
  async handle(user: User, input: ProfileChanges, actor: Actor): Promise<string[]> {
    const before = { ...user.$attributes }
    user.merge({ ...input, fullName: input.fullName || null })
    const changed = EDITABLE.filter((field) => user.$dirty[field] !== undefined)
    if (changed.length === 0) return changed

    const emailChanged = changed.includes('email')
    if (emailChanged) user.emailVerifiedAt = null
    await db.transaction(async (trx) => {
      await user.useTransaction(trx).save()
      await new RecordAuditEvent().handle(
        {
          ...actor,
          event: 'user.profile.updated',
          subjectUserId: user.id,
          details: Object.fromEntries(
            changed.map((field) => [field, [before[field], user[field]]])
          ),
          changes: {
            before: Object.fromEntries(changed.map((field) => [field, before[field] ?? null])),
            after: Object.fromEntries(changed.map((field) => [field, user[field] ?? null])),
          },
        },
        trx
      )
    })
    if (emailChanged) await new SendEmailVerification().handle(user)
    return changed
  }
}
