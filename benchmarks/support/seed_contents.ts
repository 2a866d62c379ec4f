import { DatabaseSync } from 'node:sqlite'
import { DateTime } from 'luxon'
import { randomSource } from './random_source.ts'

/** Lucid writes contents' times as local wall-clock text on SQLite. */
const local = (time: DateTime) => time.toLocal().toFormat('yyyy-MM-dd HH:mm:ss')

/** Words any article uses. */
const COMMON = `the of and to in a is that for it as was with be by on not he this are or his from
at which but have an they you were her she there been one all we their has would when if so no what
up out about who them more time people could into year your some two than first most other only new
very also after way many must before through back years where much should well those said made
found small large old long little great good right still own under last never every between`
  .split(/\s+/)
  .filter(Boolean)

/** What articles are about: each picks three, so a topic turns up in a few percent of them. */
const TOPICS =
  `city garden harbour river mountain village market winter summer library museum bridge
station railway coast island forest meadow orchard bakery kitchen recipe bread cheese apple pear
quince honey coffee tea music concert orchestra violin piano choir festival theatre cinema painting
gallery sculpture history archive letter journey travel ferry bicycle tram weather storm frost
harvest planting compost seeds pruning lantern lighthouse keeper fisherman boat sail net tide shore
cliff dune school teacher student lesson notebook science physics chemistry biology astronomy
telescope planet comet engine machine workshop carpenter timber stone brick roof window door
stairway neighbour council election budget policy report survey census population district street
square fountain statue clock tower bell church chapel abbey castle wall gate moat tunnel canal lock
barge café résumé naïve façade crème brûlée`
    .split(/\s+/)
    .filter(Boolean)

export type SeededContents = {
  authors: number
  categories: number
  tags: number
  contents: number
  live: number
  byStatus: Record<string, number>
  sampleLiveSlug: string
}

function capitalised(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Adds what a busy site's editorial team leaves behind: editors and
 * authors, categories and tags, and `count` contents of 1 to 3 KB of text
 * each, created over two years, mostly published (a few scheduled), the
 * rest drafts, items in review and archived ones, each with its first
 * revision. Written straight to the SQLite file in one transaction; the
 * search index follows through its triggers.
 */
export function seedContents(databasePath: string, count: number, seed = 7): SeededContents {
  const random = randomSource(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  // Common words come up far more often than rare ones, as in real text.
  const common = () => COMMON[Math.floor(COMMON.length * random() ** 2)]
  let topics: string[] = []
  const word = () => (random() < 0.12 ? pick(topics) : common())
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: min + Math.floor(random() * (max - min)) }, word)
    return `${capitalised(words.join(' '))}.`
  }
  const now = DateTime.now()
  const ago = (days: number) =>
    now.minus({ milliseconds: Math.floor(random() * days * 86_400_000) })

  const db = new DatabaseSync(databasePath)
  const { password } = db.prepare('select password from users order by id limit 1').get() as {
    password: string
  }
  const insertUser = db.prepare(
    `insert into users (email, username, password, role, created_at, updated_at, email_verified_at)
     values (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertCategory = db.prepare(
    'insert into categories (name, slug, description, created_at, updated_at) values (?, ?, ?, ?, ?)'
  )
  const insertTag = db.prepare(
    'insert into tags (name, slug, created_at, updated_at) values (?, ?, ?, ?)'
  )
  const insertContent = db.prepare(
    `insert into contents (title, slug, excerpt, body, body_text, status, publish_at, author_id,
       seo_title, seo_description, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?)`
  )
  const insertRevision = db.prepare(
    `insert into content_revisions (content_id, author_id, title, excerpt, body, status, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`
  )
  const linkCategory = db.prepare(
    'insert or ignore into content_categories (content_id, category_id) values (?, ?)'
  )
  const linkTag = db.prepare(
    'insert or ignore into content_tags (content_id, tag_id) values (?, ?)'
  )

  const seeded: SeededContents = {
    authors: 0,
    categories: 0,
    tags: 0,
    contents: 0,
    live: 0,
    byStatus: {},
    sampleLiveSlug: '',
  }
  db.exec('begin')
  const authorIds: number[] = []
  for (let index = 1; index <= 30; index++) {
    const role = index <= 5 ? 'editor' : 'author'
    const at = local(ago(900))
    const { lastInsertRowid } = insertUser.run(
      `writer${index}@example.org`,
      `writer${index}`,
      password,
      role,
      at,
      at,
      at
    )
    authorIds.push(Number(lastInsertRowid))
    seeded.authors++
  }

  const categoryIds: number[] = []
  topics = COMMON
  for (const name of ['news', 'travel', 'food', 'science', 'culture', 'gardening', 'history']) {
    const at = local(ago(900))
    const id = insertCategory.run(capitalised(name), name, sentence(8, 16), at, at).lastInsertRowid
    categoryIds.push(Number(id))
    seeded.categories++
  }
  const tagIds: number[] = []
  for (const name of TOPICS.filter((entry) => entry.length > 5).slice(0, 80)) {
    const at = local(ago(900))
    tagIds.push(Number(insertTag.run(name, `tag-${name}`, at, at).lastInsertRowid))
    seeded.tags++
  }

  for (let index = 1; index <= count; index++) {
    const share = random()
    const status =
      share < 0.8 ? 'published' : share < 0.9 ? 'draft' : share < 0.95 ? 'review' : 'archived'
    const createdAt = ago(730)
    // One published item in thirty is scheduled for the coming weeks.
    const scheduled = status === 'published' && random() < 1 / 30
    const publishAt = scheduled
      ? now.plus({ days: 1 + random() * 30 })
      : status === 'published' && random() < 0.5
        ? createdAt.plus({ hours: random() * 48 })
        : null
    topics = [pick(TOPICS), pick(TOPICS), pick(TOPICS)]
    const title = sentence(3, 9).slice(0, -1)
    const paragraphs: string[] = []
    let length = 0
    const target = 1_000 + random() * 2_000
    while (length < target) {
      const paragraph = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        sentence(6, 18)
      ).join(' ')
      paragraphs.push(paragraph)
      length += paragraph.length
    }
    const bodyText = paragraphs.join('\n\n')
    const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')
    const excerpt = random() < 0.8 ? sentence(10, 24) : null
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`
    const authorId = pick(authorIds)
    const updatedAt = createdAt.plus({ hours: random() * 72 })
    const contentId = Number(
      insertContent.run(
        title,
        slug,
        excerpt,
        body,
        bodyText,
        status,
        publishAt ? local(publishAt) : null,
        authorId,
        local(createdAt),
        local(updatedAt)
      ).lastInsertRowid
    )
    insertRevision.run(contentId, authorId, title, excerpt, body, 'draft', local(createdAt))
    for (let link = 1 + Math.floor(random() * 2); link > 0; link--) {
      linkCategory.run(contentId, pick(categoryIds))
    }
    for (let link = Math.floor(random() * 5); link > 0; link--) linkTag.run(contentId, pick(tagIds))

    seeded.contents++
    seeded.byStatus[status] = (seeded.byStatus[status] ?? 0) + 1
    if (status === 'published' && !scheduled) {
      seeded.live++
      seeded.sampleLiveSlug ||= slug
    }
  }
  db.exec('commit')
  db.close()
  return seeded
}

/** How many contents the full-text index finds for one word. */
export function countMatches(databasePath: string, word: string): number {
  const db = new DatabaseSync(databasePath)
  const { total } = db
    .prepare('select count(*) as total from contents_fts where contents_fts match ?')
    .get(`"${word.replaceAll('"', '')}"*`) as { total: number }
  db.close()
  return total
}
