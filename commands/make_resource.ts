import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** `make:resource Name`: scaffolds a complete admin resource. */
export default class MakeResourceCommand extends BaseCommand {
  static commandName = 'make:resource'
  static description =
    'Create an admin resource: model, migration, validator, declaration, factory, test, translations'
  static help = [
    'The resource is served at /admin/<names> once its migration has run:',
    '  node ace make:resource Product',
    '  node ace migration:run',
  ]
  static options: CommandOptions = {}

  @args.string({ description: 'Singular name in PascalCase, e.g. Product or BlogPost' })
  declare name: string

  @flags.boolean({ description: 'Overwrite files a previous run wrote' })
  declare force?: boolean

  async run() {
    const { resourceNames } = await import('#actions/scaffold/resource_names')
    const { default: MakeResource, ScaffoldConflictError } =
      await import('#actions/scaffold/make_resource')
    const names = resourceNames(this.name)
    if (!names) {
      this.logger.error(
        `"${this.name}" cannot name a resource: use letters and digits, starting with a letter (e.g. Product).`
      )
      this.exitCode = 1
      return
    }
    try {
      const { files } = await new MakeResource(this.app.makePath()).handle(names, {
        force: this.force,
      })
      for (const file of files) {
        const verb = file === 'app/admin_resources/main.ts' ? 'update' : 'create'
        this.logger.action(`${verb} ${file}`).succeeded()
      }
      this.logger.info(
        `Run "node ace migration:run", then open /admin/${names.resource}. Translate resources/lang/fr/${names.table}.json.`
      )
    } catch (error) {
      if (!(error instanceof ScaffoldConflictError) && !(error instanceof Error)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
