package org.gatewaydoctor.probes.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {

  private static InetAddress ip(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }

  @Test
  void loopbackPolicyAllowsOnlyLoopbackAndWhatATestAdds() {
    EgressPolicy p = EgressPolicy.loopbackOnly();
    assertThat(p.allows(ip("127.0.0.1"))).isTrue();
    assertThat(p.allows(ip("127.200.3.4"))).isTrue();
    assertThat(p.allows(ip("::1"))).isTrue();
    assertThat(p.allows(ip("10.255.255.53"))).isFalse();
    assertThat(p.allows(ip("1.1.1.1"))).isFalse();
    assertThat(p.allowsUserConfigured(ip("10.255.255.53"))).isFalse();
    EgressPolicy ns = p.allowing("10.200.0.0/24");
    assertThat(ns.allows(ip("10.200.0.2"))).isTrue();
    assertThat(ns.allows(ip("10.200.1.2"))).isFalse();
    assertThat(ns.describe()).isEqualTo("loopback only (+ 10.200.0.0/24)");
  }

  @Test
  void publicPolicyRefusesPrivateRangesButAdmitsTheUsersOwnResolverAndProxy() {
    EgressPolicy p = EgressPolicy.publicInternet();
    assertThat(p.allows(ip("1.1.1.1"))).isTrue();
    assertThat(p.allows(ip("2606:4700:4700::1111"))).isTrue();
    for (String denied : new String[] {"10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "169.254.169.254",
        "127.0.0.1", "::1", "fd00::1", "fe80::1", "0.0.0.0", "224.0.0.1", "192.0.2.1"}) {
      assertThat(p.allows(ip(denied))).as(denied).isFalse();
    }
    assertThat(p.allowsUserConfigured(ip("192.168.1.1"))).isTrue();
    assertThat(p.allowsUserConfigured(ip("127.0.0.53"))).isTrue();
    assertThat(p.allowsUserConfigured(ip("224.0.0.1"))).isFalse();
  }

  @Test
  void environmentSelectsTheScopeAndRejectsUnknownValues() {
    assertThat(EgressPolicy.fromEnvironment(Map.of("GATEWAY_DOCTOR_EGRESS", "loopback")).loopbackScope()).isTrue();
    assertThat(EgressPolicy.fromEnvironment(Map.of()).loopbackScope()).isFalse();
    assertThat(EgressPolicy.fromEnvironment(System.getenv()).loopbackScope())
        .as("surefire runs tests with GATEWAY_DOCTOR_EGRESS=loopback").isTrue();
    assertThatThrownBy(() -> EgressPolicy.fromEnvironment(Map.of("GATEWAY_DOCTOR_EGRESS", "everything")))
        .hasMessage("GATEWAY_DOCTOR_EGRESS must be \"loopback\" or unset, got \"everything\"");
    assertThatThrownBy(() -> EgressPolicy.loopbackOnly().allowing("10.0.0.0/40"))
        .hasMessageContaining("prefix length must be 0..32");
  }

  @Test
  void guardedSocketsRefuseToDialWhatThePolicyForbids() {
    var sockets = GuardedSocketFactory.of(EgressPolicy.loopbackOnly());
    assertThatThrownBy(() -> sockets.createSocket(ip("10.255.255.53"), 53))
        .isInstanceOf(EgressDeniedException.class).hasMessageContaining("does not allow 10.255.255.53");
  }
}
