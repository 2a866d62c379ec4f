import { test } from '@japa/runner'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import { Mailer } from '@adonisjs/mail'
import { simpleParser } from 'mailparser'
import FileTransport from '#services/mail_file_transport'

test.group('Mail / file transport', (group) => {
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(app.tmpPath(), 'mail-'))
    return () => rm(folder, { recursive: true, force: true })
  })

  test('writes each message as an .eml file a mail client can open', async ({ assert }) => {
    const mailer = new Mailer('file', new FileTransport(join(folder, 'inbox')), emitter)
    await mailer.send((message) => {
      message
        .from('site@example.org', 'Site')
        .to('marie@example.org')
        .subject('Bienvenue, Marie')
        .text('Un message en texte.')
        .html('<p>Un message en <strong>HTML</strong>.</p>')
    })

    const inbox = await readdir(join(folder, 'inbox'))
    const files = inbox.filter((name) => name.endsWith('.eml'))
    assert.lengthOf(files, 1)
    const parsed = await simpleParser(await readFile(join(folder, 'inbox', files[0])))
    assert.equal(parsed.subject, 'Bienvenue, Marie')
    assert.equal(parsed.text?.trim(), 'Un message en texte.')
    assert.include(String(parsed.html), '<strong>HTML</strong>')
  })

  test('lists every message in index.jsonl: when, to whom, what, which file', async ({
    assert,
  }) => {
    const mailer = new Mailer('file', new FileTransport(folder), emitter)
    for (const subject of ['First', 'Second']) {
      await mailer.send((message) => {
        message.from('site@example.org').to('marie@example.org').subject(subject).text('…')
      })
    }

    const index = await readFile(join(folder, 'index.jsonl'), 'utf8')
    const lines = index.trim().split('\n')
    const entries = lines.map((line) => JSON.parse(line))
    assert.deepEqual(
      entries.map((entry) => [entry.subject, entry.to]),
      [
        ['First', ['marie@example.org']],
        ['Second', ['marie@example.org']],
      ]
    )
    for (const entry of entries) {
      assert.isFalse(Number.isNaN(Date.parse(entry.sentAt)))
      assert.include(await readdir(folder), entry.file)
    }
  })
})
