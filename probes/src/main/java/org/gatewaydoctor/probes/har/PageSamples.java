package org.gatewaydoctor.probes.har;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.Sites;

/**
 * Picks, from what a browser recorded, the page the person was looking at and the requests that are
 * samples of it (docs/reasoning.md §4): the page's own navigations and API calls to its site, each
 * redirect chain joined into one exchange. Left out: requests the page cancelled, the browser's
 * favicon request, images, fonts and media, static files that arrived, and other sites' requests.
 */
final class PageSamples {

  /** Static files that count only when they failed (a script that never came breaks the page). */
  private static final Set<String> STATIC = Set.of("script", "stylesheet", "manifest");
  /** Never samples of the page: decoration the page does without. */
  private static final Set<String> DECORATION = Set.of("image", "font", "media", "texttrack");

  /**
   * The most samples one page keeps: {@value}. Enough for any page's own requests (a busy chat page
   * makes a few dozen calls to its site), and few enough that a saved bundle stays far below what
   * {@code --facts} reads back (issue 16, defect 3). Beyond it the page itself and failed requests
   * come first, then working ones in file order.
   */
  static final int MAX_SAMPLES = 200;

  private PageSamples() {}

  /**
   * @param requests every entry of the HAR, in file order
   * @param givenUrl the URL the person named, or null to find the page
   * @param siteHosts more host names that belong to the page's site (a service profile's hosts)
   * @throws HarException when the HAR holds no http(s) request
   */
  static HarPage select(List<HarRequest> requests, String givenUrl, Set<String> siteHosts, String origin)
      throws HarException {
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    List<List<HarRequest>> chains = chains(requests.stream().filter(r -> {
      if (r.aborted()) {
        leftOut.merge(HarPage.CANCELLED, 1, Integer::sum);
        return false;
      }
      return HttpUrl.parse(r.hop().url()) != null;
    }).toList());
    if (chains.isEmpty()) {
      throw new HarException(origin + ": the HAR holds no http(s) request; save it from the browser's Network tab"
          + " after the error appears (\"Save all as HAR\")");
    }
    List<HarRequest> page = page(chains, givenUrl);
    String targetUrl = givenUrl != null ? givenUrl : lastOnItsSite(page);
    String site = Sites.ofUrl(targetUrl);
    List<List<HarRequest>> candidates = new ArrayList<>();
    for (List<HarRequest> chain : chains) {
      String why = chain == page ? null : leftOutBecause(chain, site, siteHosts);
      if (why != null) {
        leftOut.merge(why, 1, Integer::sum);
      } else {
        candidates.add(chain);
      }
    }
    java.util.Set<List<HarRequest>> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    keep.add(page);
    candidates.stream().filter(PageSamples::failed).limit(MAX_SAMPLES).forEach(keep::add);
    for (List<HarRequest> c : candidates) {
      if (keep.size() >= MAX_SAMPLES) {
        break;
      }
      keep.add(c);
    }
    List<HttpExchange> samples = new ArrayList<>();
    for (List<HarRequest> chain : candidates) {
      if (keep.contains(chain) && (chain == page || samples.size() < MAX_SAMPLES)) {
        samples.add(joined(chain, samples.size() + 1));
      } else {
        leftOut.merge(HarPage.BEYOND_LIMIT, 1, Integer::sum);
      }
    }
    UserAgents.Browser browser = UserAgents.parse(page.get(0).userAgent());
    if (browser == null) {
      browser = requests.stream().map(r -> UserAgents.parse(r.userAgent())).filter(b -> b != null).findFirst()
          .orElse(null);
    }
    return new HarPage(targetUrl, samples, requests.size(), leftOut,
        browser == null ? null : browser.id(), browser == null ? null : browser.version());
  }

  /**
   * Requests grouped into redirect chains: a request the previous hop's Location named continues it,
   * while it stays on the same site (http to https, a path to its login page). A redirect to another
   * site ends the chain with that redirect as its answer: the answer the page got (a sign-in page of
   * another site, a Wi-Fi portal or a proxy's block page is not the page's own).
   */
  private static List<List<HarRequest>> chains(List<HarRequest> requests) {
    List<List<HarRequest>> chains = new ArrayList<>();
    // Chains whose last hop redirects, by where it sends the browser, oldest first: one look-up per
    // request, not a walk over every chain (a HAR of 100,000 requests would take hours).
    Map<String, java.util.ArrayDeque<List<HarRequest>>> awaiting = new java.util.HashMap<>();
    for (HarRequest r : requests) {
      List<HarRequest> continued = null;
      java.util.ArrayDeque<List<HarRequest>> waiting = awaiting.get(r.hop().url());
      if (waiting != null) {
        for (java.util.Iterator<List<HarRequest>> it = waiting.iterator(); it.hasNext(); ) {
          List<HarRequest> chain = it.next();
          HarRequest last = chain.get(chain.size() - 1);
          if (java.util.Objects.equals(Sites.ofUrl(last.hop().url()), Sites.ofUrl(r.hop().url()))) {
            continued = chain;
            it.remove();
            break;
          }
        }
      }
      if (continued == null) {
        continued = new ArrayList<>();
        chains.add(continued);
      }
      continued.add(r);
      if (r.redirects()) {
        awaiting.computeIfAbsent(r.location(), k -> new java.util.ArrayDeque<>()).add(continued);
      }
    }
    return chains;
  }

  /**
   * The page the person was looking at: the chain of the URL they named; else the last top-level
   * navigation, unless the first navigation was sent to that page's site (a sign-in or Wi-Fi page
   * the person was redirected to: the first one is the page they asked for); without navigations,
   * the first request that failed, else the first request.
   */
  private static List<HarRequest> page(List<List<HarRequest>> chains, String givenUrl) {
    if (givenUrl != null) {
      for (List<HarRequest> chain : chains) {
        if (chain.stream().anyMatch(r -> r.hop().url().equals(givenUrl))) {
          return chain;
        }
      }
    }
    List<List<HarRequest>> navigations = chains.stream().filter(PageSamples::topLevelNavigation).toList();
    if (navigations.isEmpty()) {
      // Only the page's calls were saved (the person saved the failing request): the first that
      // failed, else the first.
      return chains.stream().filter(PageSamples::failed).findFirst().orElse(chains.get(0));
    }
    List<HarRequest> first = navigations.get(0);
    List<HarRequest> last = navigations.get(navigations.size() - 1);
    String lastSite = Sites.ofUrl(last.get(0).hop().url());
    HarRequest firstAnswer = first.get(first.size() - 1);
    boolean sentThere = firstAnswer.location() != null && java.util.Objects.equals(lastSite, Sites.ofUrl(firstAnswer.location()));
    return sentThere ? first : last;
  }

  /**
   * The URL of the page itself: the last hop of its redirect chain still on the site it started on
   * (https://chatgpt.com/ after http://chatgpt.com/; not the sign-in or Wi-Fi page it was sent to).
   */
  private static String lastOnItsSite(List<HarRequest> chain) {
    String site = Sites.ofUrl(chain.get(0).hop().url());
    String url = chain.get(0).hop().url();
    for (HarRequest r : chain) {
      if (java.util.Objects.equals(site, Sites.ofUrl(r.hop().url()))) {
        url = r.hop().url();
      }
    }
    return url;
  }

  private static boolean failed(List<HarRequest> chain) {
    HarRequest last = chain.get(chain.size() - 1);
    return last.failed() || last.hop().status() >= 400;
  }

  private static boolean topLevelNavigation(List<HarRequest> chain) {
    return chain.stream().anyMatch(HarRequest::document)
        && !"parser".equals(chain.get(0).initiator()) && !"script".equals(chain.get(0).initiator());
  }

  /** Why a chain is not a sample of the page, or null when it is one. */
  private static String leftOutBecause(List<HarRequest> chain, String site, Set<String> siteHosts) {
    HarRequest head = chain.get(0);
    HarRequest last = chain.get(chain.size() - 1);
    HttpUrl url = HttpUrl.parse(head.hop().url());
    if (!Sites.of(url.host()).equals(site) && !Sites.owns(siteHosts, url.host())) {
      return HarPage.OTHER_SITE;
    }
    if (url.encodedPath().equals("/favicon.ico")) {
      return HarPage.FAVICON;
    }
    String type = head.resourceType() == null ? "" : head.resourceType();
    if (DECORATION.contains(type)) {
      return HarPage.DECORATION;
    }
    boolean broke = last.failed() || last.hop().status() != null && last.hop().status() >= 500;
    if (STATIC.contains(type) && !broke) {
      return HarPage.STATIC_ARRIVED;
    }
    return null;
  }

  /** The chain as one exchange: the first request, the final answer, the hops in between. */
  private static HttpExchange joined(List<HarRequest> chain, int sample) {
    HttpExchange head = chain.get(0).hop();
    HarRequest lastRequest = chain.get(chain.size() - 1);
    HttpExchange last = lastRequest.hop();
    List<String> redirects = new ArrayList<>();
    chain.stream().skip(1).forEach(r -> redirects.add(r.hop().url()));
    if (lastRequest.location() != null && last.status() != null && last.status() >= 300 && last.status() < 400) {
      redirects.add(lastRequest.location());
    }
    String type = chain.stream().anyMatch(HarRequest::document) ? "document" : head.resourceType();
    return new HttpExchange(sample, head.source(), head.method(), head.url(), last.status(), last.protocol(),
        last.remoteAddress(), last.viaProxy(), last.timings(), last.headers(), head.requestHeaderBytes(),
        head.requestCookieBytes(), redirects, last.bodyExcerpt(), last.bodyBytes(), last.bodyTruncated(),
        last.failure(), last.detail(), head.startedAt(), type);
  }
}
