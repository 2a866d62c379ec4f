import type { Actor } from '#actions/users/actor'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { findSetting } from '#support/settings/registry'
import { getSetting } from '#support/settings/get_setting'
import { SettingRefusedException, UnknownSettingException } from '#actions/settings/setting_errors'

/**
 * One setting's value for `settings:get`. A secret is only given with
 * `reveal`, and revealing it is recorded in the audit trail.
 */
export default class ShowSetting {
  /** The value, or an exception saying in one sentence why it is not given. */
  async handle(key: string, options: { reveal?: boolean; actor: Actor }): Promise<unknown> {
    const setting = findSetting(key)
    if (!setting) throw new UnknownSettingException(key)
    const value: unknown = await getSetting(setting.key)
    if (setting.type !== 'secret') return value

    const isSet = value !== null && value !== ''
    if (!options.reveal) {
      throw new SettingRefusedException(
        `${key} is a secret and is ${isSet ? 'set' : 'not set'}; add --reveal to print its value.`
      )
    }
    await new RecordAuditEvent().handle({
      event: 'settings.secret.revealed',
      ...options.actor,
      targetType: 'settings',
      targetId: key,
    })
    return value
  }
}
