import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  apiErrorSchema,
  deskBookingRequestSchema,
  deskQuoteRequestSchema,
  deskQuoteSchema,
  idempotencyKeySchema,
  planningIdSchema,
  propertySlugSchema,
  reservationCancelSchema,
  reservationChangeSchema,
  reservationDetailSchema,
  reservationEditSchema,
  reservationListQuerySchema,
  reservationListSchema,
  reservationNoteRequestSchema,
  reservationNoteSchema,
} from '@pitchdesk/contracts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => json(apiErrorSchema, description);
const security = [{ staffSession: [] }];
const collection = z.object({ slug: propertySlugSchema });
const item = collection.extend({ id: planningIdSchema });
const staffErrors = {
  '401': error('No staff session (sign in)'),
  '403': error('The role may not do this, or a write without the CSRF token'),
};
const etagHeader = { headers: z.object({ etag: z.string().meta({ description: 'Send it back as If-Match to edit' }) }) };

/** The reservation desk's operations (`apps/pms-api/src/reservation-desk`), spread into the API's document. */
export const reservationDeskPaths: ZodOpenApiPathsObject = {
  '/api/staff/properties/{slug}/reservations': {
    get: {
      summary: 'Reservations: search (reference, guest name, e-mail, phone), filter by status, arrival dates, unit type; keyset pages (read from a replica)',
      security,
      requestParams: { path: collection, query: reservationListQuerySchema },
      responses: { '200': json(reservationListSchema, 'One page'), '400': error('Invalid query or cursor'), ...staffErrors, '404': error('No such property') },
    },
    post: {
      summary: 'A phone or walk-in booking, priced and checked like online, with recorded price and rule overrides; send an Idempotency-Key',
      security,
      requestParams: { path: collection, header: z.object({ 'idempotency-key': idempotencyKeySchema }) },
      requestBody: body(deskBookingRequestSchema),
      responses: {
        '201': { ...json(reservationDetailSchema, 'Booked'), ...etagHeader },
        '200': json(reservationDetailSchema, 'A repeat of an earlier request with the same key: the same booking'),
        '400': error('Invalid request or missing key'),
        ...staffErrors,
        '404': error('No such property or unit'),
        '409': error('UNIT_TAKEN with details.conflicts (nothing booked), or BUSY'),
        '422': error('STAY_NOT_ALLOWED (rules; a rule override books it), UNIT_UNSUITABLE, PRICING_FAILED, or the key reused with other details'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/quote': {
    post: {
      summary: 'What a desk booking or edit would cost, which rules it breaks, whether its nights are free; books nothing',
      security,
      requestParams: { path: collection },
      requestBody: body(deskQuoteRequestSchema),
      responses: { '200': json(deskQuoteSchema, 'The quote'), '400': error('Invalid request'), ...staffErrors, '404': error('No such property or unit'), '422': error('PRICING_FAILED') },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}': {
    get: {
      summary: 'One reservation in full: stay, unit, party, extras, guest, quote, overrides, notes and audit trail (read on the primary)',
      security,
      requestParams: { path: item },
      responses: { '200': { ...json(reservationDetailSchema, 'The reservation'), ...etagHeader }, '400': error('Invalid id'), ...staffErrors, '404': error('No such reservation') },
    },
    patch: {
      summary: 'Change party, dates, unit, extras or guest; re-priced, nights claimed like a move; If-Match required',
      security,
      requestParams: { path: item, header: z.object({ 'if-match': z.string().meta({ description: 'The etag of the reservation as read' }) }) },
      requestBody: body(reservationEditSchema),
      responses: {
        '200': json(reservationChangeSchema, 'Changed, with the total before'),
        '400': error('Invalid request'),
        ...staffErrors,
        '404': error('No such reservation or unit'),
        '409': error('UNIT_TAKEN with details.conflicts (nothing changed), NOT_EDITABLE, or BUSY'),
        '412': error('VERSION_CONFLICT: changed since read (details.etag is the current one)'),
        '422': error('STAY_NOT_ALLOWED, UNIT_UNSUITABLE or PRICING_FAILED'),
        '428': error('PRECONDITION_REQUIRED: no If-Match'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/cancel': {
    post: {
      summary: "Cancel with the policy's fee, or a fee override with a reason; frees the nights, e-mails the guest",
      security,
      requestParams: { path: item },
      requestBody: body(reservationCancelSchema),
      responses: {
        '200': json(reservationChangeSchema, 'Cancelled'),
        '400': error('Invalid request'),
        ...staffErrors,
        '404': error('No such reservation'),
        '409': error('NOT_CANCELLABLE (not a confirmed booking) or BUSY'),
      },
    },
  },
  '/api/staff/properties/{slug}/reservations/{id}/notes': {
    post: {
      summary: 'Add a staff note (author and time recorded)',
      security,
      requestParams: { path: item },
      requestBody: body(reservationNoteRequestSchema),
      responses: { '201': json(reservationNoteSchema, 'Added'), '400': error('Invalid note'), ...staffErrors, '404': error('No such reservation') },
    },
  },
};
