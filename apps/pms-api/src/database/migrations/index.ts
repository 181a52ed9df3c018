import { CreateHealthHeartbeat1795300000000 } from './1795300000000-create-health-heartbeat';
import { CreateProperties1795300000001 } from './1795300000001-create-properties';
import { CreateInventory1795300000010 } from './1795300000010-create-inventory';
import { CreateReservations1795300000020 } from './1795300000020-create-reservations';
import { AddReservationExpirySweep1795300000030 } from './1795300000030-add-reservation-expiry-sweep';
import { AddUnitNightsCoveringIndex1795300000040 } from './1795300000040-add-unit-nights-covering-index';
import { CreateMailOutbox1795300000100 } from './1795300000100-create-mail-outbox';

/** In order. Listed explicitly because the API is bundled (no path globs at run time). */
export const MIGRATIONS = [
  CreateHealthHeartbeat1795300000000,
  CreateProperties1795300000001,
  CreateInventory1795300000010,
  CreateReservations1795300000020,
  AddReservationExpirySweep1795300000030,
  AddUnitNightsCoveringIndex1795300000040,
  CreateMailOutbox1795300000100,
];
