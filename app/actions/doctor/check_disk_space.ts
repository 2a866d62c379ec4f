import { statfs } from 'node:fs/promises'
import { instanceRoot } from '#support/instance'
import type { Diagnostic } from '#actions/doctor/diagnostic'

/** Below this the database, uploads and logs soon fail to write. */
const MINIMUM_FREE_BYTES = 100 * 1024 * 1024

const inMegabytes = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MiB`

/** Free space on the volume holding the instance folder (database, uploads). */
export async function checkDiskSpace(): Promise<Diagnostic> {
  const root = instanceRoot()
  try {
    const stats = await statfs(root)
    const free = stats.bavail * stats.bsize
    const subject = `${inMegabytes(free)} free in ${root}`
    if (free >= MINIMUM_FREE_BYTES) return { id: 'diskSpace', ok: true, subject }
    return {
      id: 'diskSpace',
      ok: false,
      subject,
      reason: `less than ${inMegabytes(MINIMUM_FREE_BYTES)}`,
    }
  } catch (error) {
    return { id: 'diskSpace', ok: false, subject: root, reason: (error as Error).message }
  }
}
