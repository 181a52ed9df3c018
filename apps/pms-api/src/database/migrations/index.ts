import { CreateHealthHeartbeat1795300000000 } from './1795300000000-create-health-heartbeat';
import { CreateProperties1795300000001 } from './1795300000001-create-properties';
import { CreateInventory1795300000010 } from './1795300000010-create-inventory';
import { CreateReservations1795300000020 } from './1795300000020-create-reservations';
import { AddReservationExpirySweep1795300000030 } from './1795300000030-add-reservation-expiry-sweep';
import { AddUnitNightsCoveringIndex1795300000040 } from './1795300000040-add-unit-nights-covering-index';
import { CreateMailOutbox1795300000100 } from './1795300000100-create-mail-outbox';
import { CreateStaffUsers1795300000200 } from './1795300000200-create-staff-users';
import { AddUnitNightsClaimKind1795300000500 } from './1795300000500-add-unit-nights-claim-kind';
import { CreateUnitClosures1795300000510 } from './1795300000510-create-unit-closures';
import { CreateAuditEvents1795300000520 } from './1795300000520-create-audit-events';
import { AddReservationDeskColumns1795300000600 } from './1795300000600-add-reservation-desk-columns';
import { AddReservationSearchColumns1795300000610 } from './1795300000610-add-reservation-search-columns';
import { CreateReservationNotes1795300000630 } from './1795300000630-create-reservation-notes';
import { AddReservationsStatusIndex1795300000640 } from './1795300000640-add-reservations-status-index';
import { CreateGuestRegistrations1795300000700 } from './1795300000700-create-guest-registrations';
import { CreateFolioPayments1795300000710 } from './1795300000710-create-folio-payments';
import { CreateStayCheckTimes1795300000720 } from './1795300000720-create-stay-check-times';
import { AddFolioLineDeskDetails1795300000730 } from './1795300000730-add-folio-line-desk-details';
import { AddReservationsDepartureIndex1795300000740 } from './1795300000740-add-reservations-departure-index';
import { CreateMigrationJournal1795300000900 } from './1795300000900-create-migration-journal';
import { AddMailOutboxLastSendError1795300000950 } from './1795300000950-add-mail-outbox-last-send-error';
import { CreateBackfillCheckpoints1795300000951 } from './1795300000951-create-backfill-checkpoints';
import { AddBackfillCheckpointsEndId1795300000952 } from './1795300000952-add-backfill-checkpoints-end-id';
import { AddMailOutboxDeliveryStatus1795300001000 } from './1795300001000-add-mail-outbox-delivery-status';

/** In order. Listed explicitly because the API is bundled (no path globs at run time). */
export const MIGRATIONS = [
  CreateHealthHeartbeat1795300000000,
  CreateProperties1795300000001,
  CreateInventory1795300000010,
  CreateReservations1795300000020,
  AddReservationExpirySweep1795300000030,
  AddUnitNightsCoveringIndex1795300000040,
  CreateMailOutbox1795300000100,
  CreateStaffUsers1795300000200,
  AddUnitNightsClaimKind1795300000500,
  CreateUnitClosures1795300000510,
  CreateAuditEvents1795300000520,
  AddReservationDeskColumns1795300000600,
  AddReservationSearchColumns1795300000610,
  CreateReservationNotes1795300000630,
  AddReservationsStatusIndex1795300000640,
  CreateGuestRegistrations1795300000700,
  CreateFolioPayments1795300000710,
  CreateStayCheckTimes1795300000720,
  AddFolioLineDeskDetails1795300000730,
  AddReservationsDepartureIndex1795300000740,
  CreateMigrationJournal1795300000900,
  AddMailOutboxLastSendError1795300000950,
  CreateBackfillCheckpoints1795300000951,
  AddBackfillCheckpointsEndId1795300000952,
  AddMailOutboxDeliveryStatus1795300001000,
];
