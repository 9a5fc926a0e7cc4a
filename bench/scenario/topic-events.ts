import { Kafka, logLevel } from 'kafkajs';

/**
 * How many events the run's services published: the sum of the high-water marks of every topic under the run's
 * prefix (its topics are its own, created empty), dead-letter topics left out.
 */
export async function eventsPublished(brokers: string, topicPrefix: string): Promise<number> {
  const admin = new Kafka({
    clientId: 'bench-scenario',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (topic) => topic.startsWith(topicPrefix) && !topic.endsWith('.dlq'),
    );
    let total = 0;
    for (const topic of topics) {
      for (const partition of await admin.fetchTopicOffsets(topic)) total += Number(partition.high);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}
