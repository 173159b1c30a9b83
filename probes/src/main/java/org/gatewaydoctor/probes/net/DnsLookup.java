package org.gatewaydoctor.probes.net;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks one question of one DNS server with dnsjava and turns whatever happens (an answer, an error
 * rcode, silence, garbage) into a {@link DnsQuery}. Never consults the JVM's resolver. Thread-safe.
 */
public final class DnsLookup {

  /** EDNS(0) UDP payload size we advertise: {@value}, the DNS Flag Day 2020 recommendation. */
  private static final int EDNS_PAYLOAD = 1232;

  private final Clock clock;

  public DnsLookup(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends the question and completes, never exceptionally, with what happened.
   *
   * @param type a dnsjava {@link Type} constant ({@code Type.A}, {@code Type.AAAA}, {@code Type.CNAME})
   * @param timeout how long to wait for the answer
   */
  public CompletableFuture<DnsQuery> ask(ResolverEndpoint resolver, String name, int type, boolean canary,
      Duration timeout) {
    Instant start = clock.instant();
    Message query;
    try {
      query = Message.newQuery(Record.newRecord(Name.fromString(absolute(name)), type, DClass.IN));
    } catch (TextParseException e) {
      return CompletableFuture.completedFuture(failed(resolver, name, type, canary, DnsQueryStatus.ERROR, start,
          "not a valid DNS name: " + e.getMessage()));
    }
    SimpleResolver r = new SimpleResolver(resolver.address());
    r.setTimeout(timeout.isZero() || timeout.isNegative() ? Duration.ofMillis(1) : timeout);
    // EDNS(0) so that a resolver can tell us why it failed (RFC 8914 Extended DNS Errors).
    r.setEDNS(0, EDNS_PAYLOAD, 0, List.of());
    return r.sendAsync(query).toCompletableFuture()
        .thenApply(m -> answered(resolver, name, type, canary, start, m))
        .exceptionally(t -> failure(resolver, name, type, canary, start, t))
        // A resolver that never completes its future must not hold the caller beyond the timeout.
        .completeOnTimeout(null, timeout.toMillis() + 200, java.util.concurrent.TimeUnit.MILLISECONDS)
        .thenApply(q -> q != null ? q : failed(resolver, name, type, canary, DnsQueryStatus.TIMEOUT, start,
            "no answer within " + seconds(timeout)));
  }

  /** The record that a question was not asked, with the reason. */
  public static DnsQuery skipped(ResolverEndpoint resolver, String name, int type, boolean canary, String reason) {
    return new DnsQuery(resolver.id(), resolver.addressText(), resolver.kind(), name, Type.string(type),
        DnsQueryStatus.SKIPPED, null, List.of(), List.of(), null, canary, null, reason);
  }

  private DnsQuery answered(ResolverEndpoint resolver, String name, int type, boolean canary, Instant start,
      Message m) {
    List<String> addresses = new ArrayList<>();
    List<String> cnames = new ArrayList<>();
    for (Record rec : m.getSection(Section.ANSWER)) {
      if (rec instanceof ARecord a) {
        addresses.add(a.getAddress().getHostAddress());
      } else if (rec instanceof AAAARecord a) {
        addresses.add(a.getAddress().getHostAddress());
      } else if (rec instanceof CNAMERecord c) {
        cnames.add(relative(c.getTarget()));
      }
    }
    return new DnsQuery(resolver.id(), resolver.addressText(), resolver.kind(), name, Type.string(type),
        DnsQueryStatus.ANSWERED, Rcode.string(m.getRcode()), addresses, cnames, millis(start), canary,
        extendedError(m), null);
  }

  private DnsQuery failure(ResolverEndpoint resolver, String name, int type, boolean canary, Instant start,
      Throwable t) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
      return failed(resolver, name, type, canary, DnsQueryStatus.TIMEOUT, start, "no answer: " + cause.getMessage());
    }
    String what = cause instanceof IOException ? "unreadable answer or socket error: " : "error: ";
    return failed(resolver, name, type, canary, DnsQueryStatus.ERROR, start,
        what + FailureWords.of(cause));
  }

  private DnsQuery failed(ResolverEndpoint resolver, String name, int type, boolean canary, DnsQueryStatus status,
      Instant start, String detail) {
    return new DnsQuery(resolver.id(), resolver.addressText(), resolver.kind(), name, Type.string(type), status,
        null, List.of(), List.of(), millis(start), canary, null, detail);
  }

  /** RFC 8914: INFO-CODE and EXTRA-TEXT, as "code: text". */
  private static String extendedError(Message m) {
    OPTRecord opt = m.getOPT();
    if (opt == null) {
      return null;
    }
    List<String> errors = new ArrayList<>();
    for (EDNSOption option : opt.getOptions(EDNSOption.Code.EDNS_EXTENDED_ERROR)) {
      if (option instanceof ExtendedErrorCodeOption e) {
        String text = ExtendedErrorCodeOption.text(e.getErrorCode());
        String extra = e.getText() == null || e.getText().isEmpty() ? "" : " (" + e.getText() + ")";
        errors.add(e.getErrorCode() + ": " + text + extra);
      }
    }
    return errors.isEmpty() ? null : String.join("; ", errors);
  }

  private Double millis(Instant start) {
    return Duration.between(start, clock.instant()).toNanos() / 1e6;
  }

  private static String absolute(String name) {
    return name.endsWith(".") ? name : name + ".";
  }

  private static String relative(Name n) {
    String s = n.toString();
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
