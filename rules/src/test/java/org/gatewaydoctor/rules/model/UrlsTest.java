package org.gatewaydoctor.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void anOriginIsSchemeHostAndPortWithTheDefaultPortFilledIn() {
    assertThat(Urls.origin("HTTP://Portal.Example/login?orig=/")).isEqualTo("http://portal.example:80");
    assertThat(Urls.origin("https://chatgpt.com/c/1")).isEqualTo("https://chatgpt.com:443");
    assertThat(Urls.origin("http://127.0.0.1:36529/guest-wifi/login")).isEqualTo("http://127.0.0.1:36529");
  }

  @Test
  void whatIsNotAnAbsoluteHttpUrlHasNoOrigin() {
    assertThat(Urls.origin(null)).isNull();
    assertThat(Urls.origin("/login")).isNull();
    assertThat(Urls.origin("ftp://files.example/")).isNull();
    assertThat(Urls.origin("http://bad host/")).isNull();
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    assertThat(Urls.sameOrigin("http://127.0.0.1:36529/a", "http://127.0.0.1:36529/b?x")).isTrue();
    assertThat(Urls.sameOrigin("http://portal.example/a", "http://portal.example:80/b")).isTrue();
    assertThat(Urls.sameOrigin("http://portal.example/a", "https://portal.example/a")).isFalse();
    assertThat(Urls.sameOrigin("http://127.0.0.1:1/a", "http://127.0.0.1:2/a")).isFalse();
    assertThat(Urls.sameOrigin("/a", "/a")).isFalse();
  }
}
