import { Command, CommanderError } from 'commander'
import { EXIT } from '#cli/exit_codes'
import { Output } from '#cli/output'
import { UsageError } from '#cli/cli_failure'
import { programMessages, usageMessages } from '#cli/messages'
import { prepareEnvFile } from '#cli/prepare_env_file'
import { forwardToAce } from '#cli/forward_to_ace'
import { registerInstallCommand } from '#cli/commands/install'
import { registerDoctorCommand } from '#cli/commands/doctor'
import { registerBackupCommand } from '#cli/commands/backup'

function buildProgram(): Command {
  const program = new Command('filamenta')
    .description(programMessages.description)
    .addHelpText('after', programMessages.helpFooter)
    .helpOption('-h, --help', programMessages.helpOption)
    .helpCommand('help [command]', programMessages.helpCommand)
    // Parse errors are reported by `usageError` below, worded and with exit code 2.
    .exitOverride()
    .configureOutput({ outputError: () => {} })
  registerInstallCommand(program)
  registerDoctorCommand(program)
  registerBackupCommand(program)
  return program
}

/** Commander's parse errors as the CLI's own usage errors, naming the flag. */
function usageError(error: CommanderError): UsageError {
  const quoted = error.message.match(/'([^']+)'/)?.[1] ?? ''
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError(usageMessages.unknownOption(quoted), 'E_UNKNOWN_OPTION')
    case 'commander.optionMissingArgument':
      return new UsageError(usageMessages.missingValue(quoted.split(' ')[0]), 'E_MISSING_VALUE')
    case 'commander.excessArguments':
      return new UsageError(usageMessages.excessArguments(error.message.split(': ').pop() ?? ''))
    case 'commander.help':
      return new UsageError(usageMessages.missingCommand)
    default:
      return new UsageError(error.message.replace(/^error: /, ''))
  }
}

/**
 * Entry point of `bin/filamenta.js`: runs `install`, `doctor` and `backup`, hands any
 * other command to `node ace`, and sets the exit code.
 */
export async function main(args: string[]) {
  // A reader that stops early (`filamenta --help | head`) is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit()
  })

  const program = buildProgram()
  const known = program.commands.flatMap((command) => [command.name(), ...command.aliases()])
  const [first] = args

  if (first && !first.startsWith('-') && first !== 'help' && !known.includes(first)) {
    prepareEnvFile(new Output(false))
    process.exitCode = await forwardToAce(args)
    return
  }

  try {
    await program.parseAsync(args, { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
      process.exitCode = EXIT.ok
      return
    }
    process.exitCode = new Output(args.includes('--json')).failure(usageError(error).toReport())
  }
}
