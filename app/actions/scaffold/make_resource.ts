import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { ResourceNames } from '#actions/scaffold/resource_names'
import * as templates from '#actions/scaffold/resource_templates'

export class ScaffoldConflictError extends Error {
  constructor(readonly paths: string[]) {
    super(`These files exist already: ${paths.join(', ')}. Use --force to overwrite them.`)
  }
}

const REGISTRY = 'app/admin_resources/main.ts'
const REGISTRY_MARKER = '  // make:resource inserts here'

/**
 * Writes a working resource: model, migration, validator, declaration,
 * factory, functional test and translations, and lists the declaration
 * in the panel's registry. Nothing is written when a file would be
 * overwritten (unless forced), so a second run never half-succeeds.
 */
export default class MakeResource {
  constructor(private root: string) {}

  async handle(names: ResourceNames, options: { force?: boolean; now?: Date } = {}) {
    const stamp = (options.now ?? new Date()).getTime()
    const files: [string, string][] = [
      [`app/models/${names.file}.ts`, templates.modelTemplate(names)],
      [
        `database/migrations/${stamp}_create_${names.table}_table.ts`,
        templates.migrationTemplate(names),
      ],
      [`app/admin_resources/${names.file}_resource.ts`, templates.resourceTemplate(names)],
      [`app/validators/${names.file}.ts`, templates.validatorTemplate(names)],
      [`database/factories/${names.file}_factory.ts`, templates.factoryTemplate(names)],
      [
        `tests/functional/admin_${names.table}/${names.file}_resource.spec.ts`,
        templates.testTemplate(names),
      ],
      [`resources/lang/en/${names.table}.json`, templates.translationsTemplate(names, 'en')],
      [`resources/lang/fr/${names.table}.json`, templates.translationsTemplate(names, 'fr')],
    ]

    const registry = await readFile(join(this.root, REGISTRY), 'utf8')
    const registered = registry.includes(`'#admin_resources/${names.file}_resource'`)
    const conflicts = files
      .map(([path]) => path)
      .filter((path) => existsSync(join(this.root, path)))
    const existingMigration = await this.existingMigration(names)
    if (existingMigration) conflicts.push(existingMigration)
    if ((conflicts.length > 0 || registered) && !options.force) {
      throw new ScaffoldConflictError(registered ? [...conflicts, REGISTRY] : conflicts)
    }
    if (!registry.includes(REGISTRY_MARKER)) {
      throw new Error(
        `${REGISTRY} lost its "${REGISTRY_MARKER.trim()}" line: add it back to the list.`
      )
    }

    for (const [path, content] of files) {
      if (existingMigration && path.startsWith('database/migrations/')) continue
      const absolute = join(this.root, path)
      await mkdir(dirname(absolute), { recursive: true })
      await writeFile(absolute, await this.format(absolute, content))
    }
    if (!registered) await this.register(names, registry)
    return { files: files.map(([path]) => path).concat(registered ? [] : [REGISTRY]) }
  }

  /** Adds the import and the list entry to the registry. */
  protected async register(names: ResourceNames, registry: string) {
    const variable = `${names.variable}Resource`
    const importLine = `import ${variable} from '#admin_resources/${names.file}_resource'\n`
    const lines = registry.split('\n')
    const lastImport = lines.findLastIndex((line) => line.startsWith('import '))
    lines.splice(lastImport + 1, 0, importLine.trimEnd())
    const updated = lines.join('\n').replace(REGISTRY_MARKER, `  ${variable},\n${REGISTRY_MARKER}`)
    await writeFile(join(this.root, REGISTRY), updated)
  }

  /** A migration creating the same table from an earlier run. */
  protected async existingMigration(names: ResourceNames) {
    const { readdir } = await import('node:fs/promises')
    const folder = join(this.root, 'database/migrations')
    const suffix = `_create_${names.table}_table.ts`
    const files = await readdir(folder)
    const match = files.find((file) => file.endsWith(suffix))
    return match ? relative(this.root, join(folder, match)) : null
  }

  /**
   * Prettier lays the files out like the rest of the project when it is
   * installed (it is a development dependency); the templates are close
   * enough without it.
   */
  protected async format(path: string, content: string) {
    try {
      const prettier = await import('prettier')
      const options = await prettier.resolveConfig(path)
      return await prettier.format(content, { ...options, filepath: path })
    } catch {
      return content
    }
  }
}
