package org.gatewaydoctor.rules.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles DRL text at run time (Drools' classic compiler, which reports errors with file and line)
 * into a {@link RuleBase}. Costs seconds on a cold JVM, so it is used only for rule files supplied at
 * run time: an external rule directory, {@code rules check}, hot reload.
 */
public final class RuleCompiler {

  private static final String RESOURCES = "src/main/resources/";
  // The parser puts the real column only into its text: "[ERR 102] Line 7:40 mismatched input".
  private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

  private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");

  private final AtomicLong builds = new AtomicLong();

  /**
   * Compiles {@code drlByPath} (path relative to the rule directory, such as
   * {@code org/gatewaydoctor/rules/dns/dns.drl}, to DRL text).
   *
   * @param origin names the rule base in messages and in {@link RuleBase#origin()}
   * @throws RuleBaseException with every error message, located, when any file does not compile
   */
  public RuleBase compile(Map<String, String> drlByPath, String origin) throws RuleBaseException {
    long start = System.nanoTime(); // for the log line only
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    // A fresh release id per build, so a failed build never disturbs one that is in use.
    ReleaseId release = ks.newReleaseId("org.gatewaydoctor.runtime", "rules", "1." + builds.incrementAndGet());
    kfs.generateAndWritePomXML(release);
    drlByPath.forEach((path, drl) -> kfs.write(RESOURCES + path, drl));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<RuleMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
        .map(RuleCompiler::toMessage)
        .filter(m -> !m.text().startsWith("Parser returned a null Package"))
        .sorted(Comparator.comparing(RuleMessage::file).thenComparingInt(RuleMessage::line))
        .toList();
    if (!errors.isEmpty()) {
      throw new RuleBaseException(origin + ": " + errors.size() + " rule error" + (errors.size() == 1 ? "" : "s"),
          errors);
    }
    KieBaseConfiguration conf = ks.newKieBaseConfiguration();
    conf.setOption(RuleBase.UNSHARED_BETA_NODES); // see there: a Drools node-sharing bug
    RuleBase built = new RuleBase(ks.newKieContainer(release).newKieBase(conf), origin);
    LOG.info("rule base compiled from {} ({} files, {} rules) in {} ms", origin, drlByPath.size(), built.rules().size(),
        (System.nanoTime() - start) / 1_000_000);
    return built;
  }

  private static RuleMessage toMessage(Message m) {
    String file = m.getPath() == null ? "(unknown)" : m.getPath().replaceFirst("^" + RESOURCES, "");
    String text = m.getText() == null ? "" : m.getText().replaceAll("\\s+", " ").trim();
    int line = Math.max(0, m.getLine());
    int column = Math.max(0, m.getColumn());
    Matcher lc = LINE_COLUMN.matcher(text);
    if (lc.find()) {
      line = Integer.parseInt(lc.group(1));
      column = Integer.parseInt(lc.group(2)) + 1;
    }
    return new RuleMessage(file, line, column, shorten(text));
  }

  private static String shorten(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }
}
