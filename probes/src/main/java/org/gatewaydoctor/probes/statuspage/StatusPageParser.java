package org.gatewaydoctor.probes.statuspage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.statuspage.StatusComponent;
import org.gatewaydoctor.facts.statuspage.StatusIncident;

/**
 * Reads the two JSON status-page formats into facts. Field names follow the vendors' documents:
 * Atlassian Statuspage v2 {@code /api/v2/summary.json} ({@code status.indicator}, {@code components},
 * {@code incidents} (unresolved only), {@code scheduled_maintenances}); incident.io's Widget API
 * (arrays {@code ongoing_incidents}, {@code in_progress_maintenances}, {@code scheduled_maintenances},
 * each item with {@code id}, {@code name}, {@code status}, dates and {@code affected_components}).
 */
final class StatusPageParser {

  /** What a page said. */
  record Parsed(String indicator, String description, List<StatusComponent> components,
      List<StatusIncident> incidents) {}

  /** Statuspage's impact words, mildest first. */
  private static final List<String> SEVERITY = List.of("none", "minor", "major", "critical");

  private StatusPageParser() {}

  /** Statuspage v2; {@code IllegalArgumentException} with a one-line reason when it is not that shape. */
  static Parsed statuspage(JsonNode root) {
    JsonNode status = root.path("status");
    if (!root.isObject() || !status.isObject() || !status.path("indicator").isTextual()) {
      throw new IllegalArgumentException("not a Statuspage v2 summary: no status.indicator");
    }
    List<StatusComponent> components = new ArrayList<>();
    for (JsonNode c : root.path("components")) {
      if (c.path("name").isTextual()) {
        components.add(new StatusComponent(text(c, "id"), c.path("name").asText(), component(text(c, "status"))));
      }
    }
    List<StatusIncident> incidents = new ArrayList<>();
    for (JsonNode i : root.path("incidents")) {
      incidents.add(new StatusIncident(text(i, "id"), name(i), "incident", text(i, "status"), text(i, "impact"),
          first(i, "started_at", "created_at"), null, names(i.path("components")), text(i, "shortlink")));
    }
    for (JsonNode m : root.path("scheduled_maintenances")) {
      String s = text(m, "status");
      String kind = "in_progress".equals(s) || "verifying".equals(s) ? "maintenance" : "scheduled";
      incidents.add(new StatusIncident(text(m, "id"), name(m), kind, s, text(m, "impact"),
          first(m, "scheduled_for", "created_at"), text(m, "scheduled_until"), names(m.path("components")),
          text(m, "shortlink")));
    }
    return new Parsed(status.path("indicator").asText().toLowerCase(Locale.ROOT), text(status, "description"),
        components, incidents);
  }

  /** incident.io Widget API; {@code IllegalArgumentException} when it is not that shape. */
  static Parsed incidentIo(JsonNode root) {
    // The widget response always carries all three arrays; Statuspage has scheduled_maintenances too,
    // so ongoing_incidents is what tells the formats apart.
    if (!root.isObject() || !root.path("ongoing_incidents").isArray()) {
      throw new IllegalArgumentException("not an incident.io widget response: no ongoing_incidents array");
    }
    List<StatusIncident> incidents = new ArrayList<>();
    List<StatusComponent> components = new ArrayList<>();
    widget(root.path("ongoing_incidents"), "incident", incidents, components);
    widget(root.path("in_progress_maintenances"), "maintenance", incidents, components);
    widget(root.path("scheduled_maintenances"), "scheduled", incidents, components);
    StatusIncident worst = incidents.stream().filter(i -> i.kind().equals("incident"))
        .max(Comparator.comparingInt(i -> SEVERITY.indexOf(impactOrMinor(i)))).orElse(null);
    if (worst != null) {
      return new Parsed(impactOrMinor(worst), worst.name(), components, incidents);
    }
    boolean maintenance = incidents.stream().anyMatch(i -> i.kind().equals("maintenance"));
    return new Parsed(maintenance ? "maintenance" : "none", null, components, incidents);
  }

  /**
   * incident.io has no overall indicator: the page's is its worst ongoing incident's impact, as
   * Statuspage computes it. An ongoing incident of no stated (or an unknown) impact still counts as
   * minor: the service has declared something wrong.
   */
  private static String impactOrMinor(StatusIncident i) {
    String impact = i.impact();
    return impact == null || !SEVERITY.contains(impact) || impact.equals("none") ? "minor" : impact;
  }

  private static void widget(JsonNode items, String kind, List<StatusIncident> incidents,
      List<StatusComponent> components) {
    for (JsonNode i : items) {
      JsonNode affected = i.path("affected_components");
      for (JsonNode c : affected) {
        String status = text(c, "current_status");
        if (c.path("name").isTextual() && status != null
            && components.stream().noneMatch(k -> k.name().equals(c.path("name").asText()))) {
          components.add(new StatusComponent(text(c, "id"), c.path("name").asText(), component(status)));
        }
      }
      incidents.add(new StatusIncident(text(i, "id"), name(i), kind, text(i, "status"),
          impact(text(i, "current_worst_impact")),
          first(i, "started_at", "starts_at", "scheduled_start_at", "published_at"),
          first(i, "ends_at", "scheduled_end_at", "scheduled_end"), names(affected), text(i, "url")));
    }
  }

  /** Component statuses normalised to Statuspage's words (incident.io says full_outage for major_outage). */
  static String component(String status) {
    if (status == null) {
      return "unknown";
    }
    String s = status.toLowerCase(Locale.ROOT);
    return s.equals("full_outage") ? "major_outage" : s;
  }

  /** incident.io's worst impact as Statuspage's impact words. */
  private static String impact(String worst) {
    if (worst == null) {
      return null;
    }
    return switch (worst.toLowerCase(Locale.ROOT)) {
      case "degraded_performance" -> "minor";
      case "partial_outage" -> "major";
      case "full_outage" -> "critical";
      default -> worst;
    };
  }

  private static String name(JsonNode n) {
    String name = text(n, "name");
    return name == null ? "(untitled)" : name;
  }

  private static List<String> names(JsonNode components) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : components) {
      if (c.isTextual()) {
        out.add(c.asText());
      } else if (c.path("name").isTextual()) {
        out.add(c.path("name").asText());
      }
    }
    return out;
  }

  private static String first(JsonNode n, String... fields) {
    for (String f : fields) {
      String v = text(n, f);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
  }
}
