import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { test } from '@japa/runner'
import {
  assertStrongPassphrase,
  CHUNK_BYTES,
  createDecryptStream,
  createEncryptStream,
} from '#support/backup/archive_encryption'
import { BackupError } from '#support/backup/backup_error'
import { PASSPHRASE } from './backup_helpers.js'

const HEADER_BYTES = 52
const RECORD_BYTES = 4 + CHUNK_BYTES + 16

/** Feeds bytes through a stream in uneven pieces, as a file read would. */
function through(stream: NodeJS.ReadWriteStream, bytes: Buffer) {
  const pieces: Buffer[] = []
  for (let at = 0; at < bytes.length; at += 7919) pieces.push(bytes.subarray(at, at + 7919))
  return buffer(Readable.from(pieces).pipe(stream))
}

const encrypt = (plain: Buffer) => through(createEncryptStream(PASSPHRASE), plain)
const decrypt = (sealed: Buffer, passphrase = PASSPHRASE) =>
  through(createDecryptStream(passphrase), sealed)

async function refusal(sealed: Buffer, passphrase = PASSPHRASE) {
  try {
    await decrypt(sealed, passphrase)
  } catch (error) {
    if (error instanceof BackupError) return error.reason
    throw error
  }
  return 'accepted'
}

test.group('Backups / encryption', () => {
  test('any length of data comes back as it went in', async ({ assert }) => {
    for (const length of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES]) {
      const plain = randomBytes(length)
      const sealed = await encrypt(plain)
      assert.isFalse(sealed.includes(plain.subarray(0, 64)) && length >= 64)
      assert.deepEqual(await decrypt(sealed), plain, `length ${length}`)
    }
  })

  test('the same data encrypts differently each time', async ({ assert }) => {
    const plain = Buffer.from('same plaintext')
    assert.notDeepEqual(await encrypt(plain), await encrypt(plain))
  })

  test('a wrong passphrase is told apart from damage', async ({ assert }) => {
    const sealed = await encrypt(randomBytes(1000))
    assert.equal(await refusal(sealed, 'another long passphrase'), 'E_BACKUP_WRONG_PASSPHRASE')
  })

  test('every flipped byte is detected', async ({ assert }) => {
    const sealed = await encrypt(randomBytes(2 * CHUNK_BYTES + 100))
    // Magic, cost, salt, nonce prefix and key check; then lengths, bodies and tags.
    const positions = [0, 7, 8, 9, 11, 12, 27, 28, 34, 35, 51]
    const tagOfFirst = HEADER_BYTES + 4 + CHUNK_BYTES
    positions.push(HEADER_BYTES, HEADER_BYTES + 3, tagOfFirst, tagOfFirst + 15)
    for (let at = HEADER_BYTES + 4; at < sealed.length; at += 8191) positions.push(at)
    positions.push(sealed.length - 1)
    for (const position of positions) {
      const damaged = Buffer.from(sealed)
      damaged[position] ^= 0x01
      assert.notEqual(await refusal(damaged), 'accepted', `byte ${position}`)
    }
  })

  test('cutting, dropping, swapping or appending chunks is detected', async ({ assert }) => {
    const sealed = await encrypt(randomBytes(3 * CHUNK_BYTES + 10))
    const header = sealed.subarray(0, HEADER_BYTES)
    const record = (index: number) =>
      sealed.subarray(
        HEADER_BYTES + index * RECORD_BYTES,
        HEADER_BYTES + (index + 1) * RECORD_BYTES
      )
    const last = sealed.subarray(HEADER_BYTES + 3 * RECORD_BYTES)

    assert.equal(
      await refusal(sealed.subarray(0, HEADER_BYTES + 2 * RECORD_BYTES)),
      'E_BACKUP_TRUNCATED'
    )
    assert.equal(await refusal(sealed.subarray(0, sealed.length - 1)), 'E_BACKUP_TRUNCATED')
    assert.equal(await refusal(header), 'E_BACKUP_TRUNCATED')
    assert.equal(await refusal(sealed.subarray(0, 20)), 'E_BACKUP_TRUNCATED')
    assert.equal(
      await refusal(Buffer.concat([header, record(0), record(2), last])),
      'E_BACKUP_CORRUPT'
    )
    assert.equal(
      await refusal(Buffer.concat([header, record(1), record(0), record(2), last])),
      'E_BACKUP_CORRUPT'
    )
    assert.equal(await refusal(Buffer.concat([sealed, Buffer.from('extra')])), 'E_BACKUP_CORRUPT')
    assert.equal(await refusal(Buffer.concat([sealed, last])), 'E_BACKUP_CORRUPT')
  })

  test('short passphrases are refused for new archives', ({ assert }) => {
    assert.throws(() => assertStrongPassphrase('short'), /at least 12 characters/)
    assert.doesNotThrow(() => assertStrongPassphrase(PASSPHRASE))
  })
})
