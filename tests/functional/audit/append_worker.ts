/*
| A second process appending to the audit trail, for the concurrency test:
| boots the app like `node ace` does, prints "ready", waits for a line on
| stdin so every worker starts at once, appends the entries, then exits.
| Usage: node --import @poppinss/ts-exec append_worker.ts <count> <label>
*/
import 'reflect-metadata'
import { once } from 'node:events'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../../../', import.meta.url)
const [count, label] = [Number(process.argv[2]), process.argv[3]]

const app = new Ignitor(APP_ROOT, {
  importer: (filePath) =>
    import(filePath.startsWith('.') ? new URL(filePath, APP_ROOT).href : filePath),
})
  .tap((application) => application.booting(async () => void (await import('#start/env'))))
  .createApp('console')

await app.init()
await app.boot()
await app.start(async () => {
  const { default: RecordAuditEvent } = await import('#actions/audit/record_audit_event')
  process.stdout.write('ready\n')
  await once(process.stdin, 'data')
  for (let index = 0; index < count; index += 1) {
    await new RecordAuditEvent().handle({
      event: 'test.concurrent',
      via: 'cli',
      details: { worker: label, index },
    })
  }
})
await app.terminate()
