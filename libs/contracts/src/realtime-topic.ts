// The zod-free entry (`@pitchdesk/contracts/realtime-topic`): hub topics and event types for
// pages that must not carry the schemas.
export * from './realtime/availability-topic';
export * from './realtime/staff-topic';
