import { Injectable } from '@nestjs/common';
import { PricingError, StayError, checkStayRules, explainViolation, quoteStay, unitAccepts } from '@pitchdesk/domain';
import type { CalendarDate, DateRange, ExtraChoice, Party, Quote, RateCard, RuleViolation, Unit, UnitType } from '@pitchdesk/domain';
import type { PriceOverride, RuleOverride } from '@pitchdesk/contracts';
import { CatalogueService } from '../catalogue/catalogue.service';
import { ValidationFailedError } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import type { StoredOverride } from './desk-reservation';
import { splitViolations, withPriceOverride } from './desk-pricing';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';

export interface Located {
  readonly unit: Unit;
  readonly unitType: UnitType;
}

/** Staff explain rules to guests in the console's language; the codes and params travel too. */
const explained = (violations: readonly RuleViolation[]) => violations.map((violation) => ({ ...violation, message: explainViolation(violation, 'en') }));

/**
 * Prices and checks desk bookings and edits exactly as the booking engine does (the
 * domain's quoteStay, checkStayRules and unitAccepts), plus the staff overrides: each
 * needs a reason and comes back as the record the reservation keeps.
 */
@Injectable()
export class DeskPricing {
  constructor(private readonly catalogue: CatalogueService) {}

  async locate(work: UnitOfWork, propertyId: string, unitId: string): Promise<Located> {
    const found = await this.catalogue.unitAndType(work, propertyId, unitId);
    if (!found) {
      throw new ReservationDeskError(ReservationDeskErrorCode.UNIT_NOT_FOUND, 'No such unit at this property', { unitId });
    }
    return found;
  }

  /** The rate card in force now (a new booking, or new dates), or the one a booking was made with. */
  async card(work: UnitOfWork, propertyId: string, version: number | 'current'): Promise<{ version: number; card: RateCard }> {
    const found =
      version === 'current'
        ? await this.catalogue.currentRateCardFor(work, propertyId)
        : await this.catalogue.rateCardVersion(work, propertyId, version).then((card) => (card ? { version, card } : null));
    if (!found) {
      throw new ReservationDeskError(ReservationDeskErrorCode.PRICING_FAILED, 'This property has no prices for this stay');
    }
    return found;
  }

  /** Refuses a unit that cannot take the party: capacity, pets and vehicles are not the desk's to override. */
  requireSuitable(unit: Unit, party: Party): void {
    const violations = unitAccepts(unit, party);
    if (violations.length > 0) {
      throw new ReservationDeskError(ReservationDeskErrorCode.UNIT_UNSUITABLE, `Unit ${unit.code} cannot take this party`, {
        violations: explained(violations),
      });
    }
  }

  /**
   * The stay rules the stay breaks, lifted by a rule override with its reason (returned as
   * the record to keep), or refused with 422 STAY_NOT_ALLOWED naming them.
   */
  checkRules(card: RateCard, unitTypeCode: string, stay: DateRange, override: RuleOverride | undefined, actor: Actor): StoredOverride | null {
    const { overridable, binding } = splitViolations(checkStayRules(card, unitTypeCode, stay));
    if (binding.length > 0 || (overridable.length > 0 && !override)) {
      const hint = binding.length > 0 ? '' : ' (a rule override with a reason books it anyway)';
      throw new ReservationDeskError(ReservationDeskErrorCode.STAY_NOT_ALLOWED, `This stay does not fit the rules of this unit${hint}`, {
        violations: explained([...binding, ...overridable]),
        overridable: binding.length === 0,
      });
    }
    if (overridable.length === 0 || !override) {
      return null;
    }
    return { kind: 'rules', violations: overridable.map((violation) => violation.code), reason: override.reason, by: actor, at: new Date().toISOString() };
  }

  quote(card: RateCard, request: { unitTypeCode: string; stay: DateRange; party: Party; extras: readonly ExtraChoice[]; bookedOn: CalendarDate }): Quote {
    try {
      return quoteStay(card, request);
    } catch (error) {
      if (error instanceof PricingError || error instanceof StayError) {
        throw new ReservationDeskError(ReservationDeskErrorCode.PRICING_FAILED, error.message, { reason: error.code });
      }
      throw error;
    }
  }

  /** The quote with the staff price, and the record of it; a result below zero is refused on the field that caused it. */
  applyPriceOverride(quote: Quote, override: PriceOverride | undefined, actor: Actor): { quote: Quote; record: StoredOverride | null } {
    if (!override) {
      return { quote, record: null };
    }
    const overridden = withPriceOverride(quote, override);
    if (!overridden) {
      throw new ValidationFailedError({
        'body.priceOverride.adjustmentMinor': `would make the total negative (the quote is ${quote.totalMinor} minor units)`,
      });
    }
    const record: StoredOverride = {
      kind: 'price',
      ...(override.totalMinor !== undefined ? { totalMinor: override.totalMinor } : { adjustmentMinor: override.adjustmentMinor ?? 0 }),
      quotedTotalMinor: quote.totalMinor,
      chargedTotalMinor: overridden.totalMinor,
      reason: override.reason,
      by: actor,
      at: new Date().toISOString(),
    };
    return { quote: overridden, record };
  }
}
