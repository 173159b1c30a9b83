package org.gatewaydoctor.rules.model;

/**
 * Which HTTP statuses say a request failed or was refused, as opposed to an application's ordinary
 * answer. RFC 9110 §15: 5xx are failures of the server or a gateway; of the 4xx, these refuse the
 * request itself: 400 (malformed or oversized, as nginx and Cloudflare send for a cookie jar that is
 * too big), 401 and 407 (credentials), 403 (refused), 408 (timeout), 429 (RFC 6585 §4, rate limit),
 * 431 (RFC 6585 §5, headers too large), 451 (legal block), 494 (nginx, headers too large). A 404,
 * 405, 409, 410 or 422 is the application answering, which the browser's page handles itself.
 */
public final class Statuses {

  private Statuses() {}

  /** Whether {@code status} says the request failed or was refused; false for null. */
  public static boolean failed(Integer status) {
    if (status == null) {
      return false;
    }
    int s = status;
    return s >= 500 || s == 400 || s == 401 || s == 403 || s == 407 || s == 408 || s == 429 || s == 431 || s == 451
        || s == 494;
  }
}
