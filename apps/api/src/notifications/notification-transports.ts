import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EmailMessage {
  /** The notification's id: resending the same message replaces it, never duplicates it. */
  id: string;
  to: string;
  toName: string;
  subject: string;
  body: string;
}

export interface SmsMessage {
  id: string;
  /** Phone number as entered for the person. */
  to: string;
  body: string;
}

/** Where e-mails go: SMTP in production, files in development (ADR 0010). */
export abstract class NotificationTransport {
  abstract send(message: EmailMessage): Promise<void>;
}

/** Where SMS go. Only the file outbox exists today; a provider's HTTP API plugs in here. */
export abstract class SmsTransport {
  abstract send(message: SmsMessage): Promise<void>;
}

/** A delivery that would fail again on every retry (a refused address): the message fails at once. */
export class PermanentDeliveryError extends Error {}

/** Writes the file in one step, so a reader never sees half a message. */
async function writeOutboxFile(dir: string, name: string, content: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  await writeFile(`${target}.tmp`, content, 'utf8');
  await rename(`${target}.tmp`, target);
}

/** Development default: each e-mail becomes `<id>.eml` in DATA_DIR/outbox, readable by a mail client. */
export class FileTransport extends NotificationTransport {
  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  async send(message: EmailMessage): Promise<void> {
    const headers = [
      `From: ${this.from}`,
      `To: "${message.toName.replace(/"/g, '')}" <${message.to}>`,
      `Subject: ${message.subject}`,
      `Date: ${this.now().toUTCString()}`,
      `X-Passerelle-Id: ${message.id}`,
      `X-Passerelle-Channel: email`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    await writeOutboxFile(
      this.dir,
      `${message.id}.eml`,
      `${headers.join('\r\n')}\r\n\r\n${message.body}\r\n`,
    );
  }
}

/** Development default for SMS: `<id>.sms.txt` in the same folder, marked as SMS. */
export class FileSmsTransport extends SmsTransport {
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<void> {
    const headers = [
      `To: ${message.to}`,
      `Date: ${this.now().toUTCString()}`,
      `X-Passerelle-Id: ${message.id}`,
      `X-Passerelle-Channel: sms`,
    ];
    await writeOutboxFile(this.dir, `${message.id}.sms.txt`, `${headers.join('\n')}\n\n${message.body}\n`);
  }
}
