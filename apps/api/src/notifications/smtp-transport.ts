import { createTransport, type Transporter } from 'nodemailer';
import { NotificationTransport, PermanentDeliveryError, type EmailMessage } from './notification-transports';

/** E-mails over SMTP (selected when SMTP_URL is set). */
export class SmtpTransport extends NotificationTransport {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    // Short timeouts: a stuck server must not hold a worker run for minutes; the message is retried.
    this.transporter = createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: EmailMessage): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.from,
        to: { name: message.toName, address: message.to },
        subject: message.subject,
        text: message.body,
        headers: { 'X-Passerelle-Id': message.id },
      });
    } catch (error) {
      // 5xx replies (unknown mailbox, refused sender) fail again on retry; the rest is worth retrying.
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500 && code < 600) {
        throw new PermanentDeliveryError(`Le serveur d’e-mail a refusé le message (${code}).`);
      }
      throw error;
    }
  }
}
