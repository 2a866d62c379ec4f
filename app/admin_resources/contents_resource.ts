import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type Content from '#models/content'
import { CONTENT_STATUSES, type ContentStatus } from '#models/content'
import User from '#models/user'
import Category from '#models/category'
import Tag from '#models/tag'
import { defineResource, field, filter, rowAction, bulkAction } from '#panel/index'
import { searchContents } from '#support/content_search'
import ChangeContentStatus from '#actions/contents/change_content_status'
import DeleteContent from '#actions/contents/delete_content'

/** Who sees every item: the others (authors) see their own only. */
const SEES_ALL = new Set(['admin', 'editor'])

/** A workflow move as a row action, shown only on rows in a status it starts from. */
function move(name: string, ability: string, from: ContentStatus[], to: ContentStatus) {
  return rowAction<Content>({
    name,
    label: `content_admin.list.actions.${name}`,
    success: `content_admin.list.actions.${name}_done`,
    ability,
    visible: (content) => from.includes(content.status),
    handle: async (content, _input, { actor }) => {
      await new ChangeContentStatus().handle(content, to, actor)
    },
  })
}

/** A bulk workflow move; rows already there are left alone, impossible moves are refused. */
function bulkMove(name: string, to: ContentStatus) {
  return bulkAction<Content>({
    name,
    label: `content_admin.bulk.${name}`,
    success: `content_admin.bulk.${name}_done`,
    ability: name,
    handle: async (content, { actor }) => {
      if (content.status !== to) await new ChangeContentStatus().handle(content, to, actor)
    },
  })
}

/** The content list (SPEC 5.3): the editor has pages of its own, this is the table. */
export default defineResource<Content>({
  name: 'contents',
  label: 'content_admin.resource',
  model: () => import('#models/content'),
  policy: () => import('#policies/content_policy'),
  title: (content) => content.title,
  defaultSort: { field: 'updatedAt', direction: 'desc' },
  pages: { create: false, edit: false },
  listActions: true,
  links: {
    create: '/admin/contents/new',
    edit: (content) => `/admin/contents/${content.id}/edit`,
  },

  fields: {
    title: field.text({ label: 'content_admin.fields.title', sortable: true, maxLength: 200 }),
    status: field.enum({
      label: 'content_admin.fields.status',
      choices: [...CONTENT_STATUSES, 'scheduled'],
      choiceLabels: 'contents.statuses.',
      sortable: true,
      badge: true,
      compute: (content) => (content.isScheduled ? 'scheduled' : content.status),
    }),
    author: field.text({
      label: 'content_admin.fields.author',
      column: 'author_id',
      compute: (content) => content.author?.username ?? null,
    }),
    categories: field.text({
      label: 'content_admin.fields.categories',
      column: 'id',
      compute: (content) =>
        (content.categories ?? []).map((category: Category) => category.name).join(', '),
    }),
    publishAt: field.datetime({ label: 'content_admin.fields.publish_at', sortable: true }),
    updatedAt: field.datetime({ label: 'content_admin.fields.updated_at', sortable: true }),
  },

  search: (query, term) => searchContents(query, term),
  scope: (query, { auth }) => {
    if (!SEES_ALL.has(auth.user!.role)) query.where('contents.author_id', auth.user!.id)
  },
  listColumns: [
    'id',
    'title',
    'slug',
    'status',
    'publish_at',
    'author_id',
    'created_at',
    'updated_at',
  ],
  preload: (query) => {
    ;(query as unknown as ModelQueryBuilderContract<typeof Content>)
      .preload('author')
      .preload('categories')
  },

  filters: {
    status: filter.select({
      label: 'content_admin.fields.status',
      choices: CONTENT_STATUSES,
      choiceLabels: 'contents.statuses.',
      column: 'contents.status',
    }),
    author: filter.select({
      label: 'content_admin.fields.author',
      // Those who wrote something this user may see: an author sees only their own name.
      choices: async ({ auth }) => {
        const authors = await User.query()
          .whereIn('id', db.from('contents').whereNotNull('author_id').select('author_id'))
          .if(!SEES_ALL.has(auth.user!.role), (query) => query.where('id', auth.user!.id))
          .orderBy('username')
        return authors.map((user) => ({ value: String(user.id), label: user.username }))
      },
      column: 'contents.author_id',
    }),
    category: filter.select({
      label: 'content_admin.filters.category',
      choices: async () => {
        const categories = await Category.query().orderBy('name')
        return categories.map((item) => ({ value: String(item.id), label: item.name }))
      },
      apply: (query, id) =>
        query.whereIn(
          'contents.id',
          db.from('content_categories').where('category_id', Number(id)).select('content_id')
        ),
    }),
    tag: filter.select({
      label: 'content_admin.filters.tag',
      choices: async () => {
        const tags = await Tag.query().orderBy('name')
        return tags.map((item) => ({ value: String(item.id), label: item.name }))
      },
      apply: (query, id) =>
        query.whereIn(
          'contents.id',
          db.from('content_tags').where('tag_id', Number(id)).select('content_id')
        ),
    }),
    published: filter.dateRange({
      label: 'content_admin.filters.published',
      column: 'contents.publish_at',
    }),
    updated: filter.dateRange({
      label: 'content_admin.filters.updated',
      column: 'contents.updated_at',
    }),
  },

  persistence: {
    delete: (content, { actor }) => new DeleteContent().handle(content as Content, actor),
  },

  rowActions: [
    move('submit', 'submit', ['draft'], 'review'),
    move('withdraw', 'withdraw', ['review'], 'draft'),
    move('publish', 'publish', ['draft', 'review', 'archived'], 'published'),
    move('unpublish', 'unpublish', ['published'], 'draft'),
    move('archive', 'archive', ['published'], 'archived'),
    move('restore-to-draft', 'unpublish', ['archived'], 'draft'),
  ],

  bulkActions: [
    bulkMove('publish', 'published'),
    bulkMove('archive', 'archived'),
    bulkAction<Content>({
      name: 'delete',
      label: 'content_admin.bulk.delete',
      success: 'content_admin.bulk.delete_done',
      ability: 'delete',
      destructive: true,
      handle: (content, { actor }) => new DeleteContent().handle(content, actor),
    }),
  ],
})
