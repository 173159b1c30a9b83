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
import org.gatewaydoctor.rules.catalog.ProductDef;

/**
 * The rules' conclusion on who generated the error responses.
 *
 * @param product the product
 * @param confidence 0 to 1
 * @param status the error status it generated most often (0 when none)
 * @param exchanges the error responses it generated
 */
public record Attribution(ProductDef product, double confidence, int status, List<HttpExchange> exchanges) {
  public Attribution {
    Objects.requireNonNull(product, "product");
    exchanges = Immutable.list(exchanges);
  }

  /** The attribution of {@code exchanges} to {@code product}, its status the most common among them. */
  public static Attribution of(ProductDef product, double confidence, Collection<HttpExchange> exchanges) {
    List<HttpExchange> sorted = exchanges.stream().distinct()
        .sorted(Comparator.comparingInt(HttpExchange::sample)).toList();
    Map<Integer, Long> counts = sorted.stream().filter(h -> h.status() != null)
        .collect(Collectors.groupingBy(HttpExchange::status, Collectors.counting()));
    int status = counts.entrySet().stream()
        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(0);
    return new Attribution(product, Math.max(0, Math.min(1, confidence)), status, sorted);
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

  /** Where the product says the fault of this status lies ({@code origin}, {@code edge}, ...), or "". */
  public String fault() {
    CodeMeaning meaning = product.meaningOf(status);
    return meaning == null ? "" : meaning.fault();
  }
}
