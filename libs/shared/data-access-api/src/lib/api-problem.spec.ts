import { HttpErrorResponse } from '@angular/common/http';
import { describeApiProblem } from './api-problem';

describe('describeApiProblem', () => {
  it.each([0, 502, 503, 504])('calls a status %i the API being unreachable: retry', (status) => {
    expect(describeApiProblem(new HttpErrorResponse({ status }))).toEqual({ kind: 'unreachable' });
  });

  it('keeps a refusal with its code, message and field messages', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, code: 'UNIT_TAKEN', message: 'taken', details: { unitId: 'u1' } },
    });
    expect(describeApiProblem(error)).toEqual({
      kind: 'refused',
      status: 409,
      code: 'UNIT_TAKEN',
      message: 'taken',
      fields: {},
      details: { unitId: 'u1' },
    });
  });

  it('names a refusal without an error body by its status', () => {
    expect(describeApiProblem(new HttpErrorResponse({ status: 404, error: 'Not Found' }))).toMatchObject({ kind: 'refused', code: 'HTTP_404' });
  });
});
