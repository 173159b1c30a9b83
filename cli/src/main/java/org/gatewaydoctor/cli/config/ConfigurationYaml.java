package org.gatewaydoctor.cli.config;

import java.time.Duration;
import java.util.List;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationFile;

/**
 * Writes a configuration as YAML that the configuration loader reads back to the same values, with
 * a comment after each setting saying where it came from.
 */
final class ConfigurationYaml {

  private final StringBuilder out = new StringBuilder();

  /** The configuration as a commented YAML document. */
  String render(Configuration c, ConfigurationFile file) {
    out.setLength(0);
    out.append("# gateway-doctor configuration in effect\n");
    out.append(file == null ? "# file: none (built-in defaults)\n"
        : "# file: " + file.path() + " (named by " + file.chosenBy() + ")\n");
    line(0, "deadline: " + duration(c.deadline()), c.origin("deadline"));
    out.append("resolvers:\n");
    if (c.systemResolvers() == null) {
      line(1, "system: null", c.origin("resolvers.system") + ": as the operating system is configured");
    } else {
      line(1, "system: " + list(c.systemResolvers()), c.origin("resolvers.system"));
    }
    line(1, "independent:" + (c.independentResolvers().isEmpty() ? " {}" : ""), c.origin("resolvers.independent"));
    c.independentResolvers().forEach((name, address) -> line(2, quote(name) + ": " + quote(address), null));
    line(0, "references:" + (c.references().isEmpty() ? " []" : ""), c.origin("references"));
    for (ReferenceEndpoint r : c.references()) {
      line(1, "- name: " + quote(r.name()), null);
      line(2, "url: " + quote(r.url()), null);
      line(2, "expectStatus: " + r.expectStatus(), null);
      if (r.expectBody() != null) {
        line(2, "expectBody: " + quote(r.expectBody()), null);
      }
    }
    line(0, "throughput: " + (c.throughputUrl() == null ? "null" : quote(c.throughputUrl())), c.origin("throughput"));
    out.append("checks:\n");
    line(1, "allow: " + list(c.checksAllow().entries()), c.origin("checks.allow"));
    out.append("egress:\n");
    line(1, "allow: " + list(c.egressAllow()), c.origin("egress.allow"));
    out.append("services:\n");
    c.services().all().forEach(s -> service(s, c.origin("services." + s.id())));
    return out.toString();
  }

  private void service(ServiceProfile s, String origin) {
    line(1, "- id: " + quote(s.id()), origin);
    line(2, "name: " + quote(s.name()), null);
    optional("url", s.url());
    line(2, "hosts: " + list(s.hosts()), null);
    optional("statusPage", s.statusPage());
    optional("statusPageFormat", s.statusPageFormat() == null ? null : s.statusPageFormat().id());
    optional("statusPageHuman", s.statusPageHuman());
    optional("supportUrl", s.supportUrl());
    line(2, "cookieDomains: " + list(s.cookieDomains()), null);
    line(2, "expectedIssuers: " + list(s.expectedIssuers()), null);
    line(2, "gateways: " + list(s.gateways()), null);
  }

  private void optional(String key, String value) {
    if (value != null) {
      line(2, key + ": " + quote(value), null);
    }
  }

  private void line(int depth, String text, String origin) {
    out.append("  ".repeat(depth)).append(text);
    if (origin != null) {
      out.append("  # ").append(origin.replace('\n', ' '));
    }
    out.append('\n');
  }

  private static String duration(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  private static String list(List<String> values) {
    return "[" + String.join(", ", values.stream().map(ConfigurationYaml::quote).toList()) + "]";
  }

  /** A double-quoted YAML scalar (the JSON string syntax, which YAML 1.2 shares). */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            q.append(String.format("\\u%04x", (int) ch));
          } else {
            q.append(ch);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
