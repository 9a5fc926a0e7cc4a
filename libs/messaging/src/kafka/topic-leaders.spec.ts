import { isTopicNotYetKnown, waitForTopicLeaders } from './topic-leaders';

const unknownTopic = Object.assign(new Error('This server does not host this topic-partition'), {
  type: 'UNKNOWN_TOPIC_OR_PARTITION',
});
const metadata = (leader: number) => ({
  topics: [
    { name: 't', partitions: [{ partitionId: 0, leader, replicas: [], isr: [], partitionErrorCode: 0 }] },
  ],
});

describe('waitForTopicLeaders', () => {
  it('asks again while the broker does not know the new topic or its leader yet', async () => {
    const answers: (() => unknown)[] = [
      () => {
        throw unknownTopic;
      },
      () => metadata(-1),
      () => metadata(1),
    ];
    const fetchTopicMetadata = jest.fn(async () => answers.shift()!());
    await waitForTopicLeaders({ fetchTopicMetadata } as never, ['t'], { pollMs: 1 });
    expect(fetchTopicMetadata).toHaveBeenCalledTimes(3);
  });

  it('gives up at its deadline, and at once on any other error', async () => {
    const never = { fetchTopicMetadata: jest.fn(async () => Promise.reject(unknownTopic)) };
    await expect(waitForTopicLeaders(never as never, ['t'], { timeoutMs: 20, pollMs: 5 })).rejects.toThrow(
      /without leaders/,
    );
    const broken = {
      fetchTopicMetadata: jest.fn(async () => Promise.reject(new Error('connection refused'))),
    };
    await expect(waitForTopicLeaders(broken as never, ['t'])).rejects.toThrow(/connection refused/);
    expect(broken.fetchTopicMetadata).toHaveBeenCalledTimes(1);
  });

  it('tells a topic the broker does not know yet from other errors', () => {
    expect(isTopicNotYetKnown(unknownTopic)).toBe(true);
    expect(isTopicNotYetKnown(new Error('x'))).toBe(false);
    expect(isTopicNotYetKnown(undefined)).toBe(false);
  });
});
