package org.gatewaydoctor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.gatewaydoctor.probes.egress.EgressPolicy;

/** A real API server on a free loopback port for one test, and a client for it (JDK HttpClient). */
final class RunningApi implements AutoCloseable {

  static final Path EXAMPLE = Path.of("../docs/examples/cloudflare-502-origin-down.bundle.json");
  static final ObjectMapper JSON = new ObjectMapper();

  private final ApiServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningApi(ApiServer server) {
    this.server = server;
  }

  /** The default settings (built-in rules, no checks allowed) on 127.0.0.1, any port; ready. */
  static RunningApi start() throws IOException {
    return start(settings(Configuration.defaults()));
  }

  /** A server with {@code settings}, its rule base built. */
  static RunningApi start(ApiSettings settings) throws IOException {
    RunningApi api = startNotReady(settings);
    if (!api.server.ready().join().ok()) {
      api.close();
      throw new IllegalStateException("the rule base did not build: " + api.server.ready().join().problems());
    }
    return api;
  }

  /** A server with {@code settings}, possibly still building its rule base. */
  static RunningApi startNotReady(ApiSettings settings) throws IOException {
    return new RunningApi(ApiServer.start(settings));
  }

  /** Test settings: loopback, any port, the loopback-only egress scope, generous limits. */
  static ApiSettings settings(Configuration configuration) {
    return ApiSettings.defaults(configuration, EgressPolicy.loopbackOnly()).listening("127.0.0.1", 0)
        .limits(ApiSettings.DEFAULT_MAX_BODY_BYTES, 4, 1000);
  }

  /** A configuration read from YAML text. */
  static Configuration configuration(String yaml) throws Exception {
    return new ConfigurationLoader(Map.of(), new Properties()).read(yaml.getBytes(StandardCharsets.UTF_8),
        "test.yaml", "the test");
  }

  ApiServer server() {
    return server;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), headers);
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b, headers);
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> postFile(String path, String contentType, Path file, String... headers) throws Exception {
    return post(path, contentType, Files.readAllBytes(file), headers);
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String... headers) throws Exception {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Override
  public void close() {
    server.stop(Duration.ofSeconds(5));
  }
}
