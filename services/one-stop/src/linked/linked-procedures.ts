export type Procedure = 'birth' | 'death';
export type LinkedStepName =
  | 'civil-status-registration'
  | 'residence-registration'
  | 'bhyt-child-card'
  | 'residence-removal'
  | 'funeral-allowance';
export type StepOwner = 'one-stop' | 'population' | 'bhyt' | 'social-security';

export interface StepDefinition {
  readonly step: LinkedStepName;
  readonly owner: StepOwner;
  /** The step's own legal time limit in working days (15:00 rule), counted from when it is requested. */
  readonly legalDays: number;
}

/**
 * The two linked procedures of QĐ 296/QĐ-VPCP (2024) and who owns each step. Step 1, the civil-status
 * registration (Tư pháp), is the one-stop system's own, done on receipt ("within the day": 0 working days).
 * Residence and BHYT steps have 2 working days each (QĐ 296); the funeral allowance is given 2 as well (an
 * assumption: QĐ 296 names no separate limit for it). The group's limit (3, 5 with verification) is the service's.
 */
export const LINKED_PROCEDURES: Readonly<Record<Procedure, readonly StepDefinition[]>> = {
  birth: [
    { step: 'civil-status-registration', owner: 'one-stop', legalDays: 0 },
    { step: 'residence-registration', owner: 'population', legalDays: 2 },
    { step: 'bhyt-child-card', owner: 'bhyt', legalDays: 2 },
  ],
  death: [
    { step: 'civil-status-registration', owner: 'one-stop', legalDays: 0 },
    { step: 'residence-removal', owner: 'population', legalDays: 2 },
    { step: 'funeral-allowance', owner: 'social-security', legalDays: 2 },
  ],
};

/** The linked services of the catalogue and their procedure. */
export const PROCEDURE_OF_SERVICE: Readonly<Record<string, Procedure>> = {
  'da06-15': 'birth',
  'da06-16': 'death',
};

export function stepDefinition(procedure: Procedure, step: LinkedStepName): StepDefinition | undefined {
  return LINKED_PROCEDURES[procedure].find((definition) => definition.step === step);
}
