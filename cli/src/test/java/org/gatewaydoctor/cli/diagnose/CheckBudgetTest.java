package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckBudgetTest {

  @Test
  void startUpAndTheReserveComeOutOfTheDeadline() {
    assertThat(CheckBudget.forProbes(Duration.ofSeconds(8), Duration.ofMillis(1700))).isEqualTo(Duration.ofMillis(5800));
    assertThat(CheckBudget.forProbes(Duration.ofSeconds(8), Duration.ZERO)).isEqualTo(Duration.ofMillis(7500));
  }

  @Test
  void theProbesNeverGetLessThanHalfTheDeadline() {
    assertThat(CheckBudget.forProbes(Duration.ofSeconds(8), Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(4));
    assertThat(CheckBudget.forProbes(Duration.ofMillis(500), Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void aClockThatWentBackwardsSpendsNothing() {
    assertThat(CheckBudget.forProbes(Duration.ofSeconds(8), Duration.ofSeconds(-3))).isEqualTo(Duration.ofMillis(7500));
  }
}
