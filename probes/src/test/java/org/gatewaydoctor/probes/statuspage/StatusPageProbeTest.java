package org.gatewaydoctor.probes.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.facts.statuspage.StatusIncident;
import org.gatewaydoctor.facts.statuspage.StatusPageReport;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.rig.Probes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Status pages served on loopback in the three formats, readable and not. */
@Timeout(30)
class StatusPageProbeTest {

  static final String STATUSPAGE_INCIDENT = """
      {"page":{"id":"p1","name":"Example","url":"https://status.example","time_zone":"Etc/UTC","updated_at":"2026-11-26T05:00:00Z"},
       "status":{"indicator":"major","description":"Partial System Outage"},
       "components":[{"id":"c1","name":"API","status":"major_outage","position":1,"group":false},
                     {"id":"c2","name":"Login","status":"operational","position":2,"group":false}],
       "incidents":[{"id":"i1","name":"Elevated 502 errors","status":"investigating","impact":"major",
                     "created_at":"2026-11-26T04:50:00Z","shortlink":"https://stspg.io/x",
                     "components":[{"id":"c1","name":"API","status":"major_outage"}],"incident_updates":[]}],
       "scheduled_maintenances":[{"id":"m1","name":"Database upgrade","status":"scheduled","impact":"none",
                     "scheduled_for":"2026-11-27T01:00:00Z","scheduled_until":"2026-11-27T02:00:00Z","components":[]}]}
      """;

  static final String STATUSPAGE_GREEN = """
      {"page":{"id":"p1","name":"Example"},"status":{"indicator":"none","description":"All Systems Operational"},
       "components":[{"id":"c1","name":"API","status":"operational"}],"incidents":[],"scheduled_maintenances":[]}
      """;

  static final String INCIDENT_IO = """
      {"ongoing_incidents":[{"id":"01H","name":"Increased error rates in ChatGPT","status":"investigating",
        "url":"https://status.example/incidents/01H","started_at":"2026-11-26T04:40:00Z","current_worst_impact":"partial_outage",
        "affected_components":[{"id":"k1","name":"ChatGPT","current_status":"partial_outage"}],
        "last_update_at":"2026-11-26T04:55:00Z","last_update_message":"We are investigating."}],
       "in_progress_maintenances":[],
       "scheduled_maintenances":[{"id":"02M","name":"Planned work","status":"maintenance_scheduled",
        "starts_at":"2026-11-28T00:00:00Z","ends_at":"2026-11-28T01:00:00Z","affected_components":[{"id":"k2","name":"API"}]}]}
      """;

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StatusPageReport read(StatusPageFormat format, MockResponse response) throws Exception {
    server.enqueue(response);
    String url = "http://127.0.0.1:" + server.getPort() + "/status";
    StatusPageProbe p = new StatusPageProbe(new HttpFetcher(Probes.net()), Clock.systemUTC(), "example", url, format,
        Duration.ofSeconds(3));
    ProbeResult r = p.run(Probes.context("https://example.com/", Duration.ofSeconds(3)));
    assertThat(r.status()).isEqualTo(ProbeStatus.OK);
    return r.observations().statusPages().get(0);
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void readsAStatuspageSummaryWithAnIncidentAndAMaintenance() throws Exception {
    StatusPageReport r = read(StatusPageFormat.STATUSPAGE_V2, json(STATUSPAGE_INCIDENT));
    assertThat(r.readable()).isTrue();
    assertThat(r.format()).isEqualTo("statuspage-v2");
    assertThat(r.indicator()).isEqualTo("major");
    assertThat(r.description()).isEqualTo("Partial System Outage");
    assertThat(r.components()).extracting(c -> c.name() + "=" + c.status())
        .containsExactly("API=major_outage", "Login=operational");
    StatusIncident i = r.incidents().get(0);
    assertThat(i.kind()).isEqualTo("incident");
    assertThat(i.impact()).isEqualTo("major");
    assertThat(i.components()).containsExactly("API");
    assertThat(r.incidents().get(1).kind()).isEqualTo("scheduled");
    assertThat(r.incidents().get(1).endsAt()).isEqualTo("2026-11-27T02:00:00Z");
  }

  @Test
  void readsAGreenStatuspageSummary() throws Exception {
    StatusPageReport r = read(StatusPageFormat.STATUSPAGE_V2, json(STATUSPAGE_GREEN));
    assertThat(r.indicator()).isEqualTo("none");
    assertThat(r.incidents()).isEmpty();
  }

  @Test
  void readsIncidentIoWidgetApi() throws Exception {
    StatusPageReport r = read(StatusPageFormat.INCIDENT_IO, json(INCIDENT_IO));
    assertThat(r.readable()).isTrue();
    assertThat(r.incidents()).extracting(StatusIncident::kind).containsExactly("incident", "scheduled");
    // No overall indicator in the widget API: the worst ongoing incident's impact stands in for it.
    assertThat(r.indicator()).isEqualTo("major");
    assertThat(r.description()).isEqualTo("Increased error rates in ChatGPT");
    StatusIncident i = r.incidents().get(0);
    assertThat(i.name()).isEqualTo("Increased error rates in ChatGPT");
    assertThat(i.impact()).isEqualTo("major");
    assertThat(i.components()).containsExactly("ChatGPT");
    assertThat(r.components()).extracting(c -> c.name() + "=" + c.status()).containsExactly("ChatGPT=partial_outage");
  }

  @Test
  void anIncidentIoPageWithoutIncidentsIsOperationalAndOneInMaintenanceSaysSo() throws Exception {
    StatusPageReport quiet = read(StatusPageFormat.INCIDENT_IO,
        json("{\"ongoing_incidents\":[],\"in_progress_maintenances\":[],\"scheduled_maintenances\":[]}"));
    assertThat(quiet.indicator()).isEqualTo("none");
    StatusPageReport maintenance = read(StatusPageFormat.INCIDENT_IO, json("{\"ongoing_incidents\":[],"
        + "\"in_progress_maintenances\":[{\"id\":\"m\",\"name\":\"Database upgrade\",\"status\":\"in_progress\"}],"
        + "\"scheduled_maintenances\":[]}"));
    assertThat(maintenance.indicator()).isEqualTo("maintenance");
    StatusPageReport unrated = read(StatusPageFormat.INCIDENT_IO, json("{\"ongoing_incidents\":"
        + "[{\"id\":\"i\",\"name\":\"Login problems\",\"status\":\"investigating\"}],"
        + "\"in_progress_maintenances\":[],\"scheduled_maintenances\":[]}"));
    assertThat(unrated.indicator()).isEqualTo("minor");
    assertThat(unrated.description()).isEqualTo("Login problems");
  }

  @Test
  void readsRecentEntriesOfAFeed() throws Exception {
    String now = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1).format(DateTimeFormatter.RFC_1123_DATE_TIME);
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example status</title>"
        + "<item><title>Degraded API</title><link>https://status.example/i/1</link><pubDate>" + now + "</pubDate></item>"
        + "<item><title>Old thing</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item></channel></rss>";
    StatusPageReport r = read(StatusPageFormat.FEED, new MockResponse.Builder().body(feed).build());
    assertThat(r.readable()).isTrue();
    assertThat(r.incidents()).extracting(StatusIncident::name).containsExactly("Degraded API");
  }

  @Test
  void anUnreadablePageIsRecordedAsUnreadableNeverAsAnOutage() throws Exception {
    StatusPageReport broken = read(StatusPageFormat.STATUSPAGE_V2, json("{\"status\": "));
    assertThat(broken.readable()).isFalse();
    assertThat(broken.indicator()).isNull();
    assertThat(broken.detail()).startsWith("the status page: line 1");
    StatusPageReport wrongShape = read(StatusPageFormat.INCIDENT_IO, json(STATUSPAGE_GREEN));
    assertThat(wrongShape.readable()).isFalse();
    assertThat(wrongShape.detail()).contains("not an incident.io widget response");
    StatusPageReport error = read(StatusPageFormat.STATUSPAGE_V2, new MockResponse.Builder().code(500).build());
    assertThat(error.readable()).isFalse();
    assertThat(error.detail()).isEqualTo("HTTP 500 from the status page");
    StatusPageReport xxe = read(StatusPageFormat.FEED, new MockResponse.Builder()
        .body("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>").build());
    assertThat(xxe.readable()).isFalse();
  }
}
