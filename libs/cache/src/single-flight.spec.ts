import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('runs one call per key for concurrent callers and shares its result', async () => {
    const flights = new SingleFlight();
    let release!: (value: string) => void;
    const call = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const callers = [flights.run('a', call), flights.run('a', call), flights.run('a', call)];
    const other = flights.run('b', async () => 'b');
    await Promise.resolve();
    expect(call).toHaveBeenCalledTimes(1);
    expect(flights.size).toBe(2);
    release('a');
    expect(await Promise.all(callers)).toEqual(['a', 'a', 'a']);
    expect(await other).toBe('b');
    expect(flights.size).toBe(0);
  });

  it('forgets a settled call: the next caller runs a new one', async () => {
    const flights = new SingleFlight();
    let n = 0;
    expect(await flights.run('k', async () => ++n)).toBe(1);
    expect(await flights.run('k', async () => ++n)).toBe(2);
  });

  it('rejects every joined caller of a failing call and does not remember the failure', async () => {
    const flights = new SingleFlight();
    const failing = jest.fn(async () => {
      throw new Error('boom');
    });
    const joined = [flights.run('k', failing), flights.run('k', failing)];
    await expect(joined[0]).rejects.toThrow('boom');
    await expect(joined[1]).rejects.toThrow('boom');
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await flights.run('k', async () => 'ok')).toBe('ok');
  });

  it('turns a call that throws synchronously into a rejection', async () => {
    const flights = new SingleFlight();
    const throwing = (): Promise<number> => {
      throw new Error('sync');
    };
    await expect(flights.run('k', throwing)).rejects.toThrow('sync');
    expect(flights.size).toBe(0);
  });
});
