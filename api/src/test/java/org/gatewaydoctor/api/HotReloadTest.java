package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.gatewaydoctor.probes.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule directory is rebuilt on a change and swapped atomically, under continuous load: a rule
 * that does not compile keeps the last good rule base serving (and shows in /v1/rules and the
 * metrics), a good one takes over; not one request fails, and reports change only after the good one.
 */
@Timeout(300)
class HotReloadTest {

  /** One answered request: when it was sent (nanoTime), its status, the verdict's side. */
  private record Answer(long sentAt, int status, String side) {}

  @Test
  void aBrokenRuleKeepsTheLastGoodRuleBaseAndAGoodOneSwapsInWithoutAFailedRequest(@TempDir Path dir)
      throws Exception {
    // The catalogue overlay from the start: without the rule it changes no report.
    Files.createDirectories(dir.resolve("catalog"));
    for (String f : List.of("causes.yaml", "findings.yaml")) {
      Files.copy(Path.of("src/test/resources/rules/device-side/catalog", f), dir.resolve("catalog").resolve(f));
    }
    byte[] bundle = Files.readAllBytes(RunningApi.EXAMPLE);
    try (RunningApi api = RunningApi.start(RunningApi.settings(Configuration.defaults()).withRules(dir))) {
      ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> load = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Thread t = new Thread(() -> {
          while (running.get()) {
            long sent = System.nanoTime();
            try {
              HttpResponse<String> r = api.post("/v1/diagnoses", "application/json", bundle);
              answers.add(new Answer(sent, r.statusCode(), r.statusCode() == 200
                  ? RunningApi.json(r).at("/verdict/side").asText() : r.body()));
            } catch (Exception e) {
              failures.add(e);
            }
          }
        }, "load-" + i);
        t.start();
        load.add(t);
      }
      awaitRules(api, r -> true, Duration.ofSeconds(5)); // the load is running
      Thread.sleep(500);

      write(dir.resolve("device.drl"), Files.readString(RulesRoutesTest.BROKEN));
      JsonNode failed = awaitRules(api, r -> r.at("/lastReload/result").asText().equals("failed"), Duration.ofMinutes(2));
      assertThat(failed.get("version").asInt()).isEqualTo(1);
      assertThat(failed.at("/lastReload/errors/0/location").asText()).startsWith("device.drl:8:");
      Thread.sleep(500);

      long goodWritten = System.nanoTime();
      write(dir.resolve("device.drl"), Files.readString(RulesRoutesTest.DEVICE));
      JsonNode swapped = awaitRules(api, r -> r.get("version").asInt() == 2, Duration.ofMinutes(2));
      assertThat(swapped.at("/lastReload/result").asText()).isEqualTo("ok");
      Thread.sleep(500);
      running.set(false);
      for (Thread t : load) {
        t.join();
      }

      assertThat(failures).isEmpty();
      assertThat(answers).hasSizeGreaterThan(20).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
      assertThat(answers).filteredOn(a -> a.sentAt() < goodWritten).isNotEmpty()
          .allSatisfy(a -> assertThat(a.side()).isEqualTo("SERVICE"));
      assertThat(answers).filteredOn(a -> a.side().equals("YOUR_DEVICE")).isNotEmpty()
          .allSatisfy(a -> assertThat(a.sentAt()).isGreaterThan(goodWritten));
      String metrics = api.get("/metrics").body();
      assertThat(metrics).contains("gateway_doctor_rule_reloads_total{result=\"failed\"} 1.0")
          .contains("gateway_doctor_rule_reloads_total{result=\"ok\"} 1.0");
    }
  }

  /** Writes {@code text} to {@code file} as an editor does: a temporary file, then an atomic rename. */
  private static void write(Path file, String text) throws Exception {
    Path tmp = Files.createTempFile(file.getParent().getParent(), "edit", ".tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static JsonNode awaitRules(RunningApi api, Predicate<JsonNode> until, Duration wait) throws Exception {
    long end = System.nanoTime() + wait.toNanos();
    JsonNode rules = null;
    while (System.nanoTime() < end) {
      rules = RunningApi.json(api.get("/v1/rules"));
      if (until.test(rules)) {
        return rules;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the rule base did not get there within " + wait + ": " + rules);
  }
}
