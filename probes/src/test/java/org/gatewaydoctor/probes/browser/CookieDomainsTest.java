package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CookieDomainsTest {

  private final CookieDomains domains = CookieDomains.of(List.of("chatgpt.com", ".OpenAI.com"));

  @Test
  void matchesTheDomainItsLeadingDotFormAndSubdomains() {
    assertThat(domains.matches("chatgpt.com")).isTrue();
    assertThat(domains.matches(".chatgpt.com")).isTrue();
    assertThat(domains.matches("auth.chatgpt.com")).isTrue();
    assertThat(domains.matches(".auth0.openai.com")).isTrue();
    assertThat(domains.matches("OPENAI.COM")).isTrue();
  }

  @Test
  void doesNotMatchLookAlikesOrParents() {
    assertThat(domains.matches("notchatgpt.com")).isFalse();
    assertThat(domains.matches("chatgpt.com.evil.example")).isFalse();
    assertThat(domains.matches("com")).isFalse();
    assertThat(domains.matches("example.org")).isFalse();
  }

  @Test
  void normalisesCaseAndLeadingDotAndDropsDuplicates() {
    assertThat(CookieDomains.of(List.of("ChatGPT.com", ".chatgpt.com")).domains()).containsExactly("chatgpt.com");
  }

  @Test
  void escapesLikeWildcardsSoAnUnderscoreMatchesOnlyItself() {
    CookieDomains odd = CookieDomains.of(List.of("a_b.test"));
    assertThat(odd.sqlParameters()).containsExactly("a_b.test", ".a_b.test", "%.a\\_b.test");
  }

  @Test
  void refusesSomethingThatIsNotAHostNameWithItsValue() {
    assertThatThrownBy(() -> CookieDomains.of(List.of("chatgpt.com", "https://chatgpt.com/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cookie domain must be a host name such as chatgpt.com, got \"https://chatgpt.com/\"");
    assertThatThrownBy(() -> CookieDomains.of(List.of(" ")))
        .hasMessageContaining("got \" \"");
    assertThatThrownBy(() -> CookieDomains.of(java.util.Arrays.asList((String) null)))
        .hasMessage("cookie domain must not be null");
  }

  @Test
  void anEmptyListSelectsNoRows() {
    assertThat(CookieDomains.of(List.of()).sqlCondition("host")).isEqualTo("0");
  }
}
