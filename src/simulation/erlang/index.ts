/** The analytic engine (docs/model.md, "Analytic engine"): Erlang B/C/A, staffing, chat helpers. */
export { erlangB, erlangBInverse } from './erlangB';
export { erlangC, erlangCMetrics, type ErlangCMetrics } from './erlangC';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlangA';
export { erlangInterval, trafficErlangs, type ErlangInput, type ErlangResult } from './interval';
export { staffingSolve, staffingSolveFrom, meetsStaffTargets, scheduledFor, type StaffInput, type StaffResult } from './staffing';
export { chatServers, chatHandleSeconds } from './chat';
