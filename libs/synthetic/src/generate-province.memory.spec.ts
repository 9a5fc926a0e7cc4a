import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateProvince } from './generate-province';

// A full collection on demand, to compare what stays alive rather than what is merely not collected yet.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsedAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('generateProvince memory', () => {
  it('streams a 3.6 M province: the first batch comes before the rest exists', () => {
    const batches = generateProvince({ provinceCode: '38', size: 3_600_000, seed: 42, batchSize: 1000 });
    const first = batches.next();
    expect(first.done).toBe(false);
    const count = first.value!.reduce((sum, household) => sum + household.members.length, 0);
    expect(count).toBeGreaterThanOrEqual(1000);
    expect(count).toBeLessThan(1100);
  });

  it('keeps what it holds alive the same after 20 000 and after 200 000 citizens', () => {
    const batches = generateProvince({ provinceCode: '38', size: 3_600_000, seed: 7, batchSize: 1000 });
    let generated = 0;
    const consume = (until: number) => {
      for (let next = batches.next(); !next.done; next = batches.next()) {
        generated += next.value.reduce((sum, household) => sum + household.members.length, 0);
        if (generated >= until) return;
      }
    };
    consume(20_000);
    const early = heapUsedAfterGc();
    consume(200_000);
    const late = heapUsedAfterGc();
    // Ten times the citizens, and the live heap grows by less than what 2 000 citizens would take.
    expect(late - early).toBeLessThan(4 * 1024 * 1024);
    expect(generated).toBeGreaterThanOrEqual(200_000);
  });
});
