import env from '#start/env'
import { defineConfig, store, drivers } from '@adonisjs/cache'

/*
| Memory cache in every process. With REDIS_HOST set, Redis is the shared
| second layer and its bus tells the other processes to drop what changed,
| so several app processes act as one site.
*/
const sharedLayer = env.get('REDIS_HOST') !== undefined

const defaultStore = store().useL1Layer(drivers.memory({ maxSize: '50mb' }))
if (sharedLayer) {
  defaultStore
    .useL2Layer(drivers.redis({ connectionName: 'main' }))
    .useBus(drivers.redisBus({ connectionName: 'main' }))
}

const cacheConfig = defineConfig({
  default: 'default',
  stores: {
    default: defaultStore,
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
