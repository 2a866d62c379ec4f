import Tag from '#models/tag'
import { defineResource, field } from '#panel/index'
import SaveTerm from '#actions/taxonomy/save_term'
import DeleteTerm from '#actions/taxonomy/delete_term'

const SLUG_PATTERN = { source: '^[a-z0-9]+(-[a-z0-9]+)*$', message: 'taxonomy.fields.slug_pattern' }

/** Free keywords of contents (SPEC 5.1); writers create them while editing, editors tidy them here. */
export default defineResource<Tag>({
  name: 'tags',
  label: 'taxonomy.tags',
  model: () => import('#models/tag'),
  policy: () => import('#policies/taxonomy_policy'),
  title: (tag) => tag.name,
  defaultSort: { field: 'name', direction: 'asc' },

  fields: {
    name: field.text({
      label: 'taxonomy.fields.name',
      required: true,
      maxLength: 60,
      sortable: true,
      searchable: true,
    }),
    slug: field.text({
      label: 'taxonomy.fields.slug',
      hint: 'taxonomy.fields.slug_hint',
      maxLength: 80,
      pattern: SLUG_PATTERN,
      unique: true,
      sortable: true,
      searchable: true,
    }),
    createdAt: field.datetime({ label: 'taxonomy.fields.created_at', sortable: true }),
  },

  persistence: {
    create: (input, { actor }) => new SaveTerm().handle(Tag, null, input as any, actor),
    update: async (tag, input, { actor }) => {
      await new SaveTerm().handle(Tag, tag as Tag, input as any, actor)
    },
    delete: (tag, { actor }) => new DeleteTerm().handle(tag as Tag, actor),
  },
})
