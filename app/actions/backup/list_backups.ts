import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { backupDirectory } from '#support/backup_directory'
import { backupTakenAt } from '#support/backup/archive_names'
import { readManifest } from '#support/backup/archive_reader'

export type BackupListing = {
  name: string
  file: string
  createdAt: string
  size: number
  encrypted: boolean
  /** From the manifest; null when it cannot be read (encrypted without passphrase, damaged). */
  appVersion: string | null
  database: string | null
}

/**
 * The archives in the backup folder, newest first, with what their
 * manifests say. Only the first member of each is read.
 */
export default class ListBackups {
  async handle(
    input: { directory?: string; passphrase?: string; readManifests?: boolean } = {}
  ): Promise<BackupListing[]> {
    const directory = input.directory ?? backupDirectory()
    let names: string[]
    try {
      names = await readdir(directory)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }

    const listings: BackupListing[] = []
    for (const name of names) {
      const takenAt = backupTakenAt(name)
      if (!takenAt) continue
      const file = join(directory, name)
      const stats = await stat(file)
      if (!stats.isFile()) continue
      const encrypted = name.endsWith('.enc')
      const readable = input.readManifests !== false && (!encrypted || input.passphrase)
      const manifest = readable
        ? await readManifest(file, input.passphrase).catch(() => null)
        : null
      listings.push({
        name,
        file,
        createdAt: takenAt.toISOString(),
        size: stats.size,
        encrypted,
        appVersion: manifest?.appVersion ?? null,
        database: manifest?.database.engine ?? null,
      })
    }
    return listings.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }
}
