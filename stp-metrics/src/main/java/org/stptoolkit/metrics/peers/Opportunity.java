package org.stptoolkit.metrics.peers;

/**
 * A RightCare-style opportunity: what reaching the mean of the best peers would be worth.
 *
 * @param applicable true when the area is worse than the best-peers mean (otherwise there is no opportunity)
 * @param bestPeersMean mean of the best 5 of the 10 most similar peers, in the indicator's units
 * @param gapInUnits |area value − best-peers mean| when applicable, else 0
 * @param events gap ÷ multiplier × denominator: events (admissions, patients) that would be avoided or gained;
 *     {@code null} without a denominator
 * @param valueGbp events × unit cost, in £ (not £'000); {@code null} without a unit cost or denominator
 * @param reason why it is not applicable, or ""
 */
public record Opportunity(boolean applicable, Double bestPeersMean, double gapInUnits, Double events,
    Double valueGbp, String reason) {}
