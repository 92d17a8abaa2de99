import { uploadFile, type UploadRequest } from './upload';

/** An XMLHttpRequest stand-in that records what was sent and lets the test answer. */
function fakeRequest() {
  const headers: Record<string, string> = {};
  const request = {
    method: '',
    url: '',
    sent: null as FormData | null,
    aborted: false,
    status: 0,
    responseText: '',
    withCredentials: false,
    upload: { onprogress: null, onload: null },
    onload: null,
    onerror: null,
    onabort: null,
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    },
    setRequestHeader(name: string, value: string) {
      headers[name] = value;
    },
    send(body: FormData) {
      this.sent = body;
    },
    abort() {
      this.aborted = true;
      this.onabort?.();
    },
  } as UploadRequest & { method: string; url: string; sent: FormData | null; aborted: boolean; status: number; responseText: string };
  return { request, headers };
}

describe('uploadFile', () => {
  it('posts the file with its Idempotency-Key and reports progress, then the answer', async () => {
    const { request, headers } = fakeRequest();
    const progress: number[][] = [];
    let uploaded = false;
    const answer = uploadFile({
      url: '/api/import?periodId=p&dryRun=true',
      file: new Blob(['a;b\n1;2\n'], { type: 'text/csv' }),
      fileName: 'dane.csv',
      idempotencyKey: 'key-1',
      language: 'pl',
      onProgress: (loaded, total) => progress.push([loaded, total]),
      onUploaded: () => (uploaded = true),
      createRequest: () => request,
    });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/import?periodId=p&dryRun=true');
    expect(headers['Idempotency-Key']).toBe('key-1');
    expect(headers['Accept-Language']).toBe('pl');
    expect((request.sent?.get('file') as File).name).toBe('dane.csv');
    request.upload.onprogress?.({ lengthComputable: true, loaded: 4, total: 8 });
    request.upload.onprogress?.({ lengthComputable: false, loaded: 0, total: 0 });
    request.upload.onload?.();
    Object.assign(request, { status: 200, responseText: '{"applied":false,"dryRun":true,"rows":1,"values":2,"errors":[]}' });
    request.onload?.();
    await expect(answer).resolves.toEqual({ status: 200, body: { applied: false, dryRun: true, rows: 1, values: 2, errors: [] } });
    expect(progress).toEqual([[4, 8]]);
    expect(uploaded).toBe(true);
  });

  it('answers status 0 for a network failure and a body of null for text that is not JSON', async () => {
    const failed = fakeRequest();
    const lost = uploadFile({
      url: '/x',
      file: new Blob([]),
      fileName: 'a.csv',
      idempotencyKey: 'k',
      language: 'en',
      createRequest: () => failed.request,
    });
    failed.request.onerror?.();
    await expect(lost).resolves.toEqual({ status: 0, body: null });

    const html = fakeRequest();
    const gateway = uploadFile({
      url: '/x',
      file: new Blob([]),
      fileName: 'a.csv',
      idempotencyKey: 'k',
      language: 'en',
      createRequest: () => html.request,
    });
    Object.assign(html.request, { status: 502, responseText: '<html>Bad gateway</html>' });
    html.request.onload?.();
    await expect(gateway).resolves.toEqual({ status: 502, body: null });
  });

  it('stops when aborted', async () => {
    const { request } = fakeRequest();
    const controller = new AbortController();
    const answer = uploadFile({
      url: '/x',
      file: new Blob([]),
      fileName: 'a.csv',
      idempotencyKey: 'k',
      language: 'en',
      signal: controller.signal,
      createRequest: () => request,
    });
    controller.abort();
    await expect(answer).resolves.toEqual({ status: 0, body: null });
    expect((request as unknown as { aborted: boolean }).aborted).toBe(true);
  });
});
