/**
 * Case fields are grouped by sensitivity; each group is allowed or redacted by
 * policy (action `case:read-group` with `context.group`), never by the UI alone.
 *
 * @example
 *   caseFieldGroupOf('criminalRecord'); // 'criminal_allegations'
 *   caseFieldGroupOf('reference');      // 'unrestricted'
 *   caseFieldGroupOf('somethingNew');   // undefined → redacted as 'undeclared'
 */
export const FIELD_GROUPS = [
  'identity',
  'immigration_history',
  'criminal_allegations',
  'medical',
  'location',
  'contact',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export function isFieldGroup(value: string): value is FieldGroup {
  return (FIELD_GROUPS as readonly string[]).includes(value);
}

/** What a field belongs to: a group, `unrestricted` (case metadata, no personal data), or undeclared. */
export type FieldGroupOf = (field: string) => FieldGroup | 'unrestricted' | undefined;

/**
 * The minimised set a receiving-state liaison may see: who the person is, so
 * the receiving state can plan reception, and nothing else. Mirrored in
 * src/access/policies/receiving-liaison.cedar.
 */
export const LIAISON_FIELD_GROUPS = ['identity'] as const satisfies readonly FieldGroup[];

/**
 * Case and person fields by group. Fields not listed here are redacted as
 * `undeclared` (fail closed): a new personal field stays hidden until someone
 * decides its group here.
 */
export const CASE_FIELD_GROUPS: Readonly<Record<string, FieldGroup | 'unrestricted'>> = {
  id: 'unrestricted',
  reference: 'unrestricted',
  personId: 'unrestricted',
  state: 'unrestricted',
  heldFromState: 'unrestricted',
  holdReason: 'unrestricted',
  destinationCountry: 'unrestricted',
  agreementId: 'unrestricted',
  ruleSetId: 'unrestricted',
  officerId: 'unrestricted',
  counselId: 'unrestricted',
  closeOutcome: 'unrestricted',
  openedAt: 'unrestricted',
  closedAt: 'unrestricted',
  isDemo: 'unrestricted',
  createdAt: 'unrestricted',
  updatedAt: 'unrestricted',
  version: 'unrestricted',

  teamIds: 'unrestricted',
  agency: 'unrestricted',
  names: 'identity',
  givenName: 'identity',
  givenNames: 'identity',
  familyName: 'identity',
  fullName: 'identity',
  aliases: 'identity',
  birthDate: 'identity',
  sex: 'identity',
  nationalities: 'identity',
  languages: 'identity',
  externalId: 'identity',

  removalOrder: 'immigration_history',
  countriesOnOrder: 'immigration_history',
  designation: 'immigration_history',
  fearClaims: 'immigration_history',
  protections: 'immigration_history',
  courtOrders: 'immigration_history',
  notices: 'immigration_history',
  entryHistory: 'immigration_history',

  criminalRecord: 'criminal_allegations',
  criminalAllegations: 'criminal_allegations',
  convictions: 'criminal_allegations',

  vulnerabilities: 'medical',
  medical: 'medical',
  medicalNeeds: 'medical',

  detentionFacility: 'location',
  address: 'location',
  currentLocation: 'location',

  phone: 'contact',
  email: 'contact',
  familyContacts: 'contact',
};

export const caseFieldGroupOf: FieldGroupOf = (field) => CASE_FIELD_GROUPS[field];
