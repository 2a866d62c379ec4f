/** How far a backup command has got, for a progress line on a terminal. */
export type BackupProgress = {
  phase: 'tables' | 'uploads' | 'archive' | 'check' | 'restore'
  done: number
  total: number
  label?: string
}

export type ProgressListener = (progress: BackupProgress) => void

const PHASES: Record<BackupProgress['phase'], string> = {
  tables: 'Reading tables',
  uploads: 'Copying uploads',
  archive: 'Writing archive',
  check: 'Checking archive',
  restore: 'Restoring',
}

const WIDTH = 24

/**
 * A one-line progress bar on a terminal, redrawn at most ten times a second;
 * nothing at all when the stream is not a terminal (cron, pipes, --json).
 */
export function terminalProgress(
  stream: NodeJS.WriteStream = process.stderr
): (ProgressListener & { end(): void }) | undefined {
  if (!stream.isTTY) return undefined
  let drawnAt = 0
  let drawn = false
  const listener = (progress: BackupProgress) => {
    const now = Date.now()
    const complete = progress.total > 0 && progress.done >= progress.total
    if (!complete && now - drawnAt < 100) return
    drawnAt = now
    const ratio = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0
    const filled = Math.round(ratio * WIDTH)
    const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`
    const label = progress.label ? ` ${progress.label}` : ''
    const line = `${PHASES[progress.phase]} [${bar}] ${Math.round(ratio * 100)}%${label}`
    stream.write(`\r\u001b[K${line.slice(0, (stream.columns || 80) - 1)}`)
    drawn = true
  }
  return Object.assign(listener, {
    end() {
      if (drawn) stream.write('\r\u001b[K')
    },
  })
}
