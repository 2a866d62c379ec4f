import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import StoreUpload from '#actions/uploads/store_upload'
import { UploadRejected } from '#actions/uploads/upload_rejected'
import { makePdf, makePng } from '#tests/helpers/upload_files'
import { assertNothingStored, setUpUploads, storedKeys } from './helpers.js'

/** A file where the body parser would have left it. */
async function tmpFile(bytes: Buffer) {
  const folder = app.tmpPath('uploads-action-spec')
  await mkdir(folder, { recursive: true })
  const path = join(folder, randomUUID())
  await writeFile(path, bytes)
  return path
}

test.group('Uploads / StoreUpload action', (group) => {
  const state = setUpUploads(group)
  const actor = () => ({ actorId: state.cast.author.id, via: 'cli' as const })

  test('the temporary file is consumed when the upload is stored', async ({ assert }) => {
    const tmpPath = await tmpFile(makePdf())
    const upload = await new StoreUpload().handle(
      { tmpPath, clientName: 'notes.pdf', size: 10 },
      { owner: state.cast.author },
      actor()
    )

    assert.isFalse(existsSync(tmpPath))
    assert.equal(Number(upload.sizeBytes), makePdf().length)
    assert.deepEqual(await storedKeys(state.disk), [upload.storageKey])
  })

  test('the temporary file is removed when the upload is refused', async ({ assert }) => {
    const tmpPath = await tmpFile(Buffer.from('#!/bin/sh\nrm -rf /\n'))
    await assert.rejects(
      () =>
        new StoreUpload().handle(
          { tmpPath, clientName: 'run.sh' },
          { owner: state.cast.author },
          actor()
        ),
      UploadRejected
    )
    assert.isFalse(existsSync(tmpPath))
    await assertNothingStored(assert, state.disk)
  })

  test('names with control characters or separators are refused: {label}')
    .with(
      [
        'a\u0000b.png',
        'line\nbreak.png',
        'tab\t.png',
        'del\u007f.png',
        '..\\..\\windows.png',
        '/etc/passwd.png',
        '..',
        '   ',
      ].map((name) => ({ name, label: JSON.stringify(name) }))
    )
    .run(async ({ assert }, { name }) => {
      const tmpPath = await tmpFile(await makePng())
      try {
        await new StoreUpload().handle(
          { tmpPath, clientName: name },
          { owner: state.cast.author },
          actor()
        )
        assert.fail('the upload should have been refused')
      } catch (error) {
        assert.instanceOf(error, UploadRejected)
        assert.equal((error as UploadRejected).reason, 'name_invalid')
        assert.equal((error as UploadRejected).status, 422)
      }
      await assertNothingStored(assert, state.disk)
    })

  test('a name of exactly 255 characters is kept whole', async ({ assert }) => {
    const name = `${'n'.repeat(251)}.pdf`
    const upload = await new StoreUpload().handle(
      { tmpPath: await tmpFile(makePdf()), clientName: name },
      { owner: state.cast.author },
      actor()
    )
    assert.equal(upload.originalName, name)
  })
})
