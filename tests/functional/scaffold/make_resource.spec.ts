import { test } from '@japa/runner'
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import MakeResourceCommand from '../../../commands/make_resource.js'
import MakeResource, { ScaffoldConflictError } from '#actions/scaffold/make_resource'
import { resourceNames } from '#actions/scaffold/resource_names'
import { runCommand } from '#tests/functional/users_cli/run_command'

/** A scratch project holding just what the scaffolder reads: the registry and migrations. */
async function scratchProject() {
  const root = await mkdtemp(join(tmpdir(), 'filamenta-scaffold-'))
  await mkdir(join(root, 'app/admin_resources'), { recursive: true })
  await mkdir(join(root, 'database/migrations'), { recursive: true })
  await cp(app.makePath('app/admin_resources/main.ts'), join(root, 'app/admin_resources/main.ts'))
  return root
}

test.group('make:resource', () => {
  test('derives every name from what the developer typed', ({ assert }) => {
    assert.deepEqual(resourceNames('BlogPost'), {
      model: 'BlogPost',
      file: 'blog_post',
      table: 'blog_posts',
      resource: 'blog-posts',
      variable: 'blogPost',
      singularLabel: 'blog post',
      pluralLabel: 'blog posts',
    })
    assert.equal(resourceNames('products')?.model, 'Product')
    for (const bad of ['', '9lives', 'two words', 'drop;table', '../x', 'x'.repeat(61)]) {
      assert.isNull(resourceNames(bad), bad)
    }
  })

  test('writes the eight files and registers the resource once', async ({ assert, cleanup }) => {
    const root = await scratchProject()
    cleanup(() => rm(root, { recursive: true, force: true }))
    // Not Product: CI runs this suite again in a copy where Product was scaffolded.
    const names = resourceNames('Gadget')!
    const { files } = await new MakeResource(root).handle(names)

    assert.lengthOf(files, 9)
    for (const file of files) assert.isTrue(existsSync(join(root, file)), file)
    const registry = await readFile(join(root, 'app/admin_resources/main.ts'), 'utf8')
    assert.include(registry, "import gadgetResource from '#admin_resources/gadget_resource'")
    assert.include(registry, '  gadgetResource,\n  // make:resource inserts here')
    const migrations = await readdir(join(root, 'database/migrations'))
    assert.lengthOf(
      migrations.filter((file) => file.endsWith('_create_gadgets_table.ts')),
      1
    )
    const fr = JSON.parse(await readFile(join(root, 'resources/lang/fr/gadgets.json'), 'utf8'))
    assert.equal(fr.fields.name, 'Nom')

    // A second run refuses and leaves everything as it was.
    await assert.rejects(() => new MakeResource(root).handle(names), ScaffoldConflictError)
    assert.equal(await readFile(join(root, 'app/admin_resources/main.ts'), 'utf8'), registry)

    // Forced, it rewrites the files without a second migration or registry entry.
    await new MakeResource(root).handle(names, { force: true })
    const again = await readdir(join(root, 'database/migrations'))
    assert.lengthOf(again, 1)
    assert.equal(await readFile(join(root, 'app/admin_resources/main.ts'), 'utf8'), registry)
  })

  test('the command refuses a name that cannot be a class, writing nothing', async ({ assert }) => {
    const before = await readFile(app.makePath('app/admin_resources/main.ts'), 'utf8')
    const run = await runCommand(MakeResourceCommand, ['9 lives'])
    assert.equal(run.exitCode, 1)
    assert.include(run.stderr, '"9 lives" cannot name a resource')
    assert.equal(await readFile(app.makePath('app/admin_resources/main.ts'), 'utf8'), before)
  })
})
