/*
|--------------------------------------------------------------------------
| Benchmark: contents, admin list and public site
|--------------------------------------------------------------------------
|
| How fast the pages that read contents answer on a site with 10,000 of
| them (1–3 KB of text each, categories and tags, thirty writers, mostly
| published) and 1,000 member accounts. A production build serves a
| scratch SQLite site installed with `filamenta install`; the admin signs
| in through the login form. Each page is timed one request at a time,
| then load-tested with autocannon: the admin list (first page, a
| full-text search, a status filter, a deep page) and the public listing
| (first and a deep page) and one item.
|
*/
import { ensureBuild } from './support/build.ts'
import { ADMIN, createInstance, startServer } from './support/instance.ts'
import { signIn } from './support/http.ts'
import { seedAccounts } from './support/seed.ts'
import { countMatches, seedContents } from './support/seed_contents.ts'
import { loadTest, timeSequential } from './support/measure.ts'

const CONTENTS = 10_000
const MEMBERS = 1_000
/** Ten connections: the throughput of the single server process. */
const LOAD = { connections: 10, duration: 10 }
const ADMIN_PAGE_SIZE = 25
/** A topic word a few percent of the items hold, as a real search would find. */
const SEARCH = 'lighthouse'
const PUBLIC_PAGE_SIZE = 10

const number = (value: number) => value.toLocaleString('en')
const ms = (value: number) => `${value.toFixed(1)} ms`

ensureBuild()
const instance = await createInstance()
try {
  seedAccounts(instance.databasePath, MEMBERS)
  const seeded = seedContents(instance.databasePath, CONTENTS)
  console.log(
    `Seeded ${number(seeded.contents)} contents (${Object.entries(seeded.byStatus)
      .map(([status, total]) => `${number(total)} ${status}`)
      .join(
        ', '
      )}; ${number(seeded.live)} live), ${seeded.authors} writers, ${seeded.categories} categories, ${seeded.tags} tags, ${number(MEMBERS)} members; "${SEARCH}" is in ${number(countMatches(instance.databasePath, SEARCH))} items.\n`
  )

  const server = await startServer(instance)
  try {
    const cookie = await signIn(instance.url, ADMIN.username, ADMIN.password)
    const deepAdmin = Math.floor((CONTENTS / ADMIN_PAGE_SIZE) * 0.75)
    const deepPublic = Math.floor((seeded.live / PUBLIC_PAGE_SIZE) * 0.75)
    const pages = [
      { label: 'admin list, page 1', path: '/admin/contents', cookie },
      { label: `admin list, search`, path: `/admin/contents?search=${SEARCH}`, cookie },
      { label: 'admin list, drafts', path: '/admin/contents?status=draft', cookie },
      { label: `admin list, page ${deepAdmin}`, path: `/admin/contents?page=${deepAdmin}`, cookie },
      { label: 'public listing, page 1', path: '/c', cookie: '' },
      { label: `public listing, page ${deepPublic}`, path: `/c?page=${deepPublic}`, cookie: '' },
      { label: 'public item', path: `/c/${seeded.sampleLiveSlug}`, cookie: '' },
    ]

    const width = Math.max(...pages.map((page) => page.label.length))
    console.log(
      `${'page'.padEnd(width)}   one at a time: p50     p99   ${LOAD.connections} connections: req/s     p50     p99  errors`
    )
    for (const page of pages) {
      const url = `${instance.url}${page.path}`
      const sequential = await timeSequential(url, page.cookie)
      const load = await loadTest(url, page.cookie, LOAD)
      // autocannon drops its last requests unanswered; one more waits for
      // them before the next page is measured.
      await timeSequential(url, page.cookie, 1)
      console.log(
        `${page.label.padEnd(width)}   ${ms(sequential.p50).padStart(18)} ${ms(sequential.p99).padStart(8)}   ${load.requestsPerSecond.toFixed(0).padStart(19)} ${ms(load.p50).padStart(8)} ${ms(load.p99).padStart(8)} ${String(load.errors).padStart(7)}`
      )
      if (load.errors) process.exitCode = 1
    }
  } finally {
    await server.stop()
  }
} finally {
  await instance.remove()
}
