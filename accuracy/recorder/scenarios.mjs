// The staged scenarios of the browser-recorded corpus. Each is one page load in a fresh Chromium
// profile; record.mjs writes accuracy/cases/recorded/<name>.har (the full "Save all as HAR" export)
// and, where sanitized is true, <name>-sanitized.har (Chrome 130+'s default export: no Cookie,
// Set-Cookie or Authorization headers, empty cookie arrays) from the same recording.
// The servers behind each host name are in servers/ (dnsmasq.conf maps the names).

const SQUID = '--proxy-server=http://127.0.0.20:3128';
const CLOSED_PROXY = '--proxy-server=http://127.0.0.21:3128';

export const scenarios = [
  // ---- SERVICE side ----
  {name: 'nginx-502-dead-upstream', url: 'http://shop.example/', sanitized: true},
  {name: 'nginx-504-silent-upstream', url: 'http://slow.example/'},
  {name: 'nginx-503-upstream-passed-through', url: 'http://maint.example/'},
  {name: 'haproxy-503-no-server', url: 'http://lb-dead.example/', sanitized: true},
  {name: 'haproxy-502-closing-backend', url: 'http://lb-closing.example/'},
  {name: 'haproxy-504-silent-backend', url: 'http://lb-silent.example/'},
  {name: 'apache-dead-backend', url: 'http://apache-dead.example/'},
  {name: 'apache-closing-backend', url: 'http://apache-closing.example/'},
  {name: 'varnish-503-backend-fetch-failed', url: 'http://cache.example/'},
  {name: 'nginx-api-502-chatgpt-style', url: 'http://chatgpt.example/', sanitized: true},
  {name: 'nginx-relays-haproxy-503', url: 'http://status.example/'},
  {name: 'nginx-429-rate-limited-api', url: 'http://quota.example/'},
  // ---- YOUR_NETWORK side ----
  {name: 'squid-503-connect-fail', url: 'http://down.example/', args: [SQUID], sanitized: true},
  {name: 'squid-504-read-timeout', url: 'http://silent.example/', args: [SQUID]},
  {name: 'proxy-connection-failed', url: 'http://www.example/', args: [CLOSED_PROXY]},
  {name: 'dns-nxdomain', url: 'http://nosuch.example/'},
  {name: 'offline-internet-disconnected', url: 'http://offline.example/', offline: true},
  {name: 'captive-portal-redirect', url: 'http://news.example/', sanitized: true},
  {name: 'squid-403-access-denied', url: 'http://social.example/', args: [SQUID]},
  // ---- YOUR_DEVICE side ----
  {name: 'nginx-400-cookie-too-large', url: 'http://cookies.example/', sanitized: true},
  {name: 'redirect-loop', url: 'http://loop.example/signin'},
  {name: 'extension-blocks-api', url: 'http://chat.example/', extension: true},
  {name: 'api-401-session-rejected', url: 'http://account.example/', sanitized: true},
  // ---- NONE ----
  {name: 'healthy-nginx-page', url: 'http://www.example/'},
  {name: 'healthy-page-api-200', url: 'http://app.example/', sanitized: true},
  {name: 'redirect-301-then-200', url: 'http://old.example/'},
  {name: 'squid-relays-healthy-page', url: 'http://www.example/', args: [SQUID]},
  // ---- through Squid to a failing service ----
  {name: 'squid-relays-nginx-502', url: 'http://shop.example/', args: [SQUID], sanitized: true},
];
