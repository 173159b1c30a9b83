-- An old Chromium cookie store (2021): in the profile folder (not Network/), meta version 12, no
-- domain hash; "persistent" was renamed "is_persistent" later. One value still in clear text,
-- one encrypted on macOS (AES-128-CBC): 3 (v10) + 16 for a 6-byte value.
CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
INSERT INTO meta VALUES ('version', '12');
CREATE TABLE cookies(creation_utc INTEGER NOT NULL, host_key TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, path TEXT NOT NULL, expires_utc INTEGER NOT NULL, is_secure INTEGER NOT NULL, is_httponly INTEGER NOT NULL, last_access_utc INTEGER NOT NULL, has_expires INTEGER NOT NULL DEFAULT 1, persistent INTEGER NOT NULL DEFAULT 1, priority INTEGER NOT NULL DEFAULT 1, encrypted_value BLOB DEFAULT '', samesite INTEGER NOT NULL DEFAULT -1);
INSERT INTO cookies VALUES (0, 'chatgpt.com', 'theme', 'fixture-clear-value', '/', 13440254400000000, 1, 0, 0, 1, 1, 1, '', -1);
INSERT INTO cookies VALUES (0, 'chatgpt.com', 'sid', '', '/', 13440254400000000, 1, 1, 0, 1, 1, 1, zeroblob(19), -1);
