import { EXIT } from '#cli/exit_codes'
import { Output } from '#cli/output'
import { withApp } from '#cli/boot_app'
import { installMessages } from '#cli/messages'
import type { InstallValues } from '#cli/install/install_flags'
import { readConfigFile } from '#cli/install/read_config_file'
import { type InstallSecrets, readAdminPassword } from '#cli/install/read_secrets'
import { withDefaults } from '#cli/install/install_defaults'
import { buildInstallInput } from '#cli/install/install_input'
import { installFailure } from '#cli/install/install_failure'

export type InstallOptions = InstallValues & {
  nonInteractive?: boolean
  config?: string
  adminPasswordStdin?: boolean
  force?: boolean
  json?: boolean
}

/**
 * `filamenta install`: gathers the values (config file, then flags, then
 * prompts on a terminal), hands them to the install action, and reports.
 * Returns the exit code.
 */
export async function runInstall(options: InstallOptions): Promise<number> {
  const { nonInteractive, config, adminPasswordStdin, force, json, ...flags } = options
  const output = new Output(Boolean(json))
  // Prompts need a person at a terminal; stdin already carries the password otherwise.
  const interactive =
    !nonInteractive &&
    !config &&
    !json &&
    !adminPasswordStdin &&
    process.stdin.isTTY &&
    process.stdout.isTTY

  try {
    const given: InstallValues = { ...(config ? await readConfigFile(config) : {}), ...flags }
    const adminPassword = await readAdminPassword(Boolean(adminPasswordStdin))

    return await withApp(output, async () => {
      const { currentConfiguration } = await import('#cli/install/current_configuration')
      const { database: current, secrets: configured } = currentConfiguration()
      let values = withDefaults(given, current)
      let secrets: InstallSecrets = { ...configured, adminPassword }

      if (interactive) {
        const { askInstallValues } = await import('#cli/install/ask_install_values')
        const { refuseWhenInstalled } = await import('#cli/install/refuse_when_installed')
        await refuseWhenInstalled(Boolean(force))
        ;({ values, secrets } = await askInstallValues(given, secrets, current))
      }

      const { default: InstallApplication } = await import('#actions/install/install_application')
      const result = await new InstallApplication().handle(
        buildInstallInput(values, secrets, Boolean(force))
      )
      output.success(
        `${installMessages.done(result.siteUrl)}\n${installMessages.summary(result)}`,
        result
      )
      return EXIT.ok
    })
  } catch (error) {
    return output.failure(installFailure(error))
  }
}
