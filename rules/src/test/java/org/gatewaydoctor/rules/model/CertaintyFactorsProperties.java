package org.gatewaydoctor.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.data.Offset;

/** MYCIN/EMYCIN combination (Buchanan & Shortliffe 1984, ch. 10) as properties, not only examples. */
class CertaintyFactorsProperties {

  private static final Offset<Double> CLOSE = Offset.offset(1e-9);

  @Provide
  Arbitrary<List<Double>> factors() {
    // Strictly inside (-1, 1): proof and disproof at once are a separate, explicit case below.
    return Arbitraries.doubles().between(-0.99, 0.99).ofScale(3).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Double>> supporting() {
    return Arbitraries.doubles().between(0.01, 0.99).ofScale(3).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property
  void theCombinationStaysACertaintyFactor(@ForAll("factors") List<Double> factors) {
    assertThat(CertaintyFactors.combine(factors)).isBetween(-1.0, 1.0);
  }

  @Property
  void theOrderInWhichEvidenceArrivesDoesNotMatter(@ForAll("factors") List<Double> factors, @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>(factors);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(CertaintyFactors.combine(shuffled)).isCloseTo(CertaintyFactors.combine(factors), CLOSE);
  }

  @Property
  void independentSupportAccumulatesWithoutReachingCertainty(@ForAll("supporting") List<Double> support) {
    double combined = CertaintyFactors.combine(support);
    assertThat(combined).isGreaterThanOrEqualTo(support.stream().mapToDouble(Double::doubleValue).max().orElseThrow() - 1e-12);
    assertThat(combined).isLessThan(1.0);
  }

  @Property
  void moreSupportNeverLowersTheCertainty(@ForAll("factors") List<Double> factors,
      @ForAll("supporting") List<Double> more) {
    List<Double> extended = new ArrayList<>(factors);
    extended.add(more.get(0));
    assertThat(CertaintyFactors.combine(extended)).isGreaterThanOrEqualTo(CertaintyFactors.combine(factors) - 1e-12);
  }

  @Property
  void contraryEvidenceSubtracts(@ForAll("factors") List<Double> factors, @ForAll("supporting") List<Double> against) {
    List<Double> extended = new ArrayList<>(factors);
    extended.add(-against.get(0));
    assertThat(CertaintyFactors.combine(extended)).isLessThanOrEqualTo(CertaintyFactors.combine(factors) + 1e-12);
  }

  @Property
  void equalSupportAndContraryEvidenceCancel(@ForAll("supporting") List<Double> support) {
    double f = support.get(0);
    assertThat(CertaintyFactors.combine(List.of(f, -f))).isCloseTo(0.0, CLOSE);
  }

  @Property
  void oneFactorIsItsOwnCombination(@ForAll("supporting") List<Double> support) {
    assertThat(CertaintyFactors.combine(List.of(support.get(0)))).isCloseTo(support.get(0), CLOSE);
    assertThat(CertaintyFactors.combine(List.of(-support.get(0)))).isCloseTo(-support.get(0), CLOSE);
  }

  @Example
  void noEvidenceIsNoCertaintyAndProofWithDisproofIsNoConclusion() {
    assertThat(CertaintyFactors.combine(List.of())).isZero();
    assertThat(CertaintyFactors.combine(List.of(1.0, -1.0))).isZero();
  }

  @Example
  void aFactorOutsideTheRangeIsRefusedWithItsValue() {
    assertThatThrownBy(() -> CertaintyFactors.combine(List.of(0.5, 1.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }
}
