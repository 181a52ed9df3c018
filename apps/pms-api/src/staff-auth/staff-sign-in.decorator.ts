import { SetMetadata } from '@nestjs/common';

export const STAFF_SIGN_IN_KEY = 'pitchdesk:staff-sign-in';

/**
 * Marks the one staff route open without a session: signing in. The staff guard still
 * refuses it from another origin; the route-table test allows exactly one such route.
 */
export const StaffSignIn = () => SetMetadata(STAFF_SIGN_IN_KEY, true);
