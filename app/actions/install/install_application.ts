import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import Installation from '#models/installation'
import { installValidator } from '#validators/install'
import { saveSetting } from '#support/settings_store'
import { REGISTRATION_SETTING } from '#support/registration'
import { MAIL_SETTING_KEYS } from '#services/mail_settings'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { isInstalled, rememberInstalled } from '#support/install_state'
import { type DatabaseChoice, databaseConnectionConfig } from '#support/database_connection'
import { writeInstallEnvironment } from '#support/install_environment'
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

    await writeInstallEnvironment(input)
    this.useDatabase(choice)
    const migrationsRun = await this.migrate()

    const { admin, created, reinstalled } = await db.transaction(async (trx) => {
      let user = await User.query({ client: trx })
        .where('email', input.admin.email)
        .orWhere('username', input.admin.username)
        .first()
      const isNewAdmin = !user
      if (!user) {
        // The operator installing the site vouches for this address, and mail
        // may not be set up yet to confirm it: it starts confirmed.
        user = await User.create(
          { ...input.admin, role: 'admin', locale: input.locale, emailVerifiedAt: DateTime.now() },
          { client: trx }
        )
      }

      await saveSetting('site.name', input.siteName, { client: trx })
      await saveSetting('site.url', input.siteUrl, { client: trx })
      await saveSetting('site.locale', input.locale, { client: trx })
      await saveSetting(REGISTRATION_SETTING, Boolean(input.allowRegistration), { client: trx })
      if (input.mail) await this.saveMailSettings(input, trx)

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

  /** SMTP settings in the database take effect at once, without a restart. */
  protected async saveMailSettings(input: InstallInput, client: TransactionClientContract) {
    const mail = input.mail!
    const values: [keyof typeof MAIL_SETTING_KEYS, unknown][] = [
      ['host', mail.host],
      ['port', mail.port],
      ['secure', Boolean(mail.secure)],
      ['user', mail.user || null],
      ['fromAddress', mail.fromAddress],
      ['fromName', mail.fromName || input.siteName],
    ]
    for (const [name, value] of values) {
      await saveSetting(MAIL_SETTING_KEYS[name], value, { client })
    }
    await saveSetting(MAIL_SETTING_KEYS.password, mail.password || null, { client, secret: true })
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
