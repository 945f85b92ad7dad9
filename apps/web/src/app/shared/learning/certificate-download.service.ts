import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { Certificate } from '@passerelle/contracts';
import { Observable, map, switchMap, throwError } from 'rxjs';
import { LearningApiService } from '../api/learning-api.service';
import { saveFile } from '../files/save-file';

/**
 * The PDF needs the access token, so a plain link cannot fetch it: it is downloaded with the
 * HttpClient (the interceptor adds the token) and handed to the browser as a file.
 */
@Injectable({ providedIn: 'root' })
export class CertificateDownloadService {
  private readonly api = inject(LearningApiService);
  private readonly document = inject(DOCUMENT);

  download(certificate: Pick<Certificate, 'id' | 'code'>): Observable<void> {
    return this.api
      .certificatePdf(certificate.id)
      .pipe(map((blob) => this.save(blob, `attestation-${certificate.code}.pdf`)));
  }

  /** From a course's progress, which knows the code but not the certificate's id. */
  downloadByCode(code: string): Observable<void> {
    return this.api.myCertificates().pipe(
      switchMap((certificates) => {
        const certificate = certificates.find((c) => c.code === code);
        return certificate
          ? this.download(certificate)
          : throwError(() => new Error('Certificate not found'));
      }),
    );
  }

  private save(blob: Blob, filename: string): void {
    saveFile(this.document, blob, filename);
  }
}
