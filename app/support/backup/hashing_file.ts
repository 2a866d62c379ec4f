import { createHash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import type { MemberDigest } from '#support/backup/manifest'

/**
 * A file written piece by piece with its sha256 and size worked out on the
 * way, waiting whenever the disk is slower than the producer so memory
 * stays flat.
 */
export class HashingFileWriter {
  private stream: WriteStream
  private hash = createHash('sha256')
  private size = 0

  constructor(path: string) {
    this.stream = createWriteStream(path, { mode: 0o600, flags: 'wx' })
  }

  async write(data: string | Buffer) {
    this.hash.update(data)
    this.size += typeof data === 'string' ? Buffer.byteLength(data) : data.length
    if (!this.stream.write(data)) await once(this.stream, 'drain')
  }

  async close(): Promise<MemberDigest> {
    this.stream.end()
    await finished(this.stream)
    return { sha256: this.hash.digest('hex'), size: this.size }
  }

  /** Gives up on the file after a failure, without waiting for the disk. */
  destroy() {
    this.stream.destroy()
  }
}
