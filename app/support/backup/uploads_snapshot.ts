import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Disk } from '@adonisjs/drive'
import { HashingFileWriter } from '#support/backup/hashing_file'
import { assertSafeMemberPath, uploadKey, uploadMember } from '#support/backup/member_paths'
import type { MemberDigest } from '#support/backup/manifest'
import type { ProgressListener } from '#support/backup/progress'

/** Every file on a disk, page by page, through the drive API (local disk or S3 alike). */
export async function* diskFiles(disk: Disk): AsyncGenerator<string> {
  let paginationToken: string | undefined
  do {
    const page = await disk.listAll('', { recursive: true, paginationToken })
    for (const object of page.objects) {
      if (object.isFile) yield object.key
    }
    paginationToken = page.paginationToken
  } while (paginationToken)
}

/**
 * Copies every stored upload into `folder` under `uploads/<key>`, hashing
 * each one on the way; returns the digests by member path.
 */
export async function snapshotUploads(
  disk: Disk,
  folder: string,
  onProgress?: ProgressListener
): Promise<Record<string, MemberDigest>> {
  const keys: string[] = []
  for await (const key of diskFiles(disk)) keys.push(assertSafeMemberPath(uploadMember(key)))

  const digests: Record<string, MemberDigest> = {}
  for (const [index, member] of keys.entries()) {
    const target = join(folder, member)
    await mkdir(dirname(target), { recursive: true, mode: 0o700 })
    const writer = new HashingFileWriter(target)
    try {
      for await (const chunk of await disk.getStream(uploadKey(member))) {
        await writer.write(chunk as Buffer)
      }
      digests[member] = await writer.close()
    } catch (error) {
      writer.destroy()
      throw error
    }
    onProgress?.({ phase: 'uploads', done: index + 1, total: keys.length, label: member })
  }
  return digests
}
