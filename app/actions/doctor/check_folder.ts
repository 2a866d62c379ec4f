import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  type Diagnostic,
  type DiagnosticId,
  describeError,
  fail,
  pass,
} from '#actions/doctor/diagnostic'

/** The nearest folder that exists on the way up from `path`, or the blocker when a file is in the way. */
async function nearestExisting(path: string): Promise<{ path: string; isFolder: boolean }> {
  try {
    const stats = await stat(path)
    return { path, isFolder: stats.isDirectory() }
  } catch (error) {
    const parent = dirname(path)
    // ENOTDIR: a file stands somewhere on the way; the walk up finds it.
    const code = (error as NodeJS.ErrnoException).code
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === path) throw error
    return nearestExisting(parent)
  }
}

/**
 * A folder the site writes to is a writable folder, or can be created
 * there on first use. Only reads: doctor never creates it.
 */
export async function checkFolder(
  id: DiagnosticId,
  label: string,
  path: string
): Promise<Diagnostic> {
  const fix = `Make ${path} a folder that the user running Filamenta can write to.`
  try {
    const found = await nearestExisting(path)
    const missing = found.path !== path
    if (!found.isFolder) {
      const what = missing
        ? `cannot be created: ${found.path} is a file`
        : 'is a file, not a folder'
      return fail(id, `${label} ${path} ${what}`, fix)
    }
    try {
      await access(found.path, constants.W_OK)
    } catch {
      const what = missing ? `cannot be created: ${found.path} is not writable` : 'is not writable'
      return fail(id, `${label} ${path} ${what}`, fix)
    }
    return pass(id, `${label} ${path} ${missing ? 'will be created on first use' : 'is writable'}`)
  } catch (error) {
    return fail(id, `${label} ${path} cannot be checked: ${describeError(error)}`, fix)
  }
}
