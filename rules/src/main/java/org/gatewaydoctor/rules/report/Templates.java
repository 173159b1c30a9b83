package org.gatewaydoctor.rules.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills catalogue texts: {@code {name}} is replaced by the parameter {@code name}. */
final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.-]*)}");

  private Templates() {}

  /**
   * {@code template} with every known placeholder replaced; an unknown one is left as it is, so a
   * missing parameter shows in the text (and the scenario tests catch it) rather than vanishing.
   */
  static String fill(String template, Map<String, String> params) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
