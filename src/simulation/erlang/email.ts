/**
 * Email (and messages): deferrable work. The analytic engine treats it as workload in
 * agent-hours that may be done anywhere inside the response window, so the agents it needs are
 * workload ÷ window, not a queueing figure. The DES shows what the backlog really does.
 */

/** Work brought by `contacts` emails of mean handle time `ahtSeconds`, in agent-hours. */
export function emailWorkloadHours(contacts: number, ahtSeconds: number): number {
  return (contacts * ahtSeconds) / 3600;
}

/**
 * Agents needed, working the whole window, to answer a `share` of `workloadHours` within
 * `windowHours`, with agents busy at most `maxOccupancy` of their time. Rounded up to whole agents
 * (a tiny relative tolerance keeps exact multiples from rounding up on floating-point noise).
 */
export function emailRequiredAgents(
  workloadHours: number, windowHours: number, share = 1, maxOccupancy = 1,
): number {
  if (workloadHours <= 0 || share <= 0) return 0;
  const exact = (workloadHours * share) / (windowHours * maxOccupancy);
  return Math.ceil(exact * (1 - 1e-12));
}

/**
 * Agents needed to answer a backlog of `backlog` emails within `hours` hours (our choice: every
 * one of them, agents fully busy on it for the whole span).
 */
export function emailBacklogAgents(backlog: number, ahtSeconds: number, hours: number): number {
  return emailRequiredAgents(emailWorkloadHours(backlog, ahtSeconds), hours);
}
