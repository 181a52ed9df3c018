export * from './errors/api-error';
export * from './health/health-report';
export * from './properties/property-summary';
