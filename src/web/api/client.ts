/**
 * The console's one door to the API: same-origin fetch with the session cookie, the CSRF token on every
 * state-changing request, the console's language for localised errors, and one error type.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let csrfToken = '';
let language = 'en';

export const setCsrfToken = (token: string) => {
  csrfToken = token;
};
export const setApiLanguage = (locale: string) => {
  language = locale;
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!res.ok) {
    let payload: { error?: { code?: string; message?: string; fields?: Record<string, string> } } = {};
    try {
      payload = await res.json();
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    throw new ApiError(
      res.status,
      payload.error?.code ?? String(res.status),
      payload.error?.message ?? '',
      payload.error?.fields ?? {},
    );
  }
  return res;
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A file download through fetch (so POST with a reason works too), saved with a neutral name. */
export async function download(method: 'GET' | 'POST', path: string, filename: string, body?: unknown) {
  const res = await send(method, path, body);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const isUnauthenticated = (err: unknown) => err instanceof ApiError && err.status === 401;

/**
 * Sends a file's bytes (application/octet-stream) with the session's CSRF token, reporting the upload's
 * progress — XMLHttpRequest, because fetch does not report an upload's progress.
 */
export function upload<T>(
  path: string,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', language);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.onload = () => {
      let payload: { error?: { code?: string; message?: string; fields?: Record<string, string> } } = {};
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else
        reject(
          new ApiError(
            xhr.status,
            payload.error?.code ?? String(xhr.status),
            payload.error?.message ?? '',
            payload.error?.fields ?? {},
          ),
        );
    };
    xhr.send(file);
  });
}
