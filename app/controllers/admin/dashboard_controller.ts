import type { HttpContext } from '@adonisjs/core/http'
import { USER_ROLES } from '#models/user'
import CountUsersByRole from '#actions/users/count_users_by_role'
import CountDashboardTotals, {
  DASHBOARD_COUNT_KEYS,
} from '#actions/dashboard/count_dashboard_totals'
import SummarizeDailyActivity from '#actions/dashboard/summarize_daily_activity'
import ListRecentActivity from '#actions/dashboard/list_recent_activity'
import CheckSystemStatus from '#actions/dashboard/check_system_status'
import { jsonScriptElement } from '#support/script_json'

/** The admin area's landing page: figures, activity chart, recent events, system status. */
export default class DashboardController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('enterAdmin')
    // Editors and authors start where their work is.
    if (await ctx.bouncer.denies('accessAdmin')) {
      return ctx.response.redirect().toPath('/admin/contents')
    }
    // In turn: a transaction has one connection, and pg deprecates overlapping queries on it.
    const counts = await new CountDashboardTotals().handle()
    const byRole = await new CountUsersByRole().handle()
    const series = await new SummarizeDailyActivity().handle()
    const activity = await new ListRecentActivity().handle()
    const status = await new CheckSystemStatus().handle()
    const chart = {
      days: series.days,
      series: [
        { label: ctx.i18n.t('dashboard.chart.signups'), values: series.signups },
        { label: ctx.i18n.t('dashboard.chart.logins'), values: series.logins },
      ],
    }
    return ctx.view.render('pages/admin/dashboard', {
      countKeys: DASHBOARD_COUNT_KEYS,
      counts,
      roles: USER_ROLES,
      byRole,
      series,
      chartData: jsonScriptElement('dashboard-chart-data', chart),
      activity,
      status,
    })
  }
}
