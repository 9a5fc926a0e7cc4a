import { laggingPartitions } from './consumer-lag';

describe('laggingPartitions', () => {
  it('names the partitions whose lag gauge is above zero, and only those', () => {
    const text = [
      '# HELP d06_consumer_lag Records in a partition not yet consumed by the group',
      '# TYPE d06_consumer_lag gauge',
      'd06_consumer_lag{group="r1.metrics",topic="population.events.v1",partition="1",service="metrics"} 0',
      'd06_consumer_lag{group="r1.metrics",topic="bhyt.events.v1",partition="3",service="metrics"} 66',
      'd06_consumer_lag{group="r1.metrics",topic="onestop.events.v1",partition="0",service="metrics"} 2',
      'd06_consumer_lag_total 68',
      'd06_events_published_total{topic="bhyt.events.v1"} 5',
    ].join('\n');
    expect(laggingPartitions(text)).toEqual([
      { topic: 'bhyt.events.v1', partition: '3', records: 66 },
      { topic: 'onestop.events.v1', partition: '0', records: 2 },
    ]);
    expect(laggingPartitions('d06_consumer_lag{topic="a",partition="0"} 0\n')).toEqual([]);
  });
});
