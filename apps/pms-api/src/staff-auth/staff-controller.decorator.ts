import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { StaffAuthGuard } from './staff-auth.guard';

/**
 * A controller of staff routes (`/api/staff/...`), guarded by the staff guard. Only staff
 * controllers carry the guard: as a global guard it cost every guest request an extra
 * asynchronous step, and halved search throughput in the bench. The route-table test
 * proves every `/api/staff` route answers 401 without a session, so a staff controller
 * declared without this decorator fails the tests. Its module imports StaffAuthModule.
 */
export const StaffController = (path: string): ClassDecorator => applyDecorators(Controller(path), UseGuards(StaffAuthGuard));
