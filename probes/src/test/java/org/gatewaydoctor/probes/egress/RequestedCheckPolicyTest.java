package org.gatewaydoctor.probes.egress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A check someone else asked for (the HTTP API's clients): the scope must allow an address and, unless
 * the operator listed its block, it must be public. Only the policy's answers; nothing is contacted.
 */
class RequestedCheckPolicyTest {

  private static InetAddress ip(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }

  @Test
  void aRequestedCheckMayNotReachLoopbackPrivateLinkLocalOrMetadataAddresses() {
    EgressPolicy policy = EgressPolicy.publicInternet().forRequestedCheck(List.of());

    assertThat(List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254"))
        .allSatisfy(a -> assertThat(policy.allows(ip(a))).as(a).isFalse());
    assertThat(policy.allows(ip("93.184.215.14"))).isTrue();
    assertThat(policy.allows(ip("2606:4700::6810:84e5"))).isTrue();
  }

  @Test
  void aBlockTheOperatorListedIsReachableButNothingBesideIt() {
    EgressPolicy policy = EgressPolicy.loopbackOnly().forRequestedCheck(List.of(AddressBlock.parse("127.0.0.1")));

    assertThat(policy.allows(ip("127.0.0.1"))).isTrue();
    assertThat(policy.allows(ip("127.0.0.2"))).isFalse();
    assertThat(policy.allows(ip("::1"))).isFalse();
  }

  @Test
  void theLoopbackScopeStillAppliesToAListedBlock() {
    EgressPolicy policy = EgressPolicy.loopbackOnly().forRequestedCheck(List.of(AddressBlock.parse("10.0.0.0/8")));

    assertThat(policy.allows(ip("10.1.2.3"))).as("the loopback scope must allow it too").isFalse();
    assertThat(policy.allows(ip("93.184.215.14"))).as("public, but outside the loopback scope").isFalse();
  }

  @Test
  void egressAllowWidensTheScopeButNotWhatARequestedCheckMayReach() {
    EgressPolicy policy = EgressPolicy.publicInternet().allowing("10.0.0.0/8").forRequestedCheck(List.of());

    assertThat(policy.allows(ip("10.1.2.3"))).isFalse();
    assertThat(policy.forRequestedCheck(List.of(AddressBlock.parse("10.1.0.0/16"))).allows(ip("10.1.2.3"))).isTrue();
  }

  @Test
  void theOperatorsOwnResolverStaysUsableForARequestedCheck() {
    EgressPolicy policy = EgressPolicy.publicInternet().forRequestedCheck(List.of());

    assertThat(policy.allowsUserConfigured(ip("10.255.255.53"))).isTrue();
    assertThat(EgressPolicy.loopbackOnly().forRequestedCheck(List.of()).allowsUserConfigured(ip("127.0.0.1")))
        .isTrue();
  }

  @Test
  void theNarrowingSurvivesAddingBlocksAndIsDescribed() {
    EgressPolicy policy = EgressPolicy.loopbackOnly().forRequestedCheck(List.of()).allowing("10.200.0.0/24");

    assertThat(policy.requestedCheck()).isTrue();
    assertThat(policy.allows(ip("127.0.0.1"))).isFalse();
    assertThat(policy.describe()).isEqualTo("loopback only (+ 10.200.0.0/24); a requested check: public addresses");
    assertThat(EgressPolicy.loopbackOnly().requestedCheck()).isFalse();
  }
}
