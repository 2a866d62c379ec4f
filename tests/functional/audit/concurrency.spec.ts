import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import VerifyAuditChain from '#actions/audit/verify_audit_chain'
import { CHAIN_TABLE } from '#actions/audit/audit_chain'

/** Starts a worker process and resolves once it has booted and waits for "go". */
async function startWorker(count: number, label: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      '@poppinss/ts-exec',
      'tests/functional/audit/append_worker.ts',
      String(count),
      label,
    ],
    { cwd: app.makePath(), env: { ...process.env, NODE_ENV: 'test' } }
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = once(child, 'exit').then(([code]) => ({ code, stderr }))
  await Promise.race([
    once(child.stdout, 'data'),
    exited.then(({ stderr: output }) => Promise.reject(new Error(`worker failed: ${output}`))),
  ])
  return { go: () => child.stdin.end('go\n'), exited }
}

/*
| Concurrent writers must commit for real, so these tests run outside the
| per-test transaction; each one removes its entries and puts the chain's
| end back afterwards.
*/
test.group('Audit trail / concurrent appends', (group) => {
  group.each.setup(async () => {
    const chain = await db.from(CHAIN_TABLE).where('id', 1).first()
    const [newest] = await db.from('audit_events').max('id as id')
    const lastId = Number(newest.id ?? 0)
    return async () => {
      await db.from('audit_events').where('id', '>', lastId).delete()
      if (chain) await db.from(CHAIN_TABLE).where('id', 1).update(chain)
    }
  })

  test('twenty appends at once give one unbroken chain', async ({ assert }) => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        new RecordAuditEvent().handle({ event: 'test.concurrent', via: 'cli', details: { index } })
      )
    )

    const verification = await new VerifyAuditChain().handle()
    assert.isTrue(verification.intact, JSON.stringify(verification))
    const links = await db.from('audit_events').select('previous_hash')
    assert.equal(new Set(links.map((row) => row.previous_hash)).size, links.length)
  })

  test('two processes appending at the same time never fork the chain', async ({ assert }) => {
    const workers = await Promise.all([startWorker(10, 'a'), startWorker(10, 'b')])
    workers.forEach((worker) => worker.go())
    const results = await Promise.all(workers.map((worker) => worker.exited))

    for (const result of results) assert.equal(result.code, 0, result.stderr)
    const appended = await db.from('audit_events').where('event', 'test.concurrent').count('* as n')
    assert.equal(Number(appended[0].n), 20)
    const verification = await new VerifyAuditChain().handle()
    assert.isTrue(verification.intact, JSON.stringify(verification))
  }).timeout(120_000)
})
