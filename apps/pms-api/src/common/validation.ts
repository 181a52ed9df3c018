import type { ZodType } from 'zod';

/** A client sent something that does not match the contract; answered with 400 and field messages. */
export class ValidationFailedError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(`Invalid request: ${Object.entries(fields).map(([path, message]) => `${path} ${message}`).join('; ')}`);
    this.name = 'ValidationFailedError';
  }
}

/** Parses input with a contract schema, or throws ValidationFailedError naming each bad field. */
export function parseInput<T>(schema: ZodType<T>, input: unknown, root: string): T {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = [root, ...issue.path.map(String)].join('.');
    fields[path] ??= issue.message;
  }
  throw new ValidationFailedError(fields);
}
