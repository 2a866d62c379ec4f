import type { Group } from '@japa/runner/core'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import drive from '@adonisjs/drive/services/main'
import Upload from '#models/upload'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import backgroundJobs from '#support/background_jobs'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

type FakeDisk = ReturnType<typeof drive.fake>

/** The people of an upload test: one per role, and a second author. */
export type Cast = Record<'admin' | 'editor' | 'author' | 'otherAuthor' | 'member', User>

/**
 * An installed site with one account per role and a fake uploads disk,
 * rolled back after each test once the background jobs it queued are done.
 */
export function setUpUploads(group: Group) {
  isolateInstallState(group)
  const state = {} as { disk: FakeDisk; cast: Cast }
  group.each.setup(async () => {
    state.disk = drive.fake()
    await installSite()
    const [editor, author, otherAuthor, member] = await seedUsers([
      { username: 'edith', role: 'editor' },
      { username: 'arthur', role: 'author' },
      { username: 'agnes', role: 'author' },
      { username: 'mel', role: 'member' },
    ])
    const admin = await User.findByOrFail('username', 'admin')
    state.cast = { admin, editor, author, otherAuthor, member }
    return async () => {
      await backgroundJobs.idle()
      drive.restore()
    }
  })
  return state
}

type UploadRequest = {
  as?: User
  filename: string
  contentType?: string
  json?: boolean
  fields?: Record<string, string>
}

/** `POST /uploads` with one file, as a browser form or a JSON-speaking script. */
export function postUpload(client: ApiClient, bytes: Buffer, request: UploadRequest) {
  let call = client.post('/uploads').withCsrfToken().redirects(0)
  if (request.as) call = call.loginAs(request.as)
  if (request.json ?? true) call = call.accept('json')
  if (request.fields) call = call.fields(request.fields)
  // `filepath` keeps the name as given: form-data would otherwise cut it to its last segment.
  const options = { filename: request.filename, filepath: request.filename }
  return call.file('file', bytes, { ...options, contentType: request.contentType })
}

/** Every key on the fake uploads disk. */
export async function storedKeys(disk: FakeDisk): Promise<string[]> {
  const keys: string[] = []
  const listing = await disk.listAll('', { recursive: true }).catch(() => null)
  for (const object of listing?.objects ?? []) if (object.isFile) keys.push(object.key)
  return keys.sort()
}

/** A refused upload leaves no object on the disk and no row. */
export async function assertNothingStored(assert: Assert, disk: FakeDisk) {
  assert.deepEqual(await storedKeys(disk), [])
  const [row] = await Upload.query().count('* as total')
  assert.equal(Number(row.$extras.total), 0)
}

/** The audit entries of one event, oldest first. */
export function auditEntries(event: string) {
  return AuditEvent.query().where('event', event).orderBy('id')
}

/** Makes the response body a Buffer, whatever its content type (superagent parses only some). */
export function asBytes<Request extends ApiRequest>(request: Request): Request {
  request.request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = []
    response.on('data', (chunk: Buffer) => chunks.push(chunk))
    response.on('end', () => done(null, Buffer.concat(chunks)))
  })
  return request
}
