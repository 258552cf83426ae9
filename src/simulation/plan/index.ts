/** The analytic plan: required vs available agents per channel per interval. */
export { planScenario, planStrategy, clearPlanMemo } from './planScenario';
export { channelOpen } from './allocate';
export { channelStaffInput } from './channelInput';
export { emailRequirements } from './emailPlan';
export type { ChannelPlan, PlanModel, PlanResult, PlanTotals } from './types';
