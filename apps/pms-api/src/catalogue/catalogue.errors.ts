import { ContextError } from '../common/context-error';

export const CatalogueErrorCode = {
  NO_RATE_CARD: 'NO_RATE_CARD',
} as const;
export type CatalogueErrorCode = (typeof CatalogueErrorCode)[keyof typeof CatalogueErrorCode];

/** The one error type of the catalogue context. */
export class CatalogueError extends ContextError<CatalogueErrorCode> {}
