import db from '@adonisjs/lucid/services/db'
import { USER_ROLES } from '#models/user'
import RecordAuditEvent, { type AuditEntry } from '#actions/audit/record_audit_event'
import { saveSetting } from '#support/settings_store'
import { REQUIRED_ROLES_SETTING } from '#support/two_factor_requirement'

export type RequiredRolesInput = {
  roles: string[]
  actorId?: number | null
  origin: Pick<AuditEntry, 'via' | 'ip' | 'userAgent'>
}

export type RequiredRolesOutcome =
  { status: 'saved'; roles: string[] } | { status: 'unknown_roles'; roles: string[] }

/**
 * Chooses the roles whose members must turn 2FA on (an empty list requires
 * it of nobody). Called by the admin panel and the CLI.
 */
export default class SetTwoFactorRequiredRoles {
  async handle({ roles, actorId, origin }: RequiredRolesInput): Promise<RequiredRolesOutcome> {
    const known: readonly string[] = USER_ROLES
    const unknown = roles.filter((role) => !known.includes(role))
    if (unknown.length > 0) return { status: 'unknown_roles', roles: unknown }

    const chosen = [...new Set(roles)].sort()
    await db.transaction(async (trx) => {
      await saveSetting(REQUIRED_ROLES_SETTING, chosen, { client: trx })
      await new RecordAuditEvent().handle(
        {
          event: 'settings.two_factor_required_roles.changed',
          actorId: actorId ?? null,
          ...origin,
          details: { roles: chosen },
        },
        trx
      )
    })
    return { status: 'saved', roles: chosen }
  }
}
