import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  apiErrorSchema,
  checkInResultSchema,
  checkOutRequestSchema,
  checkOutResultSchema,
  deskAdjustmentRequestSchema,
  deskChargeRequestSchema,
  deskChargeResultSchema,
  folioIdempotencyKeySchema,
  folioSchema,
  frontDeskDaySchema,
  frontDeskQuerySchema,
  paymentRequestSchema,
  paymentResultSchema,
  planningIdSchema,
  propertySlugSchema,
  receiptQuerySchema,
  registrationRequestSchema,
  registrationSchema,
} from '@pitchdesk/contracts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(apiErrorSchema, description);
const security = [{ staffSession: [] }];
const stayPath = z.object({ slug: propertySlugSchema, id: planningIdSchema });
const idempotencyHeader = z.object({ 'idempotency-key': folioIdempotencyKeySchema });
const staffErrors = {
  '401': error('No staff session (sign in)'),
  '403': error('The role may not do this, or a write without the CSRF token'),
};
const notFound = { '404': error('No such property or reservation') };
const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** Folio writes: 201 written, 200 a repeat of an earlier request with the same Idempotency-Key. */
const folioWrite = (summary: string, request: z.ZodType, result: z.ZodType, extra: Record<string, ReturnType<typeof error>>) => ({
  post: {
    summary,
    security,
    requestParams: { path: stayPath, header: idempotencyHeader },
    requestBody: body(request),
    responses: {
      '201': json(result, 'Written'),
      '200': json(result, 'A repeat of an earlier request with the same key: nothing written again'),
      '400': error('Invalid request or missing Idempotency-Key'),
      ...staffErrors,
      ...notFound,
      '409': error('WRONG_STATUS: not a stay that takes this'),
      '422': error('IDEMPOTENCY_KEY_REUSED with another request'),
      ...extra,
    },
  },
});

/** The front desk's operations (apps/pms-api/src/front-desk). */
export const frontDeskPaths: ZodOpenApiPathsObject = {
  '/api/staff/properties/{slug}/front-desk': {
    get: {
      summary: "The desk's day: arrivals, departures, in-house, with balances and registration progress (default: the property's today)",
      security,
      requestParams: { path: z.object({ slug: propertySlugSchema }), query: frontDeskQuerySchema },
      responses: { '200': json(frontDeskDaySchema, 'The day'), '400': error('Invalid date'), ...staffErrors, '404': error('No such property') },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/registration': {
    get: {
      summary: "The stay's guest registration for the police report, with what check-in still needs (admin, reception)",
      security,
      requestParams: { path: stayPath },
      responses: { '200': json(registrationSchema, 'Registration'), '400': error('Invalid id'), ...staffErrors, ...notFound },
    },
    put: {
      summary: 'Save the registration of every guest, head first; a draft may be incomplete, what is given must be valid',
      security,
      requestParams: { path: stayPath },
      requestBody: body(registrationRequestSchema),
      responses: {
        '200': json(registrationSchema, 'Saved, with the gaps left'),
        '400': error('VALIDATION_FAILED naming each bad field (fields: body.guests.N.field), or more guests than the party'),
        ...staffErrors,
        ...notFound,
        '409': error('WRONG_STATUS: not a confirmed or checked-in stay'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/check-in': {
    post: {
      summary: 'Check in: a confirmed stay, on or after its arrival day, with the registration complete',
      security,
      requestParams: { path: stayPath },
      responses: {
        '200': json(checkInResultSchema, 'Checked in'),
        '400': error('Invalid id'),
        ...staffErrors,
        ...notFound,
        '409': error('WRONG_STATUS, TOO_EARLY (before arrival day) or STAY_OVER'),
        '422': error('REGISTRATION_INCOMPLETE: details.gaps lists per guest the fields missing'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/check-out': {
    post: {
      summary: 'Check out a checked-in stay; an open balance needs override.reason (audited); an early departure frees the nights from today',
      security,
      requestParams: { path: stayPath },
      requestBody: body(checkOutRequestSchema),
      responses: {
        '200': json(checkOutResultSchema, 'Checked out'),
        '400': error('Invalid request'),
        ...staffErrors,
        ...notFound,
        '409': error('BALANCE_OPEN (details.balanceMinor) or WRONG_STATUS'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/folio': {
    get: {
      summary: 'The folio: lines by group (quoted and desk), payments, total, paid, balance',
      security,
      requestParams: { path: stayPath },
      responses: { '200': json(folioSchema, 'Folio'), '400': error('Invalid id'), ...staffErrors, ...notFound },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/folio/charges': folioWrite(
    'Add an extra of the rate card in force at the desk (never removed by a re-price)',
    deskChargeRequestSchema,
    deskChargeResultSchema,
    { '422': error('EXTRA_NOT_AVAILABLE (unknown, not offered with this unit, quantity out of range) or IDEMPOTENCY_KEY_REUSED') },
  ),
  '/api/staff/properties/{slug}/reservations/{id}/folio/adjustments': folioWrite(
    'Add a manual charge or (negative) allowance with its reason (admin)',
    deskAdjustmentRequestSchema,
    deskChargeResultSchema,
    {},
  ),
  '/api/staff/properties/{slug}/reservations/{id}/folio/payments': folioWrite(
    'Record a payment (cash, card, bank transfer, online deposit), or a refund as a negative amount with a reason',
    paymentRequestSchema,
    paymentResultSchema,
    {},
  ),
  '/api/staff/properties/{slug}/reservations/{id}/receipt.pdf': {
    get: {
      summary: "The stay's receipt as a PDF download (lang it or en; default: the booking's language)",
      security,
      requestParams: { path: stayPath, query: receiptQuerySchema },
      responses: {
        '200': { description: 'The receipt, as an attachment named after the reference', content: { 'application/pdf': { schema: z.string() } } },
        '400': error('Invalid id or lang'),
        ...staffErrors,
        ...notFound,
      },
    },
  },
};
