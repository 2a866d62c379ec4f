import app from '@adonisjs/core/services/app'
import { isInstalled } from '#support/install_state'
import { checkRequirements } from '#actions/install/check_requirements'
import type { Diagnostic } from '#actions/doctor/diagnostic'
import { checkAppKey } from '#actions/doctor/check_app_key'
import { checkMigrations } from '#actions/doctor/check_migrations'
import { checkDiskSpace } from '#actions/doctor/check_disk_space'
import { checkHttps } from '#actions/doctor/check_https'

export type DiagnosticsReport = { ok: boolean; checks: Diagnostic[] }

/**
 * Checks that a site can run and is set up safely: the install
 * requirements, then APP_KEY, migrations, the install marker, disk space
 * and, in production, HTTPS. Checks that need the database are skipped
 * while it is unreachable, since its own check already says what to fix.
 * Only reads; `filamenta doctor` and a future `node ace doctor` share it.
 */
export default class RunDiagnostics {
  async handle(): Promise<DiagnosticsReport> {
    const checks: Diagnostic[] = await checkRequirements()
    const databaseUp = checks.some((check) => check.id === 'database' && check.ok)

    checks.push(checkAppKey())
    if (databaseUp) {
      checks.push(await checkMigrations())
      const installed = await isInstalled()
      checks.push({
        id: 'installed',
        ok: installed,
        subject: installed ? 'yes' : 'no',
        reason: installed ? undefined : 'the install has not been run',
      })
    }
    checks.push(await checkDiskSpace())
    if (app.inProduction) checks.push(checkHttps())

    return { ok: checks.every((check) => check.ok), checks }
  }
}
