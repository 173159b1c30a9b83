package org.gatewaydoctor.rules.engine;

import java.util.List;
import org.gatewaydoctor.facts.Immutable;

/** The rule base could not be built; {@link #messages()} says where and why. */
public final class RuleBaseException extends Exception {

  private final transient List<RuleMessage> messages;

  public RuleBaseException(String summary, List<RuleMessage> messages) {
    super(summary + (messages.isEmpty() ? "" : ": " + messages.get(0) + (messages.size() > 1
        ? " (and " + (messages.size() - 1) + " more)" : "")));
    this.messages = Immutable.list(messages);
  }

  public RuleBaseException(String message, Throwable cause) {
    super(message, cause);
    this.messages = List.of();
  }

  /** Every compiler message, in file and line order. */
  public List<RuleMessage> messages() {
    return messages;
  }
}
