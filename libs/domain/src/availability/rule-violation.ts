/**
 * Why a stay or a party does not fit. `params` carry what a UI needs to explain it in
 * the guest's language ("minimum 7 nights in August", "arrivals on Saturdays only").
 */
export type RuleViolation =
  | { readonly code: 'MIN_NIGHTS'; readonly params: { readonly minNights: number; readonly ruleCode: string } }
  | { readonly code: 'MAX_NIGHTS'; readonly params: { readonly maxNights: number; readonly ruleCode: string } }
  | { readonly code: 'ARRIVAL_WEEKDAY'; readonly params: { readonly weekdays: readonly number[]; readonly ruleCode: string } }
  | { readonly code: 'DEPARTURE_WEEKDAY'; readonly params: { readonly weekdays: readonly number[]; readonly ruleCode: string } }
  | { readonly code: 'CLOSED_TO_ARRIVAL'; readonly params: { readonly date: string; readonly ruleCode: string } }
  | { readonly code: 'CLOSED_TO_DEPARTURE'; readonly params: { readonly date: string; readonly ruleCode: string } }
  | { readonly code: 'NOT_BOOKABLE'; readonly params: { readonly night: string } }
  | { readonly code: 'TOO_MANY_GUESTS'; readonly params: { readonly maxGuests: number } }
  | { readonly code: 'PETS_NOT_ALLOWED'; readonly params: Record<string, never> }
  | { readonly code: 'NO_VEHICLE_SPACE'; readonly params: Record<string, never> };

export type RuleViolationCode = RuleViolation['code'];
