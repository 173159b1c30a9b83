package org.gatewaydoctor.rules.model;

import org.gatewaydoctor.facts.report.Side;

/** The verdict side that a cause's side ({@code causes.yaml}: device, network, service) stands for. */
public final class Sides {

  private Sides() {}

  /** {@code device} → YOUR_DEVICE, {@code network} → YOUR_NETWORK, {@code service} → SERVICE. */
  public static Side of(String causeSide) {
    return switch (causeSide) {
      case "device" -> Side.YOUR_DEVICE;
      case "network" -> Side.YOUR_NETWORK;
      case "service" -> Side.SERVICE;
      default -> throw new IllegalArgumentException("cause side must be device, network or service, got " + causeSide);
    };
  }
}
