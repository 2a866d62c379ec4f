import { readSetting } from '#support/settings_store'

export const REGISTRATION_SETTING = 'accounts.registration_open'

/** Whether visitors may create their own account (off unless the admin opens it). */
export function registrationIsOpen(): Promise<boolean> {
  return readSetting(REGISTRATION_SETTING, false)
}
