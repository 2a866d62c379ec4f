import Category from '#models/category'
import { defineResource, field } from '#panel/index'
import SaveTerm from '#actions/taxonomy/save_term'
import DeleteTerm from '#actions/taxonomy/delete_term'

const SLUG_PATTERN = { source: '^[a-z0-9]+(-[a-z0-9]+)*$', message: 'taxonomy.fields.slug_pattern' }

/** Sections of the site's contents (SPEC 5.1); editors and admins manage them. */
export default defineResource<Category>({
  name: 'categories',
  label: 'taxonomy.categories',
  model: () => import('#models/category'),
  policy: () => import('#policies/taxonomy_policy'),
  title: (category) => category.name,
  defaultSort: { field: 'name', direction: 'asc' },

  fields: {
    name: field.text({
      label: 'taxonomy.fields.name',
      required: true,
      maxLength: 100,
      sortable: true,
      searchable: true,
    }),
    slug: field.text({
      label: 'taxonomy.fields.slug',
      hint: 'taxonomy.fields.slug_hint',
      maxLength: 120,
      pattern: SLUG_PATTERN,
      unique: true,
      sortable: true,
      searchable: true,
    }),
    description: field.textarea({
      label: 'taxonomy.fields.description',
      maxLength: 2000,
    }),
    createdAt: field.datetime({ label: 'taxonomy.fields.created_at', sortable: true }),
  },

  persistence: {
    create: (input, { actor }) => new SaveTerm().handle(Category, null, input as any, actor),
    update: async (category, input, { actor }) => {
      await new SaveTerm().handle(Category, category as Category, input as any, actor)
    },
    delete: (category, { actor }) => new DeleteTerm().handle(category as Category, actor),
  },
})
