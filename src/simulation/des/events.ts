/**
 * Event kinds; the number is also the priority among events at the same time. ABANDON events
 * live in the deadline heap (deadlineHeap.ts) and fresh arrivals beside the heap; the engine's
 * run loop merges them with the heap's events in this order (engine.ts).
 */
export const BOUNDARY = 0;
export const SERVICE_END = 1;
export const ARRIVAL = 2;
export const ABANDON = 3;
/** A wait-above-X check runs after abandons at the same instant: patience wins a tie. */
export const TRANSFER = 4;
/** Web call back (callback.ts): an offer when a wait reaches X, a task turning urgent, a retry due. */
export const CALLBACK = 5;

/** Origin of an arrival (payload b of ARRIVAL). */
export const FRESH = 0;
export const REPEAT = 1;
export const RETRIAL = 2;
/** Moved in by another channel's standby: counted in `deflectedIn`, never deflected again. */
export const MOVED_IN = 3;
