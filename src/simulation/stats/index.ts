/** Replication statistics: estimates with confidence intervals, and the merge of replications. */
export { estimate, percentileOfSorted, type Estimate } from './estimate';
export { studentT975, studentT995 } from './studentT';
export { Welford } from './welford';
export { compensatedSum } from './summation';
export { channelRange, occupancyRange, type RangeFigures } from './ratios';
export { aggregateReplications } from './aggregate';
export type { SimulationResult, ChannelKpis, IntervalKpis, DayKpis, PoolKpis } from './types';
