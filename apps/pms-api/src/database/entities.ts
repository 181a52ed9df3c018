import { RateCardEntity } from '../catalogue/rate-card.entity';
import { UnitTypeEntity } from '../catalogue/unit-type.entity';
import { UnitEntity } from '../catalogue/unit.entity';
import { HealthHeartbeatEntity } from '../health/health-heartbeat.entity';
import { PropertyEntity } from '../properties/property.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitClosureEntity } from '../planning/unit-closure.entity';
import { FolioLineEntity } from '../reservations/folio-line.entity';
import { ReservationEntity } from '../reservations/reservation.entity';
import { ReservationNoteEntity } from '../reservation-desk/reservation-note.entity';
import { UnitNightEntity } from '../reservations/unit-night.entity';
import { StaffUserEntity } from '../staff-auth/staff-user.entity';
import { FolioIdempotencyKeyEntity, FolioPaymentEntity } from '../front-desk/folio-payment.entity';
import { GuestRegistrationEntity, RegistrationGuestEntity } from '../front-desk/registration-guest.entity';
import { StayCheckTimeEntity } from '../front-desk/stay-check-time.entity';

/** Listed explicitly: the API is bundled, so path globs would find nothing at run time. */
export const ENTITIES = [
  HealthHeartbeatEntity,
  PropertyEntity,
  MailOutboxEntity,
  UnitTypeEntity,
  UnitEntity,
  RateCardEntity,
  ReservationEntity,
  ReservationNoteEntity,
  UnitNightEntity,
  FolioLineEntity,
  UnitClosureEntity,
  AuditEventEntity,
  StaffUserEntity,
  GuestRegistrationEntity,
  RegistrationGuestEntity,
  FolioPaymentEntity,
  FolioIdempotencyKeyEntity,
  StayCheckTimeEntity,
];
