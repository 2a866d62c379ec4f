import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { APP_ROOT } from '#cli/prepare_env_file'

/**
 * Hands a command the CLI does not know to `node ace`, with the terminal
 * shared, and resolves with ace's exit code. ace.js sits at the code's root
 * both in development and in `build/`.
 */
export function forwardToAce(args: string[]): Promise<number> {
  const ace = fileURLToPath(new URL('ace.js', APP_ROOT))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ace, ...args], { stdio: 'inherit' })
    child.on('error', reject)
    // A child killed by a signal has no code: report failure, as a shell would.
    child.on('exit', (code) => resolve(code ?? 1))
  })
}
