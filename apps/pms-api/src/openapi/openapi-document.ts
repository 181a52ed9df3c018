import * as z from 'zod';
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject } from 'zod-openapi';
import {
  apiErrorSchema,
  availabilityQuerySchema,
  availabilityResponseSchema,
  nightOccupancyQuerySchema,
  nightOccupancySchema,
  bookingCreatedSchema,
  bookingRequestSchema,
  bookingSchema,
  closureRequestSchema,
  closureSchema,
  healthReportSchema,
  holdRequestSchema,
  holdResponseSchema,
  moveRequestSchema,
  moveResultSchema,
  planningBoardSchema,
  planningIdSchema,
  planningQuerySchema,
  propertySlugSchema,
  propertySummarySchema,
  signInRequestSchema,
  STAFF_CSRF_HEADER,
  staffMemberSchema,
  staffSessionSchema,
  staffLiveSubscriptionSchema,
  staffUserIdSchema,
  quoteRequestSchema,
  quoteSchema,
  unitSchema,
  unitTypeSchema,
} from '@pitchdesk/contracts';
import { reservationDeskPaths } from './reservation-desk-paths';
import { frontDeskPaths } from './front-desk-paths';
import { sesEventsAnswerSchema } from '../mail/ses-events-answer';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(apiErrorSchema, description);
const slugPath = z.object({ slug: propertySlugSchema });
const referencePath = z.object({ reference: z.string().length(8) });
const bearer = [{ manageToken: [] }];
const staffSession = [{ staffSession: [] }];
const staffErrors = {
  '401': error('No staff session (sign in)'),
  '403': error('The role may not do this, or a write without the CSRF token'),
};

function operation(summary: string, spec: Omit<ZodOpenApiOperationObject, 'summary'>): ZodOpenApiOperationObject {
  return { summary, ...spec };
}

/**
 * The API's OpenAPI 3.1 document, generated from the same zod contracts that validate
 * every request, so the document cannot drift from what the API accepts.
 */
export function openApiDocument(release: string): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Pitchdesk API', version: release, description: 'Booking engine and PMS API of one Pitchdesk stack.' },
    components: {
      securitySchemes: {
        manageToken: { type: 'http', scheme: 'bearer', description: 'The token of the manage-my-booking link' },
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'pd_session',
          description: `Staff session cookie set by POST /api/staff/session; writes also need the ${STAFF_CSRF_HEADER} header it returns`,
        },
      },
    },
    security: [],
    paths: {
      '/api/health': {
        get: operation('Each dependency separately', {
          responses: { '200': json(healthReportSchema, 'Serving'), '503': json(healthReportSchema, 'A required dependency is down') },
        }),
      },
      '/api/health/live': {
        get: operation('Load balancer check: does this instance take traffic', {
          responses: { '200': { description: 'Taking traffic' }, '503': { description: 'Draining' } },
        }),
      },
      '/api/properties': {
        get: operation('Properties of this stack', { responses: { '200': json(z.array(propertySummarySchema), 'Properties') } }),
      },
      '/api/properties/{slug}': {
        get: operation('One property', {
          requestParams: { path: slugPath },
          responses: { '200': json(propertySummarySchema, 'The property'), '400': error('Bad slug'), '404': error('No such property') },
        }),
      },
      '/api/properties/{slug}/catalogue': {
        get: operation('Unit types and units with attributes and map shapes', {
          requestParams: { path: slugPath },
          responses: {
            '200': json(z.object({ property: propertySummarySchema, unitTypes: z.array(unitTypeSchema), units: z.array(unitSchema) }), 'Catalogue'),
            '404': error('No such property'),
          },
        }),
      },
      '/api/properties/{slug}/rate-card': {
        get: operation('The rate card in force (the booking engine prices with it)', {
          requestParams: { path: slugPath },
          responses: { '200': json(z.record(z.string(), z.unknown()), 'Rate card'), '404': error('No such property'), '409': error('No prices yet') },
        }),
      },
      '/api/properties/{slug}/availability': {
        get: operation('Available unit types with prices, free units and rule explanations', {
          requestParams: { path: slugPath, query: availabilityQuerySchema },
          responses: { '200': json(availabilityResponseSchema, 'Results'), '400': error('Invalid query'), '404': error('No such property') },
        }),
      },
      '/api/properties/{slug}/nights': {
        get: operation('Free units per unit type and night of [from, to), for date pickers', {
          requestParams: { path: slugPath, query: nightOccupancyQuerySchema },
          responses: { '200': json(nightOccupancySchema, 'Free units per night'), '400': error('Invalid query'), '404': error('No such property') },
        }),
      },
      '/api/properties/{slug}/quotes': {
        post: operation('Itemised price of a stay', {
          requestParams: { path: slugPath },
          requestBody: { content: { 'application/json': { schema: quoteRequestSchema } } },
          responses: { '200': json(quoteSchema, 'Quote'), '400': error('Invalid request'), '422': error('Cannot be priced') },
        }),
      },
      '/api/properties/{slug}/holds': {
        post: operation('Hold a unit (or any unit of a type) for a few minutes', {
          requestParams: { path: slugPath },
          requestBody: { content: { 'application/json': { schema: holdRequestSchema } } },
          responses: {
            '201': json(holdResponseSchema, 'Held until expiresAt'),
            '400': error('Invalid request'),
            '404': error('No such property or unit'),
            '409': error('Taken meanwhile (UNIT_TAKEN, NO_UNIT_AVAILABLE) or busy'),
            '422': error('The stay breaks a rule (STAY_NOT_ALLOWED with violations)'),
          },
        }),
      },
      '/api/bookings': {
        post: operation('Confirm a hold; send an Idempotency-Key so a retry cannot book twice', {
          requestParams: { header: z.object({ 'idempotency-key': z.string().min(8).max(128) }) },
          requestBody: { content: { 'application/json': { schema: bookingRequestSchema } } },
          responses: {
            '201': json(bookingCreatedSchema, 'Booked'),
            '200': json(bookingCreatedSchema, 'A retry of an earlier request with the same key: the same booking'),
            '400': error('Invalid request or missing key'),
            '404': error('No such hold'),
            '409': error('Hold expired or already booked'),
            '422': error('Key reused with other details'),
          },
        }),
      },
      '/api/bookings/{reference}': {
        get: operation('Manage my booking: view', {
          security: bearer,
          requestParams: { path: referencePath },
          responses: { '200': json(bookingSchema, 'The booking'), '404': error('No booking with this reference and token') },
        }),
      },
      '/api/bookings/{reference}/cancellation': {
        post: operation('Manage my booking: cancel under the cancellation policy', {
          security: bearer,
          requestParams: { path: referencePath },
          responses: { '200': json(bookingSchema, 'Cancelled, with the fee'), '404': error('Not found'), '409': error('Already cancelled') },
        }),
      },
      '/api/staff/session': {
        post: operation('Staff sign-in: sets the session cookie, returns the CSRF token', {
          requestBody: { content: { 'application/json': { schema: signInRequestSchema } } },
          responses: {
            '200': json(staffSessionSchema, 'Signed in'),
            '400': error('Invalid request'),
            '401': error('Wrong e-mail or password (attempts left in details)'),
            '403': error('A write from another origin'),
            '429': error('Locked or too many attempts (Retry-After)'),
            '503': error('Sessions unavailable: try again later'),
          },
        }),
        get: operation('The current staff session and its CSRF token', {
          security: staffSession,
          responses: { '200': json(staffSessionSchema, 'Signed in'), ...staffErrors },
        }),
        delete: operation('Sign out', { security: staffSession, responses: { '204': { description: 'Signed out' }, ...staffErrors } }),
      },
      '/api/staff/me': {
        get: operation('The signed-in staff member', { security: staffSession, responses: { '200': json(staffMemberSchema, 'Staff member'), ...staffErrors } }),
      },
      '/api/staff/users/{id}/sessions/revocation': {
        post: operation('Sign a staff member out everywhere (admin)', {
          security: staffSession,
          requestParams: { path: z.object({ id: staffUserIdSchema }) },
          responses: { '204': { description: 'Every session revoked' }, '400': error('Invalid id'), ...staffErrors, '404': error('No such staff member') },
        }),
      },
      '/api/staff/properties/{slug}/planning': {
        get: operation('Staff planning board: units in board order x days, holds, bookings and closures as bars (read on the primary)', {
          security: staffSession,
          requestParams: { path: slugPath, query: planningQuerySchema },
          responses: { '200': json(planningBoardSchema, 'The board'), '400': error('Invalid query'), ...staffErrors, '404': error('No such property') },
        }),
      },
      '/api/staff/properties/{slug}/units/{unitId}/closures': {
        post: operation('Close a unit (out of order) for the nights [from, to): they are taken like a booking', {
          security: staffSession,
          requestParams: { path: slugPath.extend({ unitId: planningIdSchema }) },
          requestBody: { content: { 'application/json': { schema: closureRequestSchema } } },
          responses: {
            '201': json(closureSchema, 'Closed'),
            '400': error('Invalid request'),
            ...staffErrors,
            '404': error('No such property or unit'),
            '409': error('UNIT_TAKEN: a hold, booking or closure has some of these nights (details.conflicts), or BUSY'),
          },
        }),
      },
      '/api/staff/properties/{slug}/closures/{id}': {
        delete: operation('Reopen a closed unit: frees its nights (also 204 when already reopened)', {
          security: staffSession,
          requestParams: { path: slugPath.extend({ id: planningIdSchema }) },
          responses: { '204': { description: 'Reopened' }, '400': error('Invalid id'), ...staffErrors, '404': error('No such closure at this property') },
        }),
      },
      '/api/staff/properties/{slug}/reservations/{id}/move': {
        post: operation('Move a booking to another unit and/or other nights; optionally repriced, folio updated, audited', {
          security: staffSession,
          requestParams: { path: slugPath.extend({ id: planningIdSchema }) },
          requestBody: { content: { 'application/json': { schema: moveRequestSchema } } },
          responses: {
            '200': json(moveResultSchema, 'Moved (or already there: moved false)'),
            '400': error('Invalid request'),
            ...staffErrors,
            '404': error('No such property, reservation or unit'),
            '409': error('UNIT_TAKEN with details.conflicts (nothing changed), NOT_MOVABLE (not a confirmed booking), or BUSY'),
            '422': error('UNIT_UNSUITABLE (the party does not fit the unit) or PRICING_FAILED'),
          },
        }),
      },
      '/api/staff/properties/{slug}/live': {
        get: operation("A short-lived subscriber token for the property's private staff topic on the hub (open it with ?topic=&authorization=)", {
          security: staffSession,
          requestParams: { path: slugPath },
          responses: { '200': json(staffLiveSubscriptionSchema, 'Topic and token'), '400': error('Invalid slug'), ...staffErrors, '404': error('No such property') },
        }),
      },
      ...reservationDeskPaths,
      ...frontDeskPaths,
      '/api/mail/ses-events': {
        post: operation('SNS HTTPS subscriber for SES delivery events (SNS posts its JSON as text/plain); every message must carry a valid SNS signature', {
          requestBody: { content: { 'text/plain': { schema: z.string() } } },
          responses: {
            '200': json(sesEventsAnswerSchema, 'Subscription confirmed, outcome recorded (or superseded, or not for an outbox mail), or an event kind not tracked'),
            '400': error('Not an SNS message, or a Notification whose Message is not an SES event'),
            '403': error('SIGNATURE_INVALID (bad signature or certificate URL) or UNKNOWN_TOPIC'),
            '404': error('SES_EVENTS_DISABLED: PD_SES_EVENTS_TOPIC_ARN is not set'),
            '503': error('The SNS certificate could not be fetched, or SNS did not take the confirmation: SNS retries'),
          },
        }),
      },
      '/api/openapi.json': { get: operation('This document', { responses: { '200': { description: 'OpenAPI 3.1' } } }) },
    },
  });
}
