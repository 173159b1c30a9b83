package org.gatewaydoctor.cli.lab;

/** Status page documents the lab serves, in Atlassian Statuspage v2 and incident.io Widget API shapes. */
final class LabStatusPages {

  private LabStatusPages() {}

  /** {@code /api/v2/summary.json}: degraded for the overload scenario, all operational otherwise. */
  static String statuspage(LabScenario scenario) {
    boolean degraded = scenario == LabScenario.OVERLOAD;
    String indicator = degraded ? "minor" : "none";
    String description = degraded ? "Partially Degraded Service" : "All Systems Operational";
    String component = degraded ? "degraded_performance" : "operational";
    String incidents = degraded
        ? "[{\"id\":\"lab1\",\"name\":\"Elevated error rates\",\"status\":\"investigating\",\"impact\":\"minor\","
            + "\"created_at\":\"2026-11-26T09:40:00.000Z\",\"shortlink\":\"https://stspg.io/lab1\","
            + "\"components\":[{\"id\":\"c1\",\"name\":\"Conversations\",\"status\":\"degraded_performance\"}]}]"
        : "[]";
    return "{\"page\":{\"id\":\"lab\",\"name\":\"ChatGPT lab\",\"url\":\"http://127.0.0.1/\"},"
        + "\"status\":{\"indicator\":\"" + indicator + "\",\"description\":\"" + description + "\"},"
        + "\"components\":[{\"id\":\"c1\",\"name\":\"Conversations\",\"status\":\"" + component + "\"}],"
        + "\"incidents\":" + incidents + ",\"scheduled_maintenances\":[]}";
  }

  /** The incident.io widget document: an ongoing major incident for the status-incident scenario. */
  static String incidentIo(LabScenario scenario) {
    String ongoing = scenario == LabScenario.STATUS_INCIDENT
        ? "[{\"id\":\"01JLAB\",\"name\":\"Elevated error rates for ChatGPT\",\"status\":\"identified\","
            + "\"current_worst_impact\":\"full_outage\",\"started_at\":\"2026-11-26T09:41:00Z\","
            + "\"url\":\"http://127.0.0.1/incidents/01JLAB\","
            + "\"affected_components\":[{\"id\":\"c1\",\"name\":\"Conversations\",\"status\":\"full_outage\"}]}]"
        : "[]";
    return "{\"ongoing_incidents\":" + ongoing + ",\"in_progress_maintenances\":[],\"scheduled_maintenances\":[]}";
  }
}
