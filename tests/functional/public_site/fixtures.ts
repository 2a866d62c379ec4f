import { DateTime } from 'luxon'
import type { Group } from '@japa/runner/core'
import type { ApiClient } from '@japa/api-client'
import type Content from '#models/content'
import { type ContentStatus } from '#models/content'
import Category from '#models/category'
import Upload, { type UploadVariant } from '#models/upload'
import User from '#models/user'
import SaveContent, { type ContentInput } from '#actions/contents/save_content'
import ChangeContentStatus from '#actions/contents/change_content_status'
import type { Actor } from '#actions/users/actor'
import { forgetPublicContent } from '#support/content_cache'
import { installSite, isolateInstallState } from '#tests/helpers/install'

/** An installed site, an empty public cache, and everything rolled back after each test. */
export function publicSiteGroup(group: Group) {
  isolateInstallState(group)
  group.each.setup(async () => {
    await installSite({ siteUrl: 'https://news.example.org/' })
    // The cache outlives each test's rolled-back rows.
    await forgetPublicContent()
    return () => forgetPublicContent()
  })
}

export async function admin(): Promise<User> {
  return User.findByOrFail('username', 'admin')
}

export function actorFor(user: User): Actor {
  return { actorId: user.id, via: 'web' }
}

// The workflow's path from a new draft to each status.
const PATHS: Record<ContentStatus, ContentStatus[]> = {
  draft: [],
  review: ['review'],
  published: ['published'],
  archived: ['published', 'archived'],
}

/**
 * An item written and moved through the workflow by the admin, through the
 * same actions the editor uses. A `publishAt` in the future schedules it.
 */
export async function writeContent(
  input: Partial<ContentInput> & { title: string },
  status: ContentStatus = 'published'
): Promise<Content> {
  const actor = actorFor(await admin())
  let content = await new SaveContent().handle(null, { body: '<p>Body text.</p>', ...input }, actor)
  for (const step of PATHS[status]) {
    content = await new ChangeContentStatus().handle(content, step, actor)
  }
  return content
}

/** `count` live items, the first the newest, a day apart. */
export async function writeLiveContents(
  count: number,
  prefix = 'Item',
  extra: Partial<ContentInput> = {}
) {
  const items: Content[] = []
  for (let index = 0; index < count; index++) {
    items.push(
      await writeContent({
        title: `${prefix} ${index + 1}`,
        publishAt: DateTime.now().minus({ days: index + 1 }),
        ...extra,
      })
    )
  }
  return items
}

export function createCategory(name: string, slug: string, description: string | null = null) {
  return Category.create({ name, slug, description })
}

/** An image upload row with its variants ready, as the uploads pipeline leaves it. */
export async function createImage(
  overrides: Partial<Pick<Upload, 'visibility' | 'altText' | 'variantsStatus'>> = {},
  sizes: [name: string, width: number][] = [
    ['full', 2000],
    ['thumb', 320],
    ['w640', 640],
    ['w1280', 1280],
  ]
) {
  const owner = await admin()
  const upload = new Upload()
  upload.merge({
    ownerId: owner.id,
    kind: 'image',
    mime: 'image/jpeg',
    extension: 'jpg',
    originalName: 'harbour.jpg',
    storageKey: `uploads/${crypto.randomUUID()}.jpg`,
    sizeBytes: 123456,
    sha256: 'a'.repeat(64),
    visibility: 'public',
    width: 2000,
    height: 1000,
    animated: false,
    altText: 'Boats in the harbour at dawn',
    variantsStatus: 'ready',
    ...overrides,
  })
  const variant = (name: string, width: number): UploadVariant => ({
    name,
    width,
    height: width / 2,
    mime: 'image/webp',
    storageKey: `${upload.storageKey}-${name}.webp`,
    sizeBytes: 1000,
  })
  upload.variantList = sizes.map(([name, width]) => variant(name, width))
  await upload.save()
  return upload
}

/** What a visitor reading `language` gets at `url`. */
export async function bodyAt(client: ApiClient, url: string, language = 'en'): Promise<string> {
  const response = await client.get(url).header('accept-language', language)
  return response.text()
}

/** The status a visitor gets at `url`. */
export async function statusAt(client: ApiClient, url: string): Promise<number> {
  const response = await client.get(url)
  return response.status()
}
