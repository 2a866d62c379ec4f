/*
| A second process running PublishDue, for the concurrency test: boots the
| app like `node ace` does, prints "ready", waits for a line on stdin so
| every worker starts at once, runs PublishDue at the moment given and
| prints the ids it announced as JSON.
| Usage: node --import @poppinss/ts-exec publish_worker.ts <ISO moment>
*/
import 'reflect-metadata'
import { once } from 'node:events'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../../../', import.meta.url)
const moment = process.argv[2]

const app = new Ignitor(APP_ROOT, {
  importer: (filePath) =>
    import(filePath.startsWith('.') ? new URL(filePath, APP_ROOT).href : filePath),
})
  .tap((application) => application.booting(async () => void (await import('#start/env'))))
  .createApp('console')

await app.init()
await app.boot()
await app.start(async () => {
  const { DateTime } = await import('luxon')
  const { default: PublishDue } = await import('#actions/contents/publish_due')
  process.stdout.write('ready\n')
  await once(process.stdin, 'data')
  const items = await new PublishDue().handle(DateTime.fromISO(moment))
  process.stdout.write(`${JSON.stringify(items.map((item) => item.id))}\n`)
})
await app.terminate()
