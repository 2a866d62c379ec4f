import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import VerifyAuditChain from '#actions/audit/verify_audit_chain'
import { isolateInstallState } from '#tests/helpers/install'
import { makeUser } from '../users_cli/run_command.js'

test.group('Recording audit entries', (group) => {
  isolateInstallState(group)

  test('secrets in changes and details are masked before they are stored', async ({ assert }) => {
    const event = await new RecordAuditEvent().handle({
      event: 'settings.changed',
      via: 'web',
      targetType: 'setting',
      targetId: 'mail.smtp',
      changes: {
        before: { host: 'old.example.org', smtp_password: 'Old-Secret-1', apiToken: null },
        after: { host: 'smtp.example.org', smtpPassword: 'New-Secret-2', apiToken: 'tok-123' },
      },
      details: { recoveryCodes: ['aaaa-bbbb'], nested: { client_secret: 'shh' }, note: 'kept' },
    })

    const row = await db.from('audit_events').where('id', event.id).firstOrFail()
    for (const secret of ['Old-Secret-1', 'New-Secret-2', 'tok-123', 'aaaa-bbbb', 'shh']) {
      assert.notInclude(row.changes + row.details, secret)
    }
    assert.deepEqual(JSON.parse(row.changes), {
      before: { host: 'old.example.org', smtp_password: '[masked]', apiToken: null },
      after: { host: 'smtp.example.org', smtpPassword: '[masked]', apiToken: '[masked]' },
    })
    assert.deepEqual(JSON.parse(row.details), {
      recoveryCodes: '[masked]',
      nested: { client_secret: '[masked]' },
      note: 'kept',
    })
    assert.equal(row.target_type, 'setting')
    assert.equal(row.target_id, 'mail.smtp')
    const verification = await new VerifyAuditChain().handle()
    assert.isTrue(verification.intact)
  })

  test('an entry about a user targets that user unless it names another target', async ({
    assert,
  }) => {
    const ann = await makeUser()
    const recorder = new RecordAuditEvent()

    const aboutAnn = await recorder.handle({
      event: 'user.locked',
      subjectUserId: ann.id,
      via: 'cli',
    })
    const aboutRole = await recorder.handle({
      event: 'role.granted',
      subjectUserId: ann.id,
      targetType: 'role',
      targetId: 'editor',
      via: 'cli',
    })
    const aboutNothing = await recorder.handle({ event: 'audit.checked', via: 'cli' })

    assert.deepEqual([aboutAnn.targetType, aboutAnn.targetId], ['user', String(ann.id)])
    assert.deepEqual([aboutRole.targetType, aboutRole.targetId], ['role', 'editor'])
    assert.deepEqual([aboutNothing.targetType, aboutNothing.targetId], [null, null])
  })

  test('an entry in a rolled-back transaction leaves the chain as it was', async ({ assert }) => {
    await new RecordAuditEvent().handle({ event: 'test.kept', via: 'cli' })
    const trx = await db.transaction()
    await new RecordAuditEvent().handle({ event: 'test.rolled_back', via: 'cli' }, trx)
    await trx.rollback()
    await new RecordAuditEvent().handle({ event: 'test.after', via: 'cli' })

    assert.isNull(await db.from('audit_events').where('event', 'test.rolled_back').first())
    const verification = await new VerifyAuditChain().handle()
    assert.isTrue(verification.intact)
  })
})
