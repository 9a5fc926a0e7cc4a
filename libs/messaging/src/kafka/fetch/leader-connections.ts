import type { Admin } from 'kafkajs';
import { BrokerConnection } from './broker-connection';
import type { FramePool } from './frame-pool';

/** Connections to partition leaders, opened on demand from the cluster metadata that kafkajs' admin keeps. */
export class LeaderConnections {
  private readonly open = new Map<number, BrokerConnection>();

  constructor(
    private readonly admin: Admin,
    private readonly clientId: string,
    /** Reused buffers for the fetch responses. */
    private readonly frames?: FramePool,
  ) {}

  /** The leader of each partition of `topics`, by `topic/partition` (physical topic names). */
  async leaders(topics: readonly string[]): Promise<Map<string, number>> {
    const leaders = new Map<string, number>();
    if (topics.length === 0) return leaders;
    const metadata = await this.admin.fetchTopicMetadata({ topics: [...topics] });
    for (const topic of metadata.topics)
      for (const p of topic.partitions) leaders.set(`${topic.name}/${p.partitionId}`, p.leader);
    return leaders;
  }

  /** A working connection to broker `nodeId` (a new one if the last one broke). */
  async to(nodeId: number): Promise<BrokerConnection> {
    const known = this.open.get(nodeId);
    if (known && !known.broken) return known;
    const { brokers } = await this.admin.describeCluster();
    const broker = brokers.find((b) => b.nodeId === nodeId);
    if (!broker) throw new Error(`no broker ${nodeId} in the cluster metadata`);
    const connection = new BrokerConnection(broker.host, broker.port, this.clientId, this.frames);
    this.open.set(nodeId, connection);
    return connection;
  }

  closeAll(): void {
    for (const connection of this.open.values()) connection.close();
    this.open.clear();
  }
}
