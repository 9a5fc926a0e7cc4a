import { EventCatalog, type EventContract } from './event-catalog';

const contract = (type: string, schema: object): EventContract => ({ type, topic: 'test.events.v1', schema });

describe('EventCatalog', () => {
  const valid = contract('test.thing.v1', {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
  });

  it('checks data against the schema of its type, naming what is wrong', () => {
    const catalog = new EventCatalog([valid]);
    expect(catalog.accepts('test.thing.v1', { name: 'a', at: '2023-09-01T08:00:00+07:00' })).toBe(true);
    expect(catalog.accepts('test.thing.v1', { name: 'a', at: 'yesterday' })).toBe(false);
    expect(catalog.violations('test.thing.v1', {})).toEqual(["data must have required property 'name'"]);
    expect(catalog.accepts('test.unknown.v1', {})).toBe(false);
    expect(catalog.violations('test.unknown.v1', {})).toEqual(['unknown event type test.unknown.v1']);
  });

  it('compiles a schema when its type is first checked, so one broken schema fails only its own type', () => {
    const broken = contract('test.broken.v1', { type: 'no-such-type' });
    const catalog = new EventCatalog([valid, broken]);
    expect(catalog.has('test.broken.v1')).toBe(true);
    expect(catalog.accepts('test.thing.v1', { name: 'a' })).toBe(true);
    expect(() => catalog.accepts('test.broken.v1', {})).toThrow(/schema is invalid/);
  });

  it('checks draft 2020-12 schemas too', () => {
    const catalog = new EventCatalog([
      contract('test.new.v1', {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { n: { type: 'integer', minimum: 1 } },
      }),
    ]);
    expect(catalog.accepts('test.new.v1', { n: 1 })).toBe(true);
    expect(catalog.violations('test.new.v1', { n: 0 })).toEqual(['data/n must be >= 1']);
  });
});
