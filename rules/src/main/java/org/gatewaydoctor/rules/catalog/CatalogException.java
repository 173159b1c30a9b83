package org.gatewaydoctor.rules.catalog;

/** A catalogue file that cannot be used; the message names the file, the place and the problem. */
public final class CatalogException extends Exception {
  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
