import type { Admin } from 'kafkajs';
import { CommittedPositions } from './committed-positions';
import { TopicNames } from './topic-names';

/** An admin that answers committed offsets and topic ends for `p.things.v1`, counting its requests. */
function fakeAdmin(committed: Record<number, string>, high: Record<number, string>) {
  const calls = { fetchOffsets: 0, fetchTopicOffsets: 0 };
  const admin = {
    fetchOffsets: async ({ topics }: { topics: string[] }) => {
      calls.fetchOffsets++;
      expect(topics).toEqual(['p.things.v1']);
      const partitions = Object.entries(committed).map(([partition, offset]) => ({
        partition: Number(partition),
        offset,
        metadata: null,
      }));
      return [{ topic: topics[0], partitions }];
    },
    fetchTopicOffsets: async (topic: string) => {
      calls.fetchTopicOffsets++;
      expect(topic).toBe('p.things.v1');
      return Object.entries(high).map(([partition, offset]) => ({
        partition: Number(partition),
        offset,
        high: offset,
        low: '0',
      }));
    },
  };
  return { admin: admin as unknown as Admin, calls };
}

describe('CommittedPositions', () => {
  const names = new TopicNames('p.');

  it("resumes at the later of Kafka's commit and what this process handled since", async () => {
    const { admin } = fakeAdmin({ 0: '40', 1: '70' }, { 0: '90', 1: '90' });
    const positions = new CommittedPositions(admin, names, true);
    positions.handled('things.v1', 0, 55);
    positions.handled('things.v1', 0, 52); // never back
    positions.handled('things.v1', 1, 60); // another member committed further
    expect(await positions.load('g', 'things.v1', 0)).toBe('55');
    expect(await positions.load('g', 'things.v1', 1)).toBe('70');
  });

  it('starts a partition with nothing committed at its beginning, or at its end for a group that does not read from the beginning', async () => {
    const { admin } = fakeAdmin({ 0: '-1' }, { 0: '90' });
    expect(await new CommittedPositions(admin, names, true).load('g', 'things.v1', 0)).toBeUndefined();
    expect(await new CommittedPositions(admin, names, false).load('g', 'things.v1', 0)).toBe('90');
  });

  it('asks once per topic for the partitions of an assignment that load together', async () => {
    const { admin, calls } = fakeAdmin({ 0: '-1', 1: '-1', 2: '-1' }, { 0: '5', 1: '6', 2: '7' });
    const positions = new CommittedPositions(admin, names, false);
    const loaded = await Promise.all([0, 1, 2].map((p) => positions.load('g', 'things.v1', p)));
    expect(loaded).toEqual(['5', '6', '7']);
    expect(calls).toEqual({ fetchOffsets: 1, fetchTopicOffsets: 1 });
  });
});
