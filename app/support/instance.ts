import { isAbsolute, join, resolve } from 'node:path'
import app from '@adonisjs/core/services/app'

/**
 * The instance folder holds what belongs to this site rather than to the
 * code: `.env`, the SQLite database and uploads. It is the folder of the
 * `.env` file (ENV_PATH), so the production build, which runs from
 * `build/` and is wiped by each rebuild, keeps its data one level up.
 */
export function instanceRoot(): string {
  const envPath = process.env.ENV_PATH
  return envPath ? resolve(app.appRoot.pathname, envPath) : resolve(app.appRoot.pathname)
}

/** A path inside the instance folder; absolute paths are kept as given. */
export function instancePath(...segments: string[]): string {
  const joined = join(...segments)
  return isAbsolute(joined) ? joined : join(instanceRoot(), joined)
}

/** The `.env` file the installer writes. */
export function envFilePath(): string {
  return instancePath(process.env.FILAMENTA_ENV_FILE ?? '.env')
}

/** Folders that must be writable for the site to run. */
export function writableFolders(): string[] {
  return [instancePath('storage'), app.tmpPath()]
}
