import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { saveSetting } from '#support/settings_store'
import { checkDatabase } from '#actions/doctor/check_database'
import { checkMigrations } from '#actions/doctor/check_migrations'
import { checkInstalled } from '#actions/doctor/check_installed'
import { checkRedis } from '#actions/doctor/check_redis'
import { checkSmtp } from '#actions/doctor/check_smtp'
import { mailSetup } from '#actions/doctor/mail_setup'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { startSmtpCatcher } from '../mail/smtp_catcher.js'
import { closedPort } from './closed_port.js'

const ENGINES = { sqlite: 'SQLite', pg: 'PostgreSQL', mysql: 'MySQL' } as const

test.group('doctor / database', (group) => {
  isolateInstallState(group)

  test('names the engine of the database it reached', async ({ assert }) => {
    const check = await checkDatabase()
    assert.containsSubset(check, { id: 'database', status: 'pass' })
    const engine = ENGINES[db.primaryConnectionName as keyof typeof ENGINES]
    assert.match(check.message, new RegExp(`^${engine} database .* is reachable$`))
  })

  test('reports no pending migration on the migrated test database', async ({ assert }) => {
    assert.containsSubset(await checkMigrations(), {
      status: 'pass',
      message: 'No pending migrations',
    })
  })

  test('fails before the install and passes after it', async ({ assert }) => {
    const before = await checkInstalled()
    assert.containsSubset(before, { id: 'installed', status: 'fail' })
    assert.include(before.fix, 'filamenta install')
    await installSite()
    assert.containsSubset(await checkInstalled(), { status: 'pass' })
  })
})

test.group('doctor / Redis', () => {
  test('passes without REDIS_HOST: nothing to check', async ({ assert }) => {
    const check = await checkRedis(undefined)
    assert.containsSubset(check, { id: 'redis', status: 'pass' })
    assert.include(check.message, 'not configured')
  })

  test('passes when Redis answers the ping', async ({ assert }) => {
    const check = await checkRedis({ host: '127.0.0.1', port: 6379 })
    assert.containsSubset(check, { status: 'pass', message: 'Redis at 127.0.0.1:6379 answers' })
  })

  test('fails at once, with the reason, when nothing listens', async ({ assert }) => {
    const port = await closedPort()
    const started = Date.now()
    const check = await checkRedis({
      host: '127.0.0.1',
      port,
      retryStrategy: (times) => times * 50,
    })

    assert.containsSubset(check, { status: 'fail' })
    assert.include(check.message, `127.0.0.1:${port} is unreachable: connect ECONNREFUSED`)
    assert.include(check.fix, 'REDIS_HOST')
    assert.isBelow(Date.now() - started, 2000)
  })
})

test.group('doctor / SMTP', (group) => {
  isolateInstallState(group)

  test('mail written to files passes in development and warns in production', async ({
    assert,
  }) => {
    const setup = { mailer: 'file', folder: '/srv/storage/mail' } as const
    const development = await checkSmtp(setup, false)
    assert.containsSubset(development, { id: 'smtp', status: 'pass' })
    assert.include(development.message, '/srv/storage/mail')
    const production = await checkSmtp(setup, true)
    assert.containsSubset(production, { status: 'warn' })
    assert.include(production.fix, 'MAIL_MAILER=file')
  })

  test('passes when the server accepts the connection and the login', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: { user: 'mailer', password: 'right' } })
    try {
      const server = {
        host: '127.0.0.1',
        port: catcher.port,
        secure: false,
        user: 'mailer',
        password: 'right',
      }
      const check = await checkSmtp({ mailer: 'smtp', server, configured: true }, true)
      assert.containsSubset(check, { status: 'pass' })
      assert.include(check.message, `127.0.0.1:${catcher.port} accepts connections and the login`)
      assert.lengthOf(catcher.received, 0)
    } finally {
      await catcher.close()
    }
  })

  test('fails with the reason when the login is refused', async ({ assert }) => {
    const catcher = await startSmtpCatcher({ credentials: { user: 'mailer', password: 'right' } })
    try {
      const server = {
        host: '127.0.0.1',
        port: catcher.port,
        secure: false,
        user: 'mailer',
        password: 'wrong',
      }
      const check = await checkSmtp({ mailer: 'smtp', server, configured: true }, false)
      assert.containsSubset(check, { status: 'fail' })
      assert.include(check.message, 'Invalid login')
      assert.include(check.fix, 'mail settings')
    } finally {
      await catcher.close()
    }
  })

  test('fails when nothing listens, saying nothing was configured', async ({ assert }) => {
    const port = await closedPort()
    const server = { host: '127.0.0.1', port, secure: false }
    const check = await checkSmtp({ mailer: 'smtp', server, configured: false }, true)
    assert.containsSubset(check, { status: 'fail' })
    assert.include(check.message, `127.0.0.1:${port} (default, nothing configured) failed`)
    assert.include(check.message, 'ECONNREFUSED')
  })

  test('warns, without connecting, when the settings cannot be read', async ({ assert }) => {
    const check = await checkSmtp({ mailer: 'smtp', server: null, reason: 'no such table' }, true)
    assert.containsSubset(check, { status: 'warn' })
    assert.include(check.message, 'no such table')
  })

  test('the mail setup of the test environment writes files', async ({ assert }) => {
    assert.containsSubset(await mailSetup(true), { mailer: 'file' })
  })
})

test.group('doctor / SMTP settings', (group) => {
  isolateInstallState(group)

  test('a server saved by an admin is the one checked', async ({ assert }) => {
    const { default: mail } = await import('@adonisjs/mail/services/main')
    const mailer = mail.config.default
    mail.config.default = 'smtp'
    try {
      await saveSetting('mail.smtp.host', 'smtp.example.org')
      await saveSetting('mail.smtp.port', 2525)
      assert.containsSubset(await mailSetup(true), {
        mailer: 'smtp',
        configured: true,
        server: { host: 'smtp.example.org', port: 2525 },
      })
      assert.containsSubset(await mailSetup(false), { mailer: 'smtp', server: null })
    } finally {
      mail.config.default = mailer
    }
  })
})
