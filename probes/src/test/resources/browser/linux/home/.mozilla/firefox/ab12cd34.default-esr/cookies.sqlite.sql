-- Firefox 153esr (schema 17): expiry in MILLISECONDS since 1970
CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER DEFAULT 0, updateTime INTEGER, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes));
PRAGMA user_version = 17;
-- now = 2026-11-26T12:00:00Z = 1795694400000 ms; +10 min
INSERT INTO moz_cookies (name, value, host, path, expiry) VALUES ('__Secure-next-auth.session-token', 'fixture-ff153-session', '.chatgpt.com', '/', 1795695000000);
