// The one public entry point of @pitchdesk/demo-data.
export type { DemoCampsite, DemoProperty } from './lib/campsite';
export { DEMO_YEAR, demoBookings, demoCampsite } from './lib/campsite';
export type { DemoBooking } from './lib/bookings';
export type { DemoGuest } from './lib/guests';
export { MAP_HEIGHT_M, MAP_WIDTH_M } from './lib/units';
export { DEMO_TYPE_CODES } from './lib/unit-types';
export type { DemoTypeCode } from './lib/unit-types';
