import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApiError } from '@pitchdesk/contracts';
import { PropertiesError, PropertiesErrorCode } from '../properties/properties.errors';
import { ValidationFailedError } from './validation';

function propertiesStatus(code: PropertiesErrorCode): number {
  switch (code) {
    case PropertiesErrorCode.PROPERTY_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
  }
}

/** The one place that turns errors into HTTP answers: a client mistake is never a 500. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = this.toApiError(error);
    if (body.statusCode >= 500) {
      this.logger.error({ message: 'unhandled error', error: error instanceof Error ? error.stack : String(error) });
    }
    void host.switchToHttp().getResponse<FastifyReply>().status(body.statusCode).send(body);
  }

  private toApiError(error: unknown): ApiError {
    if (error instanceof ValidationFailedError) {
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: error.message, fields: error.fields };
    }
    if (error instanceof PropertiesError) {
      return { statusCode: propertiesStatus(error.code), code: error.code, message: error.message, details: error.details };
    }
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      return { statusCode, code: HttpStatus[statusCode] ?? 'HTTP_ERROR', message: error.message };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged.' };
  }
}
