// Mozilla User Preferences
user_pref("network.proxy.autoconfig_url", "http://pac.corp.example/p.pac");
user_pref("network.proxy.type", 4);
user_pref("network.trr.mode", 2);
