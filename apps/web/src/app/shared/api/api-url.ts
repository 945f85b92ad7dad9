/** Every API call goes to the same origin under /api (a dev proxy forwards it to the API server). */
export const API_PREFIX = '/api';

export function apiUrl(path: string): string {
  return `${API_PREFIX}/${path.replace(/^\//, '')}`;
}
