import { defineConfig } from '@adonisjs/core/bodyparser'

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: { convertEmptyStringsToNull: true, types: ['application/x-www-form-urlencoded'] },
  json: {
    convertEmptyStringsToNull: true,
    types: [
      'application/json',
      'application/json-patch+json',
      'application/vnd.api+json',
      'application/csp-report',
    ],
  },
  multipart: {
    autoProcess: true,
    convertEmptyStringsToNull: true,
    processManually: [],
    /*
    | The largest upload the settings allow is 20 MB; the request around it
    | also carries the other form fields. The per-kind limits from the
    | settings are checked by the upload action, with a sentence.
    */
    limit: '21mb',
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
