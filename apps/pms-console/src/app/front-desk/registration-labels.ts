import type { DocumentType, RegistrationField } from '@pitchdesk/contracts/front-desk';
import { COUNTRY_CODES, DOCUMENT_TYPES } from '@pitchdesk/contracts/front-desk';

/** How a registration field is entered. */
export type FieldKind = 'text' | 'date' | 'sex' | 'country' | 'province' | 'document';

export function fieldKind(field: RegistrationField): FieldKind {
  switch (field) {
    case 'birthDate':
      return 'date';
    case 'sex':
      return 'sex';
    case 'birthCountry':
    case 'citizenship':
    case 'documentIssueCountry':
      return 'country';
    case 'birthProvince':
      return 'province';
    case 'documentType':
      return 'document';
    case 'surname':
    case 'givenName':
    case 'birthComune':
    case 'documentNumber':
    case 'documentIssueComune':
      return 'text';
  }
}

export function fieldLabel(field: RegistrationField): string {
  switch (field) {
    case 'surname':
      return $localize`:@@front-desk.field-surname:Surname`;
    case 'givenName':
      return $localize`:@@front-desk.field-given-name:Given name`;
    case 'sex':
      return $localize`:@@front-desk.field-sex:Sex`;
    case 'birthDate':
      return $localize`:@@front-desk.field-birth-date:Date of birth`;
    case 'birthCountry':
      return $localize`:@@front-desk.field-birth-country:Country of birth`;
    case 'birthComune':
      return $localize`:@@front-desk.field-birth-comune:Comune of birth`;
    case 'birthProvince':
      return $localize`:@@front-desk.field-birth-province:Province of birth`;
    case 'citizenship':
      return $localize`:@@front-desk.field-citizenship:Citizenship`;
    case 'documentType':
      return $localize`:@@front-desk.field-document-type:Document type`;
    case 'documentNumber':
      return $localize`:@@front-desk.field-document-number:Document number`;
    case 'documentIssueCountry':
      return $localize`:@@front-desk.field-document-country:Document issued in (country)`;
    case 'documentIssueComune':
      return $localize`:@@front-desk.field-document-comune:Document issued in (comune)`;
  }
}

export function documentLabel(type: DocumentType): string {
  switch (type) {
    case 'IDENT':
      return $localize`:@@front-desk.document-ident:Identity card`;
    case 'IDELE':
      return $localize`:@@front-desk.document-idele:Electronic identity card`;
    case 'PASOR':
      return $localize`:@@front-desk.document-pasor:Passport`;
    case 'PATEN':
      return $localize`:@@front-desk.document-paten:Driving licence`;
    case 'PASDI':
      return $localize`:@@front-desk.document-pasdi:Diplomatic passport`;
    case 'PASSE':
      return $localize`:@@front-desk.document-passe:Service passport`;
    case 'RIFUG':
      return $localize`:@@front-desk.document-rifug:Refugee travel document`;
  }
}

/** What the browser may fill in for the field (names and birth dates of people it knows). */
const AUTOCOMPLETE: Partial<Record<RegistrationField, string>> = { surname: 'family-name', givenName: 'given-name', birthDate: 'bday' };

export function autocompleteOf(field: RegistrationField): string {
  return AUTOCOMPLETE[field] ?? 'off';
}

/** Countries by name in the page's language (Italy first: most guests' births and documents). */
export function countryOptions(locale: string): readonly { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  const all = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  return [...all.filter((option) => option.code === 'IT'), ...all.filter((option) => option.code !== 'IT')];
}

export const documentOptions = (): readonly { code: DocumentType; name: string }[] => DOCUMENT_TYPES.map((code) => ({ code, name: documentLabel(code) }));

/** The field groups of one guest's form, in the order the police report lists them. */
export const FIELD_GROUPS: readonly { readonly key: 'person' | 'birth' | 'document'; readonly fields: readonly RegistrationField[] }[] = [
  { key: 'person', fields: ['surname', 'givenName', 'sex', 'citizenship'] },
  { key: 'birth', fields: ['birthDate', 'birthCountry', 'birthComune', 'birthProvince'] },
  { key: 'document', fields: ['documentType', 'documentNumber', 'documentIssueCountry', 'documentIssueComune'] },
];

export function groupTitle(key: 'person' | 'birth' | 'document'): string {
  switch (key) {
    case 'person':
      return $localize`:@@front-desk.group-person:Person`;
    case 'birth':
      return $localize`:@@front-desk.group-birth:Birth`;
    case 'document':
      return $localize`:@@front-desk.group-document:Identity document`;
  }
}
