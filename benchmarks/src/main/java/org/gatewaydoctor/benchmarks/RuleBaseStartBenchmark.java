package org.gatewaydoctor.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.rules.Diagnoser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: each measurement is the first call in a fresh JVM (single shot, one per fork), as
 * the CLI pays it. The precompiled rule base (executable model built by kie-maven-plugin) against
 * compiling the same built-in DRL at run time with RuleCompiler (an external rule directory).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
public class RuleBaseStartBenchmark {

  /** The built-in rule base and catalogue, loaded from the generated model classes. */
  @Benchmark
  public Diagnoser precompiledRuleBase() throws Exception {
    return Diagnoser.builtIn();
  }

  /** An empty rule directory: what {@link #compiledRuleBase} lays over the built-in rules. */
  @State(Scope.Benchmark)
  public static class EmptyRuleDirectory {
    Path dir;

    @Setup
    public void create() throws IOException {
      dir = Files.createTempDirectory("gd-bench-rules");
    }

    @TearDown
    public void delete() throws IOException {
      Files.deleteIfExists(dir);
    }
  }

  /** The built-in DRL and catalogue compiled at run time by the classic compiler (an empty rule directory). */
  @Benchmark
  public Diagnoser compiledRuleBase(EmptyRuleDirectory rules) throws Exception {
    return Diagnoser.fromDirectory(rules.dir);
  }

  /** What `gateway-doctor diagnose --facts FILE` pays: load the precompiled rule base, read a bundle, diagnose it. */
  @Benchmark
  public Diagnosis firstDiagnosis() throws Exception {
    return Diagnoser.builtIn().diagnose(new BundleReader().read(BenchmarkBundle.bytes(), "bench").bundle());
  }
}
