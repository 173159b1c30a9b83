-- Chromium on Linux, cookie database version 24 (as Chromium 156 writes it): 3 (v10) + AES-CBC(32-byte hash + value)
CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
INSERT INTO meta VALUES ('version', '24');
CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,top_frame_site_key TEXT NOT NULL,name TEXT NOT NULL,value TEXT NOT NULL,encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER NOT NULL,is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,has_expires INTEGER NOT NULL,is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,samesite INTEGER NOT NULL,source_scheme INTEGER NOT NULL,source_port INTEGER NOT NULL,last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL,has_cross_site_ancestor INTEGER NOT NULL);
-- sid=abc123: 51 bytes (TEST-RIG §6); a 4000-byte value: 4051 bytes
INSERT INTO cookies VALUES (0,'chatgpt.com','','sid','',zeroblob(51),'/',13440254400000000,1,1,0,1,1,1,0,2,443,0,0,0);
INSERT INTO cookies VALUES (0,'chatgpt.com','','big','',zeroblob(4051),'/',13440254400000000,1,1,0,1,1,1,0,2,443,0,0,0);
