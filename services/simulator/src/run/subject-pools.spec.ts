import { shareProvince } from '@d06/synthetic';
import { parseScenario } from '../scenario/load-scenario';
import { subjectPools, subjectPoolsOf } from './subject-pools';

const scenario = parseScenario(`
name: pools-test
province: "038"
period: { from: "2023-08-15", to: "2023-09-14", asOf: "2023-09-15" }
population: { size: 4000 }
seed: 7
`);

/** What the seeds generate for the scenario (its province, size, seed and as-of date). */
const province = { provinceCode: '038', size: 4000, seed: 7, referenceDate: '2023-09-15' };

describe('subject pools', () => {
  it('sorts the same people from the seeds’ shared province as from a generation of their own', async () => {
    const own = subjectPools(scenario, '038');
    // the seeds read the province in batches of another size, several readers side by side
    const shared = shareProvince({ ...province, batchSize: 1_000 }, 2);
    const [fromSeeds] = await Promise.all([
      subjectPoolsOf(scenario, shared.readers[0]),
      (async () => {
        // another seed, reading every batch
        for await (const batch of shared.readers[1]) expect(batch.length).toBeGreaterThan(0);
      })(),
    ]);
    const ids = (people: readonly { idNumber: string }[]) => people.map((p) => p.idNumber);
    expect(ids(fromSeeds.eid)).toEqual(ids(own.eid));
    expect(ids(fromSeeds.validCards)).toEqual(ids(own.validCards));
    expect(ids(fromSeeds.unbanked.socialAssistance)).toEqual(ids(own.unbanked.socialAssistance));
    expect(fromSeeds.deceased.map((d) => d.person.idNumber)).toEqual(
      own.deceased.map((d) => d.person.idNumber),
    );
    expect(fromSeeds.parents.map((p) => p.father.idNumber)).toEqual(
      own.parents.map((p) => p.father.idNumber),
    );
    expect(own.eid.length).toBeGreaterThan(0);
    expect(own.validCards.length).toBeGreaterThan(0);
  });
});
