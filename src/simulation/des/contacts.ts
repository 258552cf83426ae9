/**
 * Waiting contacts in typed-array slots, reused through a free list: no object per contact.
 * A slot's generation changes on every reuse, so a TRANSFER event that names a slot can tell
 * whether it still refers to the same contact (lazy deletion in the event heap). Patience
 * deadlines need no generation: deadlineHeap.ts removes them when the contact leaves the queue.
 */
export const WAITING = 1;
export const ABANDONED = 2;
/** Moved to an outsourcer's queue (wait-above-X routing): a dead entry of the in-house queue. */
export const MOVED = 3;
/** A call-back task between a failed attempt and its retry: in no queue (callback.ts). */
export const PENDING = 4;

/** The fields that change as contacts come and go (snapshot.ts). */
export const CONTACT_STORE_STATE = ['channel', 'lane', 'arrival', 'deadline', 'interval', 'state', 'generation', 'attempts', 'free', 'freeTop', 'used'] as const;

export class ContactStore {
  channel: Int32Array;
  /** The queue (lane) the contact waits in: its channel's in-house queue, or an outsourcer's. */
  lane: Int32Array;
  arrival: Float64Array;
  /** When its patience runs out (Infinity: never), kept so a moved contact keeps its clock. */
  deadline: Float64Array;
  interval: Int32Array;
  state: Uint8Array;
  generation: Int32Array;
  /** Call-back tasks: failed attempts so far (0 or 1); their due time is in `deadline`. */
  attempts: Uint8Array;
  private free: Int32Array;
  private freeTop = 0;
  private used = 0;

  constructor(capacity = 1024) {
    this.channel = new Int32Array(capacity);
    this.lane = new Int32Array(capacity);
    this.arrival = new Float64Array(capacity);
    this.deadline = new Float64Array(capacity);
    this.interval = new Int32Array(capacity);
    this.state = new Uint8Array(capacity);
    this.generation = new Int32Array(capacity);
    this.attempts = new Uint8Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** A slot for a new waiting contact of `channel` in queue `lane`; set `deadline` if it may abandon. */
  alloc(channel: number, lane: number, arrival: number, interval: number): number {
    let s: number;
    if (this.freeTop > 0) s = this.free[--this.freeTop];
    else {
      if (this.used === this.channel.length) this.grow();
      s = this.used++;
    }
    this.channel[s] = channel;
    this.lane[s] = lane;
    this.arrival[s] = arrival;
    this.deadline[s] = Infinity;
    this.interval[s] = interval;
    this.state[s] = WAITING;
    this.attempts[s] = 0;
    this.generation[s] = (this.generation[s] + 1) | 0;
    return s;
  }

  release(s: number): void {
    this.state[s] = 0;
    this.free[this.freeTop++] = s;
  }

  private grow(): void {
    const c = this.channel.length * 2;
    const i32 = (x: Int32Array): Int32Array => { const y = new Int32Array(c); y.set(x); return y; };
    this.channel = i32(this.channel);
    this.lane = i32(this.lane);
    this.interval = i32(this.interval);
    this.generation = i32(this.generation);
    this.free = i32(this.free);
    const f64 = (x: Float64Array): Float64Array => { const y = new Float64Array(c); y.set(x); return y; };
    this.arrival = f64(this.arrival);
    this.deadline = f64(this.deadline);
    const st = new Uint8Array(c); st.set(this.state); this.state = st;
    const at = new Uint8Array(c); at.set(this.attempts); this.attempts = at;
  }
}
