// Mozilla User Preferences

user_pref("app.update.lastUpdateTime.addon-background-update-timer", 1690000000);
user_pref("network.proxy.http", "corp-proxy.example");
user_pref("network.proxy.http_port", 3128);
user_pref("network.proxy.type", 1);
user_pref("network.trr.mode", 3);
user_pref("network.trr.uri", "https://doh.corp.example/dns-query");
