/**
 * Chat: an agent runs `concurrency` sessions at once, so N agents are N × concurrency servers of
 * one M/M/s queue (each session a server). Running several sessions slows each one down: the
 * handle time of a session is stretched by `concurrentAhtMultiplier` when concurrency > 1
 * (the scenario's choice; 1 keeps the plain slot model).
 */

/** Servers (session slots) of `agents` agents. */
export function chatServers(agents: number, concurrency: number): number {
  return agents * Math.max(1, concurrency);
}

/** Handle time of one session when agents run `concurrency` sessions at once, seconds. */
export function chatHandleSeconds(ahtSeconds: number, concurrency: number, concurrentAhtMultiplier: number): number {
  return concurrency > 1 ? ahtSeconds * concurrentAhtMultiplier : ahtSeconds;
}
