package org.gatewaydoctor.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PickTest {

  @Test
  void aValueEarlierInTextOrderComesBefore() {
    assertThat(Pick.before("10.0.0.1", "10.0.0.2")).isTrue();
    assertThat(Pick.before("10.0.0.2", "10.0.0.1")).isFalse();
  }

  @Test
  void aValueNeverComesBeforeItself() {
    assertThat(Pick.before("A", "A")).isFalse();
  }

  @Test
  void aMissingValueComesAfterEveryPresentOne() {
    assertThat(Pick.before("A", null)).isTrue();
    assertThat(Pick.before(null, "A")).isFalse();
    assertThat(Pick.before(null, null)).isFalse();
  }
}
