import { rm } from 'node:fs/promises'
import ListBackups, { type BackupListing } from '#actions/backup/list_backups'
import { archivesToKeep, type RetentionPolicy } from '#support/backup/prune_policy'

export type PruneResult = { kept: BackupListing[]; removed: BackupListing[]; dryRun: boolean }

/**
 * Deletes the archives a retention policy does not keep, or with `dryRun`
 * only says which. Callers refuse a policy that keeps nothing, so the
 * newest archive always survives.
 */
export default class PruneBackups {
  async handle(
    input: RetentionPolicy & { dryRun?: boolean; directory?: string }
  ): Promise<PruneResult> {
    const archives = await new ListBackups().handle({
      directory: input.directory,
      readManifests: false,
    })
    const dated = archives.map((archive) => ({ archive, takenAt: new Date(archive.createdAt) }))
    const keep = new Set([...archivesToKeep(dated, input)].map((entry) => entry.archive))
    const removed = archives.filter((archive) => !keep.has(archive))
    if (!input.dryRun) {
      for (const archive of removed) await rm(archive.file, { force: true })
    }
    return {
      kept: archives.filter((archive) => keep.has(archive)),
      removed,
      dryRun: Boolean(input.dryRun),
    }
  }
}
