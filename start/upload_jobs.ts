/*
|--------------------------------------------------------------------------
| Upload jobs
|--------------------------------------------------------------------------
|
| Images whose variants were still owed when the server last stopped are
| queued again once the web server is up. A site not installed yet has no
| uploads table: nothing to resume.
|
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import GenerateVariants from '#actions/uploads/generate_variants'
import { isInstalled } from '#support/install_state'

app.ready(async () => {
  try {
    if (!(await isInstalled())) return
    const queued = await GenerateVariants.resumePending()
    if (queued > 0) logger.info({ queued }, 'resuming image variants')
  } catch (error) {
    logger.warn({ err: error }, 'pending image variants could not be resumed')
  }
})
