import type { HttpContext } from '@adonisjs/core/http'
import { USER_ROLES } from '#models/user'
import CountUsersByRole from '#actions/users/count_users_by_role'

/** The admin area's landing page; the admin panel grows from here. */
export default class DashboardController {
  async show(ctx: HttpContext) {
    await ctx.bouncer.authorize('accessAdmin')
    const counts = await new CountUsersByRole().handle()
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
    return ctx.view.render('pages/admin/dashboard', { roles: USER_ROLES, counts, total })
  }
}
