/** The discrete-event simulator: one replication of a resolved scenario, and the benchmark model. */
export { simulateFromSnapshot, simulateReplication } from './simulate';
export { agentSlots, forkedReplications, forkInterval, simulateWithForks } from './fork';
export { standardModelScenario } from './standardModel';
export { createPriorityRouting, type Routing, type RoutingContext } from './routing';
export type {
  ReplicationResult, ChannelReplication, PoolReplication, SimulationOptions, SimulationObserver, StateView, EngineSnapshot,
} from './result';
export { DEFAULT_SL_SECONDS, DEFAULT_CALLBACK_SECONDS, DEFAULT_EMAIL_SECONDS, thresholdSeconds } from './setup';
