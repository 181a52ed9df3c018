import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GroupKind, RegistrationGuest } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../database/database-sessions';

/** A stay's registration as stored: guests in order, the head first. */
export interface StoredRegistration {
  readonly groupKind: GroupKind | null;
  readonly guests: RegistrationGuest[];
  readonly updatedAt: Date | null;
}

interface GuestRow {
  reservation_id: string;
  position: number;
  surname: string | null;
  given_name: string | null;
  sex: RegistrationGuest['sex'];
  birth_date: string | null;
  birth_country: RegistrationGuest['birthCountry'];
  birth_comune: string | null;
  birth_province: RegistrationGuest['birthProvince'];
  citizenship: RegistrationGuest['citizenship'];
  document_type: RegistrationGuest['documentType'];
  document_number: string | null;
  document_issue_country: RegistrationGuest['documentIssueCountry'];
  document_issue_comune: string | null;
}

interface HeaderRow {
  reservation_id: string;
  group_kind: GroupKind | null;
  updated_at: Date;
}

// The columns in the order of the insert below; values were validated by the contract.
const GUEST_COLUMNS = [
  'surname',
  'given_name',
  'sex',
  'birth_date',
  'birth_country',
  'birth_comune',
  'birth_province',
  'citizenship',
  'document_type',
  'document_number',
  'document_issue_country',
  'document_issue_comune',
] as const;

const valuesOf = (guest: RegistrationGuest): (string | null)[] => [
  guest.surname,
  guest.givenName,
  guest.sex,
  guest.birthDate,
  guest.birthCountry,
  guest.birthComune,
  guest.birthProvince,
  guest.citizenship,
  guest.documentType,
  guest.documentNumber,
  guest.documentIssueCountry,
  guest.documentIssueComune,
];

const toGuest = (row: GuestRow): RegistrationGuest => ({
  surname: row.surname,
  givenName: row.given_name,
  sex: row.sex,
  birthDate: row.birth_date,
  birthCountry: row.birth_country,
  birthComune: row.birth_comune,
  birthProvince: row.birth_province,
  citizenship: row.citizenship,
  documentType: row.document_type,
  documentNumber: row.document_number,
  documentIssueCountry: row.document_issue_country,
  documentIssueComune: row.document_issue_comune,
});

/**
 * Registered guests (personal data: see the 1795300000700 migration's note). Only this
 * repository reads or writes them; nothing here logs their values.
 */
@Injectable()
export class RegistrationRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /** The registrations of several stays (day lists), read on the primary; stays without one are absent. */
  async ofStays(reservationIds: readonly string[]): Promise<Map<string, StoredRegistration>> {
    if (reservationIds.length === 0) {
      return new Map();
    }
    return this.sessions.read('primary', (manager) => this.load(manager, reservationIds));
  }

  async find(manager: EntityManager, reservationId: string): Promise<StoredRegistration | null> {
    return (await this.load(manager, [reservationId])).get(reservationId) ?? null;
  }

  /** Replaces the stay's registration with `guests` (the head first), in the caller's transaction. */
  async replace(
    manager: EntityManager,
    registration: { reservationId: string; propertyId: string; groupKind: GroupKind | null; guests: readonly RegistrationGuest[]; actor: string; at: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO guest_registrations (reservation_id, property_id, group_kind, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE group_kind = VALUES(group_kind), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)`,
      [registration.reservationId, registration.propertyId, registration.groupKind, registration.actor, registration.at],
    );
    await manager.query('DELETE FROM registration_guests WHERE reservation_id = ?', [registration.reservationId]);
    if (registration.guests.length === 0) {
      return;
    }
    const placeholders = `(?, ?, ${GUEST_COLUMNS.map(() => '?').join(', ')})`;
    await manager.query(
      `INSERT INTO registration_guests (reservation_id, position, ${GUEST_COLUMNS.join(', ')}) VALUES ${registration.guests
        .map(() => placeholders)
        .join(', ')}`,
      registration.guests.flatMap((guest, position) => [registration.reservationId, position, ...valuesOf(guest)]),
    );
  }

  private async load(manager: EntityManager, reservationIds: readonly string[]): Promise<Map<string, StoredRegistration>> {
    const headers: HeaderRow[] = await manager.query(
      'SELECT reservation_id, group_kind, updated_at FROM guest_registrations WHERE reservation_id IN (?)',
      [reservationIds],
    );
    const guests: GuestRow[] = await manager.query(
      `SELECT reservation_id, position, ${GUEST_COLUMNS.join(', ')} FROM registration_guests
        WHERE reservation_id IN (?) ORDER BY reservation_id, position`,
      [reservationIds],
    );
    const registrations = new Map<string, StoredRegistration>();
    for (const header of headers) {
      registrations.set(header.reservation_id, {
        groupKind: header.group_kind,
        updatedAt: header.updated_at,
        guests: guests.filter((guest) => guest.reservation_id === header.reservation_id).map(toGuest),
      });
    }
    return registrations;
  }
}
