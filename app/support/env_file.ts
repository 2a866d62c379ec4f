import { randomBytes } from 'node:crypto'
import { chmod, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EnvParser } from '@adonisjs/core/env'

/**
 * Reads and updates a `.env` file in place. Written here rather than taken
 * from a package because the common dotenv tools only parse: updating keys
 * while keeping the operator's comments and ordering needs this small bit.
 */
export async function readEnvFile(path: string): Promise<Record<string, string | undefined>> {
  try {
    const parser = new EnvParser(await readFile(path, 'utf8'), pathToFileURL(dirname(path) + '/'), {
      ignoreProcessEnv: true,
    })
    return await parser.parse()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

/**
 * Writes a value so the AdonisJS env parser reads it back unchanged: `$`
 * is escaped (the parser expands `$VAR`) and the value is wrapped in a quote
 * character it does not contain.
 */
function formatValue(value: string): string {
  if (/^[\w@%+=:,./-]*$/.test(value)) return value
  if (/[\r\n]/.test(value)) throw new Error('A value in .env cannot span several lines')
  const quote = ["'", '"', '`'].find((candidate) => !value.includes(candidate))
  if (!quote) throw new Error('A value in .env cannot contain all three quote characters')
  return `${quote}${value.replace(/\$/g, '\\$')}${quote}`
}

/**
 * Sets the given keys (an `undefined` value removes the key) and writes the
 * file atomically with mode 0600, since it holds secrets.
 */
export async function updateEnvFile(path: string, changes: Record<string, string | undefined>) {
  let lines: string[] = []
  try {
    const text = await readFile(path, 'utf8')
    lines = text.split('\n')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }

  const pending = new Map(Object.entries(changes))
  const updated = lines.flatMap((line) => {
    const key = line.match(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/)?.[1]
    if (!key || !pending.has(key)) return [line]
    const value = pending.get(key)
    pending.delete(key)
    return value === undefined ? [] : [`${key}=${formatValue(value)}`]
  })

  while (updated.length && updated[updated.length - 1] === '') updated.pop()
  for (const [key, value] of pending) {
    if (value !== undefined) updated.push(`${key}=${formatValue(value)}`)
  }

  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, updated.join('\n') + '\n', { mode: 0o600 })
  await chmod(temporary, 0o600)
  await rename(temporary, path)
}

/** A fresh 256-bit key from the CSPRNG, in the form APP_KEY expects. */
export function generateAppKey(): string {
  return randomBytes(32).toString('base64url')
}

/** A key is usable when it is long enough and not the sample's. */
export function isUsableAppKey(key: string | undefined): boolean {
  return typeof key === 'string' && key.length >= 32 && !/^(change-?me|<.*>)$/i.test(key)
}
