-- Firefox 115 (moz_cookies, schema 12): expiry in SECONDS since 1970, values in clear text.
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes));
PRAGMA user_version = 12;
-- now = 2026-11-26T12:00:00Z = 1795694400 s
INSERT INTO moz_cookies (name, value, host, path, expiry) VALUES ('__Secure-next-auth.session-token', 'fixture-session-value-firefox', '.chatgpt.com', '/', 1795608000);
INSERT INTO moz_cookies (name, value, host, path, expiry) VALUES ('oai-did', '0123456789abcdef0123456789abcdef0123', 'chatgpt.com', '/', 1795780800);
INSERT INTO moz_cookies (name, value, host, path, expiry) VALUES ('cf_clearance', 'fixture-clearance', '.openai.com', '/', 1795696200);
INSERT INTO moz_cookies (name, value, host, path, expiry) VALUES ('sid', 'other-site', 'chatgpt.com.evil.example', '/', 1795780800);
