import { createServer, type AddressInfo } from 'node:net';
import { cliErrorMessage } from './cli-error';

describe('cliErrorMessage', () => {
  it('names a taken port and how to move every port', async () => {
    const first = createServer();
    await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', resolve));
    const { port } = first.address() as AddressInfo;
    const second = createServer();
    const error = await new Promise<Error>((resolve) => {
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    first.close();
    expect(cliErrorMessage(error)).toBe(
      `127.0.0.1:${port} is already in use (another d06 run or program is listening there). Stop it, or move ` +
        'every port of this run with PORT_BASE, e.g. PORT_BASE=24000 npm start',
    );
  });

  it('passes any other error on as its message', () => {
    expect(cliErrorMessage(new Error('the scenario file has no province'))).toBe(
      'the scenario file has no province',
    );
    expect(cliErrorMessage('plain')).toBe('plain');
  });
});
