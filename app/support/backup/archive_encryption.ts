/*
|--------------------------------------------------------------------------
| Encrypted archives
|--------------------------------------------------------------------------
|
| Node has AES-256-GCM but no streaming AEAD format, and no maintained
| package for one is installed. One GCM pass over a whole archive would only
| authenticate at the very end, after the plaintext had been used, so this
| module implements the usual chunked construction (the "STREAM" scheme of
| age and Tink) on top of node:crypto:
|
|   header  magic(8) version(1) log2N(1) r(1) p(1) salt(16) noncePrefix(7) keyCheck(16)
|   chunk   length(4, big-endian) ciphertext(length) tag(16)     repeated
|
| Each chunk is sealed with the nonce noncePrefix ‖ counter(4) ‖ last(1) and
| the header as associated data, so a flipped byte anywhere, reordered or
| dropped chunks, and a file cut short (no chunk marked last) all fail. The
| key comes from scrypt with a random salt; a second derived key gives the
| key check, so a wrong passphrase is told apart from a damaged file.
|
*/
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { BackupError } from '#support/backup/backup_error'

export const ENCRYPTION_MAGIC = Buffer.from('FLMBAK\u0000\u0001', 'latin1')
const VERSION = 1
const SALT_BYTES = 16
const NONCE_PREFIX_BYTES = 7
const KEY_CHECK_BYTES = 16
const TAG_BYTES = 16
const HEADER_BYTES = ENCRYPTION_MAGIC.length + 4 + SALT_BYTES + NONCE_PREFIX_BYTES + KEY_CHECK_BYTES
/** Plaintext per chunk: large enough to be fast, small enough to keep memory flat. */
export const CHUNK_BYTES = 64 * 1024

/** scrypt cost: 32 MiB of memory and about a tenth of a second per derivation. */
const DEFAULT_COST = { log2N: 15, r: 8, p: 1 }

type KdfParams = { salt: Buffer; log2N: number; r: number; p: number }

export const MIN_PASSPHRASE_LENGTH = 12

function deriveKeys(passphrase: string, params: KdfParams) {
  const N = 2 ** params.log2N
  return new Promise<{ key: Buffer; keyCheck: Buffer }>((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      params.salt,
      64,
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r },
      (error, derived) => {
        if (error) return reject(error)
        const keyCheck = createHash('sha256').update(derived.subarray(32)).digest()
        resolve({ key: derived.subarray(0, 32), keyCheck: keyCheck.subarray(0, KEY_CHECK_BYTES) })
      }
    )
  })
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const value = Buffer.alloc(12)
  prefix.copy(value, 0)
  value.writeUInt32BE(counter, NONCE_PREFIX_BYTES)
  value[11] = last ? 1 : 0
  return value
}

function corrupt(detail: string) {
  return new BackupError(
    'E_BACKUP_CORRUPT',
    `The encrypted archive is damaged or was altered (${detail}).`
  )
}

/** True when the first bytes of a file are those of an encrypted archive. */
export function isEncryptedHeader(firstBytes: Buffer): boolean {
  return firstBytes.subarray(0, ENCRYPTION_MAGIC.length).equals(ENCRYPTION_MAGIC)
}

/** Refuses passphrases too short to protect an archive kept off-site. */
export function assertStrongPassphrase(passphrase: string) {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new BackupError(
      'E_BACKUP_WEAK_PASSPHRASE',
      `The backup passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`
    )
  }
}

/** A stream that turns plaintext into an encrypted archive. */
export function createEncryptStream(passphrase: string): Transform {
  const salt = randomBytes(SALT_BYTES)
  const prefix = randomBytes(NONCE_PREFIX_BYTES)
  const keys = deriveKeys(passphrase, { salt, ...DEFAULT_COST })
  let header: Buffer | undefined
  let key: Buffer
  let counter = 0
  let pending = Buffer.alloc(0)

  const seal = (plain: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(prefix, counter++, last))
    cipher.setAAD(header!)
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(body.length)
    return Buffer.concat([length, body, cipher.getAuthTag()])
  }

  const start = async (push: (chunk: Buffer) => void) => {
    if (header) return
    const derived = await keys
    key = derived.key
    const params = Buffer.from([VERSION, DEFAULT_COST.log2N, DEFAULT_COST.r, DEFAULT_COST.p])
    header = Buffer.concat([ENCRYPTION_MAGIC, params, salt, prefix, derived.keyCheck])
    push(header)
  }

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      start((bytes) => this.push(bytes))
        .then(() => {
          pending = Buffer.concat([pending, chunk])
          // A full chunk is only sealed once more data follows, so the last one is known.
          while (pending.length > CHUNK_BYTES) {
            this.push(seal(pending.subarray(0, CHUNK_BYTES), false))
            pending = pending.subarray(CHUNK_BYTES)
          }
          callback()
        })
        .catch(callback)
    },
    flush(callback: TransformCallback) {
      start((bytes) => this.push(bytes))
        .then(() => {
          this.push(seal(pending, true))
          callback()
        })
        .catch(callback)
    },
  })
}

/** A stream that checks and decrypts an encrypted archive, chunk by chunk. */
export function createDecryptStream(passphrase: string): Transform {
  let buffered = Buffer.alloc(0)
  let header: Buffer | undefined
  let prefix: Buffer
  let key: Buffer | undefined
  let counter = 0
  let finished = false

  const open = (record: Buffer, last: boolean): Buffer => {
    const body = record.subarray(4, record.length - TAG_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', key!, nonce(prefix, counter, last))
    decipher.setAAD(header!)
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES))
    const plain = Buffer.concat([decipher.update(body), decipher.final()])
    counter++
    return plain
  }

  /** Opens every complete chunk in the buffer; a chunk that fails both ways is damaged. */
  const drain = (push: (chunk: Buffer) => void) => {
    while (buffered.length >= 4) {
      if (finished) throw corrupt('data after the last chunk')
      const length = buffered.readUInt32BE(0)
      if (length > CHUNK_BYTES) throw corrupt(`chunk ${counter} has an impossible length`)
      const recordLength = 4 + length + TAG_BYTES
      if (buffered.length < recordLength) return
      const record = buffered.subarray(0, recordLength)
      buffered = buffered.subarray(recordLength)
      // Only the last chunk may be shorter than a full one.
      const last = length < CHUNK_BYTES
      try {
        push(open(record, last))
        finished = last
      } catch {
        if (last) throw corrupt(`chunk ${counter} does not authenticate`)
        // A full-size chunk can also be the last one when the plaintext fills it exactly.
        try {
          push(open(record, true))
          finished = true
        } catch {
          throw corrupt(`chunk ${counter} does not authenticate`)
        }
      }
    }
  }

  const readHeader = async () => {
    if (header || buffered.length < HEADER_BYTES) return
    const candidate = buffered.subarray(0, HEADER_BYTES)
    if (!isEncryptedHeader(candidate)) {
      throw new BackupError('E_BACKUP_NOT_AN_ARCHIVE', 'This file is not an encrypted backup.')
    }
    const offset = ENCRYPTION_MAGIC.length
    const [version, log2N, r, p] = candidate.subarray(offset, offset + 4)
    if (version !== VERSION || log2N < 10 || log2N > 22 || r < 1 || r > 32 || p < 1 || p > 16) {
      throw corrupt('unknown encryption parameters')
    }
    const salt = candidate.subarray(offset + 4, offset + 4 + SALT_BYTES)
    prefix = Buffer.from(
      candidate.subarray(offset + 4 + SALT_BYTES, HEADER_BYTES - KEY_CHECK_BYTES)
    )
    const derived = await deriveKeys(passphrase, { salt, log2N, r, p })
    if (!derived.keyCheck.equals(candidate.subarray(HEADER_BYTES - KEY_CHECK_BYTES))) {
      throw new BackupError(
        'E_BACKUP_WRONG_PASSPHRASE',
        'The passphrase does not open this archive: check BACKUP_PASSPHRASE or the passphrase given on stdin.'
      )
    }
    key = derived.key
    header = Buffer.from(candidate)
    buffered = buffered.subarray(HEADER_BYTES)
  }

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      buffered = Buffer.concat([buffered, chunk])
      readHeader()
        .then(() => {
          if (header) drain((bytes) => this.push(bytes))
          callback()
        })
        .catch(callback)
    },
    flush(callback: TransformCallback) {
      readHeader()
        .then(() => {
          if (!header) throw truncated()
          drain((bytes) => this.push(bytes))
          if (finished && buffered.length > 0) throw corrupt('data after the last chunk')
          if (!finished) throw truncated()
          callback()
        })
        .catch(callback)
    },
  })
}

function truncated() {
  return new BackupError(
    'E_BACKUP_TRUNCATED',
    'The encrypted archive ends too early: the file is incomplete.'
  )
}
