import type { DeclaredSetting } from '#support/settings/registry'

/** How a secret appears wherever a value is shown: the audit trail, lists, logs. */
export const SECRET_MASK = '••••'

/** A value as the audit trail may record it: secrets only say whether one is set. */
export function maskedValue(setting: DeclaredSetting, value: unknown): unknown {
  if (setting.type !== 'secret') return value
  return value === null || value === undefined || value === '' ? null : SECRET_MASK
}
