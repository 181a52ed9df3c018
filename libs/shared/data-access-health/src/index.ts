export * from './health/health-view';
export * from './health/health-report';
