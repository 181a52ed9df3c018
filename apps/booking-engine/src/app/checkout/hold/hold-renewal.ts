import { inject, Service } from '@angular/core';
import { Router } from '@angular/router';
import type { HoldRequestBody } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { BookingApi } from '../../core/booking-api';
import { CheckoutFlow } from '../checkout-flow';

/** What a re-hold came to. */
export type RenewalOutcome =
  | 'renewed'
  /** Someone booked or holds the same unit: any unit of the type may still be free. */
  | 'unit-taken'
  /** No unit of the type is free for the stay any more. */
  | 'none-left'
  /** The stay can no longer be booked as it is (rules or prices changed): search again. */
  | 'not-allowed'
  | 'unreachable';

/**
 * Holds the same stay again after the hold ran out: the same unit, or any unit of its type,
 * then moves the checkout (extras, details, key) onto the new hold and opens the same step.
 */
@Service({ autoProvided: false })
export class HoldRenewal {
  private readonly api = inject(BookingApi);
  private readonly flow = inject(CheckoutFlow);
  private readonly router = inject(Router);

  async renew(which: 'same-unit' | 'same-type'): Promise<RenewalOutcome> {
    const state = this.flow.state();
    const party = this.flow.party();
    if (!state || !party) {
      return 'not-allowed';
    }
    const { hold } = state;
    const stay = { arrival: hold.arrival, departure: hold.departure };
    const body: HoldRequestBody =
      which === 'same-unit' ? { unitId: hold.unitId, stay, party } : { unitTypeCode: hold.unitTypeCode, stay, party };
    try {
      const renewed = await this.api.hold(body);
      this.flow.moveToHold(renewed);
      await this.router.navigate(['/checkout', renewed.holdId, this.flow.step()], { replaceUrl: true });
      return 'renewed';
    } catch (error) {
      const problem = describeApiProblem(error);
      if (problem.kind === 'unreachable' || problem.status >= 500) {
        return 'unreachable';
      }
      switch (problem.code) {
        case 'UNIT_TAKEN':
          return 'unit-taken';
        case 'NO_UNIT_AVAILABLE':
          return 'none-left';
        default:
          return 'not-allowed';
      }
    }
  }
}
