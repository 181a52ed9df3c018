// The zod-free entry (`@pitchdesk/contracts/front-desk`): the registration's code lists and
// completeness rules, for pages that must not carry the schemas.
export * from './staff/front-desk-code-lists';
export * from './staff/front-desk-gaps';
