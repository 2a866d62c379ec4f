import { randomUUID } from 'node:crypto'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Group } from '@japa/runner/core'
import Upload, { type UploadKind, type UploadVisibility } from '#models/upload'
import type User from '#models/user'
import type { Actor } from '#actions/users/actor'
import SaveContent, { type ContentInput } from '#actions/contents/save_content'
import { seedUsers } from '#tests/helpers/users'

/** Each test's writes are rolled back. */
export function inTransaction(group: Group) {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
}

export type Cast = { admin: User; editor: User; author: User; otherAuthor: User; member: User }

/** One account per role, and a second author. */
export async function seedCast(): Promise<Cast> {
  const [admin, editor, author, otherAuthor, member] = await seedUsers([
    { username: 'ada', role: 'admin' },
    { username: 'eve', role: 'editor' },
    { username: 'ann', role: 'author' },
    { username: 'otto', role: 'author' },
    { username: 'mia', role: 'member' },
  ])
  return { admin, editor, author, otherAuthor, member }
}

export function actorOf(user: User): Actor {
  return { actorId: user.id, via: 'web' }
}

/** An item saved by `user`: a draft unless `status` is forced afterwards. */
export async function draftBy(user: User, input: Partial<ContentInput> = {}) {
  return new SaveContent().handle(
    null,
    { title: 'A title', body: '<p>Body</p>', ...input },
    actorOf(user)
  )
}

/** An upload row (no bytes on disk: the actions only read its facts). */
export function uploadOf(
  owner: User | null,
  kind: UploadKind = 'image',
  visibility: UploadVisibility = 'public'
) {
  return Upload.create({
    ownerId: owner?.id ?? null,
    kind,
    mime: kind === 'image' ? 'image/png' : 'application/pdf',
    extension: kind === 'image' ? 'png' : 'pdf',
    originalName: `file.${kind === 'image' ? 'png' : 'pdf'}`,
    storageKey: `${randomUUID()}.bin`,
    sizeBytes: 100,
    sha256: 'a'.repeat(64),
    visibility,
    animated: false,
    variantsStatus: 'none',
  })
}
