/**
 * The shape every context's one error type shares: a code from that context's code list,
 * a message for people, details for clients. Each context subclasses it once, so the
 * exception filter can tell contexts apart and switch exhaustively over their codes.
 */
export abstract class ContextError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
