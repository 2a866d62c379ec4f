import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import Category from '#models/category'
import {
  contentInputFrom,
  contentMessages,
  contentValidator,
  type ContentValidatorMeta,
} from '#validators/content'
import { draftBy, inTransaction, seedCast, uploadOf, type Cast } from './helpers.js'

const NOBODY: ContentValidatorMeta = { contentId: null, userId: null, isAdmin: false }

/** The first message per field, or the validated data. */
async function check(data: Record<string, unknown>, meta = NOBODY, locale = 'en') {
  const [error, output] = await contentValidator.tryValidate(
    { title: 'Title', body: '<p>b</p>', ...data },
    { meta, messagesProvider: contentMessages(i18nManager.locale(locale)) }
  )
  if (!error) return { output, errors: {} as Record<string, string> }
  const errors: Record<string, string> = {}
  for (const { field, message } of error.messages as { field: string; message: string }[]) {
    errors[field] ??= message
  }
  return { output: null, errors }
}

/** The first message per field. */
async function errorsOf(data: Record<string, unknown>, meta = NOBODY, locale = 'en') {
  const { errors } = await check(data, meta, locale)
  return errors
}

/** The first message about one field. */
async function errorOn(field: string, data: Record<string, unknown>, meta = NOBODY) {
  const { errors } = await check(data, meta)
  return errors[field]
}

test.group('contentValidator', (group) => {
  inTransaction(group)
  let cast: Cast
  group.each.setup(async () => {
    cast = await seedCast()
  })

  test('turns the form into SaveContent input', async ({ assert }) => {
    const news = await Category.create({ name: 'News', slug: 'news' })
    const { output } = await check({
      title: '  Hello  ',
      slug: 'Été Chaud',
      categoryIds: String(news.id),
      tags: ' one, Two ,, one ,  three  words ',
      publishAt: '2030-01-31T09:30',
      seoTitle: '',
    })
    const input = contentInputFrom(output!)
    assert.equal(input.title, 'Hello')
    assert.equal(input.slug, 'ete-chaud')
    assert.deepEqual(input.categoryIds, [news.id])
    assert.deepEqual(input.tagNames, ['one', 'Two', 'three words'])
    assert.equal(input.publishAt!.toISO(), '2030-01-31T09:30:00.000Z')
    assert.isNull(input.coverUploadId)
  })

  test('a blank form keeps only the title and body', async ({ assert }) => {
    const { output } = await check({ body: null })
    const input = contentInputFrom(output!)
    assert.deepEqual(
      { ...input },
      {
        title: 'Title',
        slug: null,
        excerpt: null,
        body: '',
        categoryIds: [],
        tagNames: [],
        coverUploadId: null,
        seoTitle: null,
        seoDescription: null,
        publishAt: null,
      }
    )
  })

  test('refuses a missing or too long title', async ({ assert }) => {
    for (const title of ['', '   ', null]) {
      const errors = await errorsOf({ title })
      assert.equal(errors.title, 'The title is required')
    }
    assert.equal(
      await errorOn('title', { title: 'x'.repeat(201) }),
      'The title must not be longer than 200 characters'
    )
  })

  test('refuses a slug another item holds, but not the edited item’s own', async ({ assert }) => {
    const item = await draftBy(cast.author, { title: 'Taken slug' })
    assert.equal(
      await errorOn('slug', { slug: 'Taken Slug' }),
      'Another item already uses this address'
    )
    const own = await check({ slug: 'taken-slug' }, { ...NOBODY, contentId: item.id })
    assert.deepEqual(own.errors, {})
  })

  test('refuses reserved and empty slugs', async ({ assert }) => {
    assert.equal(
      await errorOn('slug', { slug: 'Admin' }),
      'This address is used by the site itself; choose another'
    )
    assert.equal(
      await errorOn('slug', { slug: '***' }),
      'The address must contain at least one letter or digit'
    )
  })

  test('refuses unknown and malformed categories', async ({ assert }) => {
    assert.equal(
      await errorOn('categoryIds.0', { categoryIds: ['999999'] }),
      'One of the chosen categories does not exist'
    )
    assert.equal(
      await errorOn('categoryIds.0', { categoryIds: ['abc'] }),
      'Choose the categories from the list'
    )
    assert.equal(
      await errorOn('categoryIds.0', { categoryIds: ['-3'] }),
      'Choose the categories from the list'
    )
  })

  test('refuses too many or too long tags', async ({ assert }) => {
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')
    assert.equal(await errorOn('tags', { tags: many }), 'An item may have at most 20 tags')
    assert.equal(
      await errorOn('tags', { tags: `ok, ${'x'.repeat(61)}` }),
      'Each tag must be at most 60 characters long'
    )
  })

  test('refuses a cover the editor may not use', async ({ assert }) => {
    const mine = await uploadOf(cast.author, 'image', 'private')
    const theirs = await uploadOf(cast.otherAuthor, 'image', 'private')
    const pdf = await uploadOf(cast.author, 'document', 'public')
    const author = { ...NOBODY, userId: cast.author.id }

    assert.deepEqual(await errorsOf({ coverUploadId: String(mine.id) }, author), {})
    for (const upload of [theirs, pdf]) {
      assert.equal(
        await errorOn('coverUploadId', { coverUploadId: String(upload.id) }, author),
        'The cover must be an image you are allowed to use'
      )
    }
    const admin = { ...NOBODY, userId: cast.admin.id, isAdmin: true }
    assert.deepEqual(await errorsOf({ coverUploadId: String(theirs.id) }, admin), {})
  })

  test('refuses a date that is not one', async ({ assert }) => {
    for (const publishAt of ['tomorrow', '2030-02-30T10:00', '2030-01-01T25:00']) {
      assert.equal(
        await errorOn('publishAt', { publishAt }),
        'The publication date must be a date and time, for example 2026-01-31T09:30',
        publishAt
      )
    }
  })

  test('speaks French to French readers', async ({ assert }) => {
    const { errors } = await check({ title: '', slug: 'login' }, NOBODY, 'fr')
    assert.equal(errors.title, 'Le champ « titre » est obligatoire')
    assert.equal(
      errors.slug,
      'Cette adresse est utilisée par le site lui-même ; choisissez-en une autre'
    )
  })
})
