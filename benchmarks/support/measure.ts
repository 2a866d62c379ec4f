import autocannon from 'autocannon'

export type Timings = { p50: number; p99: number; samples: number }

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]
}

/** Fetches `url` `count` times in a row, after a warm-up, and returns the latencies in ms. */
export async function timeSequential(url: string, cookie: string, count = 200): Promise<Timings> {
  const fetchOnce = async () => {
    const started = performance.now()
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`)
    return performance.now() - started
  }
  for (let warmUp = 0; warmUp < 20; warmUp++) await fetchOnce()
  const times: number[] = []
  for (let index = 0; index < count; index++) times.push(await fetchOnce())
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), samples: count }
}

export type Load = { requestsPerSecond: number; p50: number; p99: number; errors: number }

/** autocannon against `url`: throughput and latency under concurrent load. */
export async function loadTest(
  url: string,
  cookie: string,
  options = { connections: 10, duration: 10 }
): Promise<Load> {
  const result = await autocannon({ url, headers: { cookie }, ...options })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}
