import { Logger } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReservationsError, ReservationsErrorCode } from '../reservations/reservations.errors';
import { StaffAuthError, StaffAuthErrorCode } from '../staff-auth/staff-auth.errors';
import { HttpErrorFilter } from './http-error.filter';

function replyCapture() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const reply = {
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('HttpErrorFilter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers a client mistake with its status and code, and logs nothing', () => {
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = replyCapture();
    new HttpErrorFilter().catch(new ReservationsError(ReservationsErrorCode.UNIT_TAKEN, 'taken', { unitId: 'u1' }), host);
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({ statusCode: 409, code: 'UNIT_TAKEN', details: { unitId: 'u1' } });
    expect(error).not.toHaveBeenCalled();
  });

  it("logs a context's own 5xx (a dependency it says is down) as a warning with its code", () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = replyCapture();
    new HttpErrorFilter().catch(new StaffAuthError(StaffAuthErrorCode.SIGN_IN_UNAVAILABLE, 'Sign-in is unavailable'), host);
    expect(sent.status).toBe(503);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ code: 'SIGN_IN_UNAVAILABLE', status: 503 }));
    expect(error).not.toHaveBeenCalled();
  });

  it('logs anything that escaped every context as an error with its stack, and answers 500', () => {
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = replyCapture();
    new HttpErrorFilter().catch(new TypeError('boom'), host);
    expect(sent.status).toBe(500);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'unhandled error', error: expect.stringContaining('TypeError: boom') }));
  });
});
