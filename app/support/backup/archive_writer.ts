import { createWriteStream } from 'node:fs'
import { chmod, link, rm } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable, type Transform } from 'node:stream'
import { create as createTar } from 'tar'
import { createEncryptStream } from '#support/backup/archive_encryption'
import { BackupError } from '#support/backup/backup_error'

/**
 * Packs the staged members (manifest first) into a gzip-compressed tar,
 * encrypted when a passphrase is given, as `target` with mode 0600. The
 * archive is written under a hidden name and renamed at the end, so a
 * half-written file never looks like a backup.
 */
export async function writeArchive(
  stagingFolder: string,
  members: string[],
  target: string,
  passphrase?: string
) {
  const partial = join(dirname(target), `.${basename(target)}.partial`)
  const stages: Transform[] = passphrase ? [createEncryptStream(passphrase)] : []
  const tar = createTar({ gzip: true, cwd: stagingFolder, portable: true }, members)
  try {
    await pipeline([
      Readable.from(tar),
      ...stages,
      createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
    ])
    await chmod(partial, 0o600)
    await renameIfAbsent(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/** Moves the finished file into place, never over an existing archive. */
async function renameIfAbsent(from: string, to: string) {
  try {
    await link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    throw new BackupError('E_BACKUP_EXISTS', `An archive named ${basename(to)} already exists.`)
  }
  await rm(from)
}
