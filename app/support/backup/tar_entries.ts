import { once } from 'node:events'
import type { Readable } from 'node:stream'
import { Parser, type ReadEntry } from 'tar'
import { assertPlainFile, assertSafeMemberPath } from '#support/backup/member_paths'

/**
 * The entries of a tar stream, one at a time and in order, each checked
 * (plain file, safe relative path) before the caller sees any of its bytes.
 * node-tar's parser pauses while an entry is unread, so memory stays flat.
 */
export async function* tarEntries(source: Readable): AsyncGenerator<ReadEntry> {
  const parser = new Parser({ strict: true })
  const queue: ReadEntry[] = []
  let ended = false
  let failure: unknown
  let wake: (() => void) | undefined
  let current: ReadEntry | undefined
  const signal = () => wake?.()
  // The caller may be waiting inside an entry's content: fail that wait too.
  const fail = (error: unknown) => {
    failure ??= error
    if (current && !current.emittedEnd) current.emit('error', failure)
    signal()
  }
  parser.on('entry', (entry: ReadEntry) => {
    current = entry
    queue.push(entry)
    signal()
  })
  parser.on('error', fail)
  parser.on('end', () => ((ended = true), signal()))

  const stop = new AbortController()
  const pump = (async () => {
    for await (const chunk of source) {
      if (!parser.write(chunk)) await once(parser, 'drain', { signal: stop.signal })
    }
    parser.end()
  })().catch((error) => {
    if (!stop.signal.aborted) fail(error)
  })

  try {
    while (true) {
      if (failure) throw failure
      const entry = queue.shift()
      if (entry) {
        if (entry.type !== 'Directory') assertPlainFile(entry.path, entry.type)
        assertSafeMemberPath(entry.path.replace(/\/$/, ''))
        if (entry.type === 'Directory') {
          entry.resume()
          continue
        }
        yield entry
        entry.resume()
        continue
      }
      if (ended) break
      await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
    }
    await pump
    if (failure) throw failure
  } finally {
    stop.abort()
    source.destroy()
  }
}
