import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import type { ReadEntry } from 'tar'
import { createDecryptStream, isEncryptedHeader } from '#support/backup/archive_encryption'
import { BackupError } from '#support/backup/backup_error'
import { type BackupManifest, parseManifest } from '#support/backup/manifest'
import { MANIFEST_MEMBER } from '#support/backup/member_paths'
import { tarEntries } from '#support/backup/tar_entries'

/** A manifest larger than this is not one of ours; refusing it keeps memory bounded. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

export type ArchiveMember = { path: string; size: number; content: AsyncIterable<Buffer> }

export type MemberHandler = (member: ArchiveMember, manifest: BackupManifest) => Promise<void>

/** Turns low-level read errors (gzip, tar, file) into one clear sentence. */
function explain(error: unknown, file: string): BackupError {
  if (error instanceof BackupError) return error
  const { code, message } = error as NodeJS.ErrnoException
  if (code === 'ENOENT') return new BackupError('E_BACKUP_NOT_FOUND', `No archive at ${file}.`)
  if (code === 'Z_BUF_ERROR' || /unexpected end|truncated/i.test(message ?? '')) {
    return new BackupError(
      'E_BACKUP_TRUNCATED',
      `The archive ${file} ends too early: the file is incomplete.`,
      { cause: error }
    )
  }
  return new BackupError(
    'E_BACKUP_CORRUPT',
    `The archive ${file} is damaged (${message ?? code}).`,
    { cause: error }
  )
}

/** Whether a file is an encrypted archive, read from its first bytes. */
export async function isEncryptedArchive(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch((error) => {
    throw explain(error, file)
  })
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0)
    if (isEncryptedHeader(buffer.subarray(0, bytesRead))) return true
    if (bytesRead < 2 || buffer[0] !== 0x1f || buffer[1] !== 0x8b) {
      throw new BackupError(
        'E_BACKUP_NOT_AN_ARCHIVE',
        `${file} is not a Filamenta backup (neither .tar.gz nor encrypted).`
      )
    }
    return false
  } finally {
    await handle.close()
  }
}

/** The archive's tar bytes: read, decrypted when needed, decompressed. */
async function tarBytes(file: string, passphrase?: string): Promise<Readable> {
  const encrypted = await isEncryptedArchive(file)
  if (encrypted && !passphrase) {
    throw new BackupError(
      'E_BACKUP_PASSPHRASE_REQUIRED',
      'This archive is encrypted: set BACKUP_PASSPHRASE or give the passphrase on stdin (--passphrase-stdin).'
    )
  }
  const stages = encrypted ? [createDecryptStream(passphrase!)] : []
  const output = createGunzip()
  // A failure anywhere destroys the last stage with that error, which its reader then sees.
  pipeline([createReadStream(file), ...stages, output]).catch(() => {})
  return output
}

async function readAll(entry: ReadEntry): Promise<Buffer> {
  if (entry.size > MAX_MANIFEST_BYTES) {
    throw new BackupError('E_BACKUP_MANIFEST', 'The archive manifest is implausibly large.')
  }
  const chunks: Buffer[] = []
  for await (const chunk of entry) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** An error of the caller's own (a failed insert), passed through untouched. */
class HandlerFailure {
  constructor(readonly cause: unknown) {}
}

/** The content of a member, hashed as the caller reads it; the rest is hashed afterwards. */
function hashed(entry: ReadEntry, file: string) {
  const hash = createHash('sha256')
  let size = 0
  const iterator = entry[Symbol.asyncIterator]()
  const next = async (): Promise<IteratorResult<Buffer>> => {
    let step: IteratorResult<unknown>
    try {
      step = await iterator.next()
    } catch (error) {
      throw explain(error, file)
    }
    if (!step.done) {
      hash.update(step.value as Buffer)
      size += (step.value as Buffer).length
    }
    return step as IteratorResult<Buffer>
  }
  return {
    content: { [Symbol.asyncIterator]: () => ({ next }) } as AsyncIterable<Buffer>,
    async digest() {
      // Reading what the caller left hashes it too.
      let step: IteratorResult<Buffer>
      do {
        step = await next()
      } while (!step.done)
      return { sha256: hash.digest('hex'), size }
    },
  }
}

/**
 * Reads an archive from end to end: the manifest first, then every member
 * checked against it (listed once, same size and sha256) while `handle`
 * uses its content. Throws a BackupError naming the first problem; when a
 * member's checksum fails, `handle` has already seen its bytes, so callers
 * that write must do so in a transaction or a scratch place.
 */
export async function readArchive(
  file: string,
  passphrase: string | undefined,
  handle: MemberHandler
): Promise<BackupManifest> {
  let manifest: BackupManifest | undefined
  const seen = new Set<string>()
  try {
    for await (const entry of tarEntries(await tarBytes(file, passphrase))) {
      if (!manifest) {
        if (entry.path !== MANIFEST_MEMBER) {
          throw new BackupError(
            'E_BACKUP_MANIFEST',
            `${file} is not a Filamenta backup: it does not start with manifest.json.`
          )
        }
        manifest = parseManifest(await readAll(entry))
        continue
      }
      const expected = manifest.members[entry.path]
      if (!expected || seen.has(entry.path)) {
        throw new BackupError(
          'E_BACKUP_UNSAFE_MEMBER',
          `The archive holds a member the manifest does not list: ${entry.path}.`
        )
      }
      seen.add(entry.path)
      const member = hashed(entry, file)
      await handle({ path: entry.path, size: entry.size, content: member.content }, manifest).catch(
        (error: unknown) => {
          throw error instanceof BackupError ? error : new HandlerFailure(error)
        }
      )
      const actual = await member.digest()
      if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
        throw new BackupError(
          'E_BACKUP_CHECKSUM',
          `Checksum mismatch for ${entry.path}: the archive is damaged or was altered.`
        )
      }
    }
  } catch (error) {
    if (error instanceof HandlerFailure) throw error.cause
    throw explain(error, file)
  }
  if (!manifest) {
    throw new BackupError('E_BACKUP_TRUNCATED', `${file} is empty or ends before its manifest.`)
  }
  const missing = Object.keys(manifest.members).find((path) => !seen.has(path))
  if (missing) {
    throw new BackupError(
      'E_BACKUP_TRUNCATED',
      `The archive ${file} is incomplete: ${missing} is missing.`
    )
  }
  return manifest
}

/** Only the manifest, for listings: stops reading right after it. */
export async function readManifest(file: string, passphrase?: string): Promise<BackupManifest> {
  try {
    for await (const entry of tarEntries(await tarBytes(file, passphrase))) {
      if (entry.path !== MANIFEST_MEMBER) break
      return parseManifest(await readAll(entry))
    }
  } catch (error) {
    throw explain(error, file)
  }
  throw new BackupError('E_BACKUP_MANIFEST', `${file} has no manifest.json at its start.`)
}
