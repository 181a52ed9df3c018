import * as z from 'zod';
import { COUNTRY_CODES, DOCUMENT_TYPES, ITALIAN_PROVINCES } from './front-desk-code-lists';

export * from './front-desk-code-lists';

export const countryCodeSchema = z.enum(COUNTRY_CODES, { error: 'expected an ISO 3166-1 country code such as IT or DE' });
export const italianProvinceSchema = z.enum(ITALIAN_PROVINCES, { error: 'expected an Italian province abbreviation such as RM or BZ' });
export const documentTypeSchema = z.enum(DOCUMENT_TYPES, { error: `expected a document type: ${DOCUMENT_TYPES.join(', ')}` });
export const sexSchema = z.enum(['M', 'F'], { error: 'expected M or F' });
