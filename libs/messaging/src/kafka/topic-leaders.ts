import type { Admin } from 'kafkajs';

/** Errors of a broker that has not caught up with a topic just created: wait, then ask again. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/** Whether kafkajs failed because the broker did not know (yet) of a topic or its leader. */
export function isTopicNotYetKnown(error: unknown): boolean {
  return NOT_YET.has((error as { type?: string } | undefined)?.type ?? '');
}

/**
 * Waits until every partition of `topics` has a leader in the broker's metadata. kafkajs' createTopics waits for
 * leaders too, but gives up when the broker answers its metadata request before it knows a topic it has just
 * created (UNKNOWN_TOPIC_OR_PARTITION, seen on a loaded machine): a service then failed to start.
 */
export async function waitForTopicLeaders(
  admin: Pick<Admin, 'fetchTopicMetadata'>,
  topics: readonly string[],
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    try {
      const { topics: known } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const led = known.every(
        (topic) => topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0),
      );
      if (led && known.length === topics.length) return;
    } catch (error) {
      if (!isTopicNotYetKnown(error)) throw error;
    }
    if (Date.now() >= deadline)
      throw new Error(`topics without leaders after creation: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
}
