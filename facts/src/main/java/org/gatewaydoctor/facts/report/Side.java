package org.gatewaydoctor.facts.report;

/** Whose side the fault is on: the headline answer to "is it me or them?". */
public enum Side {
  /** The service (its CDN, load balancer, servers) failed; nothing the user does will fix it. */
  SERVICE,
  /** The user's network: ISP, DNS, Wi-Fi sign-in, corporate proxy or firewall. */
  YOUR_NETWORK,
  /** The user's device: browser, its cache, cookies, extensions, settings. */
  YOUR_DEVICE,
  /** The evidence is too thin or contradictory to say. */
  UNKNOWN,
  /** Nothing wrong was found: the service answered normally. */
  NONE
}
