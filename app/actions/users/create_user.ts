import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import type { createUserValidator } from '#validators/user'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import type { Actor } from '#actions/users/actor'

export type NewUser = Infer<typeof createUserValidator>

/** Creates an account with the role an operator or admin chose (input already validated). */
export default class CreateUser {
  async handle(input: NewUser, actor: Actor): Promise<User> {
    return db.transaction(async (trx) => {
      const user = await User.create(
        {
          email: input.email,
          username: input.username,
          password: input.password,
          role: input.role,
        },
        { client: trx }
      )
      await new RecordAuditEvent().handle(
        { ...actor, event: 'user.created', subjectUserId: user.id, details: { role: user.role } },
        trx
      )
      return user
    })
  }
}
