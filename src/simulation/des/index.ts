/** The discrete-event simulator: one replication of a resolved scenario, and the benchmark model. */
export { simulateReplication } from './simulate';
export { standardModelScenario } from './standardModel';
export { createPriorityRouting, type Routing, type RoutingContext } from './routing';
export type {
  ReplicationResult, ChannelReplication, PoolReplication, SimulationOptions, SimulationObserver, StateView,
} from './result';
export { DEFAULT_SL_SECONDS, DEFAULT_CALLBACK_SECONDS, DEFAULT_EMAIL_SECONDS, thresholdSeconds } from './setup';
