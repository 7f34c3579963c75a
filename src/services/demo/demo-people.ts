import type { CaseState, CloseOutcome, OpenState } from '../../core/case.js';
import type { Vulnerability } from '../../core/person.js';

/**
 * Fictional people for the demo program. Names are assembled from common
 * given and family names; none is a real person's record. Each person is
 * someone the sending state says it cannot return to their own country.
 */
export interface DemoPerson {
  readonly key: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly nationalities: string[];
  readonly languages: string[];
  readonly vulnerabilities: Vulnerability[];
  readonly state: CaseState;
  readonly destination: string | null;
  readonly agreementCode: string | null;
  readonly heldFrom?: OpenState;
  readonly holdReason?: string;
  readonly closeOutcome?: CloseOutcome;
}

const GIVEN = ['Amina', 'Yusuf', 'Mariela', 'Tesfay', 'Leyla', 'Omar', 'Rosa', 'Daniel', 'Farida', 'Hamid', 'Lucia', 'Nguyen Van', 'Khadija', 'Samuel', 'Sofia', 'Abdi', 'Teresa', 'Reza', 'Grace', 'Ismail'];
const FAMILY = ['Haddad', 'Morales', 'Gebremedhin', 'Rahimi', 'Castillo', 'Warsame', 'Tran', 'Okonkwo', 'Delgado', 'Nasser', 'Alvarez', 'Karimi', 'Mengistu', 'Suarez', 'Farah', 'Phommachanh', 'Herrera', 'Yilmaz', 'Abdullahi', 'Pérez'];

/** Origin countries with the languages their people commonly understand. */
const ORIGINS: ReadonlyArray<{ nationality: string; languages: string[] }> = [
  { nationality: 'IQ', languages: ['ar', 'ku'] },
  { nationality: 'VE', languages: ['es'] },
  { nationality: 'ER', languages: ['ti', 'ar'] },
  { nationality: 'AF', languages: ['fa', 'ps'] },
  { nationality: 'CU', languages: ['es'] },
  { nationality: 'SO', languages: ['so', 'ar'] },
  { nationality: 'VN', languages: ['vi'] },
  { nationality: 'LA', languages: ['lo'] },
  { nationality: 'IR', languages: ['fa'] },
  { nationality: 'SD', languages: ['ar'] },
  { nationality: 'HT', languages: ['ht', 'fr'] },
  { nationality: 'NI', languages: ['es'] },
];

/** How the 40 demo cases spread over the workflow (state, destination, agreement). */
const SPREAD: ReadonlyArray<Pick<DemoPerson, 'state' | 'destination' | 'agreementCode' | 'heldFrom' | 'holdReason' | 'closeOutcome'>> = [
  ...Array.from({ length: 6 }, () => ({ state: 'intake' as const, destination: null, agreementCode: null })),
  ...Array.from({ length: 5 }, () => ({ state: 'designation_review' as const, destination: null, agreementCode: null })),
  { state: 'country_proposed', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'country_proposed', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'country_proposed', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'country_proposed', destination: 'PW', agreementCode: 'us-pw-2025' },
  { state: 'country_proposed', destination: 'XK', agreementCode: 'us-xk-2025' },
  { state: 'notice_served', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'notice_served', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'notice_served', destination: 'GH', agreementCode: 'us-gh-2025' },
  { state: 'notice_served', destination: 'XK', agreementCode: 'us-xk-2025' },
  { state: 'fear_screening', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'fear_screening', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'fear_screening', destination: 'GQ', agreementCode: 'us-gq-2025' },
  { state: 'cleared', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'cleared', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'cleared', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'cleared', destination: 'XK', agreementCode: 'us-xk-2025' },
  { state: 'manifested', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'manifested', destination: 'SZ', agreementCode: 'us-sz-2025' },
  { state: 'relocated', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'monitoring', destination: 'RW', agreementCode: 'us-rw-2025' },
  { state: 'monitoring', destination: 'GH', agreementCode: 'us-gh-2025' },
  { state: 'on_hold', destination: 'SS', agreementCode: 'us-ss-2025', heldFrom: 'notice_served', holdReason: 'Stay of removal entered by the district court (demo)' },
  { state: 'on_hold', destination: 'RW', agreementCode: 'us-rw-2025', heldFrom: 'cleared', holdReason: 'Reasonable-fear finding pending reopening (demo)' },
  { state: 'on_hold', destination: 'GQ', agreementCode: 'us-gq-2025', heldFrom: 'country_proposed', holdReason: 'Country assessment under review (demo)' },
  { state: 'closed', destination: 'RW', agreementCode: 'us-rw-2025', closeOutcome: 'relocated' },
  { state: 'closed', destination: 'GQ', agreementCode: 'us-gq-2025', closeOutcome: 'protection_granted' },
  { state: 'closed', destination: null, agreementCode: null, closeOutcome: 'released' },
  { state: 'closed', destination: null, agreementCode: null, closeOutcome: 'withdrawn' },
  { state: 'closed', destination: 'UG', agreementCode: 'us-ug-2025', closeOutcome: 'removed_to_origin' },
];

const VULNERABILITY_ROTATION: Vulnerability[][] = [[], [], [], ['serious_medical'], [], ['torture_survivor'], [], [], ['elderly'], [], ['mental_health'], []];

export function demoPeople(): DemoPerson[] {
  return SPREAD.map((spread, index) => {
    const origin = ORIGINS[index % ORIGINS.length] ?? { nationality: 'IQ', languages: ['ar'] };
    const year = 1962 + ((index * 7) % 40);
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String(((index * 5) % 27) + 1).padStart(2, '0');
    return {
      key: `DEMO-${String(index + 1).padStart(3, '0')}`,
      givenNames: GIVEN[index % GIVEN.length] ?? 'Demo',
      familyName: FAMILY[(index * 3) % FAMILY.length] ?? 'Person',
      birthDate: `${year}-${month}-${day}`,
      nationalities: [origin.nationality],
      languages: [...origin.languages, ...(index % 4 === 0 ? ['en'] : [])],
      vulnerabilities: VULNERABILITY_ROTATION[index % VULNERABILITY_ROTATION.length] ?? [],
      ...spread,
    };
  });
}
