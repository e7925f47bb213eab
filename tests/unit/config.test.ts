import path from 'node:path';
import { ConfigError, loadConfig } from '../../server/src/config/config';

describe('configuration from the environment', () => {
  it('has working defaults: port 3000, PGlite under ./data, demo seeding on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
    expect(config.demoPassword).toBe('demo');
    expect(config.phone).toEqual({ defaultRegion: 'FR', fallbackRegions: ['BE'] });
    expect(config.socketAdapter).toBe('none');
  });

  it('picks the PostgreSQL adapter with DATABASE_URL and Redis with REDIS_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).socketAdapter).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', REDIS_URL: 'redis://h:6379' }).socketAdapter).toBe('redis');
  });

  it('reads booleans and region lists', () => {
    const config = loadConfig({ SEED_DEMO: 'false', PHONE_DEFAULT_REGION: 'be', PHONE_FALLBACK_REGIONS: 'fr, lu' });
    expect(config.seedDemo).toBe(false);
    expect(config.phone).toEqual({ defaultRegion: 'BE', fallbackRegions: ['FR', 'LU'] });
  });

  it('sends transferred AMI calls to from-internal unless AMI_TRANSFER_CONTEXT names another context', () => {
    const link = { AMI_HOST: 'pbx', AMI_USER: 'u', AMI_SECRET: 's' };
    expect(loadConfig(link).ami?.transferContext).toBe('from-internal');
    expect(loadConfig({ ...link, AMI_TRANSFER_CONTEXT: 'omnidesk-agents' }).ami?.transferContext).toBe(
      'omnidesk-agents',
    );
    expect(() => loadConfig({ ...link, AMI_TRANSFER_CONTEXT: 'bad context\r\nAction: Hangup' })).toThrow(
      /AMI_TRANSFER_CONTEXT/,
    );
  });

  it('stops with a message naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(String(error)).toMatch(/PORT/);
      expect(String(error)).toMatch(/DATABASE_URL/);
    }
  });
});
