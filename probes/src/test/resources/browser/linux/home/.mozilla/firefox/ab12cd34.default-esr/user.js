// user.js is applied after prefs.js at every start
user_pref("network.proxy.type", 0);
