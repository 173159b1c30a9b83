-- Chromium cookie database version 24 (domain hash in the plaintext), Windows AES-256-GCM:
-- length(encrypted_value) = 3 (v10) + 12 (nonce) + 32 (hash) + value + 16 (tag)
CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
INSERT INTO meta VALUES ('version', '24'), ('last_compatible_version', '24');
CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,top_frame_site_key TEXT NOT NULL,name TEXT NOT NULL,value TEXT NOT NULL,encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER NOT NULL,is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,has_expires INTEGER NOT NULL,is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,samesite INTEGER NOT NULL,source_scheme INTEGER NOT NULL,source_port INTEGER NOT NULL,last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL,has_cross_site_ancestor INTEGER NOT NULL);
-- now = 2026-11-26T12:00:00Z = 13440168000000000 us since 1601
-- chatgpt.com: sid (6 bytes, 1 day), __Secure-next-auth.session-token (3000 bytes, expires in 30 min)
INSERT INTO cookies VALUES (0,'chatgpt.com','','sid','',zeroblob(3+12+32+6+16),'/',13440254400000000,1,1,0,1,1,1,0,2,443,0,0,0);
INSERT INTO cookies VALUES (0,'.chatgpt.com','','__Secure-next-auth.session-token','',zeroblob(3+12+32+3000+16),'/',13440169800000000,1,1,0,1,1,1,0,2,443,0,0,0);
-- .chatgpt.com: an expired cookie still stored, and a browser-session cookie (is_persistent 0)
INSERT INTO cookies VALUES (0,'.chatgpt.com','','_puid','',zeroblob(3+12+32+100+16),'/',13440081600000000,1,1,0,1,1,1,0,2,443,0,0,0);
INSERT INTO cookies VALUES (0,'.chatgpt.com','','oai-did','',zeroblob(3+12+32+36+16),'/',0,1,0,0,0,0,1,0,2,443,0,0,0);
-- a subdomain of another target domain
INSERT INTO cookies VALUES (0,'auth.openai.com','','auth0','',zeroblob(3+12+32+50+16),'/',13474728000000000,1,1,0,1,1,1,0,2,443,0,0,0);
-- other sites: never selected
INSERT INTO cookies VALUES (0,'notchatgpt.com','','sid','',zeroblob(3+12+32+6+16),'/',13440254400000000,1,1,0,1,1,1,0,2,443,0,0,0);
INSERT INTO cookies VALUES (0,'.example.org','','session','',zeroblob(3+12+32+9000+16),'/',13440254400000000,1,1,0,1,1,1,0,2,443,0,0,0);
