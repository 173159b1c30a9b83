package org.gatewaydoctor.probes.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * What went right and wrong while reading one profile, turned into its {@code readState} and
 * {@code detail}:
 * <ul>
 *   <li>{@code locked}: something could not be read because the running browser holds it;
 *   <li>{@code unreadable}: nothing could be read;
 *   <li>{@code partial}: some parts could not be read, or the deadline stopped the reading;
 *   <li>{@code ok}: everything was read (from copies, even while the browser runs).
 * </ul>
 */
final class ProfileNotes {

  private final List<String> notes = new ArrayList<>();
  private boolean anyRead;
  private boolean anyFailed;
  private boolean locked;
  private boolean cut;

  /** One part of the profile was read (or legitimately absent, such as a cookie store never created). */
  void read() {
    anyRead = true;
  }

  /** One part could not be read. */
  void failed(ProfileFileException e) {
    anyFailed = true;
    locked |= e.kind() == ProfileFileException.Kind.LOCKED;
    notes.add(e.getMessage());
  }

  /**
   * {@code what} (cookies, extensions) could not be read, so the profile's list of them is unknown
   * rather than empty; the facts keep the list empty and this note says so.
   */
  void unknown(String what) {
    notes.add(what + " not read (unknown, not none)");
  }

  /** The deadline stopped the reading before {@code what}. */
  void cut(String what) {
    anyFailed = true;
    cut = true;
    notes.add(what);
  }

  /** Something worth knowing that is not a failure (the browser runs; profiles found by folder scan). */
  void note(String text) {
    notes.add(text);
  }

  boolean wasCut() {
    return cut;
  }

  String readState() {
    if (locked) {
      return "locked";
    }
    if (!anyRead) {
      return "unreadable";
    }
    return anyFailed ? "partial" : "ok";
  }

  /** The notes joined by {@code "; "}, or null when there are none. */
  String detail() {
    return notes.isEmpty() ? null : String.join("; ", notes);
  }
}
