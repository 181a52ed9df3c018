// What both UIs need to talk to the API and the hub: one copy, not one per app.
export * from './lib/api-problem';
export * from './lib/live-availability';
export * from './lib/hub-stream';
