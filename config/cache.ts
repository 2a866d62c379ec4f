import env from '#start/env'
import { configProvider } from '@adonisjs/core'
import { defineConfig, store, drivers } from '@adonisjs/cache'

/*
| Memory cache in every process. With REDIS_HOST set, Redis is the shared
| second layer and its bus tells the other processes to drop what changed,
| so several app processes act as one site.
*/
const sharedLayer = env.get('REDIS_HOST') !== undefined

/*
| The bus subscribes at boot without catching a failure, so with Redis down
| the rejected subscription would end the process. Catching it keeps the
| site (and every ace command) running on its memory cache, with a warning;
| other processes then miss this one's invalidations until it restarts.
*/
const redisBus = configProvider.create(async (app) => {
  const redis = await app.container.make('redis')
  const logger = await app.container.make('logger')
  const { redisBusDriver } = await import('bentocache/drivers/redis')
  const driver = redisBusDriver({ connection: redis.connection('main').ioConnection.options })
  return {
    ...driver,
    factory: (...args: Parameters<typeof driver.factory>) => {
      const transport = driver.factory(...args)
      const subscribe = transport.subscribe.bind(transport)
      transport.subscribe = async (channel, handler) => {
        try {
          await subscribe(channel, handler)
        } catch (error) {
          logger.warn({ err: error }, 'cache bus cannot reach Redis: changes are not shared')
        }
      }
      return transport
    },
  }
})

const defaultStore = store().useL1Layer(drivers.memory({ maxSize: '50mb' }))
if (sharedLayer) {
  defaultStore.useL2Layer(drivers.redis({ connectionName: 'main' })).useBus(redisBus)
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
