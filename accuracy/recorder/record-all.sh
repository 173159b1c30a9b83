#!/usr/bin/env bash
# Re-records the browser-recorded accuracy corpus (accuracy/cases/recorded/*.har). Run as root:
#
#   accuracy/recorder/record-all.sh [scenario ...]      (no names: all of scenarios.mjs)
#
# Everything (dnsmasq, nginx, HAProxy, Squid, Apache httpd, Varnish, the stub servers and Chromium)
# runs inside a private network namespace (unshare -n) where only a private loopback exists, and a
# private mount namespace whose /etc/resolv.conf says nameserver 127.0.0.1 (the namespace's dnsmasq):
# no packet and no name lookup can leave the machine. The HARs are written straight into
# accuracy/cases/recorded/; the case files beside them are written by hand and are not touched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../cases" && pwd)/recorded"

if [[ "${1:-}" != "--inside-namespace" ]]; then
  [[ $(id -u) -eq 0 ]] || { echo "run as root (squid and dnsmasq change uid; unshare -n needs root)" >&2; exit 1; }
  missing=()
  for c in unshare ip node nginx haproxy squid dnsmasq apache2 varnishd /usr/bin/chromium; do
    command -v "$c" >/dev/null || missing+=("$c")
  done
  if ((${#missing[@]})); then
    echo "missing: ${missing[*]}" >&2
    echo "install: apt-get install -y nginx-light haproxy squid dnsmasq-base apache2 varnish chromium nodejs" >&2
    exit 1
  fi
  [[ -d "$HERE/node_modules/puppeteer-core" ]] || (cd "$HERE" && npm ci --no-audit --no-fund)
  mkdir -p "$OUT"
  exec unshare -n -m --propagation private "$0" --inside-namespace "$@"
fi
shift

RUN="$(mktemp -d /tmp/gd-recorder.XXXXXX)"
chmod 755 "$RUN"
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  if [[ -n "${KEEP_RUN:-}" ]]; then echo "logs kept in $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT

ip link set lo up
# A "network card" for Chromium to see: a veth pair whose both ends stay in this namespace, with a
# default route into it. Without a non-loopback interface Chromium believes it is offline and reports
# every failed name lookup as net::ERR_INTERNET_DISCONNECTED. Packets routed there go nowhere.
ip link add gdnet0 type veth peer name gdnet1
ip addr add 10.255.0.2/24 dev gdnet0
ip link set gdnet0 up
ip link set gdnet1 up
ip route add default via 10.255.0.1 dev gdnet0
echo "nameserver 127.0.0.1" > "$RUN/resolv.conf"
mount --bind "$RUN/resolv.conf" /etc/resolv.conf

render() { sed -e "s#@RUN@#$RUN#g" -e "s#@SITE@#$HERE/site#g" "$HERE/servers/$1" > "$RUN/$1"; }
wait_port() {   # host port what
  local i
  for i in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$3 did not come up on $1:$2" >&2
  return 1
}

mkdir -p "$RUN"/{nginx,apache,varnish,squid,dns,profiles}
for f in nginx.conf haproxy.cfg squid.conf dnsmasq.conf apache2.conf; do render "$f"; done
chown proxy:proxy "$RUN/squid"

dnsmasq -k -C "$RUN/dnsmasq.conf" 2> "$RUN/dns/dnsmasq.log" & PIDS+=($!)
node "$HERE/servers/stubs.mjs" > "$RUN/stubs.log" 2>&1 & PIDS+=($!)
nginx -e "$RUN/nginx/error.log" -p "$RUN/nginx" -c "$RUN/nginx.conf" & PIDS+=($!)
haproxy -db -f "$RUN/haproxy.cfg" > "$RUN/haproxy.log" 2>&1 & PIDS+=($!)
apache2 -f "$RUN/apache2.conf" -DFOREGROUND & PIDS+=($!)
varnishd -F -a 127.0.0.13:80 -b 127.0.0.1:18099 -n "$RUN/varnish" -s malloc,32m > "$RUN/varnish.log" 2>&1 & PIDS+=($!)
squid -N -f "$RUN/squid.conf" & PIDS+=($!)

wait_port 127.0.0.1 18084 stubs
wait_port 127.0.0.14 80 "captive portal"
wait_port 127.0.0.10 80 nginx
wait_port 127.0.0.15 80 nginx
wait_port 127.0.0.11 80 haproxy
wait_port 127.0.0.12 80 apache2
wait_port 127.0.0.13 80 varnishd
wait_port 127.0.0.20 3128 squid
for i in $(seq 1 100); do grep -q "started, version" "$RUN/dns/dnsmasq.log" && break; sleep 0.1; done
# HAProxy's health check must have marked the dead server DOWN (fall 3 x inter 1s) before recording
for i in $(seq 1 100); do grep -q "be_dead/app1 is DOWN" "$RUN/haproxy.log" && break; sleep 0.1; done

echo "recording with: $(/usr/bin/chromium --version 2>/dev/null); $(nginx -v 2>&1); $(haproxy -v | head -1);" \
     "$(squid -v | head -1); $(apache2 -v | head -1); $(varnishd -V 2>&1 | head -1); $(dnsmasq --version | head -1);" \
     "node $(node --version)"
(cd "$HERE" && node record.mjs "$OUT" "$RUN/profiles" "$@")
