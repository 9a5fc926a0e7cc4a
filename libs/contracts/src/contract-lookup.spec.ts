import { contractFor, dlqTopicOf, isEventType } from './contract-lookup';
import { ContractError, ContractErrorCode } from './contract.error';
import {
  DEAD_LETTER_CONTRACT,
  EVENT_CONTRACTS,
  EVENT_TYPES,
  TOPIC_PARTITIONS,
  TOPICS,
  type EventType,
} from './generated/events';

const topics: string[] = Object.values(TOPICS);
const domainTopics = topics.filter((t) => !t.endsWith('.dlq'));

describe('topics', () => {
  it('are the six versioned domain topics of the design', () => {
    expect([...domainTopics].sort()).toEqual([
      'bhyt.events.v1',
      'exchange.calls.v1',
      'onestop.events.v1',
      'population.events.v1',
      'ssa.events.v1',
      'vneid.events.v1',
    ]);
  });

  it('include every topic a contract names', () => {
    for (const contract of Object.values(EVENT_CONTRACTS)) expect(topics).toContain(contract.topic);
    for (const topic of DEAD_LETTER_CONTRACT.topics) expect(topics).toContain(topic);
  });

  it('give each domain topic exactly one dead-letter topic, and the dead-letter contract covers them all', () => {
    expect(topics.filter((t) => t.endsWith('.dlq')).sort()).toEqual(
      domainTopics.map((t) => dlqTopicOf(t)).sort(),
    );
    expect([...DEAD_LETTER_CONTRACT.topics].sort()).toEqual(domainTopics.map((t) => dlqTopicOf(t)).sort());
  });

  it('each have a partition count', () => {
    expect(Object.keys(TOPIC_PARTITIONS).sort()).toEqual([...topics].sort());
    for (const count of Object.values(TOPIC_PARTITIONS)) expect(count).toBeGreaterThanOrEqual(1);
  });

  it('route citizen events to the population topic keyed by ID number', () => {
    expect(contractFor(EVENT_TYPES.CITIZEN_REGISTERED)).toMatchObject({
      topic: TOPICS.population,
      keyField: 'idNumber',
    });
  });
});

describe('contractFor', () => {
  it('returns the contract of each event type', () => {
    for (const type of Object.values(EVENT_TYPES)) expect(contractFor(type)).toBe(EVENT_CONTRACTS[type]);
  });

  it('throws a ContractError for a type without a contract', () => {
    const call = () => contractFor('vn.d06.population.citizen.vanished.v1' as EventType);
    expect(call).toThrow(ContractError);
    expect(call).toThrow(expect.objectContaining({ code: ContractErrorCode.UnknownEventType }));
  });
});

describe('isEventType', () => {
  it('tells the known types from anything else', () => {
    expect(isEventType(EVENT_TYPES.CITIZEN_REGISTERED)).toBe(true);
    expect(isEventType(DEAD_LETTER_CONTRACT.type)).toBe(false);
    expect(isEventType('toString')).toBe(false);
    expect(isEventType(42)).toBe(false);
  });
});

describe('dlqTopicOf', () => {
  it('appends .dlq', () => {
    expect(dlqTopicOf(TOPICS.population)).toBe('population.events.v1.dlq');
    expect(dlqTopicOf('t_test_1')).toBe('t_test_1.dlq');
  });

  it.each(['population.events.v1.dlq', '', 'has space', 'ü'])('refuses %j', (topic) => {
    expect(() => dlqTopicOf(topic)).toThrow(
      expect.objectContaining({ code: ContractErrorCode.InvalidTopic }),
    );
  });
});
