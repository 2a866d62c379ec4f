/*
|--------------------------------------------------------------------------
| Test runner
|--------------------------------------------------------------------------
|
| Boots the application in the test environment and runs Japa.
|
*/
process.env.NODE_ENV = 'test'

import 'reflect-metadata'
import { Ignitor, prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    const { chromiumAvailable, CHROMIUM_PATH } = await import('../tests/browser/chromium.js')
    let suites = app.rcFile.tests.suites
    if (!chromiumAvailable()) {
      // CI sets FILAMENTA_REQUIRE_BROWSER so a missing browser fails the run.
      if (process.env.FILAMENTA_REQUIRE_BROWSER) {
        throw new Error(
          `Chromium is required for the browser suite but ${CHROMIUM_PATH} is missing`
        )
      }
      console.log(
        `Browser suite skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`
      )
      suites = suites.filter((suite) => suite.name !== 'browser')
    }

    processCLIArgs(process.argv.splice(2))
    configure({
      ...app.rcFile.tests,
      suites,
      ...config,
      ...{
        setup: runnerHooks.setup,
        teardown: runnerHooks.teardown.concat([() => app.terminate()]),
      },
    })
  })
  .run(() => run())
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
