import { errors as vineErrors } from '@vinejs/vine'
import type { DatabaseChoice } from '#support/database_connection'
import { probeDatabase } from '#actions/install/probe_database'
import {
  adminStepValidator,
  databaseStepValidator,
  mailStepValidator,
  siteStepValidator,
} from '#validators/install'
import type { InstallValues } from '#cli/install/install_flags'
import type { InstallSecrets } from '#cli/install/read_secrets'
import { buildInstallInput } from '#cli/install/install_input'
import { type CurrentDatabase, installDefaults, wantsMail } from '#cli/install/install_defaults'
import * as prompts from '#cli/install/install_prompts'

type Answer = prompts.StepAnswer

/** The validator's sentences, or none when the data is valid. */
async function problemsOf(validate: () => Promise<unknown>): Promise<string[]> {
  try {
    await validate()
    return []
  } catch (error) {
    if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
    return (error.messages as { message: string }[]).map(({ message }) => message)
  }
}

/** Valid database settings must also answer, like the wizard's "test connection". */
async function databaseProblems(database: unknown): Promise<string[]> {
  let choice: DatabaseChoice | undefined
  const problems = await problemsOf(async () => {
    const valid = await databaseStepValidator.validate({ database })
    choice = valid.database as DatabaseChoice
  })
  if (problems.length || !choice) return problems
  const probe = await probeDatabase(choice)
  return probe.ok ? [] : [probe.reason]
}

/**
 * Runs one wizard step: values already given are checked first and only
 * asked for when missing or rejected; a rejected answer is asked again,
 * with the same validators the web wizard uses.
 */
async function step(
  given: Answer | undefined,
  ask: (previous: InstallValues) => Promise<Answer>,
  check: (answer: Answer) => Promise<string[]>
): Promise<Answer> {
  let answer = given ?? (await ask({}))
  for (let problems = await check(answer); problems.length; problems = await check(answer)) {
    process.stderr.write(problems.map((problem) => `✖ ${problem}\n`).join(''))
    answer = await ask(answer.values)
  }
  return answer
}

/**
 * Asks on the terminal for everything `filamenta install` needs that the
 * flags and the config file did not give.
 */
export async function askInstallValues(
  given: InstallValues,
  secrets: InstallSecrets,
  current: CurrentDatabase
): Promise<{ values: InstallValues; secrets: InstallSecrets }> {
  let values: InstallValues = { ...installDefaults(given, current), ...given }
  const has = (...keys: (keyof InstallValues)[]) => keys.every((key) => given[key] !== undefined)
  const merge = (answer: Answer) => {
    values = { ...values, ...answer.values }
    secrets = { ...secrets, ...answer.secrets }
  }
  const input = (answer: Answer) =>
    buildInstallInput({ ...values, ...answer.values }, { ...secrets, ...answer.secrets }, false)

  if (!has('locale')) merge(await prompts.askLocale(values))

  merge(
    await step(
      has('siteName', 'siteUrl') ? { values } : undefined,
      (previous) => prompts.askSite({ ...values, ...previous }),
      (answer) => problemsOf(() => siteStepValidator.validate(input(answer)))
    )
  )

  merge(
    await step(
      has('db') ? { values } : undefined,
      (previous) =>
        prompts.askDatabase(
          { ...values, ...previous },
          (db) => installDefaults({ db }, current),
          Boolean(secrets.dbPassword)
        ),
      (answer) => databaseProblems(input(answer).database)
    )
  )

  merge(
    await step(
      has('adminEmail', 'adminUsername') && secrets.adminPassword ? { values } : undefined,
      (previous) => prompts.askAdmin({ ...values, ...previous }),
      (answer) => {
        const { admin } = input(answer)
        return problemsOf(() =>
          adminStepValidator.validate({ ...admin, passwordConfirmation: admin.password })
        )
      }
    )
  )

  merge(
    await step(
      undefined,
      (previous) => prompts.askMail({ ...values, ...previous }, wantsMail(given)),
      async (answer) => {
        const { mail } = input(answer)
        return mail ? problemsOf(() => mailStepValidator.validate(mail)) : []
      }
    )
  )

  return { values, secrets }
}
