package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.LoadedBundle;

/** {@code --facts FILE}: a fact bundle saved earlier, diagnosed offline. */
final class SavedBundle implements BundleSource {

  private final Path file;
  private final Browser browser;
  private final PrintWriter err;

  /**
   * @param file the bundle
   * @param browser the browser the user names now, replacing the bundle's, or null to keep the bundle's
   * @param err where reading warnings go (fields a newer gateway-doctor added)
   */
  SavedBundle(Path file, Browser browser, PrintWriter err) {
    this.file = file;
    this.browser = browser;
    this.err = err;
  }

  @Override
  public FactBundle collect() throws UsageError {
    LoadedBundle loaded;
    try {
      loaded = new BundleReader().read(file);
    } catch (BundleException e) {
      throw new UsageError(e.getMessage(), e);
    }
    loaded.warnings().forEach(w -> err.println("gateway-doctor: warning: " + w));
    FactBundle b = loaded.bundle();
    if (browser == null) {
      return b;
    }
    Environment e = b.environment();
    return new FactBundle(b.schemaVersion(), b.createdAt(), b.tool(), b.target(),
        new Environment(e.os(), e.osVersion(), e.arch(), browser.factValue()), b.observations(), b.probes());
  }

  @Override
  public boolean live() {
    return false;
  }
}
