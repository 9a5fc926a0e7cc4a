import type { EidLevel } from '../accounts/eid-account.entity';

/** The assurance levels as OpenID Connect `acr` values (modelled on MOSIP eSignet). */
export const ACR_OF_LEVEL: Readonly<Record<EidLevel, string>> = { 1: 'vneid:loa1', 2: 'vneid:loa2' };
export const ACR_VALUES = [ACR_OF_LEVEL[1], ACR_OF_LEVEL[2]];

export function levelOfAcr(acr: unknown): EidLevel | undefined {
  if (acr === ACR_OF_LEVEL[1]) return 1;
  if (acr === ACR_OF_LEVEL[2]) return 2;
  return undefined;
}

interface AcrRequest {
  acr_values?: unknown;
  claims?: unknown;
}

/**
 * The levels a relying party accepts, from `acr_values` and the `claims` parameter's id_token.acr (value or
 * values); unknown values are ignored. Undefined when it named none of ours: any level will do.
 */
export function acceptedLevels(params: AcrRequest): Set<EidLevel> | undefined {
  const named: unknown[] = [];
  if (typeof params.acr_values === 'string') named.push(...params.acr_values.split(' '));
  const acr = idTokenAcrRequest(params.claims);
  if (acr) {
    if (typeof acr.value === 'string') named.push(acr.value);
    if (Array.isArray(acr.values)) named.push(...(acr.values as unknown[]));
  }
  const levels = new Set(named.map(levelOfAcr).filter((level): level is EidLevel => level !== undefined));
  return levels.size > 0 ? levels : undefined;
}

/**
 * The acr an account of `level` achieves for a request: the highest accepted level it meets (so an essential
 * acr request is satisfied exactly), or its own level when the relying party named none. Refused when every
 * accepted level is above the account's.
 */
export function achievedAcr(
  level: EidLevel,
  accepted: ReadonlySet<EidLevel> | undefined,
): { ok: true; acr: string } | { ok: false; required: EidLevel } {
  if (!accepted) return { ok: true, acr: ACR_OF_LEVEL[level] };
  const met = [...accepted].filter((wanted) => wanted <= level);
  if (met.length === 0) return { ok: false, required: Math.min(...accepted) as EidLevel };
  return { ok: true, acr: ACR_OF_LEVEL[Math.max(...met) as EidLevel] };
}

function idTokenAcrRequest(claims: unknown): { value?: unknown; values?: unknown } | undefined {
  let parsed: unknown = claims;
  if (typeof claims === 'string') {
    try {
      parsed = JSON.parse(claims);
    } catch {
      return undefined;
    }
  }
  const acr = (parsed as { id_token?: { acr?: unknown } } | undefined)?.id_token?.acr;
  return typeof acr === 'object' && acr !== null ? acr : undefined;
}
