import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { backupDirectory } from '#support/backup_directory'
import { envFilePath, instancePath, instanceRoot } from '#support/instance'
import type { Diagnostic } from '#actions/doctor/diagnostic'
import { checkNodeVersion } from '#actions/doctor/check_node_version'
import { checkConfiguration } from '#actions/doctor/check_configuration'
import { checkAppUrl } from '#actions/doctor/check_app_url'
import { checkLogLevel } from '#actions/doctor/check_log_level'
import { checkAppKey } from '#actions/doctor/check_app_key'
import { checkDatabase } from '#actions/doctor/check_database'
import { checkMigrations } from '#actions/doctor/check_migrations'
import { checkInstalled } from '#actions/doctor/check_installed'
import { checkRedis } from '#actions/doctor/check_redis'
import { checkSmtp } from '#actions/doctor/check_smtp'
import { checkDiskSpace } from '#actions/doctor/check_disk_space'
import { checkFolder } from '#actions/doctor/check_folder'
import { checkEnvFileMode } from '#actions/doctor/check_env_file_mode'
import { checkHttps } from '#actions/doctor/check_https'
import { checkSecureCookies } from '#actions/doctor/check_secure_cookies'
import { checkDebugMode } from '#actions/doctor/check_debug_mode'
import { checkTrustedProxies } from '#actions/doctor/check_trusted_proxies'
import { checkBackupAge } from '#actions/doctor/check_backup_age'
import { mailSetup } from '#actions/doctor/mail_setup'
import {
  cookieSecurity,
  prettyLogs,
  redisConfig,
  uploadsFolder,
} from '#actions/doctor/runtime_facts'
import { pass } from '#actions/doctor/diagnostic'

export type DiagnosticsReport = { ok: boolean; checks: Diagnostic[] }

export type DiagnosticsOptions = {
  /** The configured LOG_LEVEL, when the caller silenced the app's logs for its own run. */
  logLevel?: string
}

/**
 * Checks that a site can run and is set up safely (SPEC 10.4) and says
 * what to fix. Only reads. Checks that need the database are left out
 * while it is unreachable, since its own failure already says what to do;
 * `ok` is false when any check fails (warnings do not count). Shared by
 * `node ace doctor` and `filamenta doctor`.
 */
export default class RunDiagnostics {
  async handle(options: DiagnosticsOptions = {}): Promise<DiagnosticsReport> {
    const production = app.inProduction
    const nodeEnv = env.get('NODE_ENV')
    const appUrl = env.get('APP_URL')

    const checks: Diagnostic[] = [
      checkNodeVersion(),
      checkConfiguration(nodeEnv),
      checkAppUrl(appUrl, production),
      checkLogLevel(options.logLevel ?? env.get('LOG_LEVEL'), production),
      checkAppKey(env.get('APP_KEY')?.release()),
    ]

    const database = await checkDatabase()
    const databaseUp = database.status === 'pass'
    checks.push(database)
    if (databaseUp) checks.push(await checkMigrations(), await checkInstalled())

    checks.push(await checkRedis(redisConfig()))
    checks.push(await checkSmtp(await mailSetup(databaseUp), production))
    checks.push(await checkDiskSpace(instanceRoot()))
    checks.push(...(await this.checkFolders()))
    checks.push(await checkEnvFileMode(envFilePath()))

    checks.push(
      checkHttps(appUrl, production),
      checkSecureCookies(await cookieSecurity(), production),
      checkDebugMode(nodeEnv, prettyLogs()),
      checkTrustedProxies(env.get('TRUSTED_PROXIES'), production)
    )
    checks.push(await checkBackupAge(backupDirectory()))

    return { ok: checks.every((check) => check.status !== 'fail'), checks }
  }

  /** The folders the site writes to: data, uploads, backups and scratch files. */
  protected async checkFolders(): Promise<Diagnostic[]> {
    const uploads = uploadsFolder()
    return Promise.all([
      checkFolder('storageFolder', 'Storage folder', instancePath('storage')),
      uploads
        ? checkFolder('uploadsFolder', 'Uploads folder', uploads)
        : pass('uploadsFolder', 'Uploads are not stored on the local disk'),
      checkFolder('backupFolder', 'Backup folder', backupDirectory()),
      checkFolder('tmpFolder', 'Temporary folder', app.tmpPath()),
    ])
  }
}
