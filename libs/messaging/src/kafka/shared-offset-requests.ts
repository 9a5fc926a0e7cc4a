import type { Admin } from 'kafkajs';

/**
 * Offsets asked of the cluster, one request in flight per question: the partitions of a new group member load
 * together, so they share one answer per topic (and group).
 */
const inFlight = new WeakMap<Admin, Map<string, Promise<unknown>>>();

function askedOnce<T>(admin: Admin, key: string, ask: () => Promise<T>): Promise<T> {
  let asking = inFlight.get(admin);
  if (!asking) inFlight.set(admin, (asking = new Map<string, Promise<unknown>>()));
  let request = asking.get(key) as Promise<T> | undefined;
  if (!request) {
    const pending = asking;
    request = ask().finally(() => pending.delete(key));
    asking.set(key, request);
  }
  return request;
}

/** A partition's first (`low`) and next (`high`) offsets. */
export async function watermarks(
  admin: Admin,
  physicalTopic: string,
  partition: number,
): Promise<{ low: number; high: number }> {
  const offsets = await askedOnce(admin, `ends\u0000${physicalTopic}`, () =>
    admin.fetchTopicOffsets(physicalTopic),
  );
  const entry = offsets.find((candidate) => candidate.partition === partition);
  return { low: Number(entry?.low ?? 0), high: Number(entry?.high ?? 0) };
}

/** The group's committed offset of a partition, or undefined when it has none. */
export async function committedOffset(
  admin: Admin,
  group: string,
  physicalTopic: string,
  partition: number,
): Promise<number | undefined> {
  const offsets = await askedOnce(admin, `committed\u0000${group}\u0000${physicalTopic}`, () =>
    admin.fetchOffsets({ groupId: group, topics: [physicalTopic] }),
  );
  const offset = offsets
    .flatMap((entry) => entry.partitions)
    .find((entry) => entry.partition === partition)?.offset;
  return offset !== undefined && Number(offset) >= 0 ? Number(offset) : undefined;
}
