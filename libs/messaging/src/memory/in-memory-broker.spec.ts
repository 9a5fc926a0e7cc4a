import { Partitioners } from 'kafkajs';
import { InMemoryBroker } from './in-memory-broker';

describe('InMemoryBroker', () => {
  it('partitions keys exactly as kafkajs (murmur2) does', () => {
    const broker = new InMemoryBroker(6);
    broker.createTopic('t');
    const keys = Array.from({ length: 50 }, (_, i) => `0380900${String(i).padStart(5, '0')}`);
    broker.append(
      't',
      keys.map((key) => ({ key, value: null, headers: {} })),
    );
    const partitioner = Partitioners.DefaultPartitioner();
    const metadata = Array.from({ length: 6 }, (_, partitionId) => ({
      partitionId,
      leader: 0,
      replicas: [0],
      isr: [0],
      offlineReplicas: [],
      partitionErrorCode: 0,
    }));
    for (let p = 0; p < 6; p++) {
      for (const record of broker.read('t', p, 0, 100)) {
        expect(
          partitioner({ topic: 't', partitionMetadata: metadata, message: { key: record.key, value: null } }),
        ).toBe(p);
      }
    }
    const total = Array.from({ length: 6 }, (_, p) => broker.endOffset('t', p)).reduce((a, b) => a + b, 0);
    expect(total).toBe(50);
  });

  it('assigns every partition to exactly one member of a group', () => {
    const broker = new InMemoryBroker(6);
    broker.createTopic('t');
    broker.join('g', 'a', ['t']);
    broker.join('g', 'b', ['t']);
    broker.join('g', 'c', ['t']);
    const owned = ['a', 'b', 'c'].flatMap((m) => broker.assignment('g', m).map((tp) => tp.partition));
    expect(owned.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    broker.leave('g', 'b');
    expect(['a', 'c'].flatMap((m) => broker.assignment('g', m).map((tp) => tp.partition)).sort()).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('refuses to write to a topic that does not exist', () => {
    expect(() => new InMemoryBroker().append('missing', [])).toThrow(/does not exist/);
  });
});
