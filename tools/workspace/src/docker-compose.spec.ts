import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * docker-compose.yml and deploy/nginx.conf read as files: the build machines have no Docker engine, so
 * `docker compose --profile replicas up` is not run here; this checks what can be checked without it.
 */
const ROOT = join(__dirname, '../../..');

interface Service {
  profiles?: string[];
  build?: string;
  image?: string;
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

// Compose reads YAML merge keys (`<<: *replica`); the parser needs to be told to.
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const { services } = compose;
const inProfile = (profile: string) =>
  Object.entries(services)
    .filter(([, service]) => service.profiles?.includes(profile))
    .map(([name]) => name);

describe('docker-compose.yml', () => {
  it('runs one app on the database by default', () => {
    expect(Object.keys(services).filter((name) => !services[name].profiles)).toEqual(['db', 'app']);
  });

  it('has a replicas profile: two API processes alike, on the same database, behind a proxy that alone is published', () => {
    expect(inProfile('replicas')).toEqual(['api-1', 'api-2', 'proxy']);
    const [first, second] = [services['api-1'], services['api-2']];
    expect(second).toEqual(first);
    expect(first).toMatchObject({ build: '.', environment: { DATABASE_URL: services.app.environment?.DATABASE_URL, TRUST_PROXY: '1' } });
    expect(first.ports).toBeUndefined();
    expect(services.proxy.ports).toEqual(['${OFFICEBENCH_REPLICAS_PORT:-8080}:80']);
    expect(services.proxy.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
  });

  it('gives the proxy deploy/nginx.conf, which balances over both replicas and sets the client address', () => {
    const [mounted] = services.proxy.volumes ?? [];
    const [source, target] = mounted.split(':');
    expect(target).toBe('/etc/nginx/nginx.conf');
    const conf = readFileSync(join(ROOT, source), 'utf8');
    expect(conf.match(/^\s*server (api-\d):3000\b/gm)?.map((line) => line.trim().split(/\s|:/)[1])).toEqual(['api-1', 'api-2']);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(readFileSync(join(ROOT, 'docs/operations.md'), 'utf8')).toContain('docker compose --profile replicas up --build proxy');
  });
});
