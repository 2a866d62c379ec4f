import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import Installation from '#models/installation'
import { installValidator } from '#validators/install'
import { envFilePath } from '#support/instance'
import { saveSetting } from '#support/settings_store'
import { REGISTRATION_SETTING } from '#support/registration'
import { isInstalled, rememberInstalled } from '#support/install_state'
import { type DatabaseChoice, databaseConnectionConfig } from '#support/database_connection'
import { generateAppKey, isUsableAppKey, readEnvFile, updateEnvFile } from '#support/env_file'
import { probeDatabase } from '#actions/install/probe_database'
import { AlreadyInstalledException, DatabaseUnreachableException } from '#exceptions/install_errors'

export type InstallInput = Infer<typeof installValidator>

export type InstallResult = {
  adminId: number
  /** False when `force` found the admin account already there and kept it. */
  adminCreated: boolean
  reinstalled: boolean
  database: DatabaseChoice['engine']
  siteUrl: string
  migrationsRun: string[]
}

/**
 * Installs the site: one implementation behind the web wizard and
 * `filamenta install`. It checks the database, writes `.env`, switches the
 * running process to the chosen database, runs the migrations, creates the
 * first admin and the settings, and marks the site installed, all of the
 * last three in one transaction whose marker row (id 1) cannot be inserted
 * twice. `force` rewrites the configuration of an installed site and
 * never drops data.
 */
export default class InstallApplication {
  async handle(rawInput: unknown): Promise<InstallResult> {
    const input = await installValidator.validate(rawInput)
    const alreadyInstalled = await isInstalled()
    if (alreadyInstalled && !input.force) throw new AlreadyInstalledException()

    const choice = input.database as DatabaseChoice
    const probe = await probeDatabase(choice)
    if (!probe.ok) throw new DatabaseUnreachableException(probe.reason)

    await this.writeEnvironment(input)
    this.useDatabase(choice)
    const migrationsRun = await this.migrate()

    const { admin, created, reinstalled } = await db.transaction(async (trx) => {
      let user = await User.query({ client: trx })
        .where('email', input.admin.email)
        .orWhere('username', input.admin.username)
        .first()
      const isNewAdmin = !user
      if (!user) {
        user = await User.create(
          { ...input.admin, role: 'admin', locale: input.locale },
          { client: trx }
        )
      }

      await saveSetting('site.name', input.siteName, { client: trx })
      await saveSetting('site.url', input.siteUrl, { client: trx })
      await saveSetting('site.locale', input.locale, { client: trx })
      await saveSetting(REGISTRATION_SETTING, Boolean(input.allowRegistration), { client: trx })

      const marker = await Installation.find(Installation.MARKER_ID, { client: trx })
      if (marker && !input.force) throw new AlreadyInstalledException()
      if (marker) {
        marker.version = this.version()
        await marker.useTransaction(trx).save()
      } else {
        await Installation.create(
          { id: Installation.MARKER_ID, version: this.version(), adminId: user.id },
          { client: trx }
        )
      }
      return { admin: user, created: isNewAdmin, reinstalled: Boolean(marker) }
    })

    rememberInstalled()
    return {
      adminId: admin.id,
      adminCreated: created,
      reinstalled,
      database: choice.engine,
      siteUrl: input.siteUrl,
      migrationsRun,
    }
  }

  /** Stores the choices in `.env` and makes sure APP_KEY is a real secret. */
  protected async writeEnvironment(input: InstallInput) {
    const path = envFilePath()
    const current = await readEnvFile(path)
    const database = input.database as DatabaseChoice
    const mail = input.mail

    await updateEnvFile(path, {
      APP_KEY: isUsableAppKey(current.APP_KEY) ? current.APP_KEY : generateAppKey(),
      APP_URL: input.siteUrl,
      DB_CONNECTION: database.engine,
      ...(database.engine === 'sqlite'
        ? {
            DB_DATABASE: database.path,
            DB_HOST: undefined,
            DB_PORT: undefined,
            DB_USER: undefined,
            DB_PASSWORD: undefined,
          }
        : {
            DB_HOST: database.host,
            DB_PORT: String(database.port),
            DB_USER: database.user,
            DB_PASSWORD: database.password ?? '',
            DB_DATABASE: database.database,
          }),
      ...(mail
        ? {
            SMTP_HOST: mail.host,
            SMTP_PORT: String(mail.port),
            SMTP_SECURE: String(Boolean(mail.secure)),
            SMTP_USER: mail.user || undefined,
            SMTP_PASSWORD: mail.password || undefined,
            MAIL_FROM_ADDRESS: mail.fromAddress,
            MAIL_FROM_NAME: mail.fromName || input.siteName,
          }
        : {}),
    })
  }

  /**
   * Points this process at the chosen database, so the site runs on it
   * straight away. The connection is only replaced when its settings differ.
   */
  protected useDatabase(choice: DatabaseChoice) {
    const name = choice.engine
    const config = databaseConnectionConfig(choice)
    const current = db.manager.get(name)?.config
    if (!current || JSON.stringify(current.connection) !== JSON.stringify(config.connection)) {
      db.manager.patch(name, config)
    }
    db.primaryConnectionName = name
  }

  protected async migrate(): Promise<string[]> {
    const runner = new MigrationRunner(db, app, {
      direction: 'up',
      connectionName: db.primaryConnectionName,
    })
    await runner.run()
    if (runner.error) throw runner.error
    return Object.keys(runner.migratedFiles)
  }

  protected version(): string {
    return app.version?.toString() ?? '0.0.0'
  }
}
