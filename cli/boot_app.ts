import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'
import type { ApplicationService } from '@adonisjs/core/types'
import { bootMessages } from '#cli/messages'
import type { Output } from '#cli/output'
import { APP_ROOT, prepareEnvFile } from '#cli/prepare_env_file'

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

let logLevel: string | undefined

/** The LOG_LEVEL the site is configured with, whatever the CLI used for its own run. */
export function configuredLogLevel(): string | undefined {
  return logLevel
}

/** The application could not start: bad environment, unreadable config, missing module. */
export class BootError extends Error {
  constructor(readonly reason: string) {
    super(bootMessages.bootFailed(reason))
  }
}

/** Error text plus the env validator's list of bad variables, when it has one. */
function describeBootError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const help = (error as { help?: string }).help
  return help ? `${error.message}\n${help}` : error.message
}

/**
 * Boots the application without its HTTP server (console environment,
 * like an ace command that starts the app), runs `task`, and terminates
 * the app so database pools close and the process can exit.
 */
export async function withApp<T>(output: Output, task: (app: ApplicationService) => Promise<T>) {
  // The CLI reports on its own terms; app logs would break `--json` on stdout.
  const silence = !process.env.LOG_LEVEL || output.json

  let app: ApplicationService
  try {
    prepareEnvFile(output)
    app = new Ignitor(APP_ROOT, { importer: IMPORTER }).createApp('console')
    app.booting(async () => {
      const { default: env } = await import('#start/env')
      // Silenced after validation and before config/logger.ts reads it, so
      // `doctor` can still judge the level the site is configured with.
      logLevel = env.get('LOG_LEVEL')
      if (silence) env.set('LOG_LEVEL', 'silent')
    })
    await app.init()
    await app.boot()
    await app.start(() => {})
  } catch (error) {
    throw new BootError(describeBootError(error))
  }

  try {
    return await task(app)
  } finally {
    await app.terminate()
  }
}
