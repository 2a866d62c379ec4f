#!/usr/bin/env node
/*
|--------------------------------------------------------------------------
| The standalone `filamenta` CLI
|--------------------------------------------------------------------------
|
| Plain JavaScript so it runs both from the sources and from `build/`. The
| TypeScript loader is a dev dependency, absent from a production install:
| register it only when the TypeScript sources sit beside this file.
|
*/
import { existsSync } from 'node:fs'

if (existsSync(new URL('../cli/main.ts', import.meta.url))) {
  await import('@poppinss/ts-exec')
}

const { main } = await import('#cli/main')
await main(process.argv.slice(2))
