// A HAR writer fed by Chrome DevTools protocol events, written for the gateway-doctor accuracy corpus.
//
// It reproduces what Chrome DevTools' Network panel saves with "Save all as HAR" (with and without
// the default sanitising of Chrome 130+), as the DevTools front end of Chromium 156 builds it
// (front_end/models/har/Log.ts and Writer.ts, core/sdk/NetworkManager.ts and NetworkRequest.ts,
// models/logs/NetworkLog.ts): the same protocol events feed the same per-request state, and each
// entry is written with the same fields, in the same order, with the same special values
// (-1 for timing phases that did not happen, status 0 and _error "net::ERR_..." for requests that
// got no response, the proxy's address as serverIPAddress). The code is our own.

const RESOURCE_TYPE_NAMES = {
  Document: 'document', Stylesheet: 'stylesheet', Image: 'image', Media: 'media', Font: 'font',
  Script: 'script', TextTrack: 'texttrack', XHR: 'xhr', Fetch: 'fetch', Prefetch: 'prefetch',
  EventSource: 'eventsource', WebSocket: 'websocket', Manifest: 'manifest',
  SignedExchange: 'signed-exchange', Ping: 'ping', CSPViolationReport: 'csp-violation-report',
  Preflight: 'preflight', FedCM: 'fedcm', Other: 'other',
};

/** One request as the DevTools network log holds it; a redirect chain is one of these per hop. */
class Request {
  constructor(backendId, hop, url, documentURL, frameId, loaderId, initiator) {
    this.backendId = backendId;
    this.hop = hop;
    this.url = url;
    this.documentURL = documentURL;
    this.frameId = frameId;
    this.loaderId = loaderId;
    this.initiator = initiator || null;
    this.method = '';
    this.requestHeaders = [];
    this.requestHeadersText = undefined;   // undefined: provisional headers only
    this.hasExtraRequestInfo = false;
    this.includedCookies = [];
    this.postData = null;
    this.initialPriority = null;
    this.currentPriority = null;
    this.resourceType = 'Other';
    this.issueTime = -1;
    this.wallIssueTime = undefined;
    this.startTime = -1;
    this.responseReceivedTime = -1;
    this.endTime = -1;
    this.timing = undefined;
    this.statusCode = 0;
    this.statusText = '';
    this.responseHeaders = [];
    this.responseHeadersText = '';
    this.hasExtraResponseInfo = false;
    this.mimeType = '';
    this.protocol = '';
    this.remoteAddress = '';
    this.connectionId = '0';
    this.transferSize = 0;
    this.resourceSize = 0;
    this.fromDiskCache = false;
    this.fromMemoryCache = false;
    this.fetchedViaServiceWorker = false;
    this.failed = false;
    this.canceled = false;
    this.errorText = null;
    this.isRedirect = false;
    this.redirectSource = null;
    this.finished = false;
    this.content = null;                   // {body, base64Encoded} from Network.getResponseBody
  }

  priority() { return this.currentPriority || this.initialPriority || null; }

  cached() { return (this.fromMemoryCache || this.fromDiskCache) && !this.transferSize; }

  setTiming(timing) {
    if (!timing || this.fromMemoryCache) return;
    this.startTime = timing.requestTime;
    const headersReceived = timing.requestTime + timing.receiveHeadersEnd / 1000;
    if (this.responseReceivedTime < 0 || this.responseReceivedTime > headersReceived) {
      this.responseReceivedTime = headersReceived;
    }
    if (this.startTime > this.responseReceivedTime) this.responseReceivedTime = this.startTime;
    this.timing = timing;
  }

  setEndTime(t) {
    if (this.timing && this.timing.requestTime) {
      this.endTime = Math.max(t, this.responseReceivedTime);
    } else {
      this.endTime = t;
      if (this.responseReceivedTime > t) this.responseReceivedTime = t;
    }
  }

  pseudoWallTime(monotonic) {
    return this.wallIssueTime ? this.wallIssueTime - this.issueTime + monotonic : monotonic;
  }

  headerValue(headers, name) {
    const lower = name.toLowerCase();
    const values = headers.filter(h => h.name.toLowerCase() === lower).map(h => h.value);
    if (!values.length) return undefined;
    return lower === 'set-cookie' ? values.join('\n') : values.join(', ');
  }

  protocolName() {
    const p = this.protocol.toLowerCase();
    return p === 'h2' ? 'http/2.0' : p.replace(/^http\/2(\.0)?\+/, 'http/2.0+');
  }

  requestHttpVersion() {
    if (!this.requestHeadersText) {
      return this.headerValue(this.requestHeaders, 'version') || this.headerValue(this.requestHeaders, ':version') ||
          this.protocolName();
    }
    const m = this.requestHeadersText.split(/\r\n/)[0].match(/(HTTP\/\d+\.\d+)$/);
    return m ? m[1] : 'HTTP/0.9';
  }

  responseHttpVersion() {
    if (!this.responseHeadersText) {
      return this.headerValue(this.responseHeaders, 'version') || this.headerValue(this.responseHeaders, ':version') ||
          this.protocolName();
    }
    const m = this.responseHeadersText.split(/\r\n/)[0].match(/^(HTTP\/\d+\.\d+)/);
    return m ? m[1] : 'HTTP/0.9';
  }

  applyExtraRequestInfo(info) {
    this.includedCookies = info.associatedCookies.filter(c => c.blockedReasons.length === 0).map(c => c.cookie);
    this.requestHeaders = headersArray(info.headers);
    this.hasExtraRequestInfo = true;
    this.requestHeadersText = '';
    if (info.connectTiming) this.startTime = info.connectTiming.requestTime;
  }

  applyExtraResponseInfo(info) {
    this.responseHeaders = headersArray(info.headers);
    if (info.headersText) {
      this.responseHeadersText = info.headersText;
      if (!this.requestHeadersText) {
        // DevTools rebuilds the request's header text from the raw headers for HTTP/1.x
        const u = new URL(this.url);
        let text = `${this.method} ${u.pathname}`;
        if (u.search.length > 1) text += u.search;
        text += ' HTTP/1.1\r\n';
        for (const {name, value} of this.requestHeaders) text += `${name}: ${value}\r\n`;
        this.requestHeadersText = text;
      }
      this.statusText = info.headersText.split('\r')[0].split(' ').slice(2).join(' ');
    }
    if (info.statusCode) this.statusCode = info.statusCode;
    this.hasExtraResponseInfo = true;
  }
}

function headersArray(map) {
  const out = [];
  for (const name in map || {}) {
    for (const value of String(map[name]).split('\n')) out.push({name, value});
  }
  return out;
}

/** Pairs the *ExtraInfo events with the hops of one backend request, as DevTools does. */
class ExtraInfoBuilder {
  constructor() {
    this.requests = [];
    this.hasExtraInfo = [];
    this.requestInfos = [];
    this.responseInfos = [];
  }
  addRequest(r) { this.requests.push(r); this.sync(this.requests.length - 1); }
  addHasExtraInfo(flag) {
    this.hasExtraInfo.push(flag);
    if (!flag) {
      this.requestInfos.splice(this.requests.length - 1, 0, null);
      this.responseInfos.splice(this.requests.length - 1, 0, null);
    }
    this.sync(this.requests.length - 1);
  }
  addRequestInfo(i) { this.requestInfos.push(i); this.sync(this.requestInfos.length - 1); }
  addResponseInfo(i) { this.responseInfos.push(i); this.sync(this.responseInfos.length - 1); }
  finished() {
    if (this.hasExtraInfo.length < this.requests.length) {
      this.hasExtraInfo.push(true);
      this.sync(this.hasExtraInfo.length - 1);
    }
  }
  sync(i) {
    const r = this.requests[i];
    if (!r || i >= this.hasExtraInfo.length || !this.hasExtraInfo[i]) return;
    if (this.requestInfos[i]) { r.applyExtraRequestInfo(this.requestInfos[i]); this.requestInfos[i] = null; }
    if (this.responseInfos[i]) { r.applyExtraResponseInfo(this.responseInfos[i]); this.responseInfos[i] = null; }
  }
}

/** Listens to one page's CDP session and keeps the network log the DevTools Network panel would show. */
export class NetworkLog {
  constructor() {
    this.live = new Map();          // backend requestId -> current hop
    this.builders = new Map();
    this.log = [];                  // requests in the panel, in the order they started
    this.pages = [];
    this.pageOf = new Map();        // Request -> page
    this.currentPage = null;
    this.pending = [];              // body and post-data fetches in flight
    this.pageLoads = 0;
  }

  builder(id) {
    if (!this.builders.has(id)) this.builders.set(id, new ExtraInfoBuilder());
    return this.builders.get(id);
  }

  attach(cdp) {
    this.cdp = cdp;
    if (process.env.HAR_DEBUG) {   // HAR_DEBUG=1: print the protocol events as they come
      for (const ev of ['requestWillBeSent', 'responseReceived', 'dataReceived', 'loadingFinished', 'loadingFailed']) {
        cdp.on('Network.' + ev, e => console.error(ev, e.requestId, e.timestamp, e.request?.url || '',
            e.errorText || '', e.dataLength ?? '', e.encodedDataLength ?? ''));
      }
    }
    cdp.on('Network.requestWillBeSent', e => this.onRequestWillBeSent(e));
    cdp.on('Network.requestWillBeSentExtraInfo', e => this.builder(e.requestId).addRequestInfo(e));
    cdp.on('Network.responseReceived', e => this.onResponseReceived(e));
    cdp.on('Network.responseReceivedExtraInfo', e => this.builder(e.requestId).addResponseInfo(e));
    cdp.on('Network.requestServedFromCache', e => {
      const r = this.live.get(e.requestId);
      if (r) { r.fromMemoryCache = true; r.timing = undefined; }
    });
    cdp.on('Network.resourceChangedPriority', e => {
      const r = this.live.get(e.requestId);
      if (r) r.currentPriority = e.newPriority;
    });
    cdp.on('Network.dataReceived', e => {
      const r = this.live.get(e.requestId);
      if (!r) return;
      r.resourceSize += e.dataLength;
      if (e.encodedDataLength !== -1) r.transferSize += e.encodedDataLength;
      r.setEndTime(e.timestamp);
    });
    cdp.on('Network.loadingFinished', e => this.onLoadingFinished(e));
    cdp.on('Network.loadingFailed', e => this.onLoadingFailed(e));
    cdp.on('Page.frameNavigated', e => this.onFrameNavigated(e));
    cdp.on('Page.domContentEventFired', e => { if (this.currentPage) this.currentPage.contentLoadTime = e.timestamp; });
    cdp.on('Page.loadEventFired', e => { if (this.currentPage) this.currentPage.loadTime = e.timestamp; });
  }

  onRequestWillBeSent(e) {
    let r = this.live.get(e.requestId);
    if (r) {
      if (!e.redirectResponse) return;
      this.onResponseReceived({requestId: e.requestId, timestamp: e.timestamp, type: e.type || 'Other',
                               response: e.redirectResponse, hasExtraInfo: e.redirectHasExtraInfo});
      r.isRedirect = true;
      this.finish(r, e.timestamp, -1);
      const next = new Request(e.requestId, r.hop + 1, e.request.url, r.documentURL, r.frameId, r.loaderId, r.initiator);
      next.redirectSource = r;
      r = next;
    } else {
      r = new Request(e.requestId, 0, e.request.url, e.documentURL, e.frameId ?? null, e.loaderId, e.initiator);
    }
    r.method = e.request.method;
    r.requestHeaders = headersArray(e.request.headers);
    r.initialPriority = e.request.initialPriority;
    if (e.request.hasPostData) {
      if (e.request.postData !== undefined) {
        r.postData = e.request.postData;
      } else {
        this.pending.push(this.cdp.send('Network.getRequestPostData', {requestId: e.requestId})
            .then(p => { r.postData = p.postData; }).catch(() => {}));
      }
    }
    r.issueTime = e.timestamp;
    r.wallIssueTime = e.wallTime;
    r.startTime = e.timestamp;
    r.resourceType = e.type || 'Other';
    this.builder(e.requestId).addRequest(r);
    this.live.set(e.requestId, r);
    this.log.push(r);
    if (this.currentPage) this.pageOf.set(r, this.currentPage);
  }

  onResponseReceived(e) {
    const r = this.live.get(e.requestId);
    if (!r) return;
    const resp = e.response;
    r.responseReceivedTime = e.timestamp;
    r.resourceType = e.type;
    if (resp.url && r.url !== resp.url) r.url = resp.url;
    r.mimeType = resp.mimeType;
    if (!r.statusCode) r.statusCode = resp.status;
    if (!r.statusText) r.statusText = resp.statusText;
    if (!r.hasExtraResponseInfo) r.responseHeaders = headersArray(resp.headers);
    if (resp.encodedDataLength >= 0) r.transferSize = resp.encodedDataLength;
    if (resp.requestHeaders && !r.hasExtraRequestInfo) {
      r.requestHeaders = headersArray(resp.requestHeaders);
      r.requestHeadersText = resp.requestHeadersText || '';
    }
    r.connectionId = String(resp.connectionId);
    if (resp.remoteIPAddress) r.remoteAddress = `${resp.remoteIPAddress}:${resp.remotePort || -1}`;
    if (resp.fromServiceWorker) r.fetchedViaServiceWorker = true;
    if (resp.fromDiskCache) r.fromDiskCache = true;
    r.setTiming(resp.timing);
    r.protocol = resp.protocol || '';
    this.builder(e.requestId).addHasExtraInfo(e.hasExtraInfo);
  }

  onLoadingFinished(e) {
    const r = this.live.get(e.requestId);
    if (!r) return;
    this.builder(e.requestId).finished();
    this.finish(r, e.timestamp, e.encodedDataLength);
    // what DevTools asks for when it saves the HAR; asked now, while the renderer still has it
    this.pending.push(this.cdp.send('Network.getResponseBody', {requestId: e.requestId})
        .then(b => { r.content = b; }).catch(() => {}));
  }

  onLoadingFailed(e) {
    const r = this.live.get(e.requestId);
    if (!r) return;
    r.failed = true;
    r.resourceType = e.type;
    r.canceled = Boolean(e.canceled);
    r.errorText = e.errorText;
    this.builder(e.requestId).finished();
    this.finish(r, e.timestamp, -1);
  }

  finish(r, time, encodedDataLength) {
    r.setEndTime(time);
    r.finished = true;
    if (encodedDataLength >= 0) r.transferSize = encodedDataLength;
  }

  // DevTools starts a new page (and, without "Preserve log", a new log) when the main frame commits a
  // navigation; an error page (chrome-error://) keeps the log as it is and starts no page.
  onFrameNavigated(e) {
    const f = e.frame;
    if (f.parentId) return;
    if (f.url !== f.unreachableUrl && f.url.startsWith('chrome-error:')) return;
    const keep = this.log.filter(r => r.loaderId === f.loaderId);
    if (!keep.length) return;
    const page = {id: ++this.pageLoads, url: keep[0].url, startTime: keep[0].startTime, mainRequest: keep[0],
                  contentLoadTime: -1, loadTime: -1};
    this.log = keep;
    for (const r of keep) this.pageOf.set(r, page);
    this.pages.push(page);
    this.currentPage = page;
  }

  async settle() { await Promise.all(this.pending); }

  /** The HAR DevTools writes; sanitize as Chrome 130+ does by default. */
  //
  // A navigation that fails (status 0, _error) still gets the browser's own net-error page as its
  // body afterwards (dataReceived, loadingFinished), and DevTools writes that page (about 250 KB of
  // Chromium's HTML) as the entry's content.text. keepErrorPageBodies: false leaves that text out,
  // as DevTools does when a body is no longer available; size and _transferSize stay as reported.
  toHAR({sanitize = false, creatorVersion = '537.36', keepErrorPageBodies = false} = {}) {
    // what "Save all as HAR" exports: finished requests of the http(s)/ws(s) schemes (no data: URLs)
    const requests = this.log.filter(r => /^(https?|wss?):/i.test(r.url) && r.finished)
        .sort((a, b) => a.issueTime - b.issueTime);
    const pages = [];
    const seen = new Set();
    for (const r of requests) {
      const p = this.pageOf.get(r);
      if (!p || seen.has(p.id)) continue;
      seen.add(p.id);
      const at = t => (t === -1 || p.startTime === -1) ? -1 : (t - p.startTime) * 1000;
      pages.push({
        startedDateTime: new Date(r.pseudoWallTime(p.startTime) * 1000).toJSON(),
        id: 'page_' + p.id,
        title: p.url,
        pageTimings: {onContentLoad: at(p.contentLoadTime), onLoad: at(p.loadTime)},
      });
    }
    const entries = requests.map(r => this.entry(r, sanitize, keepErrorPageBodies));
    return {log: {version: '1.2', creator: {name: 'WebInspector', version: creatorVersion}, pages, entries}};
  }

  entry(r, sanitize, keepErrorPageBodies) {
    let ip = r.remoteAddress;
    const colon = ip.lastIndexOf(':');
    const port = colon !== -1 ? ip.substring(colon + 1) : undefined;
    if (colon !== -1) ip = ip.substring(0, colon);
    const timings = buildTimings(r);
    let time = 0;
    for (const t of [timings.blocked, timings.dns, timings.connect, timings.send, timings.wait, timings.receive]) {
      time += Math.max(t, 0);
    }
    let initiator = null;
    if (r.initiator) {
      initiator = {type: r.initiator.type};
      if (r.initiator.url !== undefined) initiator.url = r.initiator.url;
      if (r.initiator.requestId !== undefined) initiator.requestId = r.initiator.requestId;
      if (r.initiator.lineNumber !== undefined) initiator.lineNumber = r.initiator.lineNumber;
      if (r.initiator.stack) initiator.stack = r.initiator.stack;
    }
    const entry = {
      _initiator: initiator,
      _priority: r.priority(),
      _resourceType: RESOURCE_TYPE_NAMES[r.resourceType] || String(r.resourceType).toLowerCase(),
      cache: {},
      connection: port,
      request: buildRequest(r),
      response: buildResponse(r),
      serverIPAddress: ip,
      startedDateTime: new Date(r.pseudoWallTime(r.issueTime) * 1000).toJSON(),
      time,
      timings,
    };
    if (sanitize) {
      entry.response.cookies = [];
      entry.response.headers = entry.response.headers.filter(h => h.name.toLowerCase() !== 'set-cookie');
      entry.request.cookies = [];
      entry.request.headers = entry.request.headers.filter(h => !['authorization', 'cookie'].includes(h.name.toLowerCase()));
    }
    if (r.cached()) entry._fromCache = r.fromMemoryCache && !r.transferSize ? 'memory' : 'disk';
    if (r.connectionId !== '0') entry._connectionId = r.connectionId;
    const page = this.pageOf.get(r);
    if (page) entry.pageref = 'page_' + page.id;
    // Writer.ts: the body, where the browser still has one (not for redirects, failures, preflights)
    if (r.content && !r.isRedirect && (keepErrorPageBodies || !r.failed)) {
      let text = r.content.body;
      let encoded = r.content.base64Encoded;
      if (text && !encoded && needsEncoding(text)) { text = Buffer.from(text, 'utf8').toString('base64'); encoded = true; }
      entry.response.content.text = text;
      if (encoded) entry.response.content.encoding = 'base64';
    }
    return entry;
  }
}

function buildRequest(r) {
  const url = r.url.split('#')[0];
  const q = url.indexOf('?');
  const query = q === -1 ? null : url.substring(q + 1);
  const request = {
    method: r.method,
    url,
    httpVersion: r.requestHttpVersion(),
    headers: r.requestHeaders,
    queryString: query ? query.split('&').map(pair => {
      const eq = pair.indexOf('=');
      return eq === -1 ? {name: pair, value: ''} : {name: pair.substring(0, eq), value: pair.substring(eq + 1)};
    }) : [],
    cookies: r.includedCookies.map(c => protocolCookie(c, r)),
    headersSize: r.requestHeadersText ? r.requestHeadersText.length : -1,
    bodySize: r.postData ? Buffer.byteLength(r.postData, 'utf8') : 0,
  };
  if (r.postData) {
    const ct = r.headerValue(r.requestHeaders, 'Content-Type') || '';
    const postData = {mimeType: ct, text: r.postData};
    if (/^application\/x-www-form-urlencoded\s*(;.*)?$/i.test(ct)) {
      postData.params = r.postData.split('&').map(pair => {
        const eq = pair.indexOf('=');
        return eq === -1 ? {name: pair, value: ''} : {name: pair.substring(0, eq), value: pair.substring(eq + 1)};
      });
    }
    request.postData = postData;
  }
  return request;
}

function buildResponse(r) {
  const headersText = r.responseHeadersText;
  const bodySize = (r.cached() || r.statusCode === 304) ? 0 : headersText ? r.transferSize - headersText.length : -1;
  const content = {size: r.resourceSize, mimeType: r.mimeType || 'x-unknown'};
  if (!(r.cached() || r.statusCode === 304 || r.statusCode === 206) && headersText) {
    content.compression = r.resourceSize - bodySize;
  }
  return {
    status: r.statusCode,
    statusText: r.statusText,
    httpVersion: r.responseHttpVersion(),
    headers: r.responseHeaders,
    cookies: setCookies(r),
    content,
    redirectURL: r.headerValue(r.responseHeaders, 'Location') || '',
    headersSize: headersText ? headersText.length : -1,
    bodySize,
    _transferSize: r.transferSize,
    _error: r.errorText,
    _fetchedViaServiceWorker: r.fetchedViaServiceWorker,
  };
}

function buildTimings(r) {
  const timing = r.timing;
  const issueTime = r.issueTime;
  const startTime = r.startTime;
  const result = {blocked: -1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 0, receive: 0, _blocked_queueing: -1};
  const queued = issueTime < startTime ? startTime - issueTime : -1;
  result.blocked = queued === -1 ? -1 : queued * 1000;
  result._blocked_queueing = result.blocked;
  let highest = 0;
  if (timing) {
    const least = values => values.reduce((best, v) => (v >= 0 && v < best) ? v : best, Infinity);
    const blockedStart = least([timing.dnsStart, timing.connectStart, timing.sendStart]);
    if (blockedStart !== Infinity) result.blocked += blockedStart;
    if (timing.proxyEnd !== -1) result._blocked_proxy = timing.proxyEnd - timing.proxyStart;
    if (result._blocked_proxy && result._blocked_proxy > result.blocked) result.blocked = result._blocked_proxy;
    const dnsStart = timing.dnsEnd >= 0 ? blockedStart : 0;
    const dnsEnd = timing.dnsEnd >= 0 ? timing.dnsEnd : -1;
    result.dns = dnsEnd - dnsStart;
    const sslStart = timing.sslEnd > 0 ? timing.sslStart : 0;
    const sslEnd = timing.sslEnd > 0 ? timing.sslEnd : -1;
    result.ssl = sslEnd - sslStart;
    const connectStart = timing.connectEnd >= 0 ? least([dnsEnd, blockedStart]) : 0;
    const connectEnd = timing.connectEnd >= 0 ? timing.connectEnd : -1;
    result.connect = connectEnd - connectStart;
    const sendStart = timing.sendEnd >= 0 ? Math.max(connectEnd, dnsEnd, blockedStart) : 0;
    const sendEnd = timing.sendEnd >= 0 ? timing.sendEnd : 0;
    result.send = sendEnd - sendStart;
    if (result.send < 0) result.send = 0;
    highest = Math.max(sendEnd, connectEnd, sslEnd, dnsEnd, blockedStart, 0);
    for (const k of ['workerStart', 'workerReady', 'workerFetchStart', 'workerRespondWithSettled',
                     'workerRouterEvaluationStart', 'workerCacheLookupStart']) {
      if (timing[k] !== undefined) result['_' + k] = timing[k];
    }
  } else if (r.responseReceivedTime === -1) {
    result.blocked = (r.endTime - issueTime) * 1000;
    return result;
  }
  const requestTime = timing ? timing.requestTime : startTime;
  const waitEnd = (r.responseReceivedTime - requestTime) * 1000;
  result.wait = waitEnd - highest;
  const receiveEnd = (r.endTime - requestTime) * 1000;
  result.receive = Math.max(receiveEnd - waitEnd, 0);
  return result;
}

// A cookie the browser sent (Network.Cookie from requestWillBeSentExtraInfo), as DevTools writes it.
// A session cookie has expires -1 in the protocol, which DevTools turns into 1969-12-31T23:59:59.000Z.
function protocolCookie(c, r) {
  const out = {
    name: c.name,
    value: c.value,
    path: c.path,
    domain: c.domain,
    expires: c.expires ? new Date(c.expires * 1000).toJSON() : null,
    httpOnly: Boolean(c.httpOnly),
    secure: Boolean(c.secure),
  };
  if (c.sameSite) out.sameSite = c.sameSite;
  if (c.partitionKey) out.partitionKey = c.partitionKey;
  return out;
}

// Cookies the response set, parsed from its Set-Cookie headers the way DevTools' CookieParser does:
// the domain defaults to the request's host, Max-Age wins over Expires.
function setCookies(r) {
  const header = r.headerValue(r.responseHeaders, 'Set-Cookie');
  if (typeof header !== 'string') return [];
  const host = new URL(r.url).hostname.toLowerCase().replace(/^\./, '');
  const requestDate = new Date(r.pseudoWallTime(r.startTime) * 1000);
  const cookies = [];
  for (const line of header.split('\n')) {
    const parts = line.split(';');
    const first = parts.shift();
    const eq = first.indexOf('=');
    const attrs = {domain: host};
    const cookie = eq === -1 ? {name: '', value: first.trim()} : {name: first.substring(0, eq).trim(), value: first.substring(eq + 1).trim()};
    for (const part of parts) {
      const e = part.indexOf('=');
      const key = (e === -1 ? part : part.substring(0, e)).trim().toLowerCase();
      const value = e === -1 ? undefined : part.substring(e + 1).trim();
      if (key) attrs[key] = value;
    }
    let expires = null;
    if (attrs['max-age']) expires = new Date(requestDate.getTime() + 1000 * Number(attrs['max-age'])).toJSON();
    else if (attrs.expires) expires = new Date(attrs.expires).toJSON();
    const out = {name: cookie.name, value: cookie.value, path: attrs.path, domain: attrs.domain, expires,
                 httpOnly: 'httponly' in attrs, secure: 'secure' in attrs};
    if (attrs.samesite) out.sameSite = attrs.samesite;
    cookies.push(out);
  }
  return cookies;
}

function needsEncoding(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const valid = c < 0xD800 || (c >= 0xE000 && c < 0xFDD0) || (c > 0xFDEF && c <= 0x10FFFF && (c & 0xFFFE) !== 0xFFFE);
    if (!valid) return true;
  }
  return false;
}
