/** A key the registry does not declare. */
export class UnknownSettingException extends Error {
  constructor(key: string) {
    super(`There is no setting "${key}". Run "node ace settings:list" to see them all.`)
  }
}

/** A setting this channel cannot change or show, with the reason in one sentence. */
export class SettingRefusedException extends Error {}
