import { statfs } from 'node:fs/promises'
import { type Diagnostic, describeError, fail, pass, warn } from '#actions/doctor/diagnostic'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

/** Below this the database, uploads and logs soon fail to write. */
const FAIL_BELOW_BYTES = 200 * MiB
/** Below either of these a backup or a burst of uploads can fill the disk. */
const WARN_BELOW_BYTES = GiB
const WARN_BELOW_SHARE = 0.1

function size(bytes: number): string {
  return bytes >= GiB ? `${(bytes / GiB).toFixed(1)} GiB` : `${Math.floor(bytes / MiB)} MiB`
}

const FIX = 'Free some disk space on the volume that holds the instance folder (old backups, logs).'

/** Judges free space against the thresholds; split from the statfs call so it can be tested. */
export function judgeDiskSpace(path: string, free: number, total: number): Diagnostic {
  const share = total > 0 ? free / total : 0
  const message = `${size(free)} free of ${size(total)} (${Math.round(share * 100)} %) in ${path}`
  if (free < FAIL_BELOW_BYTES) return fail('diskSpace', message, FIX)
  if (free < WARN_BELOW_BYTES || share < WARN_BELOW_SHARE) return warn('diskSpace', message, FIX)
  return pass('diskSpace', message)
}

/** Free space on the volume holding the instance folder (database, uploads, backups). */
export async function checkDiskSpace(path: string): Promise<Diagnostic> {
  try {
    const stats = await statfs(path)
    return judgeDiskSpace(path, stats.bavail * stats.bsize, stats.blocks * stats.bsize)
  } catch (error) {
    return fail('diskSpace', `Cannot read the free space of ${path}: ${describeError(error)}`, FIX)
  }
}
