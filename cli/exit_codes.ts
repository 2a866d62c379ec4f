/** Exit codes of the `filamenta` CLI (SPEC 2.2): scripts branch on them. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  alreadyInstalled: 3,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
