package org.gatewaydoctor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.Catalog;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.catalog.CatalogLoader;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleBaseException;

/**
 * Where commands get their {@link Diagnoser}. Loading the built-in one costs a few hundred
 * milliseconds of class loading (Drools; the catalogue, generated as code at build time since issue
 * 15, is now tens of milliseconds), so {@link #prefetch()} starts it on a
 * background thread while the main thread parses arguments and reads input: on two or more cores
 * that time is hidden. Every failure is reported to the caller of {@link #builtIn()}, never lost.
 */
public final class Diagnosers {

  private CompletableFuture<Diagnoser> builtIn;

  /**
   * Starts loading the built-in diagnoser in the background, if not already started. The rule base
   * and the catalogue load on two threads (what {@link Diagnoser#builtIn()} does one after the other):
   * they share nothing, and each takes a few hundred milliseconds of cold start.
   */
  public synchronized void prefetch() {
    if (builtIn == null) {
      CompletableFuture<RuleBase> rules = background("rule-base-loader", RuleBase::precompiled);
      CompletableFuture<Catalog> catalog = background("catalog-loader", () -> new CatalogLoader().builtIn());
      builtIn = rules.thenCombine(catalog, Diagnoser::new);
    }
  }

  /** A loading step that may fail with a checked exception. */
  private interface Load<T> {
    T load() throws Exception;
  }

  private static <T> CompletableFuture<T> background(String name, Load<T> load) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread loader = new Thread(() -> {
      try {
        result.complete(load.load());
      } catch (Throwable t) { // handed to the caller of builtIn(), which reports it
        result.completeExceptionally(t);
      }
    }, name);
    loader.setDaemon(true);
    loader.start();
    return result;
  }

  /** The built-in rule base and catalogue (waits for the prefetch, or loads it now). */
  public Diagnoser builtIn() throws RuleBaseException, CatalogException {
    prefetch();
    try {
      return builtIn.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuleBaseException r) {
        throw r;
      }
      if (cause instanceof CatalogException c) {
        throw c;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * As {@link #forRules(Path)}, diagnosing with the configuration's service profiles. A profile
   * naming a gateway the catalogue does not know is bad input, located at the profile in its file.
   */
  public Diagnoser forRules(Path dir, Configuration configuration) throws UsageError {
    Diagnoser diagnoser = forRules(dir);
    try {
      return diagnoser.withServices(configuration.services());
    } catch (CatalogException e) {
      throw new UsageError(where(configuration, e.getMessage()) + e.getMessage()
          + " (the rule base's products are in fingerprints.yaml; see docs/rules.md)", e);
    }
  }

  /** "FILE:LINE: " of the configured profile a catalogue problem names, or "". */
  private static String where(Configuration configuration, String problem) {
    for (ServiceProfile s : configuration.services().all()) {
      String origin = configuration.origin("services." + s.id());
      if (problem.contains("services: " + s.id() + ":") && !origin.equals(Configuration.BUILT_IN)) {
        int space = origin.indexOf(' ');
        return (space < 0 ? origin : origin.substring(0, space)) + ": ";
      }
    }
    return "";
  }

  /**
   * The built-in rule base with the rule directory {@code dir} laid over it, or the built-in one
   * when {@code dir} is null. Problems with the directory are bad input, each with its location.
   */
  public Diagnoser forRules(Path dir) throws UsageError {
    try {
      return dir == null ? builtIn() : Diagnoser.fromDirectory(dir);
    } catch (RuleBaseException | CatalogException e) {
      throw new UsageError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UsageError("cannot read the rule directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
