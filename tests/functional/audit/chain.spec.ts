import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import AuditVerify from '../../../commands/audit_verify.js'
import { CHAIN_TABLE, entryHash, hashedFieldsOf, storedEntries } from '#actions/audit/audit_chain'
import { isolateInstallState } from '#tests/helpers/install'
import { runCommand } from '../users_cli/run_command.js'
import { recordEntries } from './helpers.js'

const totalEntries = async () => {
  const [row] = await db.from('audit_events').count('* as total')
  return Number(row.total)
}

const verify = () => runCommand(AuditVerify, [])

test.group('audit:verify', (group) => {
  isolateInstallState(group)

  test('exits 0 on an intact chain and says how many entries it checked', async ({ assert }) => {
    await recordEntries(5)

    const run = await verify()

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(
      run.stdout,
      `The audit trail is intact: ${await totalEntries()} entries checked.`
    )
  })

  test('exits 1 naming the entry that was edited in the database', async ({ assert }) => {
    const ids = await recordEntries(5)
    await db.from('audit_events').where('id', ids[2]).update({ ip: '203.0.113.9' })

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `The audit trail is broken at entry #${ids[2]}:`)
    assert.include(run.stderr, 'was changed after it was recorded')
  })

  test('an edited time or detail is caught as well as an edited address', async ({ assert }) => {
    const ids = await recordEntries(3)
    await db
      .from('audit_events')
      .where('id', ids[0])
      .update({ details: JSON.stringify({ index: 99 }) })

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `entry #${ids[0]}:`)
  })

  test('an entry rewritten with a fresh hash is caught at the entry after it', async ({
    assert,
  }) => {
    const ids = await recordEntries(4)
    const row = await storedEntries(db.connection()).where('audit_events.id', ids[1]).firstOrFail()
    const forged = { ...hashedFieldsOf(row), event: 'test.innocent' }
    await db
      .from('audit_events')
      .where('id', ids[1])
      .update({ event: forged.event, hash: entryHash(forged) })

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `broken at entry #${ids[2]}: entry #${ids[2]} does not follow`)
  })

  test('a deleted entry in the middle is detected at the entry after it', async ({ assert }) => {
    const ids = await recordEntries(5)
    await db.from('audit_events').where('id', ids[2]).delete()

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `entry #${ids[3]} does not follow entry #${ids[1]}`)
  })

  test('deleted entries at the end are detected', async ({ assert }) => {
    const ids = await recordEntries(4)
    await db.from('audit_events').whereIn('id', ids.slice(2)).delete()

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `entry #${ids[3]}, the last one recorded, is missing`)
  })

  test('an entry added by hand, even with a valid hash, is detected', async ({ assert }) => {
    const [id] = await recordEntries(1)
    const last = await storedEntries(db.connection()).where('audit_events.id', id).firstOrFail()
    const fields = { ...hashedFieldsOf(last), event: 'test.forged', previousHash: last.hash }
    await db.table('audit_events').insert({
      event: fields.event,
      via: fields.via,
      details: fields.details,
      created_at: last.created_at_text,
      previous_hash: fields.previousHash,
      hash: entryHash(fields),
    })

    const run = await verify()

    assert.equal(run.exitCode, 1)
    const forged = await AuditEvent.findByOrFail('event', 'test.forged')
    assert.include(run.stderr, `entry #${forged.id} lies past the recorded end`)
  })

  test('removing the record of where the chain ends is detected', async ({ assert }) => {
    const [first] = await recordEntries(2)
    await db.from(CHAIN_TABLE).delete()

    const run = await verify()

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `entry #${first} lies past the recorded end`)
  })
})
