package org.gatewaydoctor.rules.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.rules.catalog.CodeMeaning;
import org.gatewaydoctor.rules.catalog.FingerprintSignal;
import org.gatewaydoctor.rules.catalog.ProductDef;

/**
 * The rules' conclusion on who generated the error responses.
 *
 * @param product the product
 * @param confidence 0 to 1
 * @param status the error status it generated most often (0 when none)
 * @param exchanges the error responses it generated
 * @param signals the signs of the product seen on them
 * @param relays products seen only passing the responses on (docs/reasoning.md §2), by id
 * @param candidates when the product is {@code unknown} because several products write exactly
 *     these responses, those products, by id; empty otherwise
 */
public record Attribution(ProductDef product, double confidence, int status, List<HttpExchange> exchanges,
    List<FingerprintSignal> signals, List<ProductDef> relays, List<ProductDef> candidates) {

  private static final Comparator<FingerprintSignal> STRONGEST =
      Comparator.comparingDouble((FingerprintSignal s) -> -s.weight()).thenComparing(FingerprintSignal::describe);

  public Attribution {
    Objects.requireNonNull(product, "product");
    exchanges = Immutable.list(exchanges);
    signals = Immutable.list(signals);
    relays = Immutable.list(relays);
    candidates = Immutable.list(candidates);
  }

  /**
   * The attribution of {@code exchanges} to {@code product} on the strength of {@code signals}, its
   * status the most common among the exchanges (the higher status on a tie).
   */
  public static Attribution of(ProductDef product, double confidence, Collection<HttpExchange> exchanges,
      Collection<FingerprintSignal> signals) {
    return of(product, confidence, exchanges, signals, List.of(), List.of());
  }

  /**
   * As {@link #of(ProductDef, double, Collection, Collection)}, with the products that relayed the
   * responses and, for an unknown generator, the candidates; each sorted by id, without repeats.
   */
  public static Attribution of(ProductDef product, double confidence, Collection<HttpExchange> exchanges,
      Collection<FingerprintSignal> signals, Collection<ProductDef> relays, Collection<ProductDef> candidates) {
    List<HttpExchange> sorted = exchanges.stream().distinct()
        // by the source's bundle name ("har" before "probe"), as when source was a string, so reports keep their order
        .sorted(Comparator.comparing((HttpExchange h) -> h.source().toString()).thenComparingInt(HttpExchange::sample))
        .toList();
    Map<Integer, Long> counts = sorted.stream().filter(h -> h.status() != null)
        .collect(Collectors.groupingBy(HttpExchange::status, Collectors.counting()));
    int status = counts.entrySet().stream()
        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
    return new Attribution(product, Math.max(0, Math.min(1, confidence)), status, sorted,
        signals.stream().distinct().sorted(STRONGEST).toList(), byId(relays, product), byId(candidates, product));
  }

  private static List<ProductDef> byId(Collection<ProductDef> products, ProductDef generator) {
    return products.stream().filter(p -> !p.id().equals(generator.id())).distinct()
        .sorted(Comparator.comparing(ProductDef::id)).toList();
  }

  /** Whether a product of the user's network passed the responses on (a forward proxy's Via). */
  public boolean relayedByUserNetwork() {
    return relays.stream().anyMatch(r -> r.operator().equals("user-network"));
  }

  /** Whether the service's own infrastructure passed the responses on (its CDN's headers). */
  public boolean relayedByService() {
    return relays.stream().anyMatch(r -> r.operator().equals("service"));
  }

  /** The name of the first relay run by the service, or null; for texts. */
  public String serviceRelayName() {
    return relays.stream().filter(r -> r.operator().equals("service")).map(ProductDef::name).findFirst()
        .orElse(null);
  }

  public String productId() {
    return product.id();
  }

  public String productName() {
    return product.name();
  }

  public String role() {
    return product.role();
  }

  public String operator() {
    return product.operator();
  }

  /**
   * What the response means: the strongest sign that carries its own meaning (Cloudflare's
   * unbranded page means its edge failed), else what the product means by the status; null when
   * the catalogue does not say.
   */
  public CodeMeaning meaning() {
    return signals.stream().filter(s -> s.means() != null).findFirst().map(FingerprintSignal::means)
        .orElseGet(() -> product.meaningOf(status));
  }

  /** Where the product says the fault lies ({@code origin}, {@code edge}, {@code policy}, ...), or "". */
  public String fault() {
    CodeMeaning meaning = meaning();
    return meaning == null ? "" : meaning.fault();
  }
}
