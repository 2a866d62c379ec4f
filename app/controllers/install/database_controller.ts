import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { databaseStepValidator } from '#validators/install'
import { probeDatabase } from '#actions/install/probe_database'
import { type DatabaseChoice, DEFAULT_SQLITE_PATH } from '#support/database_connection'
import {
  redirectToMissingStep,
  saveWizardState,
  stepsView,
  wizardState,
} from '#support/install_wizard'

const DEFAULT_PORTS = { pg: 5432, mysql: 3306 }

/** Step 3: SQLite, or PostgreSQL/MySQL with a "test connection" button. */
export default class DatabaseController {
  async show(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'database')) return
    const saved = wizardState(ctx).database
    const configured = env.get('DB_CONNECTION', 'sqlite')
    const server = saved && saved.engine !== 'sqlite' ? saved : undefined
    // The form shows what was saved, else what .env says, never a password.
    const values = {
      engine: saved?.engine ?? configured,
      path:
        (saved?.engine === 'sqlite' ? saved.path : undefined) ??
        (configured === 'sqlite' ? env.get('DB_DATABASE') : undefined) ??
        DEFAULT_SQLITE_PATH,
      host: server?.host ?? env.get('DB_HOST', '127.0.0.1'),
      port: server?.port ?? env.get('DB_PORT'),
      user: server?.user ?? env.get('DB_USER', ''),
      database: server?.database ?? (configured === 'sqlite' ? '' : env.get('DB_DATABASE', '')),
    }
    return ctx.view.render('pages/install/database', {
      ...stepsView(ctx, 'database'),
      values,
      defaultPorts: DEFAULT_PORTS,
    })
  }

  async store(ctx: HttpContext) {
    if (redirectToMissingStep(ctx, 'database')) return
    const { database } = await ctx.request.validateUsing(databaseStepValidator)
    const choice = database as DatabaseChoice
    const probe = await probeDatabase(choice)
    const keepInput = () => ctx.session.flashExcept(['_csrf', 'database.password'])

    if (!probe.ok) {
      keepInput()
      ctx.session.flash(
        'error',
        ctx.i18n.t('install.database.unreachable', { reason: probe.reason })
      )
      return ctx.response.redirect().toPath('/install/database')
    }
    if (ctx.request.input('intent') === 'test') {
      keepInput()
      ctx.session.flash('success', ctx.i18n.t('install.database.reachable'))
      return ctx.response.redirect().toPath('/install/database')
    }
    saveWizardState(ctx, { database: choice })
    return ctx.response.redirect().toPath('/install/site')
  }
}
