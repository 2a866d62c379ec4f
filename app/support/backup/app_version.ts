import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

/**
 * The version in package.json, which ships beside the code (also in
 * `build/`). The framework leaves `app.version` unset, so it is read here.
 */
export async function appVersion(): Promise<string> {
  if (app.version) return app.version.toString()
  try {
    const pkg = JSON.parse(await readFile(app.makePath('package.json'), 'utf8'))
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0'
  } catch {
    return '0.0.0'
  }
}
