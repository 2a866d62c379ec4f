import type { ResourceNames } from '#actions/scaffold/resource_names'

/*
| The files `make:resource` writes, as template literals: a handful of
| short files whose shape we own, so a templating package would add
| nothing. Each is already formatted the way Prettier and ESLint want.
*/

export function modelTemplate(n: ResourceNames) {
  return `import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/**
 * A ${n.singularLabel}. Columns are declared here rather than inherited from
 * database/schema.ts so the model works before its migration has run.
 */
export default class ${n.model} extends BaseModel {
  static table = '${n.table}'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare name: string

  @column()
  declare description: string | null

  @column()
  declare published: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
`
}

export function migrationTemplate(n: ResourceNames) {
  return `import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = '${n.table}'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id').notNullable()
      table.string('name', 120).notNullable().unique()
      table.text('description').nullable()
      table.boolean('published').notNullable().defaultTo(false).index()
      table.timestamp('created_at').notNullable().index()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
`
}

export function resourceTemplate(n: ResourceNames) {
  return `import { defineResource, field, filter, bulkAction, deleteRow } from '#panel/index'
import type { ResourceDefinition } from '#panel/index'
import type ${n.model} from '#models/${n.file}'

/** ${capitalise(n.pluralLabel)} in the admin panel. */
const ${n.variable}Resource: ResourceDefinition = defineResource<${n.model}>({
  name: '${n.resource}',
  label: '${n.table}.resource',
  model: () => import('#models/${n.file}'),
  title: (${n.variable}) => ${n.variable}.name,
  defaultSort: { field: 'createdAt', direction: 'desc' },

  fields: {
    name: field.text({
      label: '${n.table}.fields.name',
      required: true,
      maxLength: 120,
      unique: true,
      sortable: true,
      searchable: true,
    }),
    description: field.textarea({
      label: '${n.table}.fields.description',
      maxLength: 5000,
      searchable: true,
    }),
    published: field.boolean({ label: '${n.table}.fields.published', sortable: true }),
    createdAt: field.datetime({ label: '${n.table}.fields.created_at', sortable: true }),
  },

  filters: {
    published: filter.boolean({
      label: '${n.table}.fields.published',
      apply: (query, published) => query.where('published', published),
    }),
  },

  bulkActions: [
    bulkAction<${n.model}>({
      name: 'delete',
      label: 'panel.delete.button',
      success: '${n.table}.bulk.delete_done',
      ability: 'delete',
      destructive: true,
      handle: (${n.variable}, context): Promise<void> =>
        deleteRow(${n.variable}Resource, ${n.variable}, context),
    }),
  ],
})

export default ${n.variable}Resource
`
}

export function validatorTemplate(n: ResourceNames) {
  return `import { validatorFor } from '#panel/index'
import type { FieldDefinition } from '#panel/index'
import ${n.variable}Resource from '#admin_resources/${n.file}_resource'

/*
| The rules of a ${n.singularLabel}, derived from its resource declaration so
| the admin forms, the API and scripts judge input the same way.
*/
const formFields = (mode: 'create' | 'edit'): FieldDefinition[] =>
  Object.values(${n.variable}Resource.fields).filter((field) => field.show[mode])

export const create${n.model}Validator = validatorFor(formFields('create'), '${n.table}')
export const update${n.model}Validator = validatorFor(formFields('edit'), '${n.table}')
`
}

export function factoryTemplate(n: ResourceNames) {
  return `import factory from '@adonisjs/lucid/factories'
import ${n.model} from '#models/${n.file}'

export const ${n.model}Factory = factory
  .define(${n.model}, ({ faker }) => ({
    name: \`\${faker.commerce.productName()} \${faker.string.alphanumeric(6)}\`,
    description: faker.lorem.sentence(),
    published: faker.datatype.boolean(),
  }))
  .build()
`
}

export function testTemplate(n: ResourceNames) {
  return `import { test } from '@japa/runner'
import User from '#models/user'
import ${n.model} from '#models/${n.file}'
import { ${n.model}Factory } from '#database/factories/${n.file}_factory'
import { installSite, isolateInstallState } from '#tests/helpers/install'
import { seedUsers } from '#tests/helpers/users'
import { assertFieldError } from '#tests/helpers/form_errors'

test.group('Admin ${n.pluralLabel}', (group) => {
  isolateInstallState(group)
  let admin: User

  group.each.setup(async () => {
    await installSite()
    admin = await User.findByOrFail('username', 'admin')
  })

  test('lists, searches and pages ${n.pluralLabel}', async ({ client, assert }) => {
    await ${n.model}Factory.merge({ name: 'Findable thing' }).create()
    await ${n.model}Factory.createMany(30)

    const page = await client.get('/admin/${n.resource}').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('1–25 of 31')

    const found = await client.get('/admin/${n.resource}?search=findable').loginAs(admin)
    found.assertTextIncludes('Findable thing')
    assert.notInclude(found.text(), '1–25 of 31')
  })

  test('creates, edits and deletes a ${n.singularLabel}', async ({ client, assert }) => {
    const created = await client
      .post('/admin/${n.resource}')
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'First one', description: 'Made by the test', published: 'true' })
      .redirects(0)
    const ${n.variable} = await ${n.model}.findByOrFail('name', 'First one')
    created.assertHeader('location', \`/admin/${n.resource}/\${${n.variable}.id}\`)
    assert.isTrue(Boolean(${n.variable}.published))

    await client
      .post(\`/admin/${n.resource}/\${${n.variable}.id}/edit\`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Renamed' })
    await ${n.variable}.refresh()
    assert.equal(${n.variable}.name, 'Renamed')
    assert.isFalse(Boolean(${n.variable}.published))

    await client.post(\`/admin/${n.resource}/\${${n.variable}.id}/delete\`).loginAs(admin).withCsrfToken()
    assert.isNull(await ${n.model}.find(${n.variable}.id))
  })

  test('refuses bad input and saves nothing', async ({ client, assert }) => {
    const existing = await ${n.model}Factory.create()
    for (const [form, field] of [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: existing.name.toUpperCase() }, 'name'],
      [{ name: 'Fine', description: 'x'.repeat(5001) }, 'description'],
    ] as const) {
      const response = await client
        .post('/admin/${n.resource}')
        .loginAs(admin)
        .withCsrfToken()
        .form(form)
        .redirects(0)
      assertFieldError(response, field)
    }
    assert.lengthOf(await ${n.model}.all(), 1)
  })

  test('only administrators may see or change ${n.pluralLabel}', async ({ client, assert }) => {
    const ${n.variable} = await ${n.model}Factory.create()
    for (const role of ['member', 'author', 'editor'] as const) {
      const [user] = await seedUsers([{ username: \`a-\${role}\`, role }])
      const list = await client.get('/admin/${n.resource}').loginAs(user)
      list.assertStatus(403)
      const remove = await client
        .post(\`/admin/${n.resource}/\${${n.variable}.id}/delete\`)
        .loginAs(user)
        .withCsrfToken()
      remove.assertStatus(403)
    }
    assert.isNotNull(await ${n.model}.find(${n.variable}.id))
  })
})
`
}

export function translationsTemplate(n: ResourceNames, locale: 'en' | 'fr') {
  const labels =
    locale === 'en'
      ? {
          resource: { singular: n.singularLabel, plural: capitalise(n.pluralLabel) },
          fields: {
            name: 'Name',
            description: 'Description',
            published: 'Published',
            created_at: 'Created',
          },
          bulk: {
            delete_done: `{count, plural, =0 {Nothing deleted.} one {# ${n.singularLabel} deleted.} other {# ${n.pluralLabel} deleted.}}`,
          },
        }
      : {
          resource: { singular: n.singularLabel, plural: capitalise(n.pluralLabel) },
          fields: {
            name: 'Nom',
            description: 'Description',
            published: 'Publié',
            created_at: 'Créé le',
          },
          bulk: {
            delete_done: `{count, plural, =0 {Rien de supprimé.} one {# élément supprimé.} other {# éléments supprimés.}}`,
          },
        }
  return JSON.stringify(labels, null, 2) + '\n'
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
