import type { Command } from 'commander'
import { doctorMessages } from '#cli/messages'
import { runDoctor } from '#cli/doctor/run_doctor'

/** Declares `filamenta doctor`. */
export function registerDoctorCommand(program: Command) {
  program
    .command('doctor')
    .description(doctorMessages.description)
    .option('--json', doctorMessages.json)
    .addHelpText('after', doctorMessages.helpFooter)
    .action(async (options: { json?: boolean }) => {
      process.exitCode = await runDoctor(options)
    })
}
