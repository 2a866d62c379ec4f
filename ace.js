/*
|--------------------------------------------------------------------------
| Ace entry point
|--------------------------------------------------------------------------
|
| Plain JavaScript on purpose: it registers the TypeScript loader first so
| that `node ace …` runs the TypeScript sources directly in development.
|
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
