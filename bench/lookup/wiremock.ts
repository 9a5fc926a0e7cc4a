import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const VERSION = '3.13.1';

/** WireMock standalone from Maven Central (fetched once into the local Maven repository). */
export async function wiremockJar(): Promise<string> {
  const jar = join(
    homedir(),
    '.m2',
    'repository',
    'org',
    'wiremock',
    'wiremock-standalone',
    VERSION,
    `wiremock-standalone-${VERSION}.jar`,
  );
  if (!existsSync(jar)) {
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        'dependency:get',
        `-Dartifact=org.wiremock:wiremock-standalone:${VERSION}`,
        '-Dtransitive=false',
      ],
      {
        stdio: 'inherit',
      },
    );
  }
  return jar;
}

/** A root dir with one mapping: any POST /v1/card-checks → 200 with the JSON the real lookup answered. */
export function writeStub(rootDir: string, body: string): string {
  mkdirSync(join(rootDir, 'mappings'), { recursive: true });
  mkdirSync(join(rootDir, '__files'), { recursive: true });
  const mapping = {
    request: { method: 'POST', url: '/v1/card-checks' },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body },
  };
  writeFileSync(join(rootDir, 'mappings', 'card-check.json'), JSON.stringify(mapping));
  return rootDir;
}
