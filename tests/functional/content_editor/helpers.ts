import Category from '#models/category'
import Content, { type ContentStatus } from '#models/content'
import ContentRevision from '#models/content_revision'
import User from '#models/user'
import SaveContent, { type ContentInput } from '#actions/contents/save_content'
import ChangeContentStatus from '#actions/contents/change_content_status'
import { installSite } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'

/** The people of the editor tests: the installed admin, and one account per other role. */
export type Cast = {
  admin: User
  editor: User
  author: User
  otherAuthor: User
  member: User
}

/** Installs the site and seeds one account per role (two authors). */
export async function castOfWriters(): Promise<Cast> {
  await installSite()
  const [editor, author, otherAuthor, member] = await seedUsers([
    { username: 'edith', role: 'editor' },
    { username: 'arthur', role: 'author' },
    { username: 'olga', role: 'author' },
    { username: 'mel', role: 'member' },
  ])
  const admin = await User.findByOrFail('username', 'admin')
  return { admin, editor, author, otherAuthor, member }
}

const actorFor = (user: User) => ({ actorId: user.id, via: 'web' as const })

/** An item written by `author`, moved to `status` by the admin when it is not a draft. */
export async function contentBy(
  author: User,
  status: ContentStatus = 'draft',
  input: Partial<ContentInput> = {}
): Promise<Content> {
  const content = await new SaveContent().handle(
    null,
    { title: `A ${status} item`, body: '<p>First words.</p>', ...input },
    actorFor(author)
  )
  const admin = await User.findByOrFail('username', 'admin')
  const path: Record<ContentStatus, ContentStatus[]> = {
    draft: [],
    review: ['review'],
    published: ['published'],
    archived: ['published', 'archived'],
  }
  for (const step of path[status]) {
    await new ChangeContentStatus().handle(content, step, actorFor(admin))
  }
  return content
}

/** Saves the item again as `user`, the way a second edit does. */
export function saveAgain(content: Content, user: User, input: Partial<ContentInput>) {
  return new SaveContent().handle(
    content,
    { title: content.title, body: content.body, ...input },
    actorFor(user)
  )
}

/** A filled-in editor form, as the browser posts it. */
export function editorForm(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Field notes',
    slug: '',
    excerpt: 'What we saw.',
    body: '<p>Some <strong>bold</strong> words.</p>',
    tags: 'nature, birds',
    seoTitle: '',
    seoDescription: '',
    publishAt: '',
    ...overrides,
  }
}

/** What a test compares before and after a refused request: the item's row and its revisions. */
export async function snapshot(content: Content) {
  const row = await Content.findOrFail(content.id)
  const revisions = await ContentRevision.query()
    .where('content_id', content.id)
    .count('* as total')
  return {
    title: row.title,
    body: row.body,
    status: row.status,
    slug: row.slug,
    revisions: Number(revisions[0].$extras.total),
  }
}

export async function categoryNamed(name: string) {
  return Category.create({ name, slug: name.toLowerCase() })
}
