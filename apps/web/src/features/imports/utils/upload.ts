/** The part of XMLHttpRequest an upload uses (a fake in tests). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  withCredentials: boolean;
  upload: {
    onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
    onload: (() => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  url: string;
  file: Blob;
  fileName: string;
  /** Sent as the Idempotency-Key header. */
  idempotencyKey: string;
  /** The interface language: the server words its answer in it (Accept-Language). */
  language: string;
  /** Bytes sent so far of the whole request. */
  onProgress?: (loaded: number, total: number) => void;
  /** Every byte is sent: the server is now working on it. */
  onUploaded?: () => void;
  signal?: AbortSignal;
  createRequest?: () => UploadRequest;
}

/** The HTTP answer: status 0 when none came (network failure or abort). */
export interface UploadAnswer {
  status: number;
  body: unknown;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * POSTs a file as multipart field "file" with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. The session cookie goes with it (same origin). Never rejects: failures are in the answer.
 */
export function uploadFile({
  url,
  file,
  fileName,
  idempotencyKey,
  language,
  onProgress,
  onUploaded,
  signal,
  createRequest,
}: UploadOptions): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = createRequest ? createRequest() : (new XMLHttpRequest() as unknown as UploadRequest);
    request.open('POST', url);
    request.withCredentials = true;
    request.setRequestHeader('Idempotency-Key', idempotencyKey);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    request.upload.onload = () => onUploaded?.();
    request.onload = () => resolve({ status: request.status, body: parseBody(request.responseText) });
    request.onerror = () => resolve({ status: 0, body: null });
    request.onabort = () => resolve({ status: 0, body: null });
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, fileName);
    request.send(form);
  });
}
