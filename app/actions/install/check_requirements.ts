import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import db from '@adonisjs/lucid/services/db'
import { writableFolders } from '#support/instance'
import { describeConnectionError } from '#actions/install/probe_database'

export const MINIMUM_NODE_MAJOR = 24

export type RequirementCheck = {
  id: 'node' | 'folder' | 'database'
  ok: boolean
  /** What was checked, e.g. a version or a path. */
  subject: string
  /** Why it failed, when it did. */
  reason?: string
}

async function checkFolder(path: string): Promise<RequirementCheck> {
  try {
    await mkdir(path, { recursive: true })
    await access(path, constants.W_OK)
    return { id: 'folder', ok: true, subject: path }
  } catch (error) {
    return { id: 'folder', ok: false, subject: path, reason: (error as Error).message }
  }
}

async function checkDatabase(): Promise<RequirementCheck> {
  const subject = db.primaryConnectionName
  try {
    await db.connection().rawQuery('SELECT 1')
    return { id: 'database', ok: true, subject }
  } catch (error) {
    return { id: 'database', ok: false, subject, reason: describeConnectionError(error) }
  }
}

/** What the site needs to run: the wizard's requirements step and `doctor` both show it. */
export async function checkRequirements(): Promise<RequirementCheck[]> {
  const major = Number(process.versions.node.split('.')[0])
  const node: RequirementCheck = {
    id: 'node',
    ok: major >= MINIMUM_NODE_MAJOR,
    subject: process.versions.node,
    reason:
      major >= MINIMUM_NODE_MAJOR
        ? undefined
        : `Node.js ${MINIMUM_NODE_MAJOR} or newer is required`,
  }
  const folders = await Promise.all(writableFolders().map(checkFolder))
  return [node, ...folders, await checkDatabase()]
}
