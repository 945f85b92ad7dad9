/**
 * Hands a downloaded file to the browser. Files behind the access token (PDFs) cannot be plain
 * links: they are fetched with the HttpClient (the interceptor adds the token), then saved from here.
 */
export function saveFile(document: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
