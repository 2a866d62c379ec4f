import type { Command } from 'commander'
import { installMessages } from '#cli/messages'
import { INSTALL_FLAGS } from '#cli/install/install_flags'
import { type InstallOptions, runInstall } from '#cli/install/run_install'

/** Declares `filamenta install`; its flags come from the install flag table. */
export function registerInstallCommand(program: Command) {
  const flags = installMessages.flags
  const command = program
    .command('install')
    .description(installMessages.description)
    .option('--non-interactive', flags.nonInteractive)
    .option('--config <file>', flags.config)

  for (const { key, flag, placeholder } of INSTALL_FLAGS) {
    command.option(`${flag} ${placeholder}`.trim(), installMessages.values[key])
  }

  command
    .option('--admin-password-stdin', flags.adminPasswordStdin)
    .option('--force', flags.force)
    .option('--json', flags.json)
    .addHelpText('after', installMessages.helpFooter)
    .action(async (options: InstallOptions) => {
      process.exitCode = await runInstall(options)
    })
}
