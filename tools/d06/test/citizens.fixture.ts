/** The caller headers of a police data-entry system (every call to the register states its caller). */
export const POLICE_CALLER = {
  'x-caller-type': 'system',
  'x-caller-id': 'slice-test',
  'x-caller-agency': 'G01.038.TEST',
  'x-caller-role': 'police',
  'x-purpose': 'population data entry',
};

/** N distinct, well-formed registration requests (Thanh Hóa, born 1990; the sex digit agrees with the sex). */
export function citizenRequests(count: number, seed = 0): Record<string, string>[] {
  return Array.from({ length: count }, (_, i) => {
    const sex = i % 2 === 0 ? 'male' : 'female';
    return {
      idNumber: `038${sex === 'male' ? '0' : '1'}90${String(seed * 100_000 + i).padStart(6, '0')}`,
      fullName: `Công dân ${i}`,
      birthDate: '1990-05-01',
      sex,
    };
  });
}

/** POSTs every request (a few at a time) and fails on any non-201. */
export async function registerAll(
  baseUrl: string,
  requests: Record<string, string>[],
  concurrency = 8,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const body = requests[next++];
      const response = await fetch(`${baseUrl}/v1/citizens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...POLICE_CALLER },
        body: JSON.stringify(body),
      });
      if (response.status !== 201)
        throw new Error(`registration answered ${response.status}: ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export async function registeredCount(metricsUrl: string): Promise<number> {
  const response = await fetch(`${metricsUrl}/v1/figures`);
  if (!response.ok) return -1;
  const figures = (await response.json()) as Record<string, number>;
  return figures['citizens.registered'] ?? 0;
}
