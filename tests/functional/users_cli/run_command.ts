import ace from '@adonisjs/core/services/ace'
import type { BaseCommand } from '@adonisjs/core/ace'
import User, { type UserRole } from '#models/user'
import { STRONG_PASSWORD } from '#tests/helpers/install'

type CommandClass<T extends BaseCommand> = { new (...args: any[]): T } & typeof BaseCommand

export type CommandRun<T> = {
  command: T
  exitCode: number | undefined
  stdout: string
  stderr: string
  json: () => any
}

/**
 * Runs a command in this process (inside the test's transaction) and
 * returns what it wrote, without the colour markers of ace's raw mode.
 * `prepare` sees the command before it runs, to trap prompts.
 */
export async function runCommand<T extends BaseCommand>(
  Command: CommandClass<T>,
  argv: string[],
  prepare?: (command: T) => void
): Promise<CommandRun<T>> {
  ace.ui.switchMode('raw')
  const command = (await ace.create(Command, argv)) as T
  prepare?.(command)
  await command.exec()
  const logs = command.ui.logger.getLogs()
  ace.ui.switchMode('normal')
  const text = (stream: string) =>
    logs
      .filter((log) => log.stream === stream)
      .map((log) => log.message.replace(/^\[ \w+\((\w+)\) \] /, ''))
      .join('\n')
  const stdout = text('stdout')
  return {
    command,
    exitCode: command.exitCode,
    stdout,
    stderr: text('stderr'),
    json: () => JSON.parse(stdout),
  }
}

let created = 0

/** An account for a test; usernames and emails differ on each call. */
export async function makeUser(overrides: Partial<User> & { role?: UserRole } = {}) {
  created += 1
  return User.create({
    email: `person${created}@example.org`,
    username: `person${created}`,
    password: STRONG_PASSWORD,
    role: 'member',
    ...overrides,
  })
}
