import { Injectable } from '@nestjs/common';
import type { PropertySummary } from '@pitchdesk/contracts';
import { todayAt } from '../common/property-clock';
import type { UnitOfWork } from '../database/unit-of-work';
import { withDeadlockRetry } from '../reservations/transaction-retry';
import type { DeskStay } from './desk-stay';
import { FrontDeskError, FrontDeskErrorCode } from './front-desk.errors';
import { FrontDeskRepository } from './front-desk.repository';

/** A stay locked for one front-desk step, with its property and the property's today. */
export interface LockedStay {
  readonly work: UnitOfWork;
  readonly stay: DeskStay;
  readonly property: PropertySummary;
  readonly today: string;
}

/**
 * Finds a reservation of the property for a front-desk step: locked in a transaction for
 * writes (retried on deadlock), or read on the primary. Another property's reservation is
 * "not found", exactly like a missing one.
 */
@Injectable()
export class StayLookup {
  constructor(private readonly stays: FrontDeskRepository) {}

  async locked<T>(property: PropertySummary, reservationId: string, step: (locked: LockedStay) => Promise<T>): Promise<T> {
    return withDeadlockRetry(() =>
      this.stays.transaction(async (work) => {
        const stay = this.ofProperty(await this.stays.findForUpdate(work, reservationId), property, reservationId);
        return step({ work, stay, property, today: todayAt(property.timeZone) });
      }),
    );
  }

  async read<T>(property: PropertySummary, reservationId: string, step: (found: LockedStay) => Promise<T>): Promise<T> {
    return this.stays.read(async (work) => {
      const stay = this.ofProperty(await this.stays.find(work, reservationId), property, reservationId);
      return step({ work, stay, property, today: todayAt(property.timeZone) });
    });
  }

  private ofProperty(stay: DeskStay | null, property: PropertySummary, reservationId: string): DeskStay {
    if (!stay || stay.propertyId !== property.id || stay.status === 'held' || stay.status === 'expired') {
      throw new FrontDeskError(FrontDeskErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { reservationId });
    }
    return stay;
  }
}
