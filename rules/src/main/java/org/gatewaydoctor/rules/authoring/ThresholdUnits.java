package org.gatewaydoctor.rules.authoring;

import java.util.List;
import org.gatewaydoctor.rules.authoring.CatalogFiles.Pair;
import org.gatewaydoctor.rules.engine.RuleMessage;

/**
 * A threshold's unit is the last part of its key ({@code http.latency.high.ms}); a value that cannot
 * be in that unit was written in another one ({@code 0.5} for half a second in a {@code .ms} key) or
 * as text ({@code 500ms}). The loader only sees a number, so this is where such slips are caught.
 */
final class ThresholdUnits {

  private final CatalogFiles files;
  private final List<RuleMessage> out;

  ThresholdUnits(CatalogFiles files, List<RuleMessage> out) {
    this.files = files;
    this.out = out;
  }

  void run() {
    for (Pair p : files.pairs("thresholds.yaml").values()) {
      String text = YamlFile.scalar(p.value());
      String unit = p.key().substring(p.key().lastIndexOf('.') + 1);
      double value;
      try {
        value = Double.parseDouble(text == null ? "" : text);
      } catch (NumberFormatException e) {
        out.add(p.file().at(p.value(), "threshold " + p.key() + " must be a plain number (its unit is in its name: "
            + describe(unit) + "), got " + (text == null ? "a " + p.value().getNodeId() : "\"" + text + "\"")));
        continue;
      }
      String problem = problem(p.key(), unit, value);
      if (problem != null) {
        out.add(p.file().at(p.value(), "threshold " + p.key() + " = " + text + ": " + problem));
      }
    }
  }

  /** What is wrong with {@code value} in {@code unit}, or null. */
  private static String problem(String key, String unit, double value) {
    boolean whole = value == Math.rint(value);
    return switch (unit) {
      case "ms" -> value < 1 ? "a time in milliseconds below 1; was it written in seconds? (0.5 s is 500)"
          : whole ? null : "milliseconds are whole numbers";
      case "seconds", "days", "bytes", "bps" -> whole && value >= 0 ? null
          : describe(unit) + " are whole numbers of 0 or more";
      case "status", "nginx-status" -> whole && value >= 100 && value <= 599 ? null
          : "an HTTP status is a whole number from 100 to 599";
      case "ratio" -> value >= 0 && value <= 1 ? null : "a ratio is a share from 0 to 1 (20 % is 0.2)";
      case "factor", "propagation", "one-sample" -> value >= 0 && value <= 1 ? null : "a factor is from 0 to 1";
      default -> key.startsWith("state.") && (value < -1 || value > 1)
          ? "a certainty is from -1 to 1" : null;
    };
  }

  private static String describe(String unit) {
    return switch (unit) {
      case "ms" -> "milliseconds";
      case "seconds" -> "seconds";
      case "days" -> "days";
      case "bytes" -> "bytes";
      case "bps" -> "bits per second";
      case "status", "nginx-status" -> "an HTTP status";
      case "ratio" -> "a share from 0 to 1";
      default -> "a number";
    };
  }
}
