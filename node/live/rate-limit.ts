// Token buckets for rate limits: one per connection (messages) and one per client IP (messages and new connections), so one noisy phone cannot flood the room.
export interface BucketSpec {
  /** The burst allowed at once. */
  capacity: number
  /** Tokens added back per second. */
  perSecond: number
}

export class TokenBucket {
  private tokens: number
  private last: number

  constructor(private readonly spec: BucketSpec, private readonly now: () => number = Date.now) {
    this.tokens = spec.capacity
    this.last = now()
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.spec.capacity, this.tokens + ((now - this.last) / 1000) * this.spec.perSecond)
    this.last = now
    if (this.tokens < 1)
      return false
    this.tokens -= 1
    return true
  }

  /** True when the bucket is full again, i.e. it has forgotten its client. */
  isIdle(): boolean {
    return this.tokens + ((this.now() - this.last) / 1000) * this.spec.perSecond >= this.spec.capacity
  }
}

/** One bucket per key (an IP address), forgetting keys whose bucket has refilled. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>()

  constructor(private readonly spec: BucketSpec, private readonly now: () => number = Date.now) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key)
    if (!bucket) {
      if (this.buckets.size > 10_000)
        this.sweep()
      bucket = new TokenBucket(this.spec, this.now)
      this.buckets.set(key, bucket)
    }
    return bucket.take()
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.isIdle())
        this.buckets.delete(key)
    }
  }
}

export interface RateLimits {
  /** Messages per connection. */
  connection: BucketSpec
  /** Messages per client IP (a whole class may share one NAT address). */
  ipMessages: BucketSpec
  /** New WebSocket connections and API requests per client IP. */
  ipConnections: BucketSpec
}

export const defaultRateLimits: RateLimits = {
  connection: { capacity: 20, perSecond: 5 },
  ipMessages: { capacity: 10_000, perSecond: 5000 },
  ipConnections: { capacity: 5000, perSecond: 500 },
}
