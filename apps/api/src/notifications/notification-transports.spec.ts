import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSmsTransport, FileTransport } from './notification-transports';

describe('file transports', () => {
  let dir: string;
  const now = () => new Date('2026-03-10T08:00:00Z');
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'passerelle-outbox-')), 'outbox');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes each e-mail as an .eml file named after the message, replaced when sent again', async () => {
    const sut = new FileTransport(dir, 'Passerelle <ne-pas-repondre@passerelle.test>', now);
    const message = {
      id: '4f7c2b1e-0000-4000-8000-000000000001',
      to: 'nadia@exemple.fr',
      toName: 'Nadia "N" Benali',
      subject: 'Prêt en retard : tablette LIL-0042',
      body: 'Bonjour Nadia,\n\nLa tablette LIL-0042…',
    };
    await sut.send(message);
    await sut.send(message);

    expect(await readdir(dir)).toEqual([`${message.id}.eml`]);
    const text = await readFile(join(dir, `${message.id}.eml`), 'utf8');
    expect(text).toContain('From: Passerelle <ne-pas-repondre@passerelle.test>\r\n');
    expect(text).toContain('To: "Nadia N Benali" <nadia@exemple.fr>\r\n');
    expect(text).toContain('Subject: Prêt en retard : tablette LIL-0042\r\n');
    expect(text).toContain('Date: Tue, 10 Mar 2026 08:00:00 GMT\r\n');
    expect(text).toContain('Content-Type: text/plain; charset=utf-8\r\n');
    expect(text.endsWith('\r\n\r\nBonjour Nadia,\n\nLa tablette LIL-0042…\r\n')).toBe(true);
  });

  it('writes each SMS next to the e-mails, marked as SMS', async () => {
    const sut = new FileSmsTransport(dir, now);
    await sut.send({ id: 'sms-1', to: '06 12 34 56 78', body: 'Passerelle : la tablette…' });
    expect(await readdir(dir)).toEqual(['sms-1.sms.txt']);
    const text = await readFile(join(dir, 'sms-1.sms.txt'), 'utf8');
    expect(text).toBe(
      'To: 06 12 34 56 78\nDate: Tue, 10 Mar 2026 08:00:00 GMT\nX-Passerelle-Id: sms-1\nX-Passerelle-Channel: sms\n\nPasserelle : la tablette…\n',
    );
  });
});
