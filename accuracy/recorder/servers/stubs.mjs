// The small loopback servers the scenarios need besides the real products (accuracy/recorder/README.md):
// the "applications" behind the reverse proxies, a silent site for Squid's read timeout and a captive portal.
// Run inside the recorder's private network namespace only; every address is on 127.0.0.0/8.
import http from 'node:http';
import net from 'node:net';

const log = (...a) => console.log(new Date().toISOString(), ...a);

function listen(server, host, port, what) {
  server.listen(port, host, () => log(`listening ${host}:${port} ${what}`));
}

// 127.0.0.1:18081 - an application that answers every request 503 (TEST-RIG §1 upstream)
listen(http.createServer((req, res) => {
  log('18081', req.method, req.url);
  res.writeHead(503, {'Content-Type': 'text/plain; charset=utf-8'});
  res.end('upstream says 503\n');
}), '127.0.0.1', 18081, 'application answering 503');

// 127.0.0.1:18082 and 127.0.0.31:80 - read the request, never answer (TEST-RIG §1 silent upstream)
const held = new Set();
for (const [host, port] of [['127.0.0.1', 18082], ['127.0.0.31', 80]]) {
  listen(net.createServer(sock => {
    held.add(sock);
    sock.on('data', d => log(`${host}:${port} silent, got ${d.length} bytes`));
    sock.on('error', () => {});
    sock.on('close', () => held.delete(sock));
  }), host, port, 'silent');
}

// 127.0.0.1:18083 - read the request, close without a reply (TEST-RIG §1 closing upstream)
listen(net.createServer(sock => {
  sock.on('error', () => {});
  sock.once('data', () => { log('18083 closing without reply'); sock.destroy(); });
}), '127.0.0.1', 18083, 'closes without reply');

// 127.0.0.1:18084 - the sites' API application
listen(http.createServer((req, res) => {
  log('18084', req.method, req.url);
  const json = (status, body, extra = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...extra});
    res.end(text);
  };
  const path = req.url.split('?')[0];
  if (path === '/api/status') return json(200, {status: 'ok', version: '2026.12.1'});
  if (path === '/api/conversations') return json(200, {items: [{id: 'c-1', title: 'Hello'}], total: 1});
  if (path === '/api/limits') return json(200, {plan: 'free', remaining: 0});
  if (path === '/api/profile') return json(200, {name: 'Placeholder User'});
  if (path === '/api/me') {
    return json(401, {detail: 'Your session has expired. Please sign in again.'},
        {'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"'});
  }
  json(404, {detail: 'Not Found'});
}), '127.0.0.1', 18084, 'API application');

// 127.0.0.14:80 - a captive portal: every request for another host is redirected to its sign-in page
const loginPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Guest Wi-Fi - Sign in</title></head>
<body><h1>Welcome to Guest Wi-Fi</h1>
<form method="post" action="/login"><label>Room number <input name="room"></label>
<label><input type="checkbox" name="terms"> I accept the terms of use</label>
<button type="submit">Connect</button></form></body></html>
`;
listen(http.createServer((req, res) => {
  const host = (req.headers.host || '').toLowerCase();
  log('portal', host, req.method, req.url);
  if (host === 'portal.example') {
    if (req.url.split('?')[0] === '/login') {
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'});
      return res.end(loginPage);
    }
    res.writeHead(404, {'Content-Type': 'text/plain'});
    return res.end('not found\n');
  }
  const body = '<html><body>Redirecting to <a href="http://portal.example/login">sign in</a></body></html>\n';
  res.writeHead(302, {'Location': 'http://portal.example/login', 'Content-Type': 'text/html',
                      'Cache-Control': 'no-cache, no-store'});
  res.end(body);
}), '127.0.0.14', 80, 'captive portal');

const stop = () => { for (const s of held) s.destroy(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
