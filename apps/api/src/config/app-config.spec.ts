import { InvalidConfigError, parseEnv } from './app-config';

describe('parseEnv', () => {
  it('gives working defaults for a two-command start', () => {
    const sut = parseEnv({});
    expect(sut).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      SEED_DEMO_DATA: true,
      TRUST_PROXY: false,
    });
    expect(sut.DATABASE_URL).toBeUndefined();
    expect(sut.JWT_SECRET).toBeUndefined();
  });

  it('treats empty variables as unset and parses booleans', () => {
    const sut = parseEnv({ DATABASE_URL: '', JWT_SECRET: '', SEED_DEMO_DATA: 'false', TRUST_PROXY: '1' });
    expect(sut.DATABASE_URL).toBeUndefined();
    expect(sut.SEED_DEMO_DATA).toBe(false);
    expect(sut.TRUST_PROXY).toBe(true);
  });

  it('stops the start with every bad value named', () => {
    expect(() => parseEnv({ PORT: 'huit', DATABASE_URL: 'mysql://x', JWT_SECRET: 'court' })).toThrow(
      InvalidConfigError,
    );
    try {
      parseEnv({ PORT: 'huit', DATABASE_URL: 'mysql://x', JWT_SECRET: 'court' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/JWT_SECRET/);
    }
  });

  it('runs the notifications worker every 30 s and writes messages to files unless SMTP_URL is set', () => {
    const sut = parseEnv({});
    expect(sut).toMatchObject({ NOTIFICATIONS_POLL_SECONDS: 30 });
    expect(sut.SMTP_URL).toBeUndefined();
    expect(
      parseEnv({ NOTIFICATIONS_POLL_SECONDS: '0', SMTP_URL: 'smtps://u:p@smtp.exemple.fr:465' }),
    ).toMatchObject({
      NOTIFICATIONS_POLL_SECONDS: 0,
      SMTP_URL: 'smtps://u:p@smtp.exemple.fr:465',
    });
    expect(() => parseEnv({ SMTP_URL: 'mail.exemple.fr', PUBLIC_URL: 'passerelle' })).toThrow(
      /SMTP_URL[\s\S]*PUBLIC_URL/,
    );
  });
});
