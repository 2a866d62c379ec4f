import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import AuditPrune from '../../../commands/audit_prune.js'
import AuditVerify from '../../../commands/audit_verify.js'
import { isolateInstallState } from '#tests/helpers/install'
import { runCommand } from '../users_cli/run_command.js'
import { daysAgo, recordEntries } from './helpers.js'

const remaining = async (ids: number[]) => {
  const rows = await db.from('audit_events').whereIn('id', ids).select('id').orderBy('id')
  return rows.map((row) => row.id)
}

test.group('audit:prune', (group) => {
  isolateInstallState(group)

  test('deletes entries older than the retention and the chain still verifies', async ({
    assert,
  }) => {
    const old = await daysAgo(400, () => recordEntries(3))
    const recent = await daysAgo(10, () => recordEntries(2))

    const run = await runCommand(AuditPrune, ['--older-than', '365d'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.match(run.stdout, /^Pruned 3 entries recorded before \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/)
    assert.deepEqual(await remaining(old), [])
    assert.deepEqual(await remaining(recent), recent)
    const pruned = await AuditEvent.findByOrFail('event', 'audit.pruned')
    assert.containsSubset(pruned.parsedDetails, { count: 3, anchorId: old[2] })
    assert.equal(pruned.via, 'cli')

    const verify = await runCommand(AuditVerify, [])
    assert.equal(verify.exitCode, 0, verify.stderr)
    assert.include(verify.stdout, 'intact: 3 entries checked')
  })

  test('after a prune, deleting the new first entry is caught', async ({ assert }) => {
    await daysAgo(100, () => recordEntries(2))
    const recent = await recordEntries(3)
    const prune = await runCommand(AuditPrune, ['--older-than', '90d'])
    assert.equal(prune.exitCode, 0, prune.stderr)

    await db.from('audit_events').where('id', recent[0]).delete()
    const run = await runCommand(AuditVerify, [])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `broken at entry #${recent[1]}: entry #${recent[1]} does not follow`)
  })

  test('after a prune, an edited entry is caught', async ({ assert }) => {
    await daysAgo(100, () => recordEntries(2))
    const recent = await recordEntries(3)
    const prune = await runCommand(AuditPrune, ['--older-than', '90d'])
    assert.equal(prune.exitCode, 0, prune.stderr)

    await db.from('audit_events').where('id', recent[1]).update({ via: 'web' })
    const run = await runCommand(AuditVerify, [])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `broken at entry #${recent[1]}: entry #${recent[1]} was changed`)
  })

  test('accepts hours and keeps entries newer than the retention', async ({ assert }) => {
    const old = await daysAgo(1, () => recordEntries(2))
    const fresh = await recordEntries(1)

    const run = await runCommand(AuditPrune, ['--older-than', '12h'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.deepEqual(await remaining(old), [])
    assert.deepEqual(await remaining(fresh), fresh)
  })

  test('--dry-run counts the entries and deletes nothing', async ({ assert }) => {
    const old = await daysAgo(400, () => recordEntries(2))

    const run = await runCommand(AuditPrune, ['--older-than', '365d', '--dry-run'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.include(run.stdout, '2 entries recorded before')
    assert.include(run.stdout, 'would be pruned (dry run: nothing was deleted).')
    assert.deepEqual(await remaining(old), old)
    assert.isNull(await AuditEvent.findBy('event', 'audit.pruned'))
  })

  test('with nothing old enough, deletes nothing and records nothing', async ({ assert }) => {
    const ids = await recordEntries(2)

    const run = await runCommand(AuditPrune, ['--older-than', '365d'])

    assert.equal(run.exitCode, 0, run.stderr)
    assert.match(run.stdout, /^No entries were recorded before .* UTC; nothing was pruned\.$/)
    assert.deepEqual(await remaining(ids), ids)
    assert.isNull(await AuditEvent.findBy('event', 'audit.pruned'))
  })

  test('refuses a retention that is not a number of days or hours', async ({ assert }) => {
    const old = await daysAgo(400, () => recordEntries(1))

    for (const value of ['365', '0d', '-5d', '1.5d', '12m', 'd', 'a year', '365d;drop']) {
      const run = await runCommand(AuditPrune, [`--older-than=${value}`])
      assert.equal(run.exitCode, 1, value)
      assert.equal(
        run.stderr,
        'The --older-than value must be a whole number of days or hours, such as 365d, 90d or 12h.',
        value
      )
    }
    const missing = await runCommand(AuditPrune, [])
    assert.equal(missing.exitCode, 1)
    assert.equal(missing.stderr, 'The --older-than value is required.')
    assert.deepEqual(await remaining(old), old)
  })

  test('refuses to prune a broken chain, which would erase the evidence', async ({ assert }) => {
    const old = await daysAgo(400, () => recordEntries(3))
    await db.from('audit_events').where('id', old[1]).update({ ip: '198.51.100.7' })

    const run = await runCommand(AuditPrune, ['--older-than', '365d'])

    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, `The audit trail is broken at entry #${old[1]}`)
    assert.include(run.stderr, 'Nothing was pruned.')
    assert.deepEqual(await remaining(old), old)
  })
})
