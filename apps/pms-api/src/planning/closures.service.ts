import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { parseDateRange } from '@pitchdesk/domain';
import { closureRequestSchema } from '@pitchdesk/contracts';
import type { Closure } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { withDeadlockRetry } from '../reservations/transaction-retry';
import { ReservationsRepository } from '../reservations/reservations.repository';
import { PlanningError, PlanningErrorCode } from './planning.errors';
import { PlanningRepository } from './planning.repository';
import type { ClosureRow } from './planning.repository';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { UnitNightClaims } from './unit-night-claims';
import { AuditRepository } from '../audit/audit.repository';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';

const toClosure = (row: ClosureRow): Closure => ({
  id: row.id,
  propertyId: row.propertyId,
  unitId: row.unitId,
  from: row.startsOn,
  to: row.endsOn,
  reason: row.reason,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const auditState = (row: ClosureRow) => ({
  unitId: row.unitId,
  from: row.startsOn,
  to: row.endsOn,
  reason: row.reason,
  reopenedAt: row.reopenedAt?.toISOString() ?? null,
});

/**
 * Units out of order. A closure takes its unit-nights like a booking (same table, same
 * primary key), so no hold or booking can take them and it cannot be placed over one.
 */
@Injectable()
export class ClosuresService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly catalogue: CatalogueService,
    private readonly reservations: ReservationsRepository,
    private readonly planning: PlanningRepository,
    private readonly claims: UnitNightClaims,
    private readonly publisher: AvailabilityPublisher,
    private readonly staffEvents: StaffEventsPublisher,
    private readonly audit: AuditRepository,
  ) {}

  async close(slug: string, unitId: string, body: unknown, actor: Actor): Promise<Closure> {
    const request = parseInput(closureRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const stay = parseDateRange({ arrival: request.from, departure: request.to });
    const closure = await this.claims.transaction(async (work) => {
      if (!(await this.catalogue.unitAndType(work, property.id, unitId))) {
        throw new PlanningError(PlanningErrorCode.UNIT_NOT_FOUND, 'No such unit at this property', { unitId });
      }
      const row: ClosureRow = {
        id: randomUUID(),
        propertyId: property.id,
        unitId,
        startsOn: stay.arrival,
        endsOn: stay.departure,
        reason: request.reason,
        createdBy: actor,
        createdAt: new Date(),
        reopenedBy: null,
        reopenedAt: null,
      };
      await this.claims.claim(work, { unitId, propertyId: property.id, claimant: row.id, stay, kind: 'closure' });
      await this.planning.insertClosure(work, row);
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: 'unit.closed',
        subjectType: 'closure',
        subjectId: row.id,
        before: null,
        after: auditState(row),
      });
      return row;
    });
    // The hub's states are the guests' view: a closed unit is as unavailable as a booked one.
    this.publisher.publishAvailabilityChanged({ propertyId: property.id, unitIds: [unitId], arrival: stay.arrival, departure: stay.departure, state: 'booked' });
    this.staffEvents.publishStaffEvent({ propertyId: property.id, kind: 'unit.closed', subjectId: unitId, actor });
    return toClosure(closure);
  }

  /** Reopens the unit: frees the closure's nights. Reopening a reopened closure does nothing (a retried DELETE). */
  async reopen(slug: string, closureId: string, actor: Actor): Promise<void> {
    const property = await this.properties.getForWrite(slug);
    const reopened = await withDeadlockRetry(() =>
      this.reservations.transaction(async (work) => {
        const closure = await this.planning.findClosureForUpdate(work, closureId);
        if (!closure || closure.propertyId !== property.id) {
          throw new PlanningError(PlanningErrorCode.CLOSURE_NOT_FOUND, 'No such closure at this property', { closureId });
        }
        if (closure.reopenedAt) {
          return null;
        }
        const after = { ...closure, reopenedBy: actor, reopenedAt: new Date() };
        await this.planning.reopenClosure(work, closure.id, actor, after.reopenedAt);
        await this.audit.record(work, {
          propertyId: property.id,
          actor,
          action: 'unit.reopened',
          subjectType: 'closure',
          subjectId: closure.id,
          before: auditState(closure),
          after: auditState(after),
        });
        return closure;
      }),
    );
    if (reopened) {
      this.staffEvents.publishStaffEvent({ propertyId: property.id, kind: 'unit.reopened', subjectId: reopened.unitId, actor });
      this.publisher.publishAvailabilityChanged({
        propertyId: property.id,
        unitIds: [reopened.unitId],
        arrival: reopened.startsOn,
        departure: reopened.endsOn,
        state: 'released',
      });
    }
  }
}
