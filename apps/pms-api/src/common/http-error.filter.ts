import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApiError } from '@pitchdesk/contracts';
import { CatalogueError, CatalogueErrorCode } from '../catalogue/catalogue.errors';
import { FrontDeskError, FrontDeskErrorCode } from '../front-desk/front-desk.errors';
import { MailError, MailErrorCode } from '../mail/mail.errors';
import { PlanningError, PlanningErrorCode } from '../planning/planning.errors';
import { PropertiesError, PropertiesErrorCode } from '../properties/properties.errors';
import { ReservationDeskError, ReservationDeskErrorCode } from '../reservation-desk/reservation-desk.errors';
import { ReservationsError, ReservationsErrorCode } from '../reservations/reservations.errors';
import { StaffAuthError, StaffAuthErrorCode } from '../staff-auth/staff-auth.errors';
import { ValidationFailedError } from './validation';
import { ContextError } from './context-error';

function propertiesStatus(code: PropertiesErrorCode): number {
  switch (code) {
    case PropertiesErrorCode.PROPERTY_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
  }
}

function catalogueStatus(code: CatalogueErrorCode): number {
  switch (code) {
    case CatalogueErrorCode.NO_RATE_CARD:
      return HttpStatus.CONFLICT;
  }
}

function reservationsStatus(code: ReservationsErrorCode): number {
  switch (code) {
    case ReservationsErrorCode.HOLD_NOT_FOUND:
    case ReservationsErrorCode.UNIT_NOT_FOUND:
    case ReservationsErrorCode.BOOKING_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case ReservationsErrorCode.UNIT_TAKEN:
    case ReservationsErrorCode.NO_UNIT_AVAILABLE:
    case ReservationsErrorCode.HOLD_EXPIRED:
    case ReservationsErrorCode.ALREADY_BOOKED:
    case ReservationsErrorCode.ALREADY_CANCELLED:
    case ReservationsErrorCode.STAY_STARTED:
    case ReservationsErrorCode.BUSY:
      return HttpStatus.CONFLICT;
    case ReservationsErrorCode.STAY_NOT_ALLOWED:
    case ReservationsErrorCode.PRICING_FAILED:
    case ReservationsErrorCode.IDEMPOTENCY_KEY_REUSED:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ReservationsErrorCode.IDEMPOTENCY_KEY_MISSING:
      return HttpStatus.BAD_REQUEST;
  }
}

function staffAuthStatus(code: StaffAuthErrorCode): number {
  switch (code) {
    case StaffAuthErrorCode.SIGN_IN_REQUIRED:
    case StaffAuthErrorCode.SESSION_UNAVAILABLE:
    case StaffAuthErrorCode.INVALID_CREDENTIALS:
      return HttpStatus.UNAUTHORIZED;
    case StaffAuthErrorCode.ROLE_FORBIDDEN:
    case StaffAuthErrorCode.CSRF_REJECTED:
      return HttpStatus.FORBIDDEN;
    case StaffAuthErrorCode.ACCOUNT_LOCKED:
    case StaffAuthErrorCode.TOO_MANY_ATTEMPTS:
      return HttpStatus.TOO_MANY_REQUESTS;
    case StaffAuthErrorCode.SIGN_IN_UNAVAILABLE:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case StaffAuthErrorCode.STAFF_USER_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
  }
}

function planningStatus(code: PlanningErrorCode): number {
  switch (code) {
    case PlanningErrorCode.UNIT_NOT_FOUND:
    case PlanningErrorCode.RESERVATION_NOT_FOUND:
    case PlanningErrorCode.CLOSURE_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case PlanningErrorCode.UNIT_TAKEN:
    case PlanningErrorCode.NOT_MOVABLE:
      return HttpStatus.CONFLICT;
    case PlanningErrorCode.UNIT_UNSUITABLE:
    case PlanningErrorCode.PRICING_FAILED:
      return HttpStatus.UNPROCESSABLE_ENTITY;
  }
}

function reservationDeskStatus(code: ReservationDeskErrorCode): number {
  switch (code) {
    case ReservationDeskErrorCode.RESERVATION_NOT_FOUND:
    case ReservationDeskErrorCode.UNIT_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case ReservationDeskErrorCode.UNIT_TAKEN:
    case ReservationDeskErrorCode.NOT_EDITABLE:
    case ReservationDeskErrorCode.NOT_CANCELLABLE:
      return HttpStatus.CONFLICT;
    case ReservationDeskErrorCode.STAY_NOT_ALLOWED:
    case ReservationDeskErrorCode.UNIT_UNSUITABLE:
    case ReservationDeskErrorCode.PRICING_FAILED:
    case ReservationDeskErrorCode.IDEMPOTENCY_KEY_REUSED:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ReservationDeskErrorCode.IDEMPOTENCY_KEY_MISSING:
      return HttpStatus.BAD_REQUEST;
    case ReservationDeskErrorCode.PRECONDITION_REQUIRED:
      return HttpStatus.PRECONDITION_REQUIRED;
    case ReservationDeskErrorCode.VERSION_CONFLICT:
      return HttpStatus.PRECONDITION_FAILED;
  }
}

function frontDeskStatus(code: FrontDeskErrorCode): number {
  switch (code) {
    case FrontDeskErrorCode.RESERVATION_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case FrontDeskErrorCode.WRONG_STATUS:
    case FrontDeskErrorCode.TOO_EARLY:
    case FrontDeskErrorCode.STAY_OVER:
    case FrontDeskErrorCode.BALANCE_OPEN:
    case FrontDeskErrorCode.NO_RATE_CARD:
      return HttpStatus.CONFLICT;
    case FrontDeskErrorCode.REGISTRATION_INCOMPLETE:
    case FrontDeskErrorCode.EXTRA_NOT_AVAILABLE:
    case FrontDeskErrorCode.IDEMPOTENCY_KEY_REUSED:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case FrontDeskErrorCode.IDEMPOTENCY_KEY_MISSING:
      return HttpStatus.BAD_REQUEST;
  }
}

function mailStatus(code: MailErrorCode): number {
  switch (code) {
    case MailErrorCode.SES_EVENTS_DISABLED:
      return HttpStatus.NOT_FOUND;
    case MailErrorCode.MALFORMED_MESSAGE:
      return HttpStatus.BAD_REQUEST;
    case MailErrorCode.SIGNATURE_INVALID:
    case MailErrorCode.UNKNOWN_TOPIC:
      return HttpStatus.FORBIDDEN;
    case MailErrorCode.CERTIFICATE_UNAVAILABLE:
    case MailErrorCode.CONFIRMATION_FAILED:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

/** The one place that turns errors into HTTP answers: a client mistake is never a 500. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = this.toApiError(error);
    if (body.statusCode >= 500) {
      // A context's own 5xx (a dependency is down, and it said so) is a warning with its
      // code; anything else escaped every context and is an error with its stack.
      if (error instanceof ContextError) {
        this.logger.warn({ message: 'dependency unavailable', code: body.code, status: body.statusCode });
      } else {
        this.logger.error({ message: 'unhandled error', error: error instanceof Error ? error.stack : String(error) });
      }
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof StaffAuthError && error.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    void reply.status(body.statusCode).send(body);
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof ValidationFailedError) {
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: error.message, fields: error.fields };
    }
    if (error instanceof PropertiesError) {
      return { statusCode: propertiesStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof CatalogueError) {
      return { statusCode: catalogueStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof ReservationsError) {
      return { statusCode: reservationsStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof StaffAuthError) {
      return { statusCode: staffAuthStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof PlanningError) {
      return { statusCode: planningStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof ReservationDeskError) {
      return { statusCode: reservationDeskStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof FrontDeskError) {
      return { statusCode: frontDeskStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof MailError) {
      return { statusCode: mailStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      return { statusCode, code: HttpStatus[statusCode] ?? 'HTTP_ERROR', message: error.message };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged.' };
  }
}
