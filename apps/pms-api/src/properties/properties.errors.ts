import { ContextError } from '../common/context-error';

export const PropertiesErrorCode = {
  PROPERTY_NOT_FOUND: 'PROPERTY_NOT_FOUND',
} as const;
export type PropertiesErrorCode = (typeof PropertiesErrorCode)[keyof typeof PropertiesErrorCode];

/** The one error type of the properties context; the exception filter maps its codes to HTTP. */
export class PropertiesError extends ContextError<PropertiesErrorCode> {}
