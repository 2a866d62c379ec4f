/*
|--------------------------------------------------------------------------
| Benchmark: the admin dashboard
|--------------------------------------------------------------------------
|
| How fast `/admin` answers as a site grows. A production build serves a
| scratch SQLite site installed with `filamenta install`; the admin signs
| in through the login form. The page is timed with 1,000 and then 10,000
| accounts (with their sessions and audit trail), then load-tested with
| autocannon at 10,000. Its queries are aggregates over indexes, so the
| time should barely move between the two sizes.
|
*/
import { ensureBuild } from './support/build.ts'
import { ADMIN, createInstance, startServer } from './support/instance.ts'
import { signIn } from './support/http.ts'
import { seedAccounts, type Seeded } from './support/seed.ts'
import { loadTest, timeSequential, type Timings } from './support/measure.ts'

const SIZES = [1_000, 10_000]
/*
| One connection shows the latency of a page under sustained load; ten show
| the throughput of the single server process, each request then waiting
| for the ones ahead of it.
*/
const LOADS = [
  { connections: 1, duration: 10 },
  { connections: 10, duration: 10 },
]

const number = (value: number) => value.toLocaleString('en')
const ms = (value: number) => `${value.toFixed(1)} ms`

ensureBuild()
const instance = await createInstance()
const rows: { accounts: number; seeded: Seeded; timings: Timings }[] = []
try {
  const server = await startServer(instance)
  try {
    const total: Seeded = { users: 1, sessions: 0, events: 0 }
    let cookie = ''
    for (const [index, size] of SIZES.entries()) {
      const added = seedAccounts(instance.databasePath, size - total.users, index + 1)
      total.users += added.users
      total.sessions += added.sessions
      total.events += added.events
      cookie ||= await signIn(instance.url, ADMIN.username, ADMIN.password)

      const response = await fetch(`${instance.url}/admin`, { headers: { cookie } })
      const page = await response.text()
      if (!new RegExp(`data-count="users">\\s*${number(size)}\\s*<`).test(page)) {
        throw new Error(`The dashboard does not show ${number(size)} accounts`)
      }
      rows.push({
        accounts: size,
        seeded: { ...total },
        timings: await timeSequential(`${instance.url}/admin`, cookie),
      })
    }

    console.log('GET /admin, one request at a time (200 after 20 to warm up):\n')
    console.log('  accounts   sessions   audit entries        p50        p99')
    for (const { accounts, seeded, timings } of rows) {
      console.log(
        `  ${number(accounts).padStart(8)}   ${number(seeded.sessions).padStart(8)}   ${number(seeded.events).padStart(13)}   ${ms(timings.p50).padStart(8)}   ${ms(timings.p99).padStart(8)}`
      )
    }

    console.log(`\nautocannon against GET /admin at ${number(SIZES.at(-1)!)} accounts:\n`)
    for (const options of LOADS) {
      const load = await loadTest(`${instance.url}/admin`, cookie, options)
      // autocannon drops its last requests unanswered; one more waits for
      // them before the server is stopped under their feet.
      await timeSequential(`${instance.url}/admin`, cookie, 1)
      console.log(
        `  ${String(options.connections).padStart(2)} connection(s), ${options.duration} s: ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(load.p50)}, p99 ${ms(load.p99)}, ${load.errors} errors`
      )
      if (load.errors) process.exitCode = 1
    }
  } finally {
    await server.stop()
  }
} finally {
  await instance.remove()
}
