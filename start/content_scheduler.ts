/*
|--------------------------------------------------------------------------
| Scheduled publishing
|--------------------------------------------------------------------------
|
| Every 30 s the web server announces the items whose publish date has come
| (PublishDue drops the public cache and records the audit entries). Every
| process may tick: PublishDue locks its last-run row and only looks at the
| window since the previous run, so when several processes (or cron's
| `node ace contents:publish-due`) run at once each item is announced once.
|
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import PublishDue from '#actions/contents/publish_due'
import { isInstalled } from '#support/install_state'
import { PeriodicTask } from '#support/periodic_task'

const publishDue = new PeriodicTask(
  30_000,
  async () => {
    // Before the install there is no contents table to look at.
    if (await isInstalled()) await new PublishDue().handle()
  },
  (error) => logger.warn({ err: error }, 'scheduled publishing failed; next try in 30 s')
)

app.ready(() => publishDue.start())
app.terminating(() => publishDue.stop())
