package org.gatewaydoctor.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm diagnosis of a 30-fact bundle against the floor of reading the same bundle with Jackson.
 * Sample mode, so the report carries the median (p0.50) as well as the mean. Goal (docs/benchmarks.md):
 * diagnose under 5x parse and under 1 ms median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class DiagnoseBenchmark {

  private byte[] json;
  private BundleReader reader;
  private FactBundle bundle;
  private Diagnoser diagnoser;

  @Setup
  public void setUp() throws Exception {
    json = BenchmarkBundle.bytes();
    reader = new BundleReader();
    bundle = reader.read(json, BenchmarkBundle.RESOURCE).bundle();
    diagnoser = Diagnoser.builtIn();
  }

  /** The floor: Jackson reading and checking the bundle (facts' BundleReader). */
  @Benchmark
  public FactBundle parseBundle() throws BundleException {
    return reader.read(json, BenchmarkBundle.RESOURCE).bundle();
  }

  /** One diagnosis on a warm, shared rule base: a new session, the rules, the report. */
  @Benchmark
  public Diagnosis diagnose() {
    return diagnoser.diagnose(bundle);
  }
}
